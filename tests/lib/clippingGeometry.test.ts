import { describe, expect, it } from "vitest";
import { clippingGeometry } from "../../src/lib/clippingGeometry.ts";

describe("clippingGeometry(geometry)", () => {
  const ring = [
    [0, 0],
    [0, 1],
    [1, 1],
    [0, 0],
  ];
  it("wraps a polygon's rings as a list of one polygon, and passes a multipolygon's polygons through", () => {
    expect(clippingGeometry({ type: "Polygon", coordinates: [ring] })).toEqual([[ring]]);
    expect(clippingGeometry({ type: "MultiPolygon", coordinates: [[ring], [ring]] })).toEqual([[ring], [ring]]);
  });
});
