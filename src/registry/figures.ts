import type { Source } from "../schemas/common.ts";
import type { Strings } from "../i18n/strings.ts";
import type { FigureIndex, FigureState } from "../lib/types.ts";
import type { TerritoryOverlays } from "../lib/territoryOverlays.ts";
import { armySizeChart, troopLabel } from "../lib/armySizeChart.ts";
import { factText } from "../lib/factText.ts";
import { longDate } from "../lib/longDate.ts";
import { monthGains, occupiedShareChart } from "../lib/occupiedShareChart.ts";
import { talksTimeline } from "../lib/talksTimeline.ts";
import { textFigureIndex } from "../lib/textFigureIndex.ts";
import { guaranteeComparison } from "../lib/guaranteeComparison.ts";
import { guaranteesIndex } from "../lib/guaranteesIndex.ts";
import { POPULATION_STEPS, ukraineMap } from "../lib/ukraineMap.ts";
import { frontAtEvents } from "../lib/frontAtEvents.ts";
import { frontDates } from "../lib/frontDates.ts";
import { talksDays } from "../lib/talksDays.ts";
import { trackedSnapshots } from "../lib/trackedSnapshots.ts";
import { frontOverlays } from "../lib/frontOverlays.ts";
import { MIN_GAIN } from "../lib/gainedArea.ts";
import { frontPanel } from "../lib/frontPanel.ts";
import { unitName, type UnitNames } from "../lib/unitName.ts";
import type { DatasetName, Datasets } from "./datasets.ts";

/** What a figure is built from: the checked datasets, the territory the map sections measure, the edition and the locale's words. */
export interface FigureInputs {
  data: Datasets;
  territory: TerritoryOverlays;
  /** The edition date. */
  asOf: string;
  strings: Strings;
}

/** One cell of a figure's data table. */
export interface TableCell {
  text: string;
  /** A row's heading cell. */
  header?: boolean;
  /** Sources cited after the text. */
  sources?: Source[];
}

/** A figure's data as a table, for readers who cannot see the figure and for print. */
export interface FigureTable {
  /** The line that opens the table. */
  summary: string;
  caption: string;
  columns: string[];
  rows: TableCell[][];
}

/** How one figure is made and shown. */
export interface FigureDeclaration {
  /** Id a `<Scrolly figure>` or `<StaticFigure figure>` names. */
  id: string;
  /** The datasets it draws on; their sources and dates make its source line. */
  datasets: DatasetName[];
  /**
   * Which control snapshots it draws, when it draws on them: the latest and the line before the
   * invasion (the default), or every day taken from the tracker.
   */
  snapshots?: "drawn" | "tracked";
  /**
   * For a dataset it uses only in part, the ids of the sources of what it uses: the map of the front
   * marks a few days of the timeline, and credits only their sources.
   */
  cites?: Partial<Record<DatasetName, (data: Datasets) => string[]>>;
  /** Its index (and, for a drawn figure, the SVG path of each mark and the states a control can put it in). */
  build: (inputs: FigureInputs) => FigureIndex & { paths?: Record<string, string>; states?: FigureState[] };
  /** The word screen readers hear before each step's alt text. */
  altPrefix: keyof Strings["alt"];
  /** A note for its source line. */
  note?: (strings: Strings, data: Datasets) => string;
  /** A component that shows it instead of an SVG of shapes: the text charts. */
  show?: () => Promise<{ default: unknown }>;
  /** Its data as a table. */
  table?: (inputs: FigureInputs) => FigureTable;
  /** The step whose state its embed page, embed/<id>/, opens in: its first step unless named. */
  key?: string;
}

/** Places named on the map of the front over time: the cities its text and its line run past. */
const FRONT_LABELS = ["kharkiv", "kramatorsk", "pokrovsk", "zaporizhzhia"];
/** The region group whose oblasts the words beside that map give shares of: the four Russia claims. */
const FRONT_GROUP = "annexation-claim-2022";

const cited = (all: Source[], ids: string[]) => all.filter((s) => ids.includes(s.id));

/** The sources of the talks a figure of the tracked days marks: the rounds held on a day the tracker mapped. */
function talksCited(data: Datasets): string[] {
  const days = talksDays(
    trackedSnapshots(data.snapshots.map((s) => s.data)).map((s) => s.date),
    data.timeline.data.events,
  );
  const marked = new Set(days.flatMap((day) => day.events.map((e) => e.id)));
  return data.timeline.data.events.filter((e) => marked.has(e.id)).flatMap((e) => e.sources);
}

