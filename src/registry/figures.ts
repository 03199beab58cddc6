import type { Source } from "../schemas/common.ts";
import type { Strings } from "../i18n/strings.ts";
import type { FigureIndex } from "../lib/types.ts";
import type { TerritoryOverlays } from "../lib/territoryOverlays.ts";
import { armySizeChart, troopLabel } from "../lib/armySizeChart.ts";
import { factText } from "../lib/factText.ts";
import { longDate } from "../lib/longDate.ts";
import { occupiedShareChart } from "../lib/occupiedShareChart.ts";
import { talksTimeline } from "../lib/talksTimeline.ts";
import { textFigureIndex } from "../lib/textFigureIndex.ts";
import { ukraineMap } from "../lib/ukraineMap.ts";
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
  /** Its index (and, for a drawn figure, the SVG path of each mark). */
  build: (inputs: FigureInputs) => FigureIndex & { paths?: Record<string, string> };
  /** The word screen readers hear before each step's alt text. */
  altPrefix: keyof Strings["alt"];
  /** A note for its source line. */
  note?: (strings: Strings) => string;
  /** A component that shows it instead of an SVG of shapes: the text charts. */
  show?: () => Promise<{ default: unknown }>;
  /** Its data as a table. */
  table?: (inputs: FigureInputs) => FigureTable;
}

const cited = (all: Source[], ids: string[]) => all.filter((s) => ids.includes(s.id));

/**
 * Every figure of the explainer. Adding one is one entry here plus its builder in src/lib and, for a
 * figure that is not an SVG of shapes, its component: the page, its indexes, its source line, its
 * table and "Sources and method" follow.
 */
export const figures: FigureDeclaration[] = [
  {
    id: "ukraine-map",
    datasets: ["geo", "places", "regions", "snapshots", "plans"],
    altPrefix: "map",
    note: (strings) => strings.credit.mapNote,
    build: ({ data, territory }) =>
      ukraineMap({
        topology: data.geo.data as Parameters<typeof ukraineMap>[0]["topology"],
        places: data.places.data.places,
        labels: data.places.data.labels,
        groups: data.regions.data.groups,
        overlays: territory.overlays,
        layers: territory.layers,
        aliases: territory.aliases,
      }),
  },
  {
    id: "army-size",
    datasets: ["forces"],
    altPrefix: "chart",
    build: ({ data, strings }) => armySizeChart(data.forces.data.figures, strings.locale),
    table: ({ data, strings }) => ({
      ...strings.tables.armySize,
      rows: data.forces.data.figures.map((f) => [
        { text: f.label, header: true },
        { text: troopLabel(f.value, strings.locale) },
        { text: `${f.party}, ${longDate(f.date, strings.locale)}` },
        { text: f.note ?? "", sources: cited(data.forces.data.sources, f.sources) },
      ]),
    }),
  },
  {
    id: "occupied-share",
    datasets: ["series"],
    altPrefix: "chart",
    // The checks refuse any figure or source dated after the edition, so the whole series is shown.
    build: ({ data, strings }) => occupiedShareChart(data.series.data.points, strings.locale),
    table: ({ data, strings }) => ({
      ...strings.tables.occupiedShare,
      rows: data.series.data.points.map((p) => [
        { text: longDate(p.date, strings.locale) },
        { text: factText(p.share, "share", strings.locale) },
        { text: p.km2 ? factText(p.km2, "km2", strings.locale) : strings.tables.notGiven },
        { text: p.note ?? "", sources: cited(data.series.data.sources, p.sources) },
      ]),
    }),
  },
  {
    id: "talks-timeline",
    datasets: ["timeline"],
    altPrefix: "timeline",
    build: ({ data, strings }) => talksTimeline(data.timeline.data.events, data.timeline.data.asOf, strings.locale),
    table: ({ data, strings }) => {
      const { events, sources } = data.timeline.data;
      return {
        summary: strings.tables.timeline.summary,
        caption: strings.tables.timeline.caption(longDate(events[0].date, strings.locale, "month"), longDate(data.timeline.data.asOf, strings.locale)),
        columns: strings.tables.timeline.columns,
        rows: events.map((e) => [
          { text: `${longDate(e.date, strings.locale)}${e.endDate ? ` ${strings.tables.to} ${longDate(e.endDate, strings.locale)}` : ""}` },
          { text: e.title, header: true },
          { text: e.place },
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
    build: ({ data, strings }) =>
      textFigureIndex("guarantees", [
        { id: "article-5", name: strings.guarantees.article5 },
        ...data.guarantees.data.parties.map((p) => ({ id: p.id, name: p.name })),
      ]),
    show: () => import("../components/GuaranteesChart.astro"),
  },
];
