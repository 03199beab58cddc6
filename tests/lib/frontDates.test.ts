import { describe, expect, it } from "vitest";
import geodesic from "geographiclib-geodesic";
import type { Position } from "geojson";
import { frontDates } from "../../src/lib/frontDates.ts";
import type { ControlSnapshot } from "../../src/schemas/control.ts";
import { committedData } from "../support/committed.ts";

// The land in a snapshot's tracker polygon, measured here on the ellipsoid without the explainer's code.
const measuredKm2 = (snapshot: ControlSnapshot) => {
  const ringKm2 = (ring: Position[]) => {
    const polygon = geodesic.Geodesic.WGS84.Polygon(false);
    for (const [lon, lat] of ring.slice(0, -1)) polygon.AddPoint(lat, lon);
    return Math.abs(polygon.Compute(false, true).area!) / 1e6;
  };
  return snapshot.measured!.coordinates.reduce((sum, [outer, ...holes]) => sum + ringKm2(outer) - holes.reduce((h, r) => h + ringKm2(r), 0), 0);
};

describe("frontDates(snapshots, events), on the committed tracker snapshots and timeline", () => {
  const data = committedData();
  const snapshots = data.snapshots.map((s) => s.data);
  const dates = frontDates(snapshots, data.timeline.data.events);
  const byDate = new Map(dates.map((d) => [d.date, d]));

  it("gives every day taken from the tracker, oldest first, and not the explainer's own drawing of 2022", () => {
    expect(dates.map((d) => d.date)).toEqual(snapshots.filter((s) => s.measured).map((s) => s.date));
    expect(dates.length).toBe(26);
    expect(dates[0].date).toBe("2024-07-08");
    expect(dates.at(-1)!.date).toBe("2025-12-15");
    expect(byDate.has("2022-02-23")).toBe(false);
  });

  it("marks the days of the talks: Riyadh, Jeddah, Istanbul, Alaska, the 28-point plan, Geneva, Moscow and Berlin", () => {
    expect(dates.filter((d) => d.talks).map((d) => `${d.date} ${d.talks!.short}`)).toEqual([
      "2025-02-18 Riyadh",
      "2025-03-11 Jeddah",
      "2025-05-16 Istanbul",
      "2025-08-15 Alaska",
      "2025-11-20 28-point plan",
      "2025-11-23 Geneva",
      "2025-12-02 Moscow",
      "2025-12-15 Berlin",
    ]);
  });

  it.each(["2024-07-08", "2025-02-18", "2025-08-15", "2025-12-15"])("gives the land held on %s as the tracker's polygon measures, within 0.1%", (day) => {
    const snapshot = snapshots.find((s) => s.date === day)!;
    const independent = measuredKm2(snapshot);
    expect(Math.abs(byDate.get(day)!.km2 - independent) / independent).toBeLessThan(0.001);
    expect(byDate.get(day)!.share).toBeCloseTo(independent / data.areas.data.ukraine.km2, 3);
  });

  it("counts the change from the last day of talks before: Berlin against Moscow, Alaska against Istanbul", () => {
    const measured = (day: string) => measuredKm2(snapshots.find((s) => s.date === day)!);
    for (const [day, since] of [
      ["2025-12-15", "2025-12-02"],
      ["2025-08-15", "2025-05-16"],
      ["2025-09-01", "2025-08-15"],
    ]) {
      const front = byDate.get(day)!;
      expect(front.since?.date).toBe(since);
      expect(front.since?.talks?.date).toBe(since);
      expect(Math.abs(front.since!.netKm2 - (measured(day) - measured(since)))).toBeLessThan(5);
    }
  });

  it("counts days before the first round from the tracker's first day, which has nothing to compare with", () => {
    expect(byDate.get("2024-07-08")!.since).toBeUndefined();
    const measured = (day: string) => measuredKm2(snapshots.find((s) => s.date === day)!);
    const since = byDate.get("2025-02-01")!.since!;
    expect([since.date, since.talks]).toEqual(["2024-07-08", undefined]);
    expect(Math.abs(since.netKm2 - (measured("2025-02-01") - measured("2024-07-08")))).toBeLessThan(5);
  });
});
