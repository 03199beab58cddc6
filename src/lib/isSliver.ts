import geodesic from "geographiclib-geodesic";
import type { Position } from "geojson";
import { areaKm2 } from "./areaKm2.ts";

const WGS84 = geodesic.Geodesic.WGS84;

/** The mean width of a polygon of `km2` square kilometres: twice its area over its outer perimeter (a long strip has a tiny one). */
const meanWidthKm = (polygon: Position[][], km2: number) => {
  const outline = WGS84.Polygon(false);
  for (const [lon, lat] of polygon[0].slice(0, -1)) outline.AddPoint(lat, lon);
  return (2 * km2) / (outline.Compute(false, true).perimeter / 1000);
};

/**
 * Whether a piece left by subtracting one area from another is a sliver rather than land: smaller
 * than `limits.km2`, or narrower on average than `limits.widthKm`, as where two drawings of the same
 * edge part by a hair. `km2` is the piece's area where the caller has it already.
 */
export function isSliver(polygon: Position[][], limits: { km2: number; widthKm: number }, km2 = areaKm2({ type: "Polygon", coordinates: polygon })): boolean {
  return km2 < limits.km2 || meanWidthKm(polygon, km2) < limits.widthKm;
}
