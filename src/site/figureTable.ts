import type { Lang } from "../i18n/langs.ts";
import { siteOf } from "./site.ts";

/** A figure's data table in an edition, for a `<FigureText>` naming it; a figure with no table stops the build, saying where. */
export function figureTable(lang: Lang, figure: string, file = "an MDX file") {
  const { tables } = siteOf(lang);
  const table = tables.get(figure);
  if (!table)
    throw new Error(`${file}: <FigureText figure=${JSON.stringify(figure)}>: expected one of the figures with a table (${[...tables.keys()].join(", ")})`);
  return table;
}