/** The front at each event of the timeline, from the tracker's snapshots. */
const timelineFronts = (data: Datasets) =>
  frontAtEvents(
    data.timeline.data.events,
    data.snapshots.map((s) => s.data),
  );

/** The water both maps draw, named in the locale's words. */
const mapWater = (data: Datasets, strings: Strings) => ({
  water: data.water.data.water,
  formerReservoir: data.water.data.formerReservoir,
  names: { water: strings.map.waterName, formerReservoir: strings.map.formerReservoirName },
});

/**
 * Every figure of the explainer. Adding one is one entry here plus its builder in src/lib and, for a
 * figure that is not an SVG of shapes, its component: the page, its indexes, its source line, its
 * table and "Sources and method" follow.
 */
export const figures: FigureDeclaration[] = [
  {
    id: "ukraine-map",
    datasets: ["geo", "places", "regions", "snapshots", "plans", "water"],
    key: "the-line-today",
    altPrefix: "map",
    note: (strings, data) =>
      strings.credit.mapNote(
        POPULATION_STEPS.map((n) => factText(n, "count", strings.locale)),
        longDate(data.places.data.populationDate, strings.locale),
      ),
    build: ({ data, territory, strings }) =>
      ukraineMap({
        lang: strings.lang,
        topology: data.geo.data as Parameters<typeof ukraineMap>[0]["topology"],
        places: data.places.data.places,
        labels: data.places.data.labels,
        water: mapWater(data, strings),
        roads: data.places.data.roads,
        groups: data.regions.data.groups,
        overlays: territory.overlays,
        layers: territory.layers,
        aliases: territory.aliases,
      }),
  },
  {
    id: "front-by-date",
    datasets: ["geo", "places", "regions", "snapshots", "timeline", "water"],
    snapshots: "tracked",
    cites: { timeline: (data) => talksCited(data) },
    altPrefix: "map",
    note: (strings) =>
      strings.credit.frontNote(
        factText(MIN_GAIN.km2, "km2", strings.locale),
        new Intl.NumberFormat(strings.locale, { style: "unit", unit: "meter" }).format(MIN_GAIN.widthKm * 1000),
      ),
    build: ({ data, strings }) => {
      const snapshots = data.snapshots.map((s) => s.data);
      const dates = frontDates(snapshots, data.timeline.data.events);
      const group = data.regions.data.groups.find((g) => g.id === FRONT_GROUP);
      if (!group) throw new Error(`${data.regions.path}: groups: expected the group "${FRONT_GROUP}", whose oblasts the map of the front gives shares of`);
      const oblastName = (id: string) => {
        const oblast = (data.geo.data.objects.oblasts.geometries as Array<{ id?: unknown; properties?: UnitNames }>).find((g) => g.id === id);
        const name = unitName(oblast?.properties, strings.lang);
        if (!name) throw new Error(`${data.geo.path}: objects.oblasts: expected the oblast ${id} of the group "${FRONT_GROUP}", found none`);
        return name;
      };
      const oblasts = group.members.map((id) => ({ id, name: oblastName(id) }));
      const panels = dates.map((d) => frontPanel(d, strings, oblasts));
      const front = frontOverlays(dates, snapshots, panels, FRONT_LABELS);
      const map = ukraineMap({
        lang: strings.lang,
        id: "front-by-date",
        topology: data.geo.data as Parameters<typeof ukraineMap>[0]["topology"],
        places: data.places.data.places,
        labels: data.places.data.labels,
        water: mapWater(data, strings),
        groups: [],
        overlays: front.overlays,
        layers: [],
        aliases: front.aliases,
      });
      return { ...map, states: dates.map((d, i) => ({ id: d.date, view: front.views[i], panel: panels[i] })) };
    },
  },
  {
    id: "army-chart",
    datasets: ["forces"],
    altPrefix: "chart",
    build: ({ data, strings }) => armySizeChart(data.forces.data.figures, strings),
    table: ({ data, strings }) => ({
      ...strings.tables.armySize,
      rows: data.forces.data.figures.map((f) => [
        { text: f.label, header: true },
        { text: troopLabel(f.value, strings.locale) },
        { text: `${f.author}, ${longDate(f.date, strings.locale)}` },
        { text: f.note ?? "", sources: cited(data.forces.data.sources, f.sources) },
      ]),
    }),
  },
  {
    id: "occupied-share",
    datasets: ["snapshots", "series", "timeline"],
    snapshots: "tracked",
    cites: { timeline: (data) => talksCited(data) },
    altPrefix: "chart",
    // The checks refuse any figure or source dated after the edition, so the whole series is shown.
    build: ({ data, strings }) => {
      const snapshots = data.snapshots.map((s) => s.data);
      const tracked = trackedSnapshots(snapshots).map((s) => s.date);
      return occupiedShareChart(
        frontDates(snapshots, data.timeline.data.events),
        data.series.data.points,
        talksDays(tracked, data.timeline.data.events),
        strings.share,
        strings.locale,
      );
    },
    table: ({ data, strings }) => {
      const snapshots = data.snapshots.map((s) => s.data);
      const dates = frontDates(snapshots, data.timeline.data.events);
      const gains = new Map(monthGains(dates).map((g) => [g.to, g]));
      const sourcesOn = new Map(trackedSnapshots(snapshots).map((s) => [s.date, s.sources]));
      const tracked = dates.map((d) => {
        const gain = gains.get(d.date);
        return {
          date: d.date,
          cells: [
            { text: longDate(d.date, strings.locale) },
            { text: factText(d.share, "share", strings.locale) },
            { text: factText(d.km2, "km2", strings.locale) },
            {
              text: gain ? strings.share.tableGain(factText(gain.km2, "km2", strings.locale), longDate(gain.from, strings.locale)) : strings.share.tableTracker,
              sources: sourcesOn.get(d.date),
            },
          ],
        };
      });
      const published = data.series.data.points.map((p) => ({
        date: p.date,
        cells: [
          { text: longDate(p.date, strings.locale) },
          { text: factText(p.share, "share", strings.locale) },
          { text: p.km2 ? factText(p.km2, "km2", strings.locale) : strings.tables.notGiven },
          { text: p.note ?? "", sources: cited(data.series.data.sources, p.sources) },
        ],
      }));
      return {
        ...strings.tables.occupiedShare,
        rows: [...tracked, ...published].sort((a, b) => a.date.localeCompare(b.date)).map((row) => row.cells),
      };
    },
  },
  {
    id: "talks-timeline",
    datasets: ["timeline", "snapshots"],
    snapshots: "tracked",
    altPrefix: "timeline",
    note: (strings, data) => {
      const days = [...new Set(timelineFronts(data).flatMap((f) => (f.snapshot ? [f.snapshot] : [])))];
      return strings.credit.timelineNote(new Intl.ListFormat(strings.locale).format(days.map((d) => longDate(d, strings.locale))));
    },
    build: ({ data, strings }) =>
      talksTimeline({ events: data.timeline.data.events, fronts: timelineFronts(data), locale: strings.locale, words: strings.timeline }),
    table: ({ data, strings }) => {
      const { events, sources } = data.timeline.data;
      const parties = new Intl.ListFormat(strings.locale);
      return {
        summary: strings.tables.timeline.summary,
        caption: strings.tables.timeline.caption(longDate(events[0].date, strings.locale, "month"), longDate(data.timeline.data.asOf, strings.locale)),
        columns: strings.tables.timeline.columns,
        rows: events.map((e) => [
          { text: `${longDate(e.date, strings.locale)}${e.endDate ? ` ${strings.tables.to} ${longDate(e.endDate, strings.locale)}` : ""}` },
          { text: e.title, header: true },
          { text: e.place },
          {
            text: parties.format(e.participants.parties.map((p) => strings.timeline.parties[p].name)),
            sources: cited(sources, e.participants.sources),
          },
          { text: e.summary, sources: cited(sources, e.sources) },
        ]),
      };
    },
  },
  {
    id: "proposals-matrix",
    datasets: ["proposals"],
    altPrefix: "table",
    build: ({ data }) =>
      textFigureIndex(
        "proposals-matrix",
        data.proposals.data.questions.map((q) => ({ id: q.id, name: q.label })),
      ),
    show: () => import("../components/ProposalsMatrix.astro"),
  },
  {
    id: "guarantees",
    datasets: ["guarantees"],
    altPrefix: "chart",
    build: ({ data }) => guaranteesIndex(guaranteeComparison(data.guarantees.data)),
    show: () => import("../components/GuaranteesChart.astro"),
    table: ({ data, strings }) => {
      const { columns, rows } = guaranteeComparison(data.guarantees.data);
      return {
        ...strings.tables.guarantees,
        columns: [strings.guarantees.corner, ...columns.map((c) => c.name)],
        rows: rows.map((row) => [
          { text: row.element.label, header: true },
          ...row.cells.map((cell) => ({ text: `${cell.term} (${strings.guaranteeStatus[cell.status]}). ${cell.detail}`, sources: cell.sources })),
        ]),
      };
    },
  },
];
