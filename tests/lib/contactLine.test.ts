import { describe, expect, it } from "vitest";
import type { MultiPolygon, Polygon } from "geojson";
import { contactLine } from "../../src/lib/contactLine.ts";

const ukraine: Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [30, 48],
      [30, 49],
      [31, 49],
      [31, 48],
      [30, 48],
    ],
  ],
};
const occupied = (...rings: number[][][]): MultiPolygon => ({ type: "MultiPolygon", coordinates: rings.map((ring) => [ring]) });

describe("contactLine(occupied, ukraine)", () => {
  it("keeps the boundary across Ukraine and drops the parts on its border", () => {
    const eastHalf = [
      [30.5, 48],
      [30.5, 48.5],
      [30.5, 49],
      [31, 49],
      [31, 48],
      [30.5, 48],
    ];
    expect(contactLine(occupied(eastHalf), ukraine).coordinates).toEqual([
      [
        [30.5, 48],
        [30.5, 48.5],
        [30.5, 49],
      ],
    ]);
  });

  it("joins a front that runs across the start of the ring into one line", () => {
    const startingMidFront = [
      [30.5, 48.5],
      [30.5, 49],
      [31, 49],
      [31, 48],
      [30.5, 48],
      [30.5, 48.5],
    ];
    expect(contactLine(occupied(startingMidFront), ukraine).coordinates).toEqual([
      [
        [30.5, 48],
        [30.5, 48.5],
        [30.5, 49],
      ],
    ]);
  });

  it("returns the whole ring of an area that touches no border", () => {
    const enclave = [
      [30.4, 48.4],
      [30.4, 48.6],
      [30.6, 48.6],
      [30.6, 48.4],
      [30.4, 48.4],
    ];
    expect(contactLine(occupied(enclave), ukraine).coordinates).toEqual([enclave]);
  });

  it("gives one line per stretch of front", () => {
    const corners = occupied(
      [
        [30, 48],
        [30, 48.2],
        [30.2, 48],
        [30, 48],
      ],
      [
        [30.8, 49],
        [31, 49],
        [31, 48.8],
        [30.8, 49],
      ],
    );
    expect(contactLine(corners, ukraine).coordinates).toEqual([
      [
        [30, 48.2],
        [30.2, 48],
      ],
      [
        [31, 48.8],
        [30.8, 49],
      ],
    ]);
  });

  it("treats a segment near the border as border within the given margin", () => {
    // The western edge lies about 3.7 km inside Ukraine: front with the default margin, border with a 5 km one.
    const strip = [
      [30.05, 48],
      [30.05, 49],
      [31, 49],
      [31, 48],
      [30.05, 48],
    ];
    expect(contactLine(occupied(strip), ukraine).coordinates).toHaveLength(1);
    expect(contactLine(occupied(strip), ukraine, { borderKm: 5 }).coordinates).toEqual([]);
  });
});
