import type { Source } from "../schemas/common.ts";

/** What a section relies on, as its syntax tree records it. */
export interface SectionReferences {
  /** Source ids it cites. */
  cites: string[];
  /** Ids of the facts it states. */
  nums: string[];
  /** Ids of the figures it shows. */
  figures: string[];
}

/**
 * Every source a section relies on: those it cites, those behind the figures it states and those of
 * the data each of its figures draws. Each source once, newest first.
 */
export function sectionSources(
  section: SectionReferences,
  lookup: { sources: Map<string, Source>; facts: Map<string, { sources: Source[] }>; figures: Map<string, { sources: Source[] }> },
): Source[] {
  const found = new Map<string, Source>();
  const add = (source: Source | undefined) => {
    if (source) found.set(source.id, source);
  };
  section.cites.forEach((id) => add(lookup.sources.get(id)));
  section.nums.forEach((id) => lookup.facts.get(id)?.sources.forEach(add));
  section.figures.forEach((id) => lookup.figures.get(id)?.sources.forEach(add));
  return [...found.values()].sort((a, b) => b.date.localeCompare(a.date) || a.outlet.localeCompare(b.outlet));
}
