import type { ControlSnapshot } from "../schemas/control.ts";
import type { FrontDate } from "./frontDates.ts";
import type { FrontPanel } from "./frontPanel.ts";
import { gainedArea } from "./gainedArea.ts";
import type { View } from "./types.ts";
import type { MapOverlay } from "./ukraineMap.ts";

/** What the map of the front over time draws, and the view of each of its days. */
export interface FrontOverlays {
  overlays: MapOverlay[];
  /** Names by meaning: occupied@2025-08-15, front@latest, gained@latest. */
  aliases: Record<string, string>;
  /** The view of each day, in the order of `dates`. */
  views: View[];
}

/**
 * The overlays of every tracked day (the land Russia held, the line of contact and the land taken
 * since the round of talks before, named and keyed as the day's words in `panels` say), each named
 * by meaning, and the view that shows one day: the frame is the same every day, the land taken after
 * the first day of talks (or, with nothing taken, the latest occupied area), so that only the front
 * moves.
 */
export function frontOverlays(dates: FrontDate[], snapshots: ControlSnapshot[], panels: FrontPanel[], labels: string[]): FrontOverlays {
  const byDate = new Map(snapshots.map((s) => [s.date, s]));
  const latest = dates.at(-1)?.date;
  const overlays: MapOverlay[] = [];
  const aliases: Record<string, string> = {};
  const name = (stem: string, day: string) => {
    aliases[`${stem}@${day}`] = `${stem}-${day}`;
    if (day === latest) aliases[`${stem}@latest`] = `${stem}-${day}`;
    return `${stem}-${day}`;
  };
  const views = dates.map((day, i): View => {
    const snapshot = byDate.get(day.date)!;
    const panel = panels[i];
    const shapes: MapOverlay[] = [
      { id: name("occupied", day.date), kind: "area", name: panel.heldLegend, legend: panel.heldLegend, role: "occupied", geometry: snapshot.occupied },
      { id: name("front", day.date), kind: "line", name: panel.lineLegend, legend: panel.lineLegend, role: "line", geometry: snapshot.contactLine },
    ];
    // Land taken is drawn over the line: a strip along the front would vanish under it.
    if (day.since) {
      const gained = gainedArea(snapshot, byDate.get(day.since.date)!);
      if (gained.coordinates.length > 0)
        shapes.push({ id: name("gained", day.date), kind: "area", name: panel.gainedLegend, legend: panel.gainedLegend, role: "gained", geometry: gained });
    }
    overlays.push(...shapes);
    return { layers: shapes.map((s) => `${s.id.split("-")[0]}@${day.date}`), labels };
  });
  // Every day is framed alike, on the ground taken from the first day of talks on (over the whole
  // series when none was mapped), so that only the front moves.
  const firstTalks = dates.find((d) => d.talks)?.date ?? "";
  const moved = overlays.filter((o) => o.role === "gained" && o.id.slice("gained-".length) > firstTalks).map((o) => `gained@${o.id.slice("gained-".length)}`);
  for (const view of views) view.focus = moved.length ? moved : latest ? ["occupied@latest"] : [];
  return { overlays, aliases, views };
}
