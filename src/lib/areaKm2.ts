import { geoArea } from "d3-geo";
import type { GeoPermissibleObjects } from "d3-geo";

/** Mean Earth radius in km (IUGG), the sphere d3-geo measures on. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Area of a GeoJSON object on the sphere, in square kilometres (exterior rings must be clockwise, as d3-geo expects). */
export function areaKm2(object: GeoPermissibleObjects): number {
  return geoArea(object) * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}
