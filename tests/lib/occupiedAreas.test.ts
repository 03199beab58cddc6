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
const outline = (i: number) => areaKm2(oblasts.features[i]);
// Official areas a tenth larger than the outline draws, as a simplified outline is smaller than the land.
const official = {
  ukraineKm2: 1.1 * (outline(0) + outline(1) + outline(2)),
  units: { "UA-02": 1.1 * outline(0), "UA-01": 1.1 * outline(1), "UA-03": 1.1 * outline(2) },
};
const expectNear = (actual: number, expected: number) => expect(Math.abs(actual - expected) / expected).toBeLessThan(1e-3);
const occupied = (...rings: number[][][]): MultiPolygon => ({ type: "MultiPolygon", coordinates: rings.map((r) => [r]) });

describe("occupiedAreas(measured, oblasts, official)", () => {
  it("measures the occupied area of each unit it reaches on the ellipsoid, and its share of the unit's official area", () => {
    const { byOblast } = occupiedAreas(occupied(ring(30.5, 48, 32, 49)), oblasts, official);
    expect(Object.keys(byOblast)).toEqual(["UA-01", "UA-02"]);
    expectNear(byOblast["UA-01"].km2, outline(1) / 2);
    expectNear(byOblast["UA-01"].share, 0.5 / 1.1);
    expectNear(byOblast["UA-02"].km2, outline(0));
    expectNear(byOblast["UA-02"].share, 1 / 1.1);
  });

  it("gives the total and its share of Ukraine's official area", () => {
    const areas = occupiedAreas(occupied(ring(30.5, 48, 32, 49)), oblasts, official);
    expectNear(areas.totalKm2, outline(1) / 2 + outline(0));
    expectNear(areas.shareOfUkraine, areas.totalKm2 / official.ukraineKm2);
  });

  it("counts land just outside the outline (a coast drawn a little inside the tracker's) in the nearest unit", () => {
    // A strip 0.05° (about 5 km) south of UA-03 and a strip 2° (over 200 km) north of it.
    const areas = occupiedAreas(occupied(ring(32.2, 47.95, 32.8, 49), ring(32.2, 51, 32.8, 51.5)), oblasts, official);
    expect(Object.keys(areas.byOblast)).toEqual(["UA-03"]);
    expectNear(areas.byOblast["UA-03"].km2, areaKm2({ type: "Polygon", coordinates: [ring(32.2, 47.95, 32.8, 49)] }));
    expectNear(areas.totalKm2, areas.byOblast["UA-03"].km2);
  });

  it("never gives a unit more than all of it", () => {
    const tight = { ...official, units: { ...official.units, "UA-02": 0.9 * outline(0) } };
    expect(occupiedAreas(occupied(ring(31, 48, 32, 49)), oblasts, tight).byOblast["UA-02"].share).toBe(1);
  });

  it("names a unit the area reaches that has no official area", () => {
    const without = { ...official, units: { "UA-01": official.units["UA-01"] } };
    expect(() => occupiedAreas(occupied(ring(31, 48, 32, 49)), oblasts, without)).toThrow(
      "the occupied area reaches UA-02, which has no official area: add it to data/geo/official-areas",
    );
  });

  it("reports nothing for an area outside Ukraine", () => {
    expect(occupiedAreas(occupied(ring(40, 50, 41, 51)), oblasts, official)).toEqual({ totalKm2: 0, shareOfUkraine: 0, byOblast: {} });
  });
});
