import { z } from "zod";

/** A calendar date written as YYYY-MM-DD that exists in the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "a date written as YYYY-MM-DD" })
  .refine(
    (value) => {
      const [year, month, day] = value.split("-").map(Number);
      const date = new Date(Date.UTC(year, month - 1, day));
      return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    },
    { message: "a date that exists in the calendar" },
  );

/** A stable identifier: lower-case letters, digits and hyphens (ISO 3166-2 codes such as UA-14 are also allowed). */
export const slug = z
  .string()
  .regex(/^([a-z0-9]+(-[a-z0-9]+)*|UA-\d{2})$/, { message: "an id of lower-case letters, digits and hyphens" });

/** One published source a fact rests on. */
export const sourceSchema = z.strictObject({
  /** Id other records in the same file cite it by. */
  id: slug,
  /** The original outlet or institution, e.g. "Reuters", not a site that reprinted it. */
  outlet: z.string().min(2),
  /** Headline or document title as published. */
  title: z.string().min(3),
  /** Publication date. */
  date: isoDate,
  /** Link to the original outlet's page. */
  url: z.url({ protocol: /^https$/, message: "an https:// link to the original outlet" }),
});
export type Source = z.infer<typeof sourceSchema>;

/** The fields every versioned data file in data/ carries. */
export const envelope = {
  /** Version of this file; a change to published data is a new file with the next version. */
  version: z.number().int().positive(),
  /** The date the data describe: nothing later is presented as known. */
  asOf: isoDate,
  /** What the file holds, in a sentence a journalist can read. */
  title: z.string().min(3),
  /** How the data were made and how precise they are. */
  note: z.string().min(3),
  /** Every source the file's records cite. */
  sources: z.array(sourceSchema).min(1, { message: "at least one source" }),
};
