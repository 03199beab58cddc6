import { z } from "zod";
import { envelope, isoDate, slug, sourceIds } from "./common.ts";
import { confidenceSchema } from "./proposals.ts";
import { partySchema } from "./roles.ts";

/** Who took part in an event, and the reports that say so. */
export const participantsSchema = z.strictObject({
  /** The parties present (or, for a statement or a text, the parties whose it is), each once. */
  parties: z
    .array(partySchema, { error: "a list of parties" })
    .min(1, { message: `at least one party (${partySchema.options.join(", ")})` })
    .superRefine((parties, ctx) => {
      parties.forEach((party, index) => {
        const first = parties.indexOf(party);
        if (first < index) ctx.addIssue({ code: "custom", path: [index], message: `each party once (${party} is already parties[${first}])`, input: party });
      });
    }),
  /** Ids of the sources, listed in the file's `sources`, that name the parties present. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});

/** One round of talks, proposal, statement or summit. */
export const talksEventSchema = z.strictObject({
  /** Stable id. */
  id: slug,
  /** First day. */
  date: isoDate,
  /** Last day, when the event spans several days. */
  endDate: isoDate.optional(),
  /** City (and country or state) where it happened. */
  place: z.string().min(2),
  /** Short title for a timeline label. */
  title: z.string().min(3).max(40),
  /** A name of a word or two for a marker where space is tightest, e.g. "Riyadh" on the date control. */
  short: z.string().min(2).max(14).optional(),
  /** One or two plain sentences, in our own words. */
  summary: z.string().min(10).max(220),
  /** talks = negotiators meet; proposal = a text is tabled or leaked; statement = a party states its position; summit = leaders meet. */
  kind: z.enum(["talks", "proposal", "statement", "summit"]),
  /** How sure the research log is. */
  confidence: confidenceSchema,
  /** Who took part. */
  participants: participantsSchema,
  /** Ids of sources listed in the file's `sources`. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});
export type TalksEvent = z.infer<typeof talksEventSchema>;

/** data/timeline/talks.vN.json: events sorted by date. */
export const timelineFileSchema = z
  .strictObject({
    ...envelope,
    /** The events, sorted by date. */
    events: z.array(talksEventSchema).min(1),
  })
  .superRefine((data, ctx) => {
    data.events.forEach((event, index) => {
      if (event.endDate !== undefined && event.endDate < event.date)
        ctx.addIssue({ code: "custom", path: ["events", index, "endDate"], message: `a date on or after date (${event.date})`, input: event.endDate });
      const previous = data.events[index - 1];
      if (previous !== undefined && event.date < previous.date)
        ctx.addIssue({
          code: "custom",
          path: ["events", index, "date"],
          message: `events sorted by date (on or after ${previous.date}, the date of events[${index - 1}])`,
          input: event.date,
        });
    });
  });
export type TimelineFile = z.infer<typeof timelineFileSchema>;
