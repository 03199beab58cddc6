import { describe, expect, it } from "vitest";
import { talksTimeline } from "../../src/lib/talksTimeline.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import type { TalksEvent } from "../../src/schemas/timeline.ts";

const event = (id: string, date: string, endDate?: string): TalksEvent => ({
  id,
  date,
  ...(endDate ? { endDate } : {}),
  place: "Geneva",
  title: `Talks ${id}`,
  summary: "Negotiators met to discuss a draft.",
  kind: "talks",
  confidence: "solid",
  sources: ["source"],
});

// Sorted by date, as the timeline file must be; "summer" spans three days around 16 May's neighbour.
const events = [
  event("riyadh", "2025-02-18"),
  event("summer", "2025-05-15", "2025-05-17"),
  event("may", "2025-05-16"),
  event("alaska", "2025-08-15"),
  event("berlin", "2025-12-14", "2025-12-15"),
];
const asOf = "2025-12-15";
const timeline = talksTimeline(events, asOf, "en-GB");
const mark = (id: string) => {
  const found = timeline.marks.find((m) => m.id === id);
  if (!found) throw new Error(`no mark "${id}"`);
  return found;
};
const dotX = (id: string) => mark(`${id}-dot`).anchor[0];

/** Where a day falls on the line: the first of the first month at 30, noon on the "as of" day at 970. */
const expectedX = (iso: string) => {
  const start = Date.UTC(2025, 1, 1);
  const end = Date.parse(`${asOf}T12:00:00Z`);
  return 30 + (940 * (Date.parse(`${iso}T12:00:00Z`) - start)) / (end - start);
};

describe("talksTimeline(events, asOf, locale)", () => {
  it("runs the line from the first month of the data to its 'as of' date", () => {
    expect(timeline.paths.axis).toBe("M30,200H970");
    expect(mark("axis")).toMatchObject({ kind: "axis", shownByDefault: true, defaultRole: "axis" });
  });

  it("places events from left to right in date order, each at its own day", () => {
    const xs = ["riyadh", "may", "alaska", "berlin"].map(dotX);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(dotX("riyadh")).toBeCloseTo(expectedX("2025-02-18"), 0);
    expect(dotX("alaska")).toBeCloseTo(expectedX("2025-08-15"), 0);
  });

  it("places an event of several days at the middle of its days", () => {
    expect(dotX("summer")).toBeCloseTo(dotX("may"), 6);
    expect(dotX("berlin")).toBeCloseTo((expectedX("2025-12-14") + expectedX("2025-12-15")) / 2, 0);
  });

  it("draws every event as a dot that is always shown: a zero-length path on the line", () => {
    for (const { id } of events) {
      expect(timeline.paths[`${id}-dot`]).toBe(`M${dotX(id)},200h0`);
      expect(mark(`${id}-dot`)).toMatchObject({ kind: "dot", shownByDefault: true, defaultRole: "event" });
    }
  });

  it("gives every event its title as a label anchored on the line, shown when a step names it, alternately above and below", () => {
    events.forEach(({ id, title }, i) => {
      expect(mark(id)).toMatchObject({ name: title, anchor: [dotX(id), 200], shownByDefault: false, labelSide: i % 2 ? "below" : "above" });
      expect(mark(id).defaultRole).toBeUndefined();
    });
    expect(sceneFor({}, timeline).labels.map((l) => l.id)).not.toContain("alaska");
    expect(sceneFor({ labels: ["alaska"] }, timeline).labels.find((l) => l.id === "alaska")?.text).toBe("Talks alaska");
  });

  it("names every month below the line in every scene, as the locale abbreviates it", () => {
    const months = sceneFor({}, timeline).labels.filter((l) => l.kind === "tick");
    expect(months.map((l) => l.text)).toEqual(["Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]);
    expect(months.every((l) => l.side === "below" && l.anchor[1] === 200)).toBe(true);
    expect(months[0].anchor[0]).toBeCloseTo(30, 1);
  });

  it("names January by its year, so the reader sees where a year begins", () => {
    const turn = talksTimeline([event("autumn", "2024-11-10")], "2025-02-15", "en-GB");
    expect(sceneFor({}, turn).labels.map((l) => [l.id, l.text])).toEqual([
      ["month-2024-11", "Nov"],
      ["month-2024-12", "Dec"],
      ["month-2025-01", "2025"],
      ["month-2025-02", "Feb"],
    ]);
  });

  it("zooms in on the weeks around an event a step focuses on, with the event in the middle", () => {
    expect(sceneFor({}, timeline).zoom).toEqual({ k: 1, x: 0, y: 0 });
    for (const id of ["riyadh", "alaska", "summer"]) {
      const { zoom } = sceneFor({ focus: [id], labels: [id] }, timeline);
      expect(zoom.k).toBeGreaterThan(3);
      expect(dotX(id) * zoom.k + zoom.x).toBeCloseTo(timeline.width / 2, 0);
      expect(200 * zoom.k + zoom.y).toBeCloseTo(timeline.height / 2, 0);
    }
  });
});
