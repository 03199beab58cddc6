import { describe, expect, it } from "vitest";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { occupiedAreas } from "../../src/lib/occupiedAreas.ts";
import { areaKm2 } from "../../src/lib/areaKm2.ts";

const ring = (west: number, south: number, east: number, north: number) => [
  [west, south],
  [west, north],
  [east, north],
  [east, south],
  [west, south],
];
const unit = (id: string, west: number, east: number): Feature<Polygon> => ({
  type: "Feature",
  id,
  properties: {},
  geometry: { type: "Polygon", coordinates: [ring(west, 48, east, 49)] },
});
const oblasts: FeatureCollection<Polygon> = { type: "FeatureCollection", features: [unit("UA-02", 31, 32), unit("UA-01", 30, 31), unit("UA-03", 32, 33)] };
// Edges are great-circle arcs on the sphere, so halves of a box are halves only to about 1e-5.
const expectNear = (actual: number, expected: number) => expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-4);
const occupied = (...rings: number[][][]): MultiPolygon => ({ type: "MultiPolygon", coordinates: rings.map((r) => [r]) });

describe("occupiedAreas(occupied, oblasts)", () => {
  it("measures the occupied area of each unit it reaches, and its share of the unit", () => {
    const { byOblast } = occupiedAreas(occupied(ring(30.5, 48, 32, 49)), oblasts);
    expect(Object.keys(byOblast)).toEqual(["UA-01", "UA-02"]);
    expectNear(byOblast["UA-01"].share, 0.5);
    expectNear(byOblast["UA-02"].share, 1);
    expectNear(byOblast["UA-02"].km2, areaKm2(oblasts.features[0]));
  });

  it("gives the total and its share of Ukraine, Ukraine being the sum of its units", () => {
    const areas = occupiedAreas(occupied(ring(30.5, 48, 32, 49)), oblasts);
    expectNear(areas.totalKm2, 1.5 * areaKm2(oblasts.features[0]));
    expectNear(areas.shareOfUkraine, 0.5);
  });

  it("does not count land that lies outside every unit", () => {
    const overTheBorder = occupiedAreas(occupied(ring(32.5, 47, 34, 49)), oblasts);
    expectNear(overTheBorder.totalKm2, areaKm2(oblasts.features[0]) / 2);
    expectNear(overTheBorder.byOblast["UA-03"].share, 0.5);
  });

  it("reports nothing for an area outside Ukraine", () => {
    expect(occupiedAreas(occupied(ring(40, 50, 41, 51)), oblasts)).toEqual({ totalKm2: 0, shareOfUkraine: 0, byOblast: {} });
  });
});
