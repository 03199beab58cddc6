import { describe, expect, it } from "vitest";
import { sectionSources, type SectionSourceInputs } from "../../src/lib/sectionSources.ts";
import type { Fact } from "../../src/lib/explainerFacts.ts";
import type { Source } from "../../src/schemas/common.ts";

const source = (id: string, date: string, outlet = "Outlet"): Source => ({ id, outlet, title: `Title of ${id}`, date, url: `https://example.org/${id}` });
const fact = (id: string, sources: Source[]): Fact => ({ id, value: 1, unit: "count", text: "1", approximate: false, dataset: "data/x.v1.json", sources });

const kommersant = source("kommersant", "2025-12-12", "Kommersant");
const liga = source("liga", "2025-08-06", "LIGA.net");
const isw = source("isw", "2025-12-12", "Institute for the Study of War");
const snapshot = source("deepstate", "2025-12-15", "DeepState");
const geo = source("geoboundaries", "2022-03-01", "geoBoundaries");
const unused = source("unused", "2025-12-31");

const inputs: SectionSourceInputs = {
  sources: new Map([kommersant, liga, isw, snapshot, geo, unused].map((s) => [s.id, s])),
  facts: new Map([fact("held-km2", [snapshot]), fact("population", [liga])].map((f) => [f.id, f])),
  figureSources: new Map([["ukraine-map", [geo, snapshot]]]),
};
const ids = (mdx: string) => sectionSources(mdx, inputs).map((s) => s.id);

describe("sectionSources(mdx, inputs)", () => {
  it("collects the sources a section cites, including several in one <Cite>", () => {
    expect(ids('Ushakov said so <Cite id="kommersant" />. Both agree <Cite id="liga  isw" />.')).toEqual(["isw", "kommersant", "liga"]);
  });

  it("collects the sources behind every figure the section states with <Num>", () => {
    expect(ids('About <Num of="held-km2" /> held by <Num of="population" /> people.')).toEqual(["deepstate", "liga"]);
  });

  it("collects the sources of the data each figure in the section draws", () => {
    expect(ids('<Scrolly figure="ukraine-map">\n  <Step id="a" />\n</Scrolly>')).toEqual(["deepstate", "geoboundaries"]);
    expect(ids('<StaticFigure figure="ukraine-map" step="a" />')).toEqual(["deepstate", "geoboundaries"]);
  });

  it("lists each source once, newest first, and same-day sources by outlet", () => {
    const mdx = '<Scrolly figure="ukraine-map"><Step>\n<Num of="held-km2" /> <Cite id="deepstate kommersant" /> <Cite id="isw" /> <Cite id="kommersant" />\n</Step></Scrolly>';
    expect(sectionSources(mdx, inputs).map((s) => [s.date, s.outlet])).toEqual([
      ["2025-12-15", "DeepState"],
      ["2025-12-12", "Institute for the Study of War"],
      ["2025-12-12", "Kommersant"],
      ["2022-03-01", "geoBoundaries"],
    ]);
  });

  it("ignores ids it does not know, which the build reports elsewhere", () => {
    expect(ids('<Cite id="nobody liga" /> <Num of="no-such-fact" /> <Scrolly figure="no-such-figure">')).toEqual(["liga"]);
  });

  it("gives nothing for a section that cites nothing", () => {
    expect(ids("Plain text about the talks, with no figures.")).toEqual([]);
  });
});
