import { describe, expect, it } from "vitest";
import type { MultiPolygon } from "geojson";
import { simplifyOccupied } from "../../src/lib/simplifyOccupied.ts";

const one = (ring: number[][], ...holes: number[][][]): MultiPolygon => ({ type: "MultiPolygon", coordinates: [[ring, ...holes]] });

describe("simplifyOccupied(occupied, {tolerance, digits})", () => {
  it("drops vertices that lie closer to the outline than the tolerance and keeps those farther away", () => {
    const ring = [
      [30, 48],
      [30, 48.5],
      [30.002, 49],
      [30, 49.5],
      [30, 50],
      [31, 50.05],
      [32, 50],
      [32, 48],
      [30, 48],
    ];
    const [[simplified]] = simplifyOccupied(one(ring)).coordinates;
    expect(simplified).not.toContainEqual([30.002, 49]);
    expect(simplified).not.toContainEqual([30, 48.5]);
    expect(simplified).toContainEqual([31, 50.05]);
    expect(simplified[0]).toEqual(simplified[simplified.length - 1]);
  });

  it("measures the tolerance east-west in the same kilometres as north-south", () => {
    // At 60° N a degree of longitude is half a degree of latitude: a bump of 0.016° east is 0.008°
    // (under a 0.01° tolerance) and goes, one of 0.03° east is 0.015° and stays.
    const ring = (bump: number) => [
      [30, 60],
      [30, 61],
      [31, 61],
      [31 + bump, 60.5],
      [31, 60],
      [30, 60],
    ];
    expect(simplifyOccupied(one(ring(0.016))).coordinates[0][0]).toHaveLength(5);
    expect(simplifyOccupied(one(ring(0.03))).coordinates[0][0]).toHaveLength(6);
  });

  it("rounds every coordinate to the given number of decimals", () => {
    const ring = [
      [30.12345, 48.98765],
      [30.12345, 49.98765],
      [31.55555, 49.98765],
      [31.55555, 48.98765],
      [30.12345, 48.98765],
    ];
    expect(simplifyOccupied(one(ring), { digits: 2 }).coordinates[0][0]).toEqual([
      [30.12, 48.99],
      [30.12, 49.99],
      [31.56, 49.99],
      [31.56, 48.99],
      [30.12, 48.99],
    ]);
  });

  it("removes a polygon too small for the precision, and a hole that collapses", () => {
    const big = [
      [30, 48],
      [30, 50],
      [32, 50],
      [32, 48],
      [30, 48],
    ];
    const hole = [
      [31, 49],
      [31.0001, 49],
      [31.0001, 49.0001],
      [31, 49],
      [31, 49],
    ];
    const speck: number[][][] = [
      [
        [35, 48],
        [35, 48.0002],
        [35.0002, 48.0002],
        [35, 48],
      ],
    ];
    const simplified = simplifyOccupied({ type: "MultiPolygon", coordinates: [[big, hole], speck] });
    expect(simplified.coordinates).toEqual([[big]]);
  });

  it("keeps a hole larger than the precision", () => {
    const big = [
      [30, 48],
      [30, 50],
      [32, 50],
      [32, 48],
      [30, 48],
    ];
    const hole = [
      [30.5, 48.5],
      [31.5, 48.5],
      [31.5, 49.5],
      [30.5, 49.5],
      [30.5, 48.5],
    ];
    expect(simplifyOccupied(one(big, hole)).coordinates[0]).toHaveLength(2);
  });
});
