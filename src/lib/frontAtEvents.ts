import type { ControlSnapshot } from "../schemas/control.ts";
import type { TalksEvent } from "../schemas/timeline.ts";
import { trackedSnapshots } from "./trackedSnapshots.ts";

/** The front as the tracker had last mapped it when an event began, and how it had moved since the event before. */
export interface FrontAtEvent {
  /** The event's id. */
  event: string;
  /** The day of the snapshot used: the latest taken from the tracker on or before the event's first day. Absent before the first. */
  snapshot?: string;
  /** Land Russia held in Ukraine on that day, km². */
  km2?: number;
  /**
   * The change since the event before, when the two events were measured on different snapshots:
   * this snapshot's land less that one's, km² (negative when Russia lost ground).
   */
  since?: { event: string; snapshot: string; netKm2: number };
}

/**
 * For each event, in order, the land Russia held on the latest tracker snapshot on or before its
 * first day, and the net change since the event before. Two events measured on the same snapshot
 * have no change between them: the tracker saw nothing in between. Only the snapshots' measured
 * areas are used, so no geometry is measured again.
 */
export function frontAtEvents(events: TalksEvent[], snapshots: ControlSnapshot[]): FrontAtEvent[] {
  const tracked = trackedSnapshots(snapshots);
  const fronts = events.map((event): FrontAtEvent => {
    const snapshot = tracked.filter((s) => s.date <= event.date).at(-1);
    return snapshot ? { event: event.id, snapshot: snapshot.date, km2: snapshot.areas.totalKm2 } : { event: event.id };
  });
  return fronts.map((front, i) => {
    const before = fronts[i - 1];
    if (!before?.snapshot || !front.snapshot || before.snapshot === front.snapshot) return front;
    return { ...front, since: { event: before.event, snapshot: before.snapshot, netKm2: front.km2! - before.km2! } };
  });
}
