import { describe, expect, it } from "vitest";
import { talksDays } from "../../src/lib/talksDays.ts";
import type { TalksEvent } from "../../src/schemas/timeline.ts";

const event = (id: string, date: string, kind: TalksEvent["kind"], extra: Partial<TalksEvent> = {}): TalksEvent => ({
  id,
  date,
  place: "Somewhere",
  title: `Title of ${id}`,
  summary: "A summary long enough.",
  kind,
  confidence: "solid",
  participants: { parties: ["us"], sources: ["s"] },
  sources: ["s"],
  ...extra,
});

describe("talksDays(days, events)", () => {
  const days = ["2025-02-01", "2025-02-18", "2025-05-16", "2025-07-01", "2025-11-20", "2025-11-23"];
  const events = [
    event("riyadh", "2025-02-18", "talks", { short: "Riyadh" }),
    event("memorandum", "2025-02-01", "statement"),
    event("istanbul", "2025-05-16", "talks", { endDate: "2025-07-23", short: "Istanbul" }),
    event("plan", "2025-11-18", "proposal", { endDate: "2025-11-20", short: "28-point plan" }),
    event("e3", "2025-11-23", "proposal", { short: "E3 plan" }),
    event("geneva", "2025-11-23", "talks", { short: "Geneva" }),
    event("unmapped", "2025-06-02", "summit"),
  ];
  const marked = talksDays(days, events);

  it("marks each mapped day on which a round of talks, a summit or a proposal began or ended, and no statement", () => {
    expect(marked.map((d) => d.date)).toEqual(["2025-02-18", "2025-05-16", "2025-11-20", "2025-11-23"]);
  });

  it("names a day after its talks before its proposals, and lists every event of the day", () => {
    const geneva = marked.find((d) => d.date === "2025-11-23")!;
    expect(geneva.short).toBe("Geneva");
    expect(geneva.events.map((e) => e.id)).toEqual(["geneva", "e3"]);
  });

  it("falls back on the title when an event has no short name", () => {
    expect(talksDays(["2025-06-02"], [event("unmapped", "2025-06-02", "summit")])[0].short).toBe("Title of unmapped");
  });
});
