import { describe, expect, it } from "vitest";
import { pageProblems } from "../../src/validate/pageProblems.ts";
import type { SectionInventory } from "../../src/build/remarkInventory.ts";

const inventory = (file: string, steps: string[]): SectionInventory => ({
  file,
  steps: steps.map((id) => ({ id, view: {}, figure: "map", alt: "", at: `${file}:3` })),
  scrollies: [],
  figures: [{ figure: "map", at: `${file}:2` }],
  cites: [],
  nums: [],
});

describe("pageProblems(sections, figureIds, reserved)", () => {
  it("finds nothing wrong with ids of their own", () => {
    expect(pageProblems([{ anchor: "one", inventory: inventory("a.mdx", ["s1"]) }], ["map"], { main: "the page's main element" })).toEqual([]);
  });

  it("names both places of an id used twice", () => {
    expect(pageProblems([{ anchor: "one", inventory: inventory("a.mdx", ["one"]) }], ["map"], {})).toEqual([
      'a.mdx:3, step "one": expected an id of its own, found "one", already used by a.mdx, the section\'s anchor: links to #one would open the first',
    ]);
  });

  it("refuses a figure named like a section, whose embed pages would share one address", () => {
    expect(pageProblems([{ anchor: "map", inventory: inventory("a.mdx", ["s1"]) }], ["map"], {})).toEqual([
      "a.mdx: the section's anchor \"map\" is also a figure's id: expected each its own, as embed/map/ can show only one",
    ]);
  });
});
