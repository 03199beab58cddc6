import type { Strings } from "../i18n/strings.ts";
import type { Party } from "../schemas/roles.ts";
import type { TalksEvent } from "../schemas/timeline.ts";
import type { FrontAtEvent } from "./frontAtEvents.ts";
import type { FigureIndex, LayerIndex, MarkIndex, Point } from "./types.ts";
import { round as r } from "./round.ts";

/** The timeline of talks: its index and the path of every row, month line and event mark. */
export type TalksTimeline = FigureIndex & { paths: Record<string, string> };

/** What the timeline is drawn from. */
export interface TalksTimelineInput {
  /** The events, sorted by date. */
  events: TalksEvent[];
  /** The front at each event, in the same order (see frontAtEvents). */
  fronts: FrontAtEvent[];
  locale: string;
  /** The names of the parties and of the land taken between events. */
  words: Strings["timeline"];
}

const WIDTH = 1000;
/** A unit of the figure's height is about a pixel of a phone's width, where the figure turns and its rows become columns. */
const HEIGHT = 400;
/** Where time runs, across: the parties' names lie before it. */
const START = 170;
const END = 990;
/**
 * The rows, top to bottom (left to right when the figure turns): the United States between Russia
 * and Ukraine, so that the meetings most events are, US-Russian and US-Ukrainian, join neighbouring
 * rows, and a connector that crosses the US row shows Russia and Ukraine meeting without it.
 */
const ROWS: Party[] = ["russia", "us", "ukraine", "europe", "e3"];
const FIRST_ROW = 148;
const ROW_GAP = 42;
/** The band of months, between the titles and the rows (narrow: between the short names and the columns). */
const MONTHS = 118;
/** Where an event's short name ends, when narrow. */
const NAMES = 102;
/** The lowest of the heights an event's title takes, across. */
const TITLES = 96;
/** Titles of neighbouring events take four heights in turn, so the labels of one crowded week do not overprint. */
const TITLE_STEP = 22;
const TITLE_HEIGHTS = 4;
/** How much higher every other party's name sits above the narrow columns, in units of time (about half a pixel each). */
const NAME_STAGGER = 28;
/** The two heights the changes of the front take in turn, across, where neighbouring numbers would touch. */
const GAINS = [352, 372];

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const rowY = (party: Party) => FIRST_ROW + ROW_GAP * ROWS.indexOf(party);

/**
 * Lays out the talks as one row per party, in date order at even steps (a crowded week gets as much
 * room as a quiet month), with a line where each month begins and its name. Each event is a dot on
 * the row of every party that took part, in the party's colour, joined by a connector, so who met
 * whom, and who was not there, reads at a glance; its title is a label a step switches on, its short
 * name (shown when the figure is narrow) always there. Between two events, the net change in the land
 * Russia held, where the tracker mapped the front in between. Each event is a layer of all of this, so
 * a step that focuses on it leaves it clear and fades the rest. When narrow, the stylesheet turns the
 * figure: time runs down and the rows become columns.
 */
