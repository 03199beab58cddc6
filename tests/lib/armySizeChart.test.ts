import { describe, expect, it } from "vitest";
import { armySizeChart, troopLabel } from "../../src/lib/armySizeChart.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { en } from "../../src/i18n/en.ts";
import type { ForceFigure } from "../../src/schemas/forces.ts";
import type { Party } from "../../src/schemas/roles.ts";

const figure = (id: string, kind: ForceFigure["kind"], party: Party, low: number, high = low): ForceFigure => ({
  id,
  label: `Figure ${id}`,
  kind,
  party,
  author: "Someone",
  date: "2025-11-20",
  value: { low, high },
  unit: "troops",
  sources: ["source"],
  ...(low < high
    ? {
        ends: {
          low: { counts: "the Armed Forces", by: "Zelenskyy", date: "2025-12-11", sources: ["source"] },
          high: { counts: "everyone in arms", by: "Zelenskyy", date: "2025-01-05", sources: ["source"] },
        },
      }
    : {}),
});

const figures = [
  figure("demand", "demand", "russia", 85_000),
  figure("offer", "offer", "ukraine", 250_000),
  figure("actual", "actual", "ukraine", 800_000, 980_000),
  figure("cap", "cap", "us", 600_000),
];
const proposals = figures.filter((f) => f.kind !== "actual");
const chart = armySizeChart(figures, en);
const mark = (id: string) => {
  const found = chart.marks.find((m) => m.id === id);
  if (!found) throw new Error(`no mark "${id}"`);
  return found;
};
const left = (id: string) => mark(id).bounds[0][0];
const right = (id: string) => mark(id).bounds[1][0];
const top = (id: string) => mark(id).bounds[0][1];
const bottom = (id: string) => mark(id).bounds[1][1];
const zero = mark("tick-0").anchor[0];

describe("armySizeChart(figures, strings)", () => {
  it("draws every proposed figure as a bar from zero whose length is in proportion to the figure", () => {
    for (const id of ["demand", "offer", "cap"]) expect(left(id)).toBeCloseTo(zero, 6);
    expect((right("offer") - zero) / (right("demand") - zero)).toBeCloseTo(250_000 / 85_000, 6);
    expect((right("cap") - zero) / (right("demand") - zero)).toBeCloseTo(600_000 / 85_000, 6);
  });

  it("draws the actual size as a band from its low to its high figure on the same scale, behind every row", () => {
    expect((left("actual") - zero) / (right("cap") - zero)).toBeCloseTo(800_000 / 600_000, 6);
    expect((right("actual") - zero) / (right("cap") - zero)).toBeCloseTo(980_000 / 600_000, 6);
    for (const f of proposals) {
      expect(top("actual")).toBeLessThan(top(f.id));
      expect(bottom("actual")).toBeGreaterThan(bottom(f.id));
    }
    expect(chart.marks.findIndex((m) => m.id === "actual")).toBeLessThan(chart.marks.findIndex((m) => m.id === "demand"));
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

  it("puts the proposed figures in rows from top to bottom, in the order given, with no row left empty for the band", () => {
    const tops = proposals.map((f) => top(f.id));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    const gaps = tops.slice(1).map((t, i) => t - tops[i]);
    expect(new Set(gaps).size).toBe(1);
    for (const f of proposals) {
      expect(mark(`${f.id}-name`).name).toBe(f.label);
      expect(mark(`${f.id}-name`).anchor[1]).toBeLessThan(top(f.id));
    }
    expect(chart.height).toBeGreaterThan(Math.max(...figures.map((f) => bottom(f.id))));
  });

  it("writes a figure after the end of its bar", () => {
    expect(mark("cap-value")).toMatchObject({ name: "600,000", labelSide: "end" });
    expect(mark("cap-value").anchor[0]).toBeGreaterThan(right("cap"));
  });

  it("notes at each edge of the band what its figure counts and whose it is, from the figure's data", () => {
    expect(mark("actual-low")).toMatchObject({ kind: "note", name: "800,000: the Armed Forces (Zelenskyy, 11 Dec 2025)", labelSide: "start" });
    expect(mark("actual-high")).toMatchObject({ kind: "note", name: "980,000: everyone in arms (Zelenskyy, 5 Jan 2025)", labelSide: "start" });
    expect(mark("actual-low").anchor[0]).toBeCloseTo(left("actual"), 6);
    expect(mark("actual-high").anchor[0]).toBeCloseTo(right("actual"), 6);
    for (const id of ["actual-low", "actual-high"]) expect(mark(id).anchor[1]).toBeGreaterThan(bottom("actual"));
  });

  it("paints each bar in its party's colour, and gives the bar and its name the party", () => {
    for (const f of proposals) {
      expect(mark(f.id)).toMatchObject({ defaultRole: `party-${f.party}`, party: f.party });
      expect(mark(`${f.id}-name`).party).toBe(f.party);
    }
    expect(mark("actual").defaultRole).toBe("actual");
    expect(mark("actual").party).toBeUndefined();
  });

  it("makes each figure a layer of its mark and its labels, painted as the bar", () => {
    expect(chart.layers).toEqual([
      { id: "actual", label: "", role: "actual", members: ["actual", "actual-name", "actual-low", "actual-high"] },
      ...proposals.map((f) => ({ id: f.id, label: "", role: `party-${f.party}`, members: [f.id, `${f.id}-name`, `${f.id}-value`] })),
    ]);
    expect(chart.marks.filter((m) => m.kind === "bar").every((m) => !m.shownByDefault)).toBe(true);
  });

  it("reveals a figure's bar and labels when a step switches its layer on, and dims the others when it focuses on it", () => {
    const scene = sceneFor({ layers: ["demand", "cap"], focus: ["cap"] }, chart);
    expect(scene.marks).toEqual({
      demand: { role: "party-russia", opacity: 1, emphasis: false },
      cap: { role: "party-us", opacity: 1, emphasis: false },
    });
    expect(scene.labels.map((l) => l.id)).toEqual(expect.arrayContaining(["demand-name", "demand-value", "cap-name", "cap-value"]));
    expect(scene.labels.map((l) => l.id)).not.toContain("offer-value");
    expect(scene.labels.find((l) => l.id === "cap-name")?.party).toBe("us");
    expect(scene.focused).toEqual(["cap", "cap-name", "cap-value"]);
  });

  it("labels a round-numbered axis from zero past the largest figure in every scene, its ticks far enough apart that seven-digit figures never touch on a phone", () => {
    const ticks = sceneFor({}, chart).labels.filter((l) => l.kind === "tick");
    expect(ticks.map((l) => l.text)).toEqual(["0", "500,000", "1,000,000"]);
    // On a 390 px phone the chart is about 358 px wide; "1,000,000" in the tick's type is about 60 px.
    const phone = 358 / chart.width;
    for (const [a, b] of ticks.slice(1).map((t, i) => [ticks[i], t])) expect((b.anchor[0] - a.anchor[0]) * phone).toBeGreaterThan(80);
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
