import type { Geom } from "polygon-clipping";
import type { MultiPolygon, Polygon } from "geojson";

/** A GeoJSON polygon or multipolygon as polygon-clipping takes it: a list of polygons of rings. */
export function clippingGeometry(geometry: Polygon | MultiPolygon): Geom {
  return (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as Geom;
}
