import type { ControlSnapshot } from "../schemas/control.ts";
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

/** The front on one day of the tracker, with what changed since the round of talks before it. */
export interface FrontDate {
  date: string;
  /** Land Russia held in Ukraine, km², and its share of Ukraine's official area. */
  km2: number;
  share: number;
  /** Occupied land by unit, as the snapshot measured it. */
  byOblast: ControlSnapshot["areas"]["byOblast"];
  /** The round of talks held that day, if any. */
  talks?: TalksDay;
  /**
   * The day the change is counted from: the last round of talks before this day or, before the first
   * round, the tracker's first day. Absent on that first day.
   */
  since?: {
    date: string;
    /** The round held that day; absent when it is the tracker's first day. */
    talks?: TalksDay;
    /** Change in the land Russia held, km² (negative when it lost ground): this day's total less that day's. */
    netKm2: number;
  };
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

/** The snapshots taken from the tracker (measured on its own polygon), oldest first: the days the date control offers. */
export const trackedSnapshots = (snapshots: ControlSnapshot[]): ControlSnapshot[] =>
  snapshots.filter((s) => s.measured !== undefined).sort((a, b) => a.date.localeCompare(b.date));

/**
 * The figures of every tracked day: the land Russia held, its share, by oblast, the round of talks
 * held that day, and the net change since the round before (or since the tracker's first day). Only
 * the snapshots' measured areas are used, so no geometry is measured again.
 */
export function frontDates(snapshots: ControlSnapshot[], events: TalksEvent[]): FrontDate[] {
  const tracked = trackedSnapshots(snapshots);
  const days = talksDays(
    tracked.map((s) => s.date),
    events,
  );
  const talksOn = new Map(days.map((d) => [d.date, d]));
  const byDate = new Map(tracked.map((s) => [s.date, s]));
  return tracked.map((snapshot, index) => {
    const before = days.filter((d) => d.date < snapshot.date).at(-1);
    const from = before ? byDate.get(before.date)! : index > 0 ? tracked[0] : undefined;
    const talks = talksOn.get(snapshot.date);
    return {
      date: snapshot.date,
      km2: snapshot.areas.totalKm2,
      share: snapshot.areas.shareOfUkraine,
      byOblast: snapshot.areas.byOblast,
      ...(talks ? { talks } : {}),
      ...(from ? { since: { date: from.date, ...(before ? { talks: before } : {}), netKm2: snapshot.areas.totalKm2 - from.areas.totalKm2 } } : {}),
    };
  });
}
