import { describe, expect, it } from "vitest";
import { timelineFileSchema } from "../../src/schemas/timeline.ts";

const envelope = {
  version: 1,
  asOf: "2025-12-15",
  title: "A test timeline",
  note: "Made for a test.",
  sources: [{ id: "ap-2025-02-18", outlet: "Associated Press", title: "Talks in Riyadh", date: "2025-02-18", url: "https://apnews.com/article/riyadh" }],
};
const event = {
  id: "riyadh",
  date: "2025-02-18",
  place: "Riyadh, Saudi Arabia",
  title: "US-Russia talks in Riyadh",
  summary: "American and Russian officials met in Riyadh.",
  kind: "talks",
  confidence: "solid",
  participants: { parties: ["us", "russia"], sources: ["ap-2025-02-18"] },
  sources: ["ap-2025-02-18"],
};
const issues = (participants: unknown) =>
  timelineFileSchema.safeParse({ ...envelope, events: [{ ...event, participants }] }).error?.issues.map((issue) => [issue.path, issue.message]);

describe("timelineFileSchema: who took part in an event", () => {
  it("accepts the parties present with the sources that say so", () => {
    expect(issues(event.participants)).toBeUndefined();
  });

  it("refuses a party outside the list, naming the parties it knows", () => {
    expect(issues({ parties: ["us", "nato"], sources: ["ap-2025-02-18"] })).toEqual([
      [["events", 0, "participants", "parties", 1], 'Invalid option: expected one of "us"|"russia"|"ukraine"|"europe"|"e3"'],
    ]);
  });

  it("refuses an empty list of parties", () => {
    expect(issues({ parties: [], sources: ["ap-2025-02-18"] })).toEqual([
      [["events", 0, "participants", "parties"], "at least one party (us, russia, ukraine, europe, e3)"],
    ]);
  });

  it("refuses a party named twice, pointing at the first", () => {
    expect(issues({ parties: ["us", "russia", "us"], sources: ["ap-2025-02-18"] })).toEqual([
      [["events", 0, "participants", "parties", 2], "each party once (us is already parties[0])"],
    ]);
  });

  it("refuses participants without a source, or an event without participants", () => {
    expect(issues({ parties: ["us"], sources: [] })).toEqual([[["events", 0, "participants", "sources"], "at least one source id"]]);
    const { participants: _, ...without } = event;
    expect(timelineFileSchema.safeParse({ ...envelope, events: [without] }).error?.issues.map((i) => i.path)).toEqual([["events", 0, "participants"]]);
  });
});
