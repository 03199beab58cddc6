import { describe, expect, it } from "vitest";
import { figureRules } from "../../src/lib/figureRules.ts";
import { tinyChart, tinyFigure } from "../fixtures/figures.ts";

const rules = (text: string) => text.split("\n");

describe("figureRules(figure)", () => {
  it("places each label at its mark's anchor, within the figure's own class", () => {
    expect(rules(figureRules(tinyFigure))).toContain(".figure--tiny-map .l-town{--ax:80;--ay:20}");
  });

  it("shows a map's label in a switching figure only when the scene switches it on, and never dims it", () => {
    const text = figureRules(tinyFigure);
    expect(rules(text)).toContain(".figure--tiny-map.figure--switched .l-town{opacity:var(--l-town,0)}");
    expect(text).not.toContain(".d-");
  });

  it("fades a chart's labels and blocks with their marks, but not its axis ticks", () => {
    const text = rules(figureRules(tinyChart));
    expect(text).toContain(
      ".figure--tiny-chart.figure--switched .l-a{opacity:calc(var(--l-a,0) * calc(var(--dim-floor) + (1 - var(--dim-floor)) * var(--d-a,var(--dim,1))))}",
    );
    expect(text).toContain(".figure--tiny-chart.figure--switched .l-tick-50{opacity:var(--l-tick-50,0)}");
    expect(text).toContain(".figure--tiny-chart .d-b{opacity:calc(var(--dim-floor) + (1 - var(--dim-floor)) * var(--d-b,var(--dim,1)))}");
  });

  it("never fades the names of a chart's parties, which frame it like its ticks", () => {
    const chart = { ...tinyChart, marks: [...tinyChart.marks, { ...tinyChart.marks[0], id: "party-us", kind: "party" as const, party: "us" as const }] };
    expect(rules(figureRules(chart))).toContain(".figure--tiny-chart.figure--switched .l-party-us{opacity:var(--l-party-us,0)}");
  });

  it("shows each legend entry of a switching figure when the scene names its layer", () => {
    expect(rules(figureRules(tinyFigure))).toContain(".figure--tiny-map.figure--switched .g-east{display:var(--g-east,none)}");
  });

  it("refuses an id that would break out of its rule", () => {
    const bad = { ...tinyFigure, marks: [{ ...tinyFigure.marks[0], id: 'x"]{}*{color:red' }] };
    expect(() => figureRules(bad)).toThrow(/figure "tiny-map": id "x\\"\]\{\}\*\{color:red" cannot name a CSS rule; expected letters, digits and hyphens/);
  });
});
