import { z } from "zod";
import { envelope, isoDate, slug, sourceIds } from "./common.ts";
import { partySchema } from "./roles.ts";

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
  /** A column head for a phone: two to six characters. */
  abbr: z.string().min(2).max(6),
  /** The party whose colour the proposal takes in every chart. */
  party: partySchema,
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
  /** Label short enough for a phone's row head. */
  shortLabel: z.string().min(2).max(14),
  /** The question in plain words. */
  question: z.string().min(10),
  /**
   * The positions taken on the question, as the points of a scale: from the one furthest from
   * Moscow's demand to Moscow's own. Every point is some proposal's position, and a proposal's
   * place on the scale is the point its position names.
   */
  scale: z
    .array(
      z.strictObject({
        id: slug,
        /** The position in a few words, as the scale's key says it. */
        label: z.string().min(3).max(32),
      }),
    )
    .min(2)
    .max(5),
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
    /** The position in two to five words, for a cell of the table. */
    term: z.string().min(2).max(26),
    /** The point of the question's scale the position takes; none when it is not addressed, not public, or off the scale. */
    point: slug.optional(),
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
export const proposalsFileSchema = z
  .strictObject({
    ...envelope,
    /** The proposals, in column order. */
    proposals: z.array(proposalSchema).min(1),
    /** The questions, in row order. */
    questions: z.array(questionSchema).min(1),
    /** One position per (proposal, question) pair. */
    positions: z.array(positionSchema),
  })
  .superRefine((file, context) => {
    const moscow = new Set(file.proposals.filter((p) => p.party === "russia").map((p) => p.id));
    const issue = (path: (string | number)[], message: string, input: unknown) => context.addIssue({ code: "custom", path, message, input });
    file.questions.forEach((question, q) => {
      const points = question.scale.map((point) => point.id);
      file.positions.forEach((position, i) => {
        if (position.question !== question.id || !position.point) return;
        const at = ["positions", i, "point"];
        if (position.status === "not-addressed" || position.status === "unknown")
          issue(at, `no point on the scale for a position that is ${position.status === "unknown" ? "not public" : "not addressed"}`, position.point);
        else if (!points.includes(position.point)) issue(at, `a point of the scale of "${question.id}" (${points.join(", ")})`, position.point);
        else if (moscow.has(position.proposal) && position.point !== points.at(-1))
          issue(at, `"${points.at(-1)}", the end of the scale of "${question.id}", for Moscow's own position`, position.point);
      });
      question.scale.forEach((point, p) => {
        if (!file.positions.some((position) => position.question === question.id && position.point === point.id))
          issue(["questions", q, "scale", p, "id"], `a point that some position on "${question.id}" takes`, point.id);
      });
    });
  });
export type ProposalsFile = z.infer<typeof proposalsFileSchema>;
