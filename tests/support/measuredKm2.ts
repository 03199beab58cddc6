import geodesic from "geographiclib-geodesic";
import type { Position } from "geojson";
import type { ControlSnapshot } from "../../src/schemas/control.ts";

/** The land in a snapshot's tracker polygon, measured on the ellipsoid without the explainer's code. */
export const measuredKm2 = (snapshot: ControlSnapshot): number => {
  const ringKm2 = (ring: Position[]) => {
    const polygon = geodesic.Geodesic.WGS84.Polygon(false);
    for (const [lon, lat] of ring.slice(0, -1)) polygon.AddPoint(lat, lon);
    return Math.abs(polygon.Compute(false, true).area!) / 1e6;
  };
  return snapshot.measured!.coordinates.reduce((sum, [outer, ...holes]) => sum + ringKm2(outer) - holes.reduce((h, r) => h + ringKm2(r), 0), 0);
};
