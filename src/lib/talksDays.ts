import type { TalksEvent } from "../schemas/timeline.ts";

/** Kinds of event that make a round of the talks, in the order a day's marker prefers them. */
const ROUND_KINDS: Array<TalksEvent["kind"]> = ["talks", "summit", "proposal"];

/** A day of the talks the tracker mapped: the events of that day, the first of them naming the marker. */
export interface TalksDay {
  date: string;
  /** The marker's name: the first event's short name, or its title. */
  short: string;
  /** Every event of a round that day, talks first. */
  events: Array<Pick<TalksEvent, "id" | "title" | "kind">>;
}

/**
 * The days of the talks the tracker mapped: each day with a snapshot on which a round of talks, a
 * summit or a proposal began or ended (a round over several days is marked on its last mapped day,
 * or its first when only that was mapped).
 */
export function talksDays(days: string[], events: TalksEvent[]): TalksDay[] {
  const mapped = new Set(days);
  const byDay = new Map<string, TalksEvent[]>();
  for (const event of events.filter((e) => ROUND_KINDS.includes(e.kind))) {
    const day = [event.endDate, event.date].find((d) => d !== undefined && mapped.has(d));
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, held]) => {
      const ordered = [...held].sort((a, b) => ROUND_KINDS.indexOf(a.kind) - ROUND_KINDS.indexOf(b.kind));
      return { date, short: ordered[0].short ?? ordered[0].title, events: ordered.map(({ id, title, kind }) => ({ id, title, kind })) };
    });
}
