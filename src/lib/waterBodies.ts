import polygonClipping, { type Geom, type Polygon as ClippingPolygon } from "polygon-clipping";
import type { MultiPolygon, Position } from "geojson";
import { areaKm2 } from "./areaKm2.ts";
import { clippingGeometry } from "./clippingGeometry.ts";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";

/** What the map's water is chosen from. */
export interface WaterInput {
  /** Candidate water polygons (rivers, lakes), each layer with the least area, in km², a piece must have to be kept. */
  layers: Array<{ polygons: Position[][][]; minKm2: number }>;
  /** The land whose water is drawn: the oblasts along the Dnipro. */
  region: MultiPolygon;
  /** A point inside the former Kakhovka reservoir, which picks it out of the water. */
  reservoirAt: [number, number];
}

/** Positions to four decimals (about 10 m), as the map's other shapes are stored. */
const rounded = (geometry: MultiPolygon): MultiPolygon => ({
  type: "MultiPolygon",
  coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]))),
});

/** Whether a point lies inside a ring, in the plane (even-odd rule). */
const inRing = ([x, y]: [number, number], ring: Position[]) => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/**
 * The water the map draws, chosen by rule rather than by eye: every candidate polygon at least as
 * large as its layer asks, merged and cut to the region; the piece holding `reservoirAt` is the
 * former Kakhovka reservoir, drawn apart, and the rest is water. A reservoir point that falls in no
 * water stops the build, since the map would lose the reservoir the text names.
 */
export function waterBodies(input: WaterInput): { water: MultiPolygon; formerReservoir: MultiPolygon } {
  const all = input.region.coordinates.flat(2);
  const [west, east] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
  const [south, north] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
  const near = (rings: Position[][]) => rings[0].some(([x, y]) => x >= west && x <= east && y >= south && y <= north);
  const kept: ClippingPolygon[] = input.layers.flatMap(({ polygons, minKm2 }) =>
    polygons.filter((rings) => near(rings) && areaKm2({ type: "Polygon", coordinates: rings }) >= minKm2).map((rings) => rings as ClippingPolygon),
  );
  if (kept.length === 0) throw new Error("waterBodies: expected water polygons large enough to draw, found none");
  const merged = polygonClipping.intersection(polygonClipping.union(kept[0], ...kept.slice(1)), clippingGeometry(input.region) as Geom);
  const holds = (polygon: ClippingPolygon) => inRing(input.reservoirAt, polygon[0]) && !polygon.slice(1).some((hole) => inRing(input.reservoirAt, hole));
  const reservoir = merged.filter(holds);
  if (reservoir.length === 0)
    throw new Error(`waterBodies: expected the former reservoir at ${input.reservoirAt.join(", ")} to lie in the water, found no water there`);
  return {
    water: rounded(multiPolygonFromClipping(merged.filter((p) => !holds(p)))),
    formerReservoir: rounded(multiPolygonFromClipping(reservoir)),
  };
}
