import { z } from "zod";
import { envelope, slug } from "./common.ts";
import { confidenceSchema } from "./proposals.ts";

/** The parties whose security-guarantee terms the explainer compares; ids match data/proposals. */
export const GUARANTEE_PARTY_IDS = ["us-berlin-offer", "europe-berlin-statement", "russia-demands", "ukraine-position"] as const;

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
  sources: z.array(slug).min(1, { message: "at least one source id" }),
});
export type GuaranteeElement = z.infer<typeof guaranteeElementSchema>;

/** One party's terms. */
export const guaranteePartySchema = z.strictObject({
  /** Id matching a proposal in data/proposals. */
  id: z.enum(GUARANTEE_PARTY_IDS),
  /** Name as a reader would say it. */
  name: z.string().min(3),
  /** The elements of its terms. */
  elements: z.array(guaranteeElementSchema).min(1),
});
export type GuaranteeParty = z.infer<typeof guaranteePartySchema>;

/** The whole file data/guarantees/guarantees.v1.json. */
export const guaranteesFileSchema = z
  .strictObject({
    ...envelope,
    /** NATO's Article 5, for comparison. */
    article5: article5Schema,
    /** Each party's terms. */
    parties: z.array(guaranteePartySchema).min(1),
  })
  .superRefine((data, ctx) => {
    const sourceIds = new Set(data.sources.map((source) => source.id));
    const missing = (id: string, path: (string | number)[]) => {
      if (!sourceIds.has(id)) ctx.addIssue({ code: "custom", path, message: "one of the source ids in sources", input: id });
    };
    missing(data.article5.source, ["article5", "source"]);
    const partyIds = new Set<string>();
    data.parties.forEach((party, partyIndex) => {
      if (partyIds.has(party.id))
        ctx.addIssue({ code: "custom", path: ["parties", partyIndex, "id"], message: "a unique id (this one is used earlier)", input: party.id });
      partyIds.add(party.id);
      const elementIds = new Set<string>();
      party.elements.forEach((element, elementIndex) => {
        const path = ["parties", partyIndex, "elements", elementIndex];
        if (elementIds.has(element.id))
          ctx.addIssue({ code: "custom", path: [...path, "id"], message: "a unique id within the party (this one is used earlier)", input: element.id });
        elementIds.add(element.id);
        element.sources.forEach((id, sourceIndex) => missing(id, [...path, "sources", sourceIndex]));
      });
    });
  });
export type GuaranteesFile = z.infer<typeof guaranteesFileSchema>;
