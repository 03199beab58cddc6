import { describe, expect, it } from "vitest";
import { clientIndex } from "../../src/lib/clientIndex.ts";
import { figureStyle } from "../../src/lib/figureStyle.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import type { View } from "../../src/lib/types.ts";
import { viewProblems } from "../../src/validate/viewProblems.ts";
import { committedData } from "../support/committed.ts";
import { sectionInventories } from "../support/sections.ts";

const data = committedData();
const steps = (await sectionInventories()).flatMap((section) => section.steps);

describe("every step of the page, on the committed data", () => {
  it("finds the page's steps in the sections' syntax trees", () => {
    expect(steps.length).toBeGreaterThanOrEqual(40);
  });

  it.each(steps.map((s) => [s.id, s] as const))("%s: names only what its figure has, and gets the same scene in the browser as at build", (_id, step) => {
    const figure = data.figures.get(step.figure)!;
    expect(figure, step.at).toBeDefined();
    expect(viewProblems(step.view, figure)).toEqual([]);
    const client = clientIndex(figure);
    expect(figureStyle(client, sceneFor(step.view as View, client), true)).toBe(figureStyle(figure, sceneFor(step.view as View, figure), true));
  });

  it("names snapshots by meaning, so a new snapshot moves every map without editing a step", () => {
    const dated = steps.flatMap((s) => Object.values((s.view ?? {}) as Record<string, string[]>).flat().filter((id) => /\d{4}-\d{2}-\d{2}/.test(id) && !id.includes("@")).map((id) => `${s.at}: ${id}`));
    expect(dated).toEqual([]);
  });
});
