import { scaleLinear, scaleUtc } from "d3-scale";
import type { Strings } from "../i18n/strings.ts";
import type { SharePoint } from "../schemas/control.ts";
import type { FrontDate } from "./frontDates.ts";
import type { TalksDay } from "./talksDays.ts";
import type { FigureIndex, LayerIndex, MarkIndex } from "./types.ts";
import { factText } from "./factText.ts";
import { round as r } from "./round.ts";

/** The share-and-pace chart: its index and the path of its line, bars, grid and markers. */
export type OccupiedShareChart = FigureIndex & { paths: Record<string, string> };

/** One month of the tracker: the land Russia took between the first days of two months. */
export interface MonthGain {
  /** First day of the month, and of the next. */
  from: string;
  to: string;
  km2: number;
}

const WIDTH = 1000;
const LEFT = 124;
const RIGHT = WIDTH - 40;
const LABEL_ROW = 42;
/** Width of a talks day's name, in figure units per character on a phone, where the chart is smallest, to keep names apart. */
const CHAR = 21;
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * The land Russia took in each whole month the tracker covers: from a snapshot on a month's first day
 * (or its second, where the tracker's day is the 2nd) to the next month's, so every bar counts one
 * month of the same map.
 */
export function monthGains(dates: FrontDate[]): MonthGain[] {
  const starts = dates.filter((d) => Number(d.date.slice(8)) <= 2);
  const byMonth = new Map(starts.map((d) => [d.date.slice(0, 7), d]));
  const gains: MonthGain[] = [];
  for (const [month, start] of byMonth) {
    const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 1)).toISOString().slice(0, 7);
    const end = byMonth.get(next);
    if (end) gains.push({ from: start.date, to: end.date, km2: end.km2 - start.km2 });
  }
  return gains;
}

/**
 * Lays out one tracker's series: the share of Ukraine Russia held on DeepState's map on every tracked
 * day, as a line, with the days of the talks marked above it; other trackers' published figures in
 * the same months as dots beside the line, never joined to it; and below, the land taken each month
 * as bars. The axes come from the data: the share's from its lowest to its highest figure, the bars'
 * from zero to the largest month.
 */
