import geodesic from "geographiclib-geodesic";
import type { MultiPolygon, Polygon, Position } from "geojson";

/** Mean Earth radius in km (IUGG), for distances on the sphere. */
export const EARTH_RADIUS_KM = 6371.0088;

const WGS84 = geodesic.Geodesic.WGS84;

// The area a ring encloses on the ellipsoid, whichever way it is wound: GeographicLib's signed area
// is negative for a clockwise ring, so its size is the absolute value.
const ringKm2 = (ring: Position[]) => {
  const polygon = WGS84.Polygon(false);
  const open = ring.length > 1 && ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1] ? ring.slice(0, -1) : ring;
  for (const [lon, lat] of open as Array<[number, number]>) polygon.AddPoint(lat, lon);
  return Math.abs(polygon.Compute(false, true).area ?? 0) / 1e6;
};

/**
 * Area of a polygon or multipolygon on the WGS84 ellipsoid, in square kilometres, as GeographicLib
 * measures it (Karney's algorithm): each polygon's exterior ring less its holes, in either winding.
 */
export function areaKm2(object: Polygon | MultiPolygon | { geometry: Polygon | MultiPolygon }): number {
  const geometry = "geometry" in object ? object.geometry : object;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((sum, [outer, ...holes]) => sum + ringKm2(outer) - holes.reduce((h, hole) => h + ringKm2(hole), 0), 0);
}
