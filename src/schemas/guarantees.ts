import { z } from "zod";
import { envelope, slug, sourceIds } from "./common.ts";
import { confidenceSchema } from "./proposals.ts";

/** The text the "Article 5-like" offers are measured against. */
export const article5Schema = z.strictObject({
  /** A short verbatim excerpt of Article 5 of the North Atlantic Treaty. */
  quote: z.string().min(10).max(300),
  /** Where the quote comes from, as a reader would cite it. */
  attribution: z.string().min(3),
  /** What Article 5 commits allies to, in our own words. */
  summary: z.string().min(10).max(220),
  /** Id of the source in the file's `sources`. */
  source: slug,
});
export type Article5 = z.infer<typeof article5Schema>;

/** One element of a party's guarantee terms. */
export const guaranteeElementSchema = z.strictObject({
  /** Stable id, unique within the party. */
  id: slug,
  /** Short label. */
  label: z.string().min(3).max(40),
  /** What the element means, in our own words, attributed. */
  detail: z.string().min(10).max(220),
  /** offered = put on the table; committed = promised in a statement; sought = asked for; rejected = ruled out; conditional = offered only in return for something. */
  status: z.enum(["offered", "committed", "sought", "rejected", "conditional"]),
  /** How sure the research log is. */
  confidence: confidenceSchema,
  /** Ids of sources listed in the file's `sources`. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});
export type GuaranteeElement = z.infer<typeof guaranteeElementSchema>;

/** One party's terms. */
export const guaranteePartySchema = z.strictObject({
  /** Id matching a proposal in data/proposals. */
  id: slug,
  /** Name as a reader would say it. */
  name: z.string().min(3),
  /** The elements of its terms. */
  elements: z.array(guaranteeElementSchema).min(1),
});
export type GuaranteeParty = z.infer<typeof guaranteePartySchema>;

/** data/guarantees/guarantees.vN.json */
export const guaranteesFileSchema = z.strictObject({
  ...envelope,
  /** NATO's Article 5, for comparison. */
  article5: article5Schema,
  /** Each party's terms. */
  parties: z.array(guaranteePartySchema).min(1),
});
export type GuaranteesFile = z.infer<typeof guaranteesFileSchema>;
