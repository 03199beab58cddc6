import geodesic from "geographiclib-geodesic";
import type { Position } from "geojson";

const WGS84 = geodesic.Geodesic.WGS84;

/** The mean width of a polygon of `km2` square kilometres: twice its area over its outer perimeter (a long strip has a tiny one). */
export function meanWidthKm(polygon: Position[][], km2: number): number {
  const outline = WGS84.Polygon(false);
  for (const [lon, lat] of polygon[0].slice(0, -1)) outline.AddPoint(lat, lon);
  return (2 * km2) / (outline.Compute(false, true).perimeter / 1000);
}
