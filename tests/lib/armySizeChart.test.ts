import { describe, expect, it } from "vitest";
import { armySizeChart, troopLabel } from "../../src/lib/armySizeChart.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import type { ForceFigure } from "../../src/schemas/forces.ts";

const figure = (id: string, kind: ForceFigure["kind"], low: number, high = low): ForceFigure => ({
  id,
  label: `Figure ${id}`,
  kind,
  party: "Party",
  date: "2025-11-20",
  value: { low, high },
  unit: "troops",
  sources: ["source"],
});

const figures = [
  figure("demand", "demand", 85_000),
  figure("offer", "offer", 250_000),
  figure("cap", "cap", 600_000),
  figure("actual", "actual", 800_000, 980_000),
];
const chart = armySizeChart(figures, "en-GB");
const mark = (id: string) => {
  const found = chart.marks.find((m) => m.id === id);
  if (!found) throw new Error(`no mark "${id}"`);
  return found;
};
const left = (id: string) => mark(id).bounds[0][0];
const right = (id: string) => mark(id).bounds[1][0];
const zero = mark("tick-0").anchor[0];

describe("armySizeChart(figures, locale)", () => {
  it("draws every single figure as a bar from zero whose length is in proportion to the figure", () => {
    for (const id of ["demand", "offer", "cap"]) expect(left(id)).toBeCloseTo(zero, 6);
    expect((right("offer") - zero) / (right("demand") - zero)).toBeCloseTo(250_000 / 85_000, 6);
    expect((right("cap") - zero) / (right("demand") - zero)).toBeCloseTo(600_000 / 85_000, 6);
  });

  it("draws a range as a band from its low to its high figure on the same scale", () => {
    expect((left("actual") - zero) / (right("cap") - zero)).toBeCloseTo(800_000 / 600_000, 6);
    expect((right("actual") - zero) / (right("cap") - zero)).toBeCloseTo(980_000 / 600_000, 6);
  });

  it("gives each bar a path that traces its bounds, at one decimal", () => {
    for (const id of ["demand", "actual"]) {
      const [[x0, y0], [x1, y1]] = mark(id).bounds;
      const numbers = chart.paths[id].match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(numbers).toHaveLength(5);
      const [px0, py0, px1, py1, px0Again] = numbers;
      expect(px0).toBeCloseTo(x0, 1);
      expect(py0).toBeCloseTo(y0, 1);
      expect(px1).toBeCloseTo(x1, 1);
      expect(py1).toBeCloseTo(y1, 1);
      expect(px0Again).toBe(px0);
      expect(chart.paths[id]).not.toMatch(/\d\.\d\d/);
    }
  });

  it("puts the figures in rows from top to bottom, in the order given, each with its name above its bar", () => {
    const tops = figures.map((f) => mark(f.id).bounds[0][1]);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(tops).size).toBe(figures.length);
    for (const f of figures) {
      expect(mark(`${f.id}-name`).name).toBe(f.label);
      expect(mark(`${f.id}-name`).anchor[1]).toBeLessThan(mark(f.id).bounds[0][1]);
    }
    expect(chart.height).toBeGreaterThan(Math.max(...figures.map((f) => mark(f.id).bounds[1][1])));
  });

  it("writes a single figure after the end of its bar and a range's figure before its band", () => {
    expect(mark("cap-value")).toMatchObject({ name: "600,000", labelSide: "end" });
    expect(mark("cap-value").anchor[0]).toBeGreaterThan(right("cap"));
    expect(mark("actual-value")).toMatchObject({ name: "800,000–980,000", labelSide: "start" });
    expect(mark("actual-value").anchor[0]).toBeLessThan(left("actual"));
  });

  it("makes each figure a layer of its bar and its two labels, painted in the figure's kind", () => {
    expect(chart.layers).toEqual(figures.map((f) => ({ id: f.id, label: "", role: f.kind, members: [f.id, `${f.id}-name`, `${f.id}-value`] })));
    expect(mark("cap").defaultRole).toBe("cap");
    expect(chart.marks.filter((m) => m.kind === "bar").every((m) => !m.shownByDefault)).toBe(true);
  });

  it("reveals a figure's bar and labels when a step switches its layer on, and dims the others when it focuses on it", () => {
    const scene = sceneFor({ layers: ["demand", "cap"], focus: ["cap"] }, chart);
    expect(scene.marks).toEqual({
      demand: { role: "demand", opacity: 1, emphasis: false },
      cap: { role: "cap", opacity: 1, emphasis: false },
    });
    expect(scene.labels.map((l) => l.id)).toEqual(expect.arrayContaining(["demand-name", "demand-value", "cap-name", "cap-value"]));
    expect(scene.labels.map((l) => l.id)).not.toContain("offer-value");
    expect(scene.focused).toEqual(["cap", "cap-name", "cap-value"]);
  });

  it("labels a round-numbered axis from zero past the largest figure in every scene", () => {
    const ticks = sceneFor({}, chart).labels.filter((l) => l.kind === "tick");
    expect(ticks.map((l) => l.text)).toEqual(["0", "200,000", "400,000", "600,000", "800,000", "1,000,000"]);
    expect(ticks.at(-1)!.anchor[0]).toBeGreaterThanOrEqual(right("actual"));
    expect(chart.paths["tick-0-line"]).toMatch(new RegExp(`^M${zero},`));
  });
});

describe("troopLabel(value, locale)", () => {
  it("writes a single figure with thousands separators", () => {
    expect(troopLabel({ low: 85_000, high: 85_000 }, "en-GB")).toBe("85,000");
  });

  it("writes a range as its low and high figures joined by an en dash", () => {
    expect(troopLabel({ low: 800_000, high: 980_000 }, "en-GB")).toBe("800,000–980,000");
  });
});
