import { scaleLinear, scaleUtc } from "d3-scale";
import type { SharePoint } from "../schemas/control.ts";
import type { FigureIndex, MarkIndex } from "./types.ts";
import { round as r } from "./round.ts";

/** The share-over-time chart: its index and the path of its line and grid. */
export type OccupiedShareChart = FigureIndex & { paths: Record<string, string> };

const WIDTH = 1000;
const HEIGHT = 460;
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * Lays out the published occupied shares of Ukraine as points on a time axis, with a percentage grid.
 * Points from different trackers are not joined by a line, since they count differently; the first,
 * the largest and the latest carry their figure as a label, and a table beside the chart gives all.
 */
export function occupiedShareChart(points: SharePoint[], locale: string): OccupiedShareChart {
  const percent = (digits: number) => new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits });
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date) || a.share - b.share);
  const last = day(sorted.at(-1)!.date);
  const first = day(sorted[0].date);
  const x = scaleUtc()
    .domain([new Date(Date.UTC(first.getUTCFullYear(), 0, 1)), new Date(Date.UTC(last.getUTCFullYear() + 1, 0, 1))])
    .range([60, WIDTH - 60]);
  // The axis runs from zero to a round figure above the largest share, whatever the data hold.
  const y = scaleLinear()
    .domain([0, Math.max(...sorted.map((p) => p.share))])
    .nice(3)
    .range([HEIGHT - 50, 20]);
  const marks: MarkIndex[] = [];
  const paths: Record<string, string> = {};

  for (const tick of y.ticks(3)) {
    // The id names the percentage itself ("grid-20", "grid-0-5"), so close grid lines never share one.
    const id = `grid-${String(r(tick * 100)).replace(".", "-")}`;
    paths[id] = `M${x.range()[0]},${r(y(tick))}H${x.range()[1]}`;
    marks.push({
      id,
      kind: "axis",
      name: "",
      bounds: [
        [x.range()[0], y(tick)],
        [x.range()[1], y(tick)],
      ],
      anchor: [x.range()[0], y(tick)],
      shownByDefault: true,
      defaultRole: "axis",
    });
    marks.push({
      id: `${id}-label`,
      kind: "tick",
      name: percent(0).format(tick),
      bounds: [
        [20, y(tick)],
        [20, y(tick)],
      ],
      anchor: [28, r(y(tick))],
      shownByDefault: true,
      labelByDefault: true,
    });
  }
  // One tick per year (every few years over a long span): time ticks inside one year would repeat its name.
  const [startYear, endYear] = x.domain().map((d) => d.getUTCFullYear());
  const step = Math.ceil((endYear - startYear) / 6);
  const years = Array.from({ length: Math.floor((endYear - startYear) / step) + 1 }, (_, i) => new Date(Date.UTC(startYear + i * step, 0, 1)));
  for (const year of years) {
    const at: [number, number] = [r(x(year)), HEIGHT - 22];
    marks.push({
      id: `year-${year.getUTCFullYear()}`,
      kind: "tick",
      name: String(year.getUTCFullYear()),
      bounds: [at, at],
      anchor: at,
      shownByDefault: true,
      labelByDefault: true,
    });
  }
  const largest = sorted.reduce((max, point) => (point.share > max.share ? point : max));
  const labelled = new Set([sorted[0], largest, sorted.at(-1)!]);
  sorted.forEach((point, i) => {
    const at: [number, number] = [r(x(day(point.date))), r(y(point.share))];
    const id = `point-${i + 1}`;
    paths[id] = `M${at[0]},${at[1]}h0`;
    marks.push({ id, kind: "dot", name: "", bounds: [at, at], anchor: at, shownByDefault: true, defaultRole: "event" });
    if (labelled.has(point)) {
      marks.push({
        id: `${id}-value`,
        kind: "value",
        name: percent(1).format(point.share),
        bounds: [at, at],
        anchor: at,
        labelSide: "above",
        shownByDefault: true,
        labelByDefault: true,
      });
    }
  });
  return { id: "occupied-share", focusMode: "dim", width: WIDTH, height: HEIGHT, marks, layers: [], paths };
}
