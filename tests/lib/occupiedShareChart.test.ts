import { describe, expect, it } from "vitest";
import { occupiedShareChart } from "../../src/lib/occupiedShareChart.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import type { SharePoint } from "../../src/schemas/control.ts";

const point = (date: string, share: number, source = "tracker"): SharePoint => ({ date, share, sources: [source] });

// Given out of date order on purpose; two trackers report 2025-01-01; the peak is in spring 2022.
const points = [
  point("2025-01-01", 0.1853, "deepstate"),
  point("2014-06-01", 0.07),
  point("2022-03-23", 0.2),
  point("2025-12-09", 0.192),
  point("2025-01-01", 0.1843, "isw"),
];
const chart = occupiedShareChart(points, "en-GB");
const mark = (id: string) => {
  const found = chart.marks.find((m) => m.id === id);
  if (!found) throw new Error(`no mark "${id}"`);
  return found;
};
// In date order, and by share within a day: point-1 is 2014, point-2 the 2022 peak, point-5 December 2025.
const dots = chart.marks.filter((m) => /^point-\d+$/.test(m.id));
const at = (id: string) => mark(id).anchor;
const shares = [0.07, 0.2, 0.1843, 0.1853, 0.192];

describe("occupiedShareChart(points, locale)", () => {
  it("draws every published figure as a dot, including both figures two trackers give for one day", () => {
    expect(dots.map((m) => m.id)).toEqual(["point-1", "point-2", "point-3", "point-4", "point-5"]);
    for (const dot of dots) {
      expect(dot).toMatchObject({ kind: "dot", shownByDefault: true, defaultRole: "event" });
      expect(chart.paths[dot.id]).toBe(`M${dot.anchor[0]},${dot.anchor[1]}h0`);
    }
    expect(at("point-3")[0]).toBeCloseTo(at("point-4")[0], 6);
    expect(at("point-3")[1]).toBeGreaterThan(at("point-4")[1]);
  });

  it("places points left to right by date, on an axis of years from the first figure's", () => {
    const xs = dots.map((m) => m.anchor[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const years = chart.marks.filter((m) => m.id.startsWith("year-")).map((m) => m.name);
    expect(years).toEqual(["2014", "2016", "2018", "2020", "2022", "2024", "2026"]);
    // 23 March 2022 lies 81.5 days into the two years between the 2022 and 2024 ticks.
    const [from, to] = [mark("year-2022").anchor[0], mark("year-2024").anchor[0]];
    expect(at("point-2")[0]).toBeCloseTo(from + ((to - from) * 81.5) / 731, 0);
    expect(at("point-5")[0]).toBeLessThan(mark("year-2026").anchor[0]);
  });

  it("places a larger share higher, on the same scale as the percentage grid", () => {
    const byShare = dots.map((dot, i) => ({ y: dot.anchor[1], share: shares[i] })).sort((a, b) => a.share - b.share);
    const ys = byShare.map((d) => d.y);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    // The 20% figure sits on the 20% grid line.
    expect(at("point-2")[1]).toBeCloseTo(mark("grid-20").bounds[0][1], 1);
    expect(mark("grid-0").bounds[0][1]).toBeGreaterThan(mark("grid-10").bounds[0][1]);
  });

  it("does not join the points with a line, since trackers count differently", () => {
    expect(chart.marks.filter((m) => m.kind === "line")).toEqual([]);
    expect(Object.values(chart.paths).some((d) => /L/.test(d))).toBe(false);
  });

  it("writes the figure of the first, the largest and the latest point as a percentage with one decimal, in every scene", () => {
    const values = chart.marks.filter((m) => m.kind === "value").map((m) => [m.id, m.name]);
    expect(values).toEqual([
      ["point-1-value", "7.0%"],
      ["point-2-value", "20.0%"],
      ["point-5-value", "19.2%"],
    ]);
    const labels = sceneFor({}, chart).labels.map((l) => l.id);
    for (const [id] of values) expect(labels).toContain(id);
  });

  it("labels the percentage grid in every scene", () => {
    const text = sceneFor({}, chart)
      .labels.filter((l) => l.kind === "tick" && l.id.startsWith("grid-"))
      .map((l) => l.text);
    // The scale runs from zero to a round figure above the largest share in the data.
    expect(text.at(-1)).toBe(`${Math.ceil(Math.max(...shares) * 20) * 5}%`);
    expect(text[0]).toBe("0%");
  });

  it("keeps its output at one decimal, so the same data in any order gives the same paths", () => {
    for (const path of Object.values(chart.paths)) expect(path).not.toMatch(/\d\.\d\d/);
    expect(occupiedShareChart([...points].reverse(), "en-GB").paths).toEqual(chart.paths);
  });

  it("gives every grid line and year its own id, however close the shares or short the span", () => {
    const close = occupiedShareChart(
      [
        { date: "2022-03-01", share: 0.001, sources: ["a"] },
        { date: "2022-06-01", share: 0.004, sources: ["a"] },
      ],
      "en-GB",
    );
    const ids = close.marks.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith("year-"))).toEqual(["year-2022", "year-2023"]);
  });
});
