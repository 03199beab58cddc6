import { describe, expect, it } from "vitest";
import { frontAtEvents } from "../../src/lib/frontAtEvents.ts";
import { committedData } from "../support/committed.ts";
import { measuredKm2 } from "../support/measuredKm2.ts";

describe("frontAtEvents(events, snapshots), on the committed timeline and tracker snapshots", () => {
  const data = committedData();
  const snapshots = data.snapshots.map((s) => s.data);
  const events = data.timeline.data.events;
  const fronts = frontAtEvents(events, snapshots);
  const at = (id: string) => fronts.find((f) => f.event === id)!;
  const snapshot = (day: string) => snapshots.find((s) => s.date === day && s.measured)!;

  it("gives every event, in the timeline's order", () => {
    expect(fronts.map((f) => f.event)).toEqual(events.map((e) => e.id));
  });

  it("measures each event on the latest tracker snapshot on or before its first day", () => {
    expect(
      ["riyadh-us-russia-talks", "paris-coalition-summit", "abu-dhabi-talks", "berlin-talks", "berlin-territory"].map((id) => [id, at(id).snapshot]),
    ).toEqual([
      ["riyadh-us-russia-talks", "2025-02-18"],
      ["paris-coalition-summit", "2025-09-01"],
      ["abu-dhabi-talks", "2025-11-23"],
      ["berlin-talks", "2025-12-02"],
      ["berlin-territory", "2025-12-15"],
    ]);
  });

  it("gives the change since the event before as the difference of the two snapshots' land, measured here, within 5 km²", () => {
    for (const [id, day, before, dayBefore] of [
      ["alaska-summit", "2025-08-15", "russian-memorandum", "2025-06-01"],
      ["jeddah-us-ukraine-talks", "2025-03-11", "riyadh-us-russia-talks", "2025-02-18"],
      ["berlin-territory", "2025-12-15", "ushakov-state-tv", "2025-12-02"],
    ]) {
      const { since } = at(id);
      expect([since?.event, since?.snapshot]).toEqual([before, dayBefore]);
      expect(Math.abs(since!.netKm2 - (measuredKm2(snapshot(day)) - measuredKm2(snapshot(dayBefore))))).toBeLessThan(5);
    }
  });

  it("gives no change between two events the tracker measured on the same snapshot, nor before the first event", () => {
    expect(at("abu-dhabi-talks").since).toBeUndefined();
    expect(at("riyadh-us-russia-talks").since).toBeUndefined();
  });

  it("leaves an event before the tracker's first day without a snapshot", () => {
    const early = { ...events[0], id: "early", date: "2020-01-01" };
    expect(frontAtEvents([early, events[0]], snapshots)).toEqual([
      { event: "early" },
      { event: events[0].id, snapshot: "2025-02-18", km2: snapshot("2025-02-18").areas.totalKm2 },
    ]);
  });
});
