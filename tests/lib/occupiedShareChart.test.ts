import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import type { Strings } from "../../src/i18n/strings.ts";
import { monthGains, occupiedShareChart } from "../../src/lib/occupiedShareChart.ts";
import type { FrontDate } from "../../src/lib/frontDates.ts";
import { frontDates } from "../../src/lib/frontDates.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { trackedSnapshots } from "../../src/lib/trackedSnapshots.ts";
import type { SharePoint } from "../../src/schemas/control.ts";
import { committedData } from "../support/committed.ts";

const words: Strings["share"] = {
  ...en.share,
  shareHeading: "Share held",
  paceHeading: "Taken each month",
  tracker: "Tracker",
  references: "Others",
  gained: "Taken",
  talks: "Talks",
};
const front = (date: string, km2: number): FrontDate => ({ date, km2, share: km2 / 600_000, byOblast: {} });
// The tracker's days: month starts (one on the 2nd, as the tracker's January is), and a day of talks between.
const dates = [
  front("2025-01-02", 111_000),
  front("2025-02-01", 111_400),
  front("2025-02-18", 111_500),
  front("2025-03-01", 111_600),
  front("2025-04-01", 112_400),
  front("2025-04-10", 112_500),
];
const reference = (date: string, share: number): SharePoint => ({ date, share, sources: ["other"] });
const references = [reference("2022-06-02", 0.2), reference("2025-03-15", 0.1875), reference("2026-01-01", 0.2)];
const talks = [{ date: "2025-02-18", short: "Riyadh", events: [] }];
const chart = occupiedShareChart(dates, references, talks, words, "en-GB");
const mark = (id: string) => {
  const found = chart.marks.find((m) => m.id === id);
  if (!found) throw new Error(`no mark "${id}"`);
  return found;
};

describe("monthGains(dates)", () => {
  it("counts the land taken in each whole month, from one month's first mapped day to the next's", () => {
    expect(monthGains(dates)).toEqual([
      { from: "2025-01-02", to: "2025-02-01", km2: 400 },
      { from: "2025-02-01", to: "2025-03-01", km2: 200 },
      { from: "2025-03-01", to: "2025-04-01", km2: 800 },
    ]);
  });

  it("matches the committed snapshots' own areas, month by month", () => {
    const data = committedData();
    const snapshots = data.snapshots.map((s) => s.data);
    const tracked = trackedSnapshots(snapshots);
    const gains = monthGains(frontDates(snapshots, data.timeline.data.events));
    expect(gains.length).toBeGreaterThanOrEqual(16);
    const area = (date: string) => tracked.find((s) => s.date === date)!.areas.totalKm2;
    for (const gain of gains) {
      expect(gain.km2).toBe(area(gain.to) - area(gain.from));
      expect(Number(gain.to.slice(5, 7))).toBe((Number(gain.from.slice(5, 7)) % 12) + 1);
    }
  });
});

describe("occupiedShareChart(dates, references, talks, words, locale)", () => {
  it("joins the tracker's days into one line, left to right, higher as the share grows", () => {
    const points = chart.paths.tracker
      .slice(1)
      .split("L")
      .map((p) => p.split(",").map(Number));
    expect(points).toHaveLength(dates.length);
    const xs = points.map((p) => p[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const ys = points.map((p) => p[1]);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    expect(mark("tracker")).toMatchObject({ kind: "line", defaultRole: "occupied" });
  });

  it("shows other trackers' figures as dots, only those within the tracker's days, never on the line", () => {
    const dots = chart.marks.filter((m) => m.kind === "dot");
    expect(dots.map((d) => d.id)).toEqual(["reference-1"]);
    expect(chart.paths["reference-1"]).toMatch(/^M[\d.]+,[\d.]+h0$/);
    expect(chart.layers.find((l) => l.id === "references")!.members).toEqual(["reference-1"]);
    expect(chart.layers.find((l) => l.id === "tracker")!.members).toEqual(["tracker"]);
  });

  it("takes its share axis from the data, from below its lowest figure to above its highest", () => {
    const grid = chart.marks.filter((m) => /^share-\d+(-\d+)?$/.test(m.id));
    const values = chart.marks.filter((m) => /^share-.*-label$/.test(m.id)).map((m) => m.name);
    expect(values[0]).toBe("18.5%");
    expect(values.at(-1)).toBe("18.8%");
    const [lowest, highest] = [Math.min(...grid.map((g) => g.anchor[1])), Math.max(...grid.map((g) => g.anchor[1]))];
    const ys = chart.paths.tracker
      .slice(1)
      .split("L")
      .map((p) => Number(p.split(",")[1]));
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(lowest);
      expect(y).toBeLessThanOrEqual(highest);
    }
  });

  it("marks each day of talks with a rule and its name, and draws a bar per month as tall as the land taken", () => {
    expect(mark("talks-2025-02-18-name").name).toBe("Riyadh");
    expect(mark("talks-2025-02-18").kind).toBe("axis");
    const bars = chart.marks.filter((m) => m.kind === "bar");
    expect(bars.map((b) => b.id)).toEqual(["month-2025-01", "month-2025-02", "month-2025-03"]);
    const height = (id: string) => mark(id).bounds[1][1] - mark(id).bounds[0][1];
    expect(height("month-2025-03") / height("month-2025-01")).toBeCloseTo(2, 1);
    expect(height("month-2025-02") / height("month-2025-01")).toBeCloseTo(0.5, 1);
    // The largest month and the latest carry their figure, as the locale writes it.
    expect(chart.marks.filter((m) => /^month-.*-value$/.test(m.id)).map((m) => m.name)).toEqual(["800"]);
  });

  it("labels the first and the latest share and the axes in every scene", () => {
    const labels = sceneFor({}, chart).labels.map((l) => l.text);
    expect(labels).toEqual(expect.arrayContaining(["18.5%", "18.8%", "Share held", "Taken each month", "Riyadh", "Feb", "Mar", "Apr"]));
  });

  it("sets the days of talks in rows, so names close in time never overlap", () => {
    const close = occupiedShareChart(
      dates,
      [],
      [
        { date: "2025-02-18", short: "Geneva", events: [] },
        { date: "2025-02-21", short: "Moscow", events: [] },
      ],
      words,
      "en-GB",
    );
    const [a, b] = ["talks-2025-02-18-name", "talks-2025-02-21-name"].map((id) => close.marks.find((m) => m.id === id)!.anchor);
    expect(a[1]).not.toBe(b[1]);
    const ids = close.marks.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
