import { z } from "zod";
import { isCalendarDate } from "../lib/isCalendarDate.ts";
import { UKRAINE_REGION } from "../lib/ukraineRegion.ts";

/** A calendar date written as YYYY-MM-DD that exists in the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "a date written as YYYY-MM-DD" })
  .refine(isCalendarDate, { message: "a date that exists in the calendar" });

/** A stable identifier: lower-case letters, digits and hyphens (ISO 3166-2 codes such as UA-14 are also allowed). */
export const slug = z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*|UA-\d{2})$/, { message: "an id of lower-case letters, digits and hyphens" });

/** ISO 3166-2 code of one of Ukraine's units, e.g. UA-14 (Donetsk); which codes exist is checked against the map. */
export const oblastCode = z.string().regex(/^UA-\d{2}$/, { message: "an ISO 3166-2 code such as UA-14" });

const { west, east, south, north } = UKRAINE_REGION;

/** Longitude in degrees east, within the box around Ukraine the maps cover. */
export const longitude = z
  .number()
  .min(west, { message: `a longitude within Ukraine's region (${west} to ${east})` })
  .max(east, { message: `a longitude within Ukraine's region (${west} to ${east})` });

/** Latitude in degrees north, within the box around Ukraine the maps cover. */
export const latitude = z
  .number()
  .min(south, { message: `a latitude within Ukraine's region (${south} to ${north})` })
  .max(north, { message: `a latitude within Ukraine's region (${south} to ${north})` });

/** Ids of sources listed in the same file's `sources`. */
export const sourceIds = z.array(slug);

/**
 * An https link written in plain ASCII: a host of letters, digits, dots and hyphens, so a lookalike
 * host (a Cyrillic "і" in "lіga.net") or an invisible character cannot pass for the outlet's own.
 */
export const httpsLink = (message: string) =>
  z
    .string()
    .refine((url) => !/[^\x21-\x7E]/.test(url), {
      error: (issue) => {
        const char = String(issue.input).match(/[^\x21-\x7E]/)![0];
        const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
        return `${message} in plain ASCII (it has U+${code} "${char}": a space, an invisible character or a letter that only looks Latin)`;
      },
      abort: true,
    })
    .regex(/^https:\/\/[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?(\/[\x21-\x7E]*)?$/, { message })
    .pipe(z.url({ protocol: /^https$/, message }));

/** One published source a fact rests on. */
export const sourceSchema = z.strictObject({
  /** Id other records in the same file cite it by. */
  id: slug,
  /** The original outlet or institution, e.g. "Reuters", not a site that reprinted it. */
  outlet: z.string().min(2),
  /** Headline or document title as published: the article's own words, never a description in brackets. */
  title: z.string().min(3),
  /** Date the original outlet published it (not a reprint's date). */
  date: isoDate,
  /** Link to the original outlet's article; with `via`, to the licensed republication's copy of it. */
  url: httpsLink("an https:// link to the article"),
  /**
   * Where the original cannot be linked: the name of the licensed republisher whose copy `url` links
   * (a newspaper or distributor carrying the outlet's report under its byline), as
   * data/sources/outlets.vN.json lists it.
   */
  via: z.string().min(2).optional(),
  /** The credit line the outlet or its licence asks for, shown on every figure drawn from it. */
  credit: z.string().min(3).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** The fields every versioned data file in data/ carries, apart from its sources. */
export const envelopeFields = {
  /** Version of this file; a change to published data is a new file with the next version. */
  version: z.number().int().positive(),
  /** The date the data describe: nothing later is presented as known. */
  asOf: isoDate,
  /** What the file holds, in a sentence a journalist can read. */
  title: z.string().min(3),
  /** How the data were made and how precise they are. */
  note: z.string().min(3),
  /**
   * The edition that publishes this version, when it is not the first edition dated on or after
   * `asOf`: a correction of an earlier day published with a later edition says which.
   */
  edition: isoDate.optional(),
};

/** The envelope of a data file with sources: every dataset but the edition. */
export const envelope = {
  ...envelopeFields,
  /** Every source the file's records cite. */
  sources: z.array(sourceSchema).min(1, { message: "at least one source" }),
};

/**
 * What a superseded version's shape is held to: the envelope every version has been published with,
 * sources included. Its records are not checked against today's schema, so a stricter schema never
 * forces an edit to a published file.
 */
export const publishedEnvelopeSchema = z.looseObject({
  ...envelopeFields,
  /** Its sources, as every version has listed them. */
  sources: z.array(sourceSchema).optional(),
});
