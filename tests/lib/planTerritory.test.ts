import { describe, expect, it } from "vitest";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { areaKm2 } from "../../src/lib/areaKm2.ts";
import { planTerritory } from "../../src/lib/planTerritory.ts";
import { heldPart } from "../../src/lib/heldPart.ts";

// Two 1° x 1° oblasts side by side (clockwise, as d3-geo wants), and an occupied strip across both.
const square = (id: string, x: number): Feature<Polygon> => ({
  type: "Feature",
  id,
  properties: {},
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [x, 48],
        [x, 49],
        [x + 1, 49],
        [x + 1, 48],
        [x, 48],
      ],
    ],
  },
});
const oblasts = [square("UA-01", 36), square("UA-02", 37)];
const occupied: MultiPolygon = {
  type: "MultiPolygon",
  coordinates: [
    [
      [
        [36.5, 48],
        [36.5, 49],
        [38, 49],
        [38, 48],
        [36.5, 48],
      ],
    ],
  ],
};
const km2 = (geometry: MultiPolygon | Polygon) => areaKm2(geometry);

describe("planTerritory(plan, oblasts, occupied)", () => {
  it("gives whole oblasts in full and frozen oblasts up to the line", () => {
    const land = planTerritory({ whole: ["UA-02"], frozen: ["UA-01"] }, oblasts, occupied);
    expect(km2(land)).toBeCloseTo(km2(oblasts[1].geometry) * 1.5, -1);
  });

  it("with the line frozen everywhere, gives exactly the occupied area", () => {
    expect(km2(planTerritory({ whole: [], frozen: "everywhere" }, oblasts, occupied))).toBeCloseTo(km2(occupied), 0);
  });

  it("gives nothing for a plan that names no land", () => {
    expect(planTerritory({ whole: [], frozen: [] }, oblasts, occupied).coordinates).toEqual([]);
  });

  it("refuses an oblast the map does not have", () => {
    expect(() => planTerritory({ whole: ["UA-99"], frozen: [] }, oblasts, occupied)).toThrow('the map has no oblast "UA-99"');
  });
});

describe("heldPart(unit, occupied)", () => {
  it("is the unit less the occupied area", () => {
    expect(km2(heldPart(oblasts[0].geometry, occupied))).toBeCloseTo(km2(oblasts[0].geometry) / 2, -1);
    expect(km2(heldPart(oblasts[1].geometry, occupied))).toBeCloseTo(0, 0);
  });
});
