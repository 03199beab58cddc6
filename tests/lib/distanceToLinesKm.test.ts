import { describe, expect, it } from "vitest";
import { distanceToLinesKm } from "../../src/lib/distanceToLinesKm.ts";
import { EARTH_RADIUS_KM } from "../../src/lib/areaKm2.ts";

const degreeKm = (Math.PI / 180) * EARTH_RADIUS_KM;

describe("distanceToLinesKm(point, lines)", () => {
  it("measures along the sphere to the nearest point of a segment", () => {
    expect(
      distanceToLinesKm(
        [0, 1],
        [
          [
            [-1, 0],
            [1, 0],
          ],
        ],
      ),
    ).toBeCloseTo(degreeKm, 6);
  });

  it("measures to the nearer end when the point lies beyond a segment", () => {
    expect(
      distanceToLinesKm(
        [3, 0],
        [
          [
            [-1, 0],
            [1, 0],
          ],
        ],
      ),
    ).toBeCloseTo(2 * degreeKm, 6);
  });

  it("takes the nearest of several lines", () => {
    const lines = [
      [
        [10, 10],
        [11, 10],
      ],
      [
        [0, 0.5],
        [0, 2],
      ],
    ];
    expect(distanceToLinesKm([0.25, 1], lines)).toBeCloseTo(0.25 * degreeKm, 2);
  });

  it("is zero for a point on the line", () => {
    expect(
      distanceToLinesKm(
        [37.5, 48.2],
        [
          [
            [37.5, 48],
            [37.5, 48.4],
          ],
        ],
      ),
    ).toBeLessThan(1e-6);
  });

  it("is Infinity when there is no line", () => {
    expect(distanceToLinesKm([0, 0], [])).toBe(Infinity);
  });
});
