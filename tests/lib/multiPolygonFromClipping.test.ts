import { describe, expect, it } from "vitest";
import { geoArea } from "d3-geo";
import polygonClipping from "polygon-clipping";
import { multiPolygonFromClipping } from "../../src/lib/multiPolygonFromClipping.ts";

describe("multiPolygonFromClipping(polygons)", () => {
  it("winds polygon-clipping's output so that d3-geo measures the shape, not the rest of the globe", () => {
    const clipped = polygonClipping.union([
      [
        [30, 48],
        [31, 48],
        [31, 49],
        [30, 49],
        [30, 48],
      ],
    ]);
    const area = geoArea(multiPolygonFromClipping(clipped));
    expect(area).toBeGreaterThan(0);
    expect(area).toBeLessThan(0.001);
  });

  it("keeps holes as holes", () => {
    const withHole = polygonClipping.difference(
      [
        [
          [30, 48],
          [32, 48],
          [32, 50],
          [30, 50],
          [30, 48],
        ],
      ],
      [
        [
          [30.5, 48.5],
          [31.5, 48.5],
          [31.5, 49.5],
          [30.5, 49.5],
          [30.5, 48.5],
        ],
      ],
    );
    const outer = geoArea(
      multiPolygonFromClipping(
        polygonClipping.union([
          [
            [30, 48],
            [32, 48],
            [32, 50],
            [30, 50],
            [30, 48],
          ],
        ]),
      ),
    );
    const hole = geoArea(
      multiPolygonFromClipping(
        polygonClipping.union([
          [
            [30.5, 48.5],
            [31.5, 48.5],
            [31.5, 49.5],
            [30.5, 49.5],
            [30.5, 48.5],
          ],
        ]),
      ),
    );
    expect(geoArea(multiPolygonFromClipping(withHole))).toBeCloseTo(outer - hole, 12);
  });

  it("gives an empty MultiPolygon for empty output", () => {
    expect(multiPolygonFromClipping([])).toEqual({ type: "MultiPolygon", coordinates: [] });
  });
});
