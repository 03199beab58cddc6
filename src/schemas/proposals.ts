import { z } from "zod";
import { envelope, isoDate, slug, sourceIds } from "./common.ts";

/** How sure the research log is: solid = two or more independent sources, single-source = one, unclear = conflicting or unverified. */
export const confidenceSchema = z.enum(["solid", "single-source", "unclear"]);
export type Confidence = z.infer<typeof confidenceSchema>;

/** One proposal, draft or stated position. */
export const proposalSchema = z.strictObject({
  /** Stable id, cited by plans and guarantees. */
  id: slug,
  /** Full name as a reader would say it. */
  name: z.string().min(3),
  /** Name short enough for a narrow table column. */
  shortName: z.string().min(2).max(14),
  /** Date the proposal was made, leaked or first stated. */
  date: isoDate,
  /** Last date of the period the proposal covers, when it spans several days or months. */
  endDate: isoDate.optional(),
  /** Who wrote or stated it. */
  authors: z.string().min(3),
  /** What kind of text it is. */
  status: z.enum(["leaked-draft", "negotiating-text", "official-statement", "reported-position"]),
  /** One or two plain sentences describing it. */
  summary: z.string().min(10).max(220),
  /** Sources that describe the proposal as a whole. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** One question asked of every proposal. */
export const questionSchema = z.strictObject({
  /** Stable id. */
  id: slug,
  /** Short label for a table row. */
  label: z.string().min(3).max(40),
  /** The question in plain words. */
  question: z.string().min(10),
});
export type Question = z.infer<typeof questionSchema>;

/** A number attached to a position; only the army-size question has one. */
export const positionValueSchema = z.strictObject({
  /** The figure itself. */
  amount: z.number().int().positive(),
  /** What is counted. */
  unit: z.literal("troops"),
});
export type PositionValue = z.infer<typeof positionValueSchema>;

/** What one proposal says on one question. */
export const positionSchema = z
  .strictObject({
    /** Id of the proposal. */
    proposal: slug,
    /** Id of the question. */
    question: slug,
    /** stated = in the text or said on the record; reported = known from leaks or officials' briefings; not-addressed = the text is silent; unknown = the text is not public. */
    status: z.enum(["stated", "reported", "not-addressed", "unknown"]),
    /** One or two plain sentences, attributed, in the party's own terms. */
    summary: z.string().min(10).max(220),
    /** The figure the position names, where it names one (a cap on troops). */
    value: positionValueSchema.optional(),
    /** How sure the research log is. */
    confidence: confidenceSchema,
    /** How sources disagree, when they do. */
    conflict: z.string().min(10).max(400).optional(),
    /** Sources for this position; empty only when status is not-addressed or unknown. */
    sources: sourceIds,
  })
  .refine((position) => position.sources.length > 0 || position.status === "not-addressed" || position.status === "unknown", {
    message: "at least one source id for a stated or reported position",
    path: ["sources"],
  });
export type Position = z.infer<typeof positionSchema>;

/** data/proposals/proposals.vN.json: every proposal answers every question once (checked with the other references). */
export const proposalsFileSchema = z.strictObject({
  ...envelope,
  /** The proposals, in column order. */
  proposals: z.array(proposalSchema).min(1),
  /** The questions, in row order. */
  questions: z.array(questionSchema).min(1),
  /** One position per (proposal, question) pair. */
  positions: z.array(positionSchema),
});
export type ProposalsFile = z.infer<typeof proposalsFileSchema>;
