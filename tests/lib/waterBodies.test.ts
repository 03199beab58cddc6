import { describe, expect, it } from "vitest";
import type { MultiPolygon, Position } from "geojson";
import { areaKm2 } from "../../src/lib/areaKm2.ts";
import { waterBodies } from "../../src/lib/waterBodies.ts";

// Boxes split only along meridians, so their parts add up on the sphere.
const box = (west: number, east: number, south: number, north: number): Position[][] => [
  [
    [west, south],
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ],
];
// The land whose water is drawn: 30° to 34° E, 46° to 48° N.
const region: MultiPolygon = { type: "MultiPolygon", coordinates: [box(30, 34, 46, 48)] };
// A reservoir, a river running out of the region to the east, a pond too small to draw, and a lake far away.
const reservoir = box(31, 32, 47, 47.5);
const river = box(33, 35, 46.5, 46.6);
const pond = box(30.5, 30.501, 46.5, 46.501);
const faraway = box(10, 11, 46, 47);

const result = waterBodies({
  layers: [
    { polygons: [river, pond], minKm2: 0.2 },
    { polygons: [reservoir, faraway], minKm2: 2 },
  ],
  region,
  reservoirAt: [31.5, 47.25],
});
const km2 = (g: MultiPolygon) => areaKm2(g);
const bounds = (g: MultiPolygon) => {
  const all = g.coordinates.flat(2);
  return [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
};

describe("waterBodies({ layers, region, reservoirAt })", () => {
  it("keeps the water at least as large as its layer asks, cut to the region", () => {
    // The river's half inside the region; the pond (about 0.01 km²) and the faraway lake are left out.
    expect(km2(result.water) / areaKm2({ type: "Polygon", coordinates: box(33, 34, 46.5, 46.6) })).toBeCloseTo(1, 3);
    expect(bounds(result.water)).toEqual([33, 34]);
  });

  it("draws the reservoir the point falls in apart from the rest of the water", () => {
    expect(km2(result.formerReservoir) / areaKm2({ type: "Polygon", coordinates: reservoir })).toBeCloseTo(1, 3);
    expect(bounds(result.formerReservoir)).toEqual([31, 32]);
  });

  it("stops, naming the point, when the reservoir's point lies in no water", () => {
    expect(() => waterBodies({ layers: [{ polygons: [river], minKm2: 0.2 }], region, reservoirAt: [31.5, 47.25] })).toThrow(
      "waterBodies: expected the former reservoir at 31.5, 47.25 to lie in the water, found no water there",
    );
    expect(() => waterBodies({ layers: [{ polygons: [pond], minKm2: 0.2 }], region, reservoirAt: [31.5, 47.25] })).toThrow(
      "waterBodies: expected water polygons large enough to draw, found none",
    );
  });
});
