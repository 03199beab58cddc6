import { feature } from "topojson-client";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { Topology } from "topojson-specification";
import type { Source } from "../schemas/common.ts";
import type { Strings } from "../i18n/strings.ts";
import { officialAreasOf } from "../schemas/areas.ts";
import { explainerFacts, type Fact } from "../lib/explainerFacts.ts";
import { figureCredit } from "../lib/figureCredit.ts";
import { drawnSnapshots, territoryOverlays } from "../lib/territoryOverlays.ts";
import { trackedSnapshots } from "../lib/trackedSnapshots.ts";
import type { DrawnFigure } from "../lib/types.ts";
import type { Datasets } from "./datasets.ts";
import { figures, type FigureDeclaration, type FigureInputs, type FigureTable } from "./figures.ts";

/** A data file as published beside the page. */
export interface PublishedFile {
  path: string;
  text: string;
  dataset: string;
  /** The day of a daily dataset's file, else "". */
  day: string;
  version: number;
  /** The newest version of its dataset (and day). */
  latest: boolean;
  title: string;
  asOf: string;
}

/** Everything the page is drawn and written from. */
export type ExplainerData = Datasets & {
  /** The edition date: every "as of" on the page. */
  asOf: string;
  /** Every figure the text may state, by id. */
  facts: Map<string, Fact>;
  /** Every source any data file lists, by id. */
  sources: Map<string, Source>;
  /** Every figure, by id. */
  figures: Map<string, DrawnFigure>;
  /** How each figure is declared (its component and table), by id. */
  declarations: Map<string, FigureDeclaration>;
  /** Each figure's data as a table, by id, for those that have one. */
  tables: Map<string, FigureTable>;
  /** Every published data file, every version, in path order. */
  files: PublishedFile[];
  /** The words of the page's locale. */
  strings: Strings;
};

/** The oblasts of the checked geography as GeoJSON features. */
export function oblastFeatures(geo: Datasets["geo"]): FeatureCollection<Polygon | MultiPolygon> {
  return feature(geo.data as unknown as Topology, geo.data.objects.oblasts as never) as unknown as FeatureCollection<Polygon | MultiPolygon>;
}

/**
 * Assembles checked data into what the page needs: the territory overlays, the facts the text
 * states and every declared figure, with its source line and table. The data must have passed every
 * check (src/validate): nothing here is checked again. `units` are the geography's oblasts, when the
 * check has already read them.
 */
export function explainerData(
  data: Datasets,
  asOf: string,
  files: PublishedFile[],
  strings: Strings,
  units: FeatureCollection<Polygon | MultiPolygon> = oblastFeatures(data.geo),
): ExplainerData {
  const oblasts = units.features as Array<Feature<Polygon | MultiPolygon>>;
  const territory = territoryOverlays(
    oblasts,
    data.snapshots.map((s) => s.data),
    data.plans.data.plans,
    strings,
  );
  const facts = explainerFacts({
    official: officialAreasOf(data.areas.data),
    areas: data.areas,
    snapshots: data.snapshots,
    plans: data.plans,
    published: data.published,
    series: data.series,
    forces: data.forces,
    checkpoints: data.checkpoints,
    proposals: data.proposals,
    locale: strings.locale,
  });
  const inputs: FigureInputs = { data, territory, asOf, strings };
  // A figure draws only some snapshots (the latest and the line before the invasion, or the tracker's days): it credits those.
  const snapshotDays = {
    drawn: new Set(drawnSnapshots(data.snapshots.map((s) => s.data)).map((s) => s.date)),
    tracked: new Set(trackedSnapshots(data.snapshots.map((s) => s.data)).map((s) => s.date)),
  };
  const filesOf = (declaration: FigureDeclaration) =>
    declaration.datasets.flatMap((name) => {
      const dataset = data[name];
      if (name === "snapshots") return data.snapshots.filter((s) => snapshotDays[declaration.snapshots ?? "drawn"].has(s.data.date));
      const files = Array.isArray(dataset) ? dataset : [dataset];
      const only = declaration.cites?.[name];
      if (!only) return files;
      // A dataset the figure uses in part: credit only the sources of what it uses.
      const ids = new Set(only(data));
      return files.map((f) => ({ ...f, data: { ...f.data, sources: (f.data as { sources: Source[] }).sources.filter((s) => ids.has(s.id)) } }));
    });
  const drawn = figures.map((declaration): DrawnFigure => {
    const { paths, states, ...index } = declaration.build(inputs);
    const credited = filesOf(declaration).map((f) => f.data as { asOf: string; sources: Source[] });
    return {
      ...index,
      paths: paths ?? {},
      ...(states ? { states } : {}),
      render: declaration.show ? "html" : "svg",
      altPrefix: strings.alt[declaration.altPrefix],
      // Text charts cite a source beside every entry; their source line only points there.
      credit: declaration.show
        ? { ...figureCredit(credited, strings.credit.citedBeside), outlets: [] }
        : figureCredit(credited, declaration.note?.(strings, data)),
      sources: credited.flatMap((file) => file.sources),
      files: filesOf(declaration).map((f) => f.path),
    };
  });
  const sources = new Map<string, Source>();
  for (const dataset of Object.values(data)) {
    for (const { data: file } of Array.isArray(dataset) ? dataset : [dataset]) {
      for (const source of (file as { sources?: Source[] }).sources ?? []) sources.set(source.id, source);
    }
  }
  const tables = new Map(figures.flatMap((d) => (d.table ? [[d.id, d.table(inputs)] as const] : [])));
  return {
    ...data,
    asOf,
    facts,
    sources,
    figures: new Map(drawn.map((f) => [f.id, f])),
    declarations: new Map(figures.map((d) => [d.id, d])),
    tables,
    files,
    strings,
  };
}
