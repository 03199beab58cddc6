import type { Source } from "../schemas/common.ts";
import type { FigureCredit } from "./types.ts";

/**
 * The source line of a figure drawn from these data files: the credit lines their sources ask for
 * (DeepState's front line, for one), the outlets of the others, and the latest "as of" date.
 */
export function figureCredit(files: Array<{ asOf: string; sources: Source[] }>, note?: string): FigureCredit {
  const sources = files.flatMap((file) => file.sources);
  const lines = [...new Set(sources.flatMap((source) => (source.credit ? [source.credit] : [])))];
  return {
    ...(lines.length ? { lines } : {}),
    outlets: [...new Set(sources.filter((source) => !source.credit).map((source) => source.outlet))],
    asOf: files
      .map((file) => file.asOf)
      .sort()
      .at(-1)!,
    ...(note ? { note } : {}),
  };
}
