import { describe, expect, it } from "vitest";
import type { Polygon } from "geojson";
import { clipToUkraine } from "../../src/lib/clipToUkraine.ts";
import { areaKm2 } from "../../src/lib/areaKm2.ts";

// Clockwise in longitude/latitude (north up), as d3-geo expects.
const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [west, south],
      [west, north],
      [east, north],
      [east, south],
      [west, south],
    ],
  ],
});
const ukraine = box(30, 48, 32, 50);

describe("clipToUkraine(occupied, ukraine)", () => {
  it("keeps only the part of an area drawn over the border that lies in Ukraine", () => {
    const clipped = clipToUkraine(box(31, 49, 33, 51), ukraine);
    expect(clipped.type).toBe("MultiPolygon");
    expect(areaKm2(clipped)).toBeCloseTo(areaKm2(box(31, 49, 32, 50)), 3);
  });

  it("returns exterior rings wound clockwise, so d3-geo measures the area itself", () => {
    expect(areaKm2(clipToUkraine(box(30.5, 48.5, 31.5, 49.5), ukraine))).toBeLessThan(areaKm2(ukraine));
  });

  it("reads the input whichever way its rings are wound", () => {
    const counterClockwise: Polygon = { type: "Polygon", coordinates: [box(31, 49, 33, 51).coordinates[0].slice().reverse()] };
    expect(areaKm2(clipToUkraine(counterClockwise, ukraine))).toBeCloseTo(areaKm2(box(31, 49, 32, 50)), 3);
  });

  it("clips a MultiPolygon part by part", () => {
    const clipped = clipToUkraine({ type: "MultiPolygon", coordinates: [box(29, 48.5, 30.5, 49).coordinates, box(31.5, 49.5, 33, 51).coordinates] }, ukraine);
    expect(clipped.coordinates).toHaveLength(2);
    expect(areaKm2(clipped)).toBeCloseTo(areaKm2(box(30, 48.5, 30.5, 49)) + areaKm2(box(31.5, 49.5, 32, 50)), 3);
  });

  it("returns an empty MultiPolygon for an area entirely outside Ukraine", () => {
    expect(clipToUkraine(box(35, 51, 36, 52), ukraine).coordinates).toEqual([]);
  });
});
