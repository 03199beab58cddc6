import type { ControlSnapshot } from "../schemas/control.ts";
import type { TalksEvent } from "../schemas/timeline.ts";
import { talksDays, type TalksDay } from "./talksDays.ts";
import { trackedSnapshots } from "./trackedSnapshots.ts";

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
