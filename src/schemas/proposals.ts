import { z } from "zod";
import { envelope, isoDate, slug } from "./common.ts";

/** The seven proposals or stated positions the comparison table shows, in column order. */
export const PROPOSAL_IDS = [
  "us-28-point",
  "us-ukraine-geneva",
  "e3-counter",
  "us-berlin-offer",
  "europe-berlin-statement",
  "russia-demands",
  "ukraine-position",
] as const;

/** The twelve questions the comparison table asks of every proposal, in row order. */
export const QUESTION_IDS = [
  "territory",
  "army-size",
  "nato",
  "foreign-troops",
  "security-guarantees",
  "ceasefire-monitoring",
  "sanctions",
  "frozen-assets",
  "zaporizhzhia-npp",
  "elections",
  "amnesty",
  "eu-accession",
] as const;

/** How sure the research log is: solid = two or more independent sources, single-source = one, unclear = conflicting or unverified. */
export const confidenceSchema = z.enum(["solid", "single-source", "unclear"]);
export type Confidence = z.infer<typeof confidenceSchema>;

/** Ids of sources listed in the same file's `sources`. */
export const sourceIdsSchema = z.array(slug);

/** One proposal, draft or stated position. */
export const proposalSchema = z.strictObject({
  /** Stable id, one of PROPOSAL_IDS. */
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
  sources: sourceIdsSchema.min(1, { message: "at least one source id" }),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** One question asked of every proposal. */
export const questionSchema = z.strictObject({
  /** Stable id, one of QUESTION_IDS. */
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
export const positionSchema = z.strictObject({
  /** Id of the proposal. */
  proposal: slug,
  /** Id of the question. */
  question: slug,
  /** stated = in the text or said on the record; reported = known from leaks or officials' briefings; not-addressed = the text is silent; unknown = the text is not public. */
  status: z.enum(["stated", "reported", "not-addressed", "unknown"]),
  /** One or two plain sentences, attributed, in the party's own terms. */
  summary: z.string().min(10).max(220),
  /** The figure, for army-size only, where there is one. */
  value: positionValueSchema.optional(),
  /** How sure the research log is. */
  confidence: confidenceSchema,
  /** How sources disagree, when they do. */
  conflict: z.string().min(10).max(400).optional(),
  /** Sources for this position; empty only when status is not-addressed or unknown. */
  sources: sourceIdsSchema,
});
export type Position = z.infer<typeof positionSchema>;

const proposalsShape = z.strictObject({
  ...envelope,
  /** The proposals, in column order. */
  proposals: z.array(proposalSchema),
  /** The questions, in row order. */
  questions: z.array(questionSchema),
  /** One position per (proposal, question) pair. */
  positions: z.array(positionSchema),
});
type ProposalsShape = z.infer<typeof proposalsShape>;

/** A problem found by the cross-checks, with the path it concerns. */
export interface ProposalsProblem {
  /** Path from the file root, e.g. ["positions", 12, "proposal"]. */
  path: (string | number)[];
  /** What was expected, e.g. `one of the proposal ids (us-28-point, ...)`. */
  expected: string;
  /** What was found; undefined when nothing was. */
  found?: unknown;
}

/** Writes a path as `positions[12].proposal`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`))
    .join("");
}



function findDuplicates(ids: readonly string[], listName: string, problems: ProposalsProblem[]): void {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else problems.push({ path: [listName, index, "id"], expected: `a unique id (this one is already at ${listName}[${earlier}])`, found: id });
  });
}

/** Cross-checks that zod's shape checks cannot express: ids, pairs, sources and dates. */
export function findProposalsProblems(data: ProposalsShape): ProposalsProblem[] {
  const problems: ProposalsProblem[] = [];
  const sourceIds = data.sources.map((source) => source.id);
  const proposalIds = data.proposals.map((proposal) => proposal.id);
  const questionIds = data.questions.map((question) => question.id);
  const knownSources = new Set(sourceIds);

  findDuplicates(sourceIds, "sources", problems);
  findDuplicates(proposalIds, "proposals", problems);
  findDuplicates(questionIds, "questions", problems);

  PROPOSAL_IDS.forEach((id) => {
    if (!proposalIds.includes(id)) problems.push({ path: ["proposals"], expected: `a proposal with id "${id}"` });
  });
  data.proposals.forEach((proposal, index) => {
    if (!(PROPOSAL_IDS as readonly string[]).includes(proposal.id))
      problems.push({ path: ["proposals", index, "id"], expected: `one of the proposal ids (${PROPOSAL_IDS.join(", ")})`, found: proposal.id });
  });
  QUESTION_IDS.forEach((id, index) => {
    if (questionIds[index] !== id)
      problems.push({ path: ["questions", index, "id"], expected: `"${id}" at this place in the question order`, found: questionIds[index] });
  });
  if (questionIds.length > QUESTION_IDS.length)
    problems.push({ path: ["questions"], expected: `${QUESTION_IDS.length} questions`, found: questionIds.length });

  const checkSources = (ids: readonly string[], path: (string | number)[]) => {
    ids.forEach((id, index) => {
      if (!knownSources.has(id)) problems.push({ path: [...path, index], expected: "one of the source ids in sources", found: id });
    });
  };
  const checkDates = (date: string, endDate: string | undefined, path: (string | number)[]) => {
    if (date > data.asOf) problems.push({ path: [...path, "date"], expected: `a date on or before asOf (${data.asOf})`, found: date });
    if (endDate !== undefined) {
      if (endDate < date) problems.push({ path: [...path, "endDate"], expected: `a date on or after date (${date})`, found: endDate });
      if (endDate > data.asOf) problems.push({ path: [...path, "endDate"], expected: `a date on or before asOf (${data.asOf})`, found: endDate });
    }
  };

  data.proposals.forEach((proposal, index) => {
    checkSources(proposal.sources, ["proposals", index, "sources"]);
    checkDates(proposal.date, proposal.endDate, ["proposals", index]);
  });

  const proposalSet = new Set(proposalIds);
  const questionSet = new Set(questionIds);
  const seenPairs = new Map<string, number>();
  data.positions.forEach((position, index) => {
    const path = ["positions", index];
    if (!proposalSet.has(position.proposal))
      problems.push({ path: [...path, "proposal"], expected: `one of the proposal ids (${[...proposalSet].join(", ")})`, found: position.proposal });
    if (!questionSet.has(position.question))
      problems.push({ path: [...path, "question"], expected: `one of the question ids (${[...questionSet].join(", ")})`, found: position.question });
    const pair = `${position.proposal} / ${position.question}`;
    const earlier = seenPairs.get(pair);
    if (earlier === undefined) seenPairs.set(pair, index);
    else problems.push({ path, expected: `one position per proposal / question pair (this pair is already at positions[${earlier}])`, found: pair });
    checkSources(position.sources, [...path, "sources"]);
    if (position.sources.length === 0 && (position.status === "stated" || position.status === "reported"))
      problems.push({ path: [...path, "sources"], expected: `at least one source id for status "${position.status}"`, found: position.sources });
    if (position.value !== undefined && position.question !== "army-size")
      problems.push({ path: [...path, "value"], expected: "no value outside the army-size question", found: position.value });
  });

  proposalSet.forEach((proposal) => {
    questionSet.forEach((question) => {
      if (!seenPairs.has(`${proposal} / ${question}`))
        problems.push({ path: ["positions"], expected: `a position for the pair ${proposal} / ${question}` });
    });
  });

  return problems;
}

/** The whole file data/proposals/proposals.v1.json, with its cross-checks. */
export const proposalsFileSchema = proposalsShape.superRefine((data, ctx) => {
  for (const problem of findProposalsProblems(data))
    ctx.addIssue({ code: "custom", path: problem.path, message: problem.expected, input: problem.found });
});
export type ProposalsFile = z.infer<typeof proposalsFileSchema>;
