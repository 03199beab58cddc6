import type { Source } from "../schemas/common.ts";
import type { Fact } from "./explainerFacts.ts";

/** What a section's sources are drawn from. */
export interface SectionSourceInputs {
  /** Sources of each figure's data, by figure id. */
  figureSources: Map<string, Source[]>;
  facts: Map<string, Fact>;
  sources: Map<string, Source>;
}

/**
 * Every source a section relies on, read from its MDX: the sources it cites with <Cite>, those behind
 * the figures it states with <Num>, and those of the data each of its figures draws. Each source once,
 * newest first.
 */
export function sectionSources(mdx: string, inputs: SectionSourceInputs): Source[] {
  const found = new Map<string, Source>();
  const add = (source: Source | undefined) => {
    if (source) found.set(source.id, source);
  };
  for (const [, ids] of mdx.matchAll(/<Cite\b[^>]*?\sid="([^"]+)"/g)) for (const id of ids.split(/\s+/)) add(inputs.sources.get(id));
  for (const [, id] of mdx.matchAll(/<Num\b[^>]*?\sof="([^"]+)"/g)) inputs.facts.get(id)?.sources.forEach(add);
  for (const [, id] of mdx.matchAll(/\sfigure="([^"]+)"/g)) inputs.figureSources.get(id)?.forEach(add);
  return [...found.values()].sort((a, b) => b.date.localeCompare(a.date) || a.outlet.localeCompare(b.outlet));
}
