import { z } from "zod";
import { envelope, isoDate, slug, sourceIds } from "./common.ts";
import { partySchema } from "./roles.ts";

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

/** One end of a range: what its figure counts and whose figure it is, for the note on the range's mark. */
export const rangeEndSchema = z.strictObject({
  /** What the figure counts, in a few words: "the Armed Forces", "everyone in arms". */
  counts: z.string().min(3).max(40),
  /** Who gave the figure, as a reader would name them. */
  by: z.string().min(2).max(40),
  /** When they gave it. */
  date: isoDate,
  /** Ids of sources listed in the file's `sources`. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});
export type RangeEnd = z.infer<typeof rangeEndSchema>;

/** One figure for the size of Ukraine's armed forces. */
export const forceFigureSchema = z
  .strictObject({
    /** Stable id. */
    id: slug,
    /** Short label for a chart. */
    label: z.string().min(3).max(60),
    /** demand = what a party asked for; offer = what a party offered or backed; cap = a limit written into a draft; actual = the forces' real size. */
    kind: z.enum(["demand", "offer", "cap", "actual"]),
    /** The party whose proposal or statement the figure is, which gives its bar the party's colour. */
    party: partySchema,
    /** Who proposed or measured the figure, in the words of the table. */
    author: z.string().min(2),
    /** Date of the draft or statement the figure comes from. */
    date: isoDate,
    /** The figure, or a range. */
    value: troopRangeSchema,
    /** What is counted. */
    unit: z.literal("troops"),
    /** What the figure covers, and any caveat. */
    note: z.string().min(10).max(400).optional(),
    /** For a range, what its low and its high figure are and whose they are. */
    ends: z.strictObject({ low: rangeEndSchema, high: rangeEndSchema }).optional(),
    /** Ids of sources listed in the file's `sources`. */
    sources: sourceIds.min(1, { message: "at least one source id" }),
  })
  .refine((figure) => figure.value.low < figure.value.high === (figure.ends !== undefined), {
    message: "ends (what the low and the high figure are) for a range, and none for a single figure",
    path: ["ends"],
  });
export type ForceFigure = z.infer<typeof forceFigureSchema>;

/** data/forces/army-size.vN.json */
export const forcesFileSchema = z.strictObject({
  ...envelope,
  /** The figures, oldest first. */
  figures: z.array(forceFigureSchema).min(1),
});
export type ForcesFile = z.infer<typeof forcesFileSchema>;
