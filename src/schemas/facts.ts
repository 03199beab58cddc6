import { z } from "zod";
import { envelope, isoDate, slug, sourceIds } from "./common.ts";

/** A published figure the text states, with its source. */
export const publishedFigureSchema = z.strictObject({
  /** Id the text cites it by, through <Num of="...">. */
  id: slug,
  /** What the figure counts. */
  label: z.string().min(3),
  /** The figure. */
  value: z.number().nonnegative(),
  /** What it is counted in. */
  unit: z.enum(["people", "km2", "troops"]),
  /** The day the figure describes. */
  date: isoDate,
  /** Caveats a reader should know. */
  note: z.string().min(10).optional(),
  /** Ids of the file's sources. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});

/** data/facts/territory-figures.vN.json */
export const publishedFiguresFileSchema = z.strictObject({
  ...envelope,
  /** The figures. */
  figures: z.array(publishedFigureSchema).min(1),
});
export type PublishedFiguresFile = z.infer<typeof publishedFiguresFileSchema>;