export function occupiedShareChart(
  dates: FrontDate[],
  references: SharePoint[],
  talks: TalksDay[],
  words: Strings["share"],
  locale: string,
): OccupiedShareChart {
  // Shares as the text writes them, in each locale's way ("19.2%", "19,2 %").
  const percent = (share: number) => factText(share, "share", locale);
  const km2 = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const first = day(dates[0].date);
  const last = day(dates.at(-1)!.date);
  const inSpan = references.filter((p) => day(p.date) >= first && day(p.date) <= last);
  const x = scaleUtc().domain([first, last]).range([LEFT, RIGHT]);

  // The talks' names in rows above the line: each in the first row where it clears the names before it.
  const rows: number[] = [];
  // A name that would run past the right edge ends at its rule instead.
  const placed = talks.map((t) => {
    const at = x(day(t.date));
    const width = t.short.length * CHAR;
    const side: "end" | "start" = at + width > WIDTH ? "start" : "end";
    const from = side === "end" ? at : at - width;
    let row = rows.findIndex((end) => end < from - 8);
    if (row < 0) row = rows.length;
    rows[row] = side === "end" ? at + width : at;
    return { talks: t, at, row, side };
  });
  const top = 30 + Math.max(rows.length, 1) * LABEL_ROW;
  const shareTop = top + 10;
  const shareBottom = shareTop + 300;
  const paceTop = shareBottom + 150;
  const paceBottom = paceTop + 200;
  const height = paceBottom + 60;

  const shares = [...dates.map((d) => d.share), ...inSpan.map((p) => p.share)];
  const y = scaleLinear()
    .domain([Math.min(...shares), Math.max(...shares)])
    .nice(4)
    .range([shareBottom, shareTop]);
  const gains = monthGains(dates);
  const most = Math.max(...gains.map((g) => g.km2));
  const h = scaleLinear().domain([0, most]).nice(3).range([paceBottom, paceTop]);

  const marks: MarkIndex[] = [];
  const paths: Record<string, string> = {};
  const layers: LayerIndex[] = [];
  const label = (id: string, name: string, anchor: [number, number], side?: MarkIndex["labelSide"], kind: MarkIndex["kind"] = "tick") =>
    marks.push({ id, kind, name, bounds: [anchor, anchor], anchor, ...(side ? { labelSide: side } : {}), shownByDefault: true, labelByDefault: true });
  const rule = (id: string, d: string, box: MarkIndex["bounds"], role: "axis" | "event" = "axis") => {
    paths[id] = d;
    marks.push({ id, kind: "axis", name: "", bounds: box, anchor: box[0], shownByDefault: true, defaultRole: role });
  };

  label("share-heading", words.shareHeading, [LEFT, r(top - 4)], "end");
  for (const tick of y.ticks(4)) {
    const id = `share-${String(r(tick * 1000)).replace(".", "-")}`;
    rule(id, `M${LEFT},${r(y(tick))}H${RIGHT}`, [
      [LEFT, y(tick)],
      [RIGHT, y(tick)],
    ]);
    label(`${id}-label`, percent(tick), [LEFT - 10, r(y(tick))], "start");
  }

  // The days of the talks: a rule down to the line's panel, and the day's name in its row.
  const talksIds: string[] = [];
  for (const { talks: t, at, row, side } of placed) {
    const id = `talks-${t.date}`;
    const labelY = 30 + row * LABEL_ROW + 18;
    rule(id, `M${r(at)},${r(labelY + 6)}V${shareBottom}`, [
      [at, labelY],
      [at, shareBottom],
    ]);
    label(`${id}-name`, t.short, [r(at + (side === "end" ? 4 : -4)), r(labelY)], side, "value");
    talksIds.push(id, `${id}-name`);
  }
  layers.push({ id: "talks", label: words.talks, role: "axis", members: talksIds });

  const line = dates.map((d) => `${r(x(day(d.date)))},${r(y(d.share))}`).join("L");
  paths["tracker"] = `M${line}`;
  marks.push({
    id: "tracker",
    kind: "line",
    name: "",
    bounds: [
      [LEFT, shareTop],
      [RIGHT, shareBottom],
    ],
    anchor: [RIGHT, y(dates.at(-1)!.share)],
    shownByDefault: true,
    defaultRole: "occupied",
  });
  const end: [number, number] = [r(x(last)), r(y(dates.at(-1)!.share))];
  // The first and the latest share: the latest above the line's end, to its left, the first below its start.
  label("tracker-last", percent(dates.at(-1)!.share), [end[0] - 16, r(end[1] - 36)], "start", "value");
  const start: [number, number] = [r(x(first)), r(y(dates[0].share))];
  label("tracker-first", percent(dates[0].share), [start[0] + 8, r(start[1] + 30)], "end", "value");
  layers.push({ id: "tracker", label: words.tracker, role: "occupied", members: ["tracker"] });

  const referenceIds = inSpan.map((p, i) => {
    const id = `reference-${i + 1}`;
    const at: [number, number] = [r(x(day(p.date))), r(y(p.share))];
    paths[id] = `M${at[0]},${at[1]}h0`;
    marks.push({ id, kind: "dot", name: "", bounds: [at, at], anchor: at, shownByDefault: true, defaultRole: "event" });
    return id;
  });
  if (referenceIds.length) layers.push({ id: "references", label: words.references, role: "event", members: referenceIds });

  label("pace-heading", words.paceHeading, [LEFT, r(paceTop - 100)], "end");
  for (const tick of h.ticks(3)) {
    const id = `pace-${tick}`;
    rule(id, `M${LEFT},${r(h(tick))}H${RIGHT}`, [
      [LEFT, h(tick)],
      [RIGHT, h(tick)],
    ]);
    label(`${id}-label`, km2.format(tick), [LEFT - 10, r(h(tick))], "start");
  }
  const barIds = gains.map((g) => {
    const id = `month-${g.from.slice(0, 7)}`;
    const [x0, x1] = [x(day(g.from)) + 3, x(day(g.to)) - 3];
    paths[id] = `M${r(x0)},${r(h(g.km2))}H${r(x1)}V${paceBottom}H${r(x0)}Z`;
    marks.push({
      id,
      kind: "bar",
      name: "",
      bounds: [
        [x0, h(g.km2)],
        [x1, paceBottom],
      ],
      anchor: [r((x0 + x1) / 2), r(h(g.km2))],
      shownByDefault: true,
      defaultRole: "gained",
    });
    return id;
  });
  layers.push({ id: "gained", label: words.gained, role: "gained", members: barIds });
  // The largest month and the latest carry their figure.
  const largest = gains.reduce((a, b) => (b.km2 > a.km2 ? b : a));
  for (const g of new Set([largest, gains.at(-1)!])) {
    const bar = marks.find((m) => m.id === `month-${g.from.slice(0, 7)}`)!;
    label(`${bar.id}-value`, km2.format(g.km2), [bar.anchor[0], bar.anchor[1] - 8], "above", "value");
  }

  // A tick under every third month, and the year under January.
  const monthName = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  for (const month of x.ticks(6)) {
    const at: [number, number] = [r(x(month)), paceBottom + 26];
    label(`axis-${month.toISOString().slice(0, 7)}`, month.getUTCMonth() === 0 ? String(month.getUTCFullYear()) : monthName.format(month), at, "below");
  }
  return { id: "occupied-share", focusMode: "dim", width: WIDTH, height, marks, layers, paths };
}
