import { getCollection, render, type CollectionEntry } from "astro:content";
import type { AstroComponentFactory } from "astro/runtime/server/index.js";
import type { SectionInventory } from "../build/remarkInventory.ts";
import { DEFAULT_LANG, LANGS, type Lang } from "../i18n/langs.ts";
import { pageProblems, translationProblems } from "../validate/pageProblems.ts";
import { uncitedSourceProblems } from "../validate/sourceProblems.ts";
import { sectionSources } from "../lib/sectionSources.ts";
import { siteOf } from "./site.ts";
import { checkedScene } from "./checkedScene.ts";
import { PLANS_ID } from "./planScenes.ts";
import { datasets, type DatasetName } from "../registry/datasets.ts";

/** Each edition's collection of sections (src/content.config.ts). */
const COLLECTIONS = { en: "sections", uk: "sectionsUk" } as const satisfies Record<Lang, string>;

/** A section of the explainer with what its syntax tree holds. */
export interface Section {
  entry: CollectionEntry<(typeof COLLECTIONS)[Lang]>;
  inventory: SectionInventory;
  /** Its rendered MDX, rendered once for the page and every embed. */
  Content: AstroComponentFactory;
}

// Ids the page itself gives elements a link could also name.
const reserved = {
  main: "the page's main element",
  "sources-and-method": "the sources section",
  "toc-title": "the table of contents",
  "link-status": "the page's status line",
  [PLANS_ID]: "the plan comparison, and its embed page",
};

async function load(lang: Lang): Promise<Section[]> {
  const entries = (await getCollection(COLLECTIONS[lang])).sort((a, b) => a.data.order - b.data.order);
  const sections = await Promise.all(
    entries.map(async (entry) => {
      const { Content, remarkPluginFrontmatter } = await render(entry);
      return { entry, Content, inventory: remarkPluginFrontmatter.inventory as SectionInventory };
    }),
  );
  const site = siteOf(lang);
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
  // Each step's view is checked against its figure now, so that a mistake in one is named as such before the editions are compared.
  for (const { inventory } of sections) {
    for (const step of inventory.steps.filter((s) => s.figure))
      checkedScene(lang, step.figure, step.view, `${inventory.file}, step ${JSON.stringify(step.id)}`, `a <Scrolly figure="..."> around the step`);
  }
  return sections;
}

const loaded = Object.fromEntries(await Promise.all(LANGS.map(async (lang) => [lang, await load(lang)] as const))) as Record<Lang, Section[]>;
const pageOf = (sections: Section[]) => sections.map(({ entry, inventory }) => ({ anchor: entry.data.anchor, inventory }));
const mismatch = LANGS.filter((lang) => lang !== DEFAULT_LANG).flatMap((lang) => translationProblems(pageOf(loaded[DEFAULT_LANG]), pageOf(loaded[lang]), lang));
if (mismatch.length) throw new Error(`The editions differ in ${mismatch.length} way${mismatch.length === 1 ? "" : "s"}:\n  ${mismatch.join("\n  ")}`);

/** An edition's narrative sections in page order, each with its inventory; ids clashing across the page, or a translation whose sections, steps or figures differ from the English, stop the build. */
export const sectionsOf = (lang: Lang): Section[] => loaded[lang];
