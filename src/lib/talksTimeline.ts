import { scaleUtc } from "d3-scale";
import type { TalksEvent } from "../schemas/timeline.ts";
import type { FigureIndex, MarkIndex } from "./types.ts";
import { round as r } from "./round.ts";

/** The timeline of talks: its index and the path of its axis. */
export type TalksTimeline = FigureIndex & { paths: Record<string, string> };

const WIDTH = 1000;
const HEIGHT = 400;
const AXIS = 200;
/** Half the width of time a step about one event shows around it, in figure units. */
const WINDOW = 70;

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * Lays out the talks on one line of time, from the first month of the data to its "as of" date:
 * a dot per event (always drawn), its title as a label a step switches on, and month names in the
 * locale. A step
 * that focuses on an event zooms the line to the weeks around it, so the reader moves along it.
 */
export function talksTimeline(events: TalksEvent[], asOf: string, locale: string): TalksTimeline {
  const monthName = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const first = day(events[0].date);
  const start = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
  const x = scaleUtc()
    .domain([start, day(asOf)])
    .range([30, WIDTH - 30]);
  const marks: MarkIndex[] = [];
  const paths: Record<string, string> = { axis: `M${r(x(start))},${AXIS}H${r(x(day(asOf)))}` };
  marks.push({
    id: "axis",
    kind: "axis",
    name: "",
    bounds: [
      [x(start), AXIS],
      [x(day(asOf)), AXIS],
    ],
    anchor: [x(start), AXIS],
    shownByDefault: true,
    defaultRole: "axis",
  });

  for (const month of x.ticks(12)) {
    const at: [number, number] = [r(x(month)), AXIS];
    const name = month.getUTCMonth() === 0 ? String(month.getUTCFullYear()) : monthName.format(month);
    marks.push({
      id: `month-${month.toISOString().slice(0, 7)}`,
      kind: "tick",
      name,
      bounds: [at, at],
      anchor: at,
      labelSide: "below",
      shownByDefault: true,
      labelByDefault: true,
    });
  }

  events.forEach((event, i) => {
    const cx = r((x(day(event.date)) + x(day(event.endDate ?? event.date))) / 2);
    const side = i % 2 === 0 ? "above" : "below";
    // A zero-length stroke with round caps and a non-scaling width: a dot that keeps its size at any zoom.
    paths[`${event.id}-dot`] = `M${cx},${AXIS}h0`;
    marks.push({
      id: `${event.id}-dot`,
      kind: "dot",
      name: "",
      bounds: [
        [cx, AXIS],
        [cx, AXIS],
      ],
      anchor: [cx, AXIS],
      shownByDefault: true,
      defaultRole: "event",
    });
    marks.push({
      id: event.id,
      kind: "value",
      name: event.title,
      bounds: [
        [cx - WINDOW, AXIS - 10],
        [cx + WINDOW, AXIS + 10],
      ],
      // Anchored on the line: the label's offset is set in CSS, so it does not grow with the zoom.
      anchor: [cx, AXIS],
      labelSide: side,
      shownByDefault: false,
    });
  });

  return { id: "talks-timeline", focusMode: "zoom", width: WIDTH, height: HEIGHT, marks, layers: [], paths };
}
