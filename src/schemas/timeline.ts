import { z } from "zod";
import { envelope, isoDate, slug, sourceIds } from "./common.ts";
import { confidenceSchema } from "./proposals.ts";

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
