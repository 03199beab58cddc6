import { getCollection, render, type CollectionEntry } from "astro:content";
import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import type { SectionInventory } from "../build/remarkInventory.ts";
import { pageProblems } from "../validate/pageProblems.ts";
import { uncitedSourceProblems } from "../validate/sourceProblems.ts";
import { sectionSources } from "../lib/sectionSources.ts";
import { site } from "./site.ts";
import { PLANS_ID } from "./planScenes.ts";
import { datasets, type DatasetName } from "../registry/datasets.ts";

/** A section of the explainer with what its syntax tree holds. */
export interface Section {
  entry: CollectionEntry<"sections">;
  inventory: SectionInventory;
  /** Its rendered MDX, rendered once for the page and every embed. */
  Content: AstroComponentFactory;
}

const entries = (await getCollection("sections")).sort((a, b) => a.data.order - b.data.order);

/** The narrative sections in page order, each with its inventory; ids clashing across the page stop the build. */
export const sections: Section[] = await Promise.all(
  entries.map(async (entry) => {
    const { Content, remarkPluginFrontmatter } = await render(entry);
    return { entry, Content, inventory: remarkPluginFrontmatter.inventory as SectionInventory };
  }),
);

// Ids the page itself gives elements a link could also name.
const reserved = {
  main: "the page's main element",
  "sources-and-method": "the sources section",
  "toc-title": "the table of contents",
  "link-status": "the page's status line",
  [PLANS_ID]: "the plan comparison, and its embed page",
};
// A source is cited when a record of its file cites it, or the page relies on it: a citation, a figure drawn from its file, a fact it gives.
const relied = new Set(
  sections.flatMap(({ inventory }) =>
    sectionSources({ cites: inventory.cites, nums: inventory.nums, figures: inventory.figures.map((f) => f.figure) }, site).map((s) => s.id),
  ),
);
const problems = [
  ...pageProblems(
    sections.map(({ entry, inventory }) => ({ anchor: entry.data.anchor, inventory })),
    [...site.figures.keys()],
    reserved,
  ),
  ...uncitedSourceProblems(
    (Object.keys(datasets) as DatasetName[]).flatMap((name) => [site[name]].flat()),
    relied,
  ),
];
if (problems.length) throw new Error(`The sections have ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${problems.join("\n  ")}`);
