import type { Source } from "../schemas/common.ts";
import type { FigureCredit } from "./types.ts";

/** The source line of a figure drawn from these data files: their outlets and latest "as of" date. */
export function figureCredit(files: Array<{ asOf: string; sources: Source[] }>, note?: string): FigureCredit {
  return {
    outlets: [...new Set(files.flatMap((file) => file.sources.map((source) => source.outlet)))],
    asOf: files
      .map((file) => file.asOf)
      .sort()
      .at(-1)!,
    ...(note ? { note } : {}),
  };
}
