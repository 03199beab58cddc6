import { z } from "zod";
import { envelope, isoDate, slug, sourceIds } from "./common.ts";

/** A number of troops, or a range where sources or definitions differ. */
export const troopRangeSchema = z
  .strictObject({
    /** Lowest figure; equal to high when there is a single figure. */
    low: z.number().int().positive(),
    /** Highest figure. */
    high: z.number().int().positive(),
  })
  .refine((value) => value.low <= value.high, { message: "a high figure at least as large as low", path: ["high"] });
export type TroopRange = z.infer<typeof troopRangeSchema>;

/** One figure for the size of Ukraine's armed forces. */
export const forceFigureSchema = z.strictObject({
  /** Stable id. */
  id: slug,
  /** Short label for a chart. */
  label: z.string().min(3).max(60),
  /** demand = what a party asked for; offer = what a party offered or backed; cap = a limit written into a draft; actual = the forces' real size. */
  kind: z.enum(["demand", "offer", "cap", "actual"]),
  /** Who proposed or measured the figure. */
  party: z.string().min(2),
  /** Date of the draft or statement the figure comes from. */
  date: isoDate,
  /** The figure, or a range. */
  value: troopRangeSchema,
  /** What is counted. */
  unit: z.literal("troops"),
  /** What the figure covers, and any caveat. */
  note: z.string().min(10).max(400).optional(),
  /** Ids of sources listed in the file's `sources`. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});
export type ForceFigure = z.infer<typeof forceFigureSchema>;

/** data/forces/army-size.vN.json */
export const forcesFileSchema = z.strictObject({
  ...envelope,
  /** The figures, oldest first. */
  figures: z.array(forceFigureSchema).min(1),
});
export type ForcesFile = z.infer<typeof forcesFileSchema>;
