import { describe, expect, it } from "vitest";
import polygonClipping from "polygon-clipping";
import { areaKm2 } from "../../src/lib/areaKm2.ts";
import { clippingGeometry } from "../../src/lib/clippingGeometry.ts";
import { gainedArea, MIN_GAIN } from "../../src/lib/gainedArea.ts";
import type { ControlSnapshot } from "../../src/schemas/control.ts";
import { committedData } from "../support/committed.ts";

const box = (west: number, south: number, east: number, north: number): Array<[number, number]> => [
  [west, south],
  [west, north],
  [east, north],
  [east, south],
  [west, south],
];
const snapshot = (date: string, ...rings: Array<Array<[number, number]>>): ControlSnapshot => {
  const geometry = { type: "MultiPolygon" as const, coordinates: rings.map((r) => [r]) };
  return {
    version: 1,
    asOf: date,
    title: "A test snapshot",
    note: "Boxes.",
    sources: [],
    date,
    occupied: geometry,
    measured: geometry,
    contactLine: { type: "MultiLineString", coordinates: [] },
    areas: { totalKm2: areaKm2(geometry), shareOfUkraine: 0, byOblast: {} },
    precision: "exact",
    authoritative: [],
  };
};

describe("gainedArea(current, previous)", () => {
  it("is the land held on the later day and not on the earlier: a box that grew east gains its new strip", () => {
    const gained = gainedArea(snapshot("2025-01-02", box(37, 48, 37.5, 48.5)), snapshot("2025-01-01", box(37, 48, 37.3, 48.5)));
    const strip = areaKm2({ type: "Polygon", coordinates: [box(37.3, 48, 37.5, 48.5)] });
    expect(Math.abs(areaKm2(gained) - strip) / strip).toBeLessThan(0.02);
  });

  it("leaves out a redrawn edge: a strip a few metres wide, or a speck under the minimum", () => {
    const before = snapshot("2025-02-01", box(37, 48, 37.5, 48.5));
    // 0.0005° of longitude is about 37 m: a long strip of a couple of km² along the eastern edge.
    const sliver = snapshot("2025-02-02", box(37, 48, 37.5005, 48.5));
    expect(areaKm2({ type: "Polygon", coordinates: [box(37.5, 48, 37.5005, 48.5)] })).toBeGreaterThan(MIN_GAIN.km2);
    expect(gainedArea(sliver, before).coordinates).toEqual([]);
    const speck = snapshot("2025-02-03", box(37, 48, 37.5, 48.5), box(38, 48, 38.005, 48.005));
    expect(gainedArea(speck, before).coordinates).toEqual([]);
  });

  it("leaves out a piece beyond the border: land the tracker drew outside the day's drawing of Ukraine", () => {
    const before = snapshot("2025-03-01", box(37, 48, 37.5, 48.5));
    const beyond = { ...snapshot("2025-03-02", box(37, 48, 37.5, 48.5), box(40.5, 48, 40.6, 48.1)), occupied: before.occupied };
    expect(gainedArea(beyond, before).coordinates).toEqual([]);
  });

  it("on the committed snapshots, lies inside the later day's drawing (to the drawing's 1 km) and covers nearly all the ground taken", () => {
    const data = committedData();
    const day = (date: string) => data.snapshots.find((s) => s.data.date === date)!.data;
    const [previous, current] = [day("2025-08-15"), day("2025-11-20")];
    const gained = gainedArea(current, previous);
    const outside = polygonClipping.difference(clippingGeometry(gained), clippingGeometry(current.occupied));
    expect(areaKm2({ type: "MultiPolygon", coordinates: outside as never }) / areaKm2(gained)).toBeLessThan(0.1);
    const taken = areaKm2({
      type: "MultiPolygon",
      coordinates: polygonClipping.difference(clippingGeometry(current.measured!), clippingGeometry(previous.measured!)) as never,
    });
    // At most all the ground the tracker's polygons differ by, at least nine tenths of it, and more than the net change (ground taken less ground lost).
    expect(areaKm2(gained)).toBeLessThanOrEqual(taken);
    expect(areaKm2(gained)).toBeGreaterThan(0.9 * taken);
    expect(areaKm2(gained)).toBeGreaterThan(current.areas.totalKm2 - previous.areas.totalKm2);
  });
});
