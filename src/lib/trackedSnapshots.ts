import type { ControlSnapshot } from "../schemas/control.ts";

/** The snapshots taken from the tracker (measured on its own polygon), oldest first: the days the date control offers. */
export const trackedSnapshots = (snapshots: ControlSnapshot[]): ControlSnapshot[] =>
  snapshots.filter((s) => s.measured !== undefined).sort((a, b) => a.date.localeCompare(b.date));