export function talksTimeline({ events, fronts, locale, words }: TalksTimelineInput): TalksTimeline {
  const monthName = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const signed = new Intl.NumberFormat(locale, { signDisplay: "exceptZero", maximumFractionDigits: 0 });
  const step = (END - START) / events.length;
  const at = (i: number) => r(START + (i + 0.5) * step);
  const marks: MarkIndex[] = [];
  const paths: Record<string, string> = {};
  const layers: LayerIndex[] = [];
  const top = rowY(ROWS[0]);
  const bottom = rowY(ROWS.at(-1)!);
  const point = (x: number, y: number): [Point, Point] => [
    [x, y],
    [x, y],
  ];

  ROWS.forEach((party, i) => {
    const y = rowY(party);
    paths[`row-${party}`] = `M${START},${y}H${END}`;
    marks.push({
      id: `row-${party}`,
      kind: "axis",
      name: "",
      bounds: [
        [START, y],
        [END, y],
      ],
      anchor: [START, y],
      shownByDefault: true,
      defaultRole: "axis",
      party,
    });
    const label = { kind: "party", bounds: point(START, y), labelSide: "start", shownByDefault: false, labelByDefault: true, party } as const;
    marks.push({ ...label, id: `party-${party}`, name: words.parties[party].name, anchor: [START - 12, y], orientation: "across" });
    // Above narrow columns, every other name sits higher, so neighbouring names do not touch.
    marks.push({
      ...label,
      id: `party-${party}-short`,
      name: words.parties[party].short,
      anchor: [START - 16 - NAME_STAGGER * (i % 2), y],
      orientation: "down",
    });
  });
  const heading = { kind: "tick", bounds: point(START, GAINS[0]), labelSide: "start", shownByDefault: false, labelByDefault: true } as const;
  marks.push({ ...heading, id: "gain-heading", name: words.gain.name, anchor: [START - 12, (GAINS[0] + GAINS[1]) / 2], orientation: "across" });
  marks.push({ ...heading, id: "gain-heading-short", name: words.gain.short, anchor: [START - 16, GAINS[0]], orientation: "down" });

  // Each month's run of events: a line where it begins (but the first) and its name in the middle.
  const runs: Array<{ month: string; from: number; to: number }> = [];
  events.forEach((event, i) => {
    const month = event.date.slice(0, 7);
    if (runs.at(-1)?.month === month) runs.at(-1)!.to = i;
    else runs.push({ month, from: i, to: i });
  });
  runs.forEach(({ month, from, to }, i) => {
    const date = day(`${month}-01`);
    if (i > 0) {
      const x = r(START + from * step);
      paths[`month-${month}-line`] = `M${x},${MONTHS + 12}V${bottom + 20}`;
      marks.push({
        id: `month-${month}-line`,
        kind: "axis",
        name: "",
        bounds: [
          [x, MONTHS],
          [x, bottom],
        ],
        anchor: [x, MONTHS],
        shownByDefault: true,
        defaultRole: "axis",
      });
    }
    const x = r((at(from) + at(to)) / 2);
    marks.push({
      id: `month-${month}`,
      kind: "tick",
      name: date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : monthName.format(date),
      bounds: point(x, MONTHS),
      anchor: [x, MONTHS],
      shownByDefault: true,
      labelByDefault: true,
    });
  });

  events.forEach((event, i) => {
    const x = at(i);
    const rows = ROWS.filter((party) => event.participants.parties.includes(party));
    const ys = rows.map(rowY);
    const bounds: [Point, Point] = [
      [x - step / 2, top],
      [x + step / 2, bottom],
    ];
    const shape = { bounds, anchor: [x, ys[0]] as Point, shownByDefault: true, defaultRole: "event", name: "" } as const;
    const members = [event.id, `${event.id}-dot`];
    // Zero-length strokes with round caps and a non-scaling width: dots that keep their size however the figure is stretched.
    const dots = ys.map((y) => `M${x},${y}h0`).join("");
    // Drawn first, under the party's dots: when a step highlights it, a ring in the highlight colour.
    paths[`${event.id}-dot`] = dots;
    marks.push({ ...shape, id: `${event.id}-dot`, kind: "dot" });
    if (ys.length > 1) {
      paths[`${event.id}-link`] = `M${x},${ys[0]}V${ys.at(-1)}`;
      marks.push({ ...shape, id: `${event.id}-link`, kind: "line" });
      members.push(`${event.id}-link`);
    }
    for (const party of rows) {
      paths[`${event.id}-${party}`] = `M${x},${rowY(party)}h0`;
      marks.push({ ...shape, id: `${event.id}-${party}`, kind: "event", anchor: [x, rowY(party)], party });
      members.push(`${event.id}-${party}`);
    }
    // Titles run away from the nearer end, so the first and the last stay inside the figure.
    const title = TITLES - TITLE_STEP * (i % TITLE_HEIGHTS);
    marks.push({
      id: event.id,
      kind: "value",
      name: event.title,
      bounds,
      anchor: [x, title],
      labelSide: i < events.length / 2 ? "end" : "start",
      shownByDefault: false,
      orientation: "across",
    });
    marks.push({
      id: `${event.id}-short`,
      kind: "value",
      name: event.short ?? event.title,
      bounds,
      anchor: [x, NAMES],
      labelSide: "above",
      shownByDefault: false,
      labelByDefault: true,
      orientation: "down",
    });
    members.push(`${event.id}-short`);
    const since = fronts[i]?.since;
    if (since) {
      const between = r(START + i * step);
      const y = GAINS[i % GAINS.length];
      marks.push({
        id: `${event.id}-gain`,
        kind: "gain",
        name: signed.format(since.netKm2),
        bounds: point(between, y),
        anchor: [between, y],
        shownByDefault: false,
        labelByDefault: true,
      });
      members.push(`${event.id}-gain`);
    }
    layers.push({ id: event.id, label: "", role: "event", members });
  });

  return { id: "talks-timeline", focusMode: "dim", width: WIDTH, height: HEIGHT, marks, layers, paths, turnsWhenNarrow: true };
}
