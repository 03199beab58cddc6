import polygonClipping, { type Geom, type Polygon as ClippingPolygon } from "polygon-clipping";
import { geoContains } from "d3-geo";
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
  const merged = multiPolygonFromClipping(
    polygonClipping.intersection(polygonClipping.union(kept[0], ...kept.slice(1)), clippingGeometry(input.region) as Geom),
  );
  const holds = (polygon: Position[][]) => geoContains({ type: "Polygon", coordinates: polygon }, input.reservoirAt);
  const reservoir = merged.coordinates.filter(holds);
  if (reservoir.length === 0)
    throw new Error(`waterBodies: expected the former reservoir at ${input.reservoirAt.join(", ")} to lie in the water, found no water there`);
  return {
    water: rounded({ type: "MultiPolygon", coordinates: merged.coordinates.filter((p) => !holds(p)) }),
    formerReservoir: rounded({ type: "MultiPolygon", coordinates: reservoir }),
  };
}
