import { feature } from "topojson-client";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { CheckpointsFile, ControlSnapshot, ShareSeries } from "../schemas/control.ts";
import type { PublishedFiguresFile } from "../schemas/facts.ts";
import type { TerritoryPlansFile } from "../schemas/plans.ts";
import { areaKm2 } from "./areaKm2.ts";
import { explainerFacts, type Fact } from "./explainerFacts.ts";
import { occupiedShareChart } from "./occupiedShareChart.ts";
import { publishedBy } from "./publishedBy.ts";
import { territoryOverlays } from "./territoryOverlays.ts";
import type { PlacesFile } from "../schemas/places.ts";
import type { RegionsFile } from "../schemas/regions.ts";
import type { ProposalsFile } from "../schemas/proposals.ts";
import type { ForcesFile } from "../schemas/forces.ts";
import type { GuaranteesFile } from "../schemas/guarantees.ts";
import type { TimelineFile } from "../schemas/timeline.ts";
import { armySizeChart } from "./armySizeChart.ts";
import { talksTimeline } from "./talksTimeline.ts";
import { textFigureIndex } from "./textFigureIndex.ts";
import type { Source } from "../schemas/common.ts";
import { latestVersions } from "./latestVersions.ts";
import { ukraineMap } from "./ukraineMap.ts";
import { figureCredit } from "./figureCredit.ts";
import type { DrawnFigure } from "./types.ts";

type GeoFile = Topology<{ oblasts: GeometryCollection; neighbours: GeometryCollection }> & {
  version: number;
  asOf: string;
  sources: Source[];
};

/** One dataset as the page uses it: its file, contents and sources. */
export interface Dataset<T> {
  path: string;
  data: T;
}

/** Everything the page is drawn and written from. */
export interface ExplainerData {
  geo: Dataset<GeoFile>;
  places: Dataset<PlacesFile>;
  regions: Dataset<RegionsFile>;
  proposals: Dataset<ProposalsFile>;
  forces: Dataset<ForcesFile>;
  guarantees: Dataset<GuaranteesFile>;
  timeline: Dataset<TimelineFile>;
  plans: Dataset<TerritoryPlansFile>;
  published: Dataset<PublishedFiguresFile>;
  series: Dataset<ShareSeries>;
  /** Control snapshots, oldest first. */
  snapshots: Array<Dataset<ControlSnapshot>>;
  /** Every figure the text may state, by id. */
  facts: Map<string, Fact>;
  /** Every source any data file lists, by id. */
  sources: Map<string, Source>;
  /** Every figure a scrolly can move, by id. */
  figures: Map<string, DrawnFigure>;
}

/**
 * Assembles the checked data files into what the page needs, taking the latest version of each
 * dataset, and reports problems between files (a group naming an oblast the map does not have).
 */
export function explainerData(files: Map<string, unknown>): { data?: ExplainerData; problems: string[] } {
  const latest = latestVersions(files);
  const problems: string[] = [];
  const need = <T>(dataset: string): Dataset<T> | undefined => {
    const found = latest.get(dataset) as Dataset<T> | undefined;
    if (!found) problems.push(`${dataset}: expected a versioned file of this dataset (such as ${dataset.split("/").pop()}.v1.json), found none`);
    return found;
  };
  const geo = need<GeoFile>("data/geo/ukraine");
  const places = need<PlacesFile>("data/places/places");
  const regions = need<RegionsFile>("data/regions/regions");
  const proposals = need<ProposalsFile>("data/proposals/proposals");
  const forces = need<ForcesFile>("data/forces/army-size");
  const guarantees = need<GuaranteesFile>("data/guarantees/guarantees");
  const timeline = need<TimelineFile>("data/timeline/talks");
  const plans = need<TerritoryPlansFile>("data/plans/territory-plans");
  const published = need<PublishedFiguresFile>("data/facts/territory-figures");
  const series = need<ShareSeries>("data/control/occupied-share-series");
  const checkpoints = need<CheckpointsFile>("data/control/checkpoints");
  const snapshots = [...latest]
    .filter(([dataset]) => /^data\/control\/occupied-\d{4}-\d{2}-\d{2}$/.test(dataset))
    .map(([, found]) => found as Dataset<ControlSnapshot>)
    .sort((a, b) => a.data.date.localeCompare(b.data.date));
  if (snapshots.length === 0) problems.push("data/control/occupied-YYYY-MM-DD.v1.json: expected at least one control snapshot, found none");
  if (!geo || !places || !regions || !proposals || !forces || !guarantees || !timeline || !plans || !published || !series || !checkpoints || snapshots.length === 0) return { problems };

  const sources = new Map<string, Source>();
  for (const { path, data } of latest.values()) {
    for (const source of (data as { sources: Source[] }).sources) {
      const known = sources.get(source.id);
      if (known && JSON.stringify(known) !== JSON.stringify(source)) {
        problems.push(`${path}: sources: expected source "${source.id}" to match the source of that id in the other data files, found a different ${known.url !== source.url ? "link" : "title, outlet or date"}`);
      }
      sources.set(source.id, source);
    }
  }
  const oblastIds = new Set(geo.data.objects.oblasts.geometries.map((g) => String(g.id)));
  regions.data.groups.forEach((group, g) =>
    group.members.forEach((id, m) => {
      if (!oblastIds.has(id)) problems.push(`${regions.path}: groups[${g}].members[${m}]: expected the id of an oblast on the map, found "${id}"`);
    }),
  );
  plans.data.plans.forEach((plan, p) =>
    [...plan.whole, ...(plan.frozen === "everywhere" ? [] : plan.frozen)].forEach((id) => {
      if (!oblastIds.has(id)) problems.push(`${plans.path}: plans[${p}]: expected the ids of oblasts on the map in whole and frozen, found "${id}"`);
    }),
  );
  if (problems.length) return { problems };

  const oblasts = (feature(geo.data, geo.data.objects.oblasts) as FeatureCollection<Polygon | MultiPolygon>).features as Array<Feature<Polygon | MultiPolygon>>;
  const territory = territoryOverlays(oblasts, snapshots.map((s) => s.data), plans.data.plans);
  const facts = explainerFacts({
    ukraineKm2: oblasts.reduce((sum, f) => sum + areaKm2(f), 0),
    snapshots,
    land: territory.land,
    plans,
    published,
    series,
    forces,
    checkpoints,
    proposals,
  });
  // The share chart shows only what had been published by the map's date.
  const cutoff = snapshots.at(-1)!.data.date;
  const shown = publishedBy(series.data, cutoff);
  const drawn = (
    figure: Omit<DrawnFigure, "render" | "altPrefix" | "credit" | "paths" | "sources"> & { paths?: Record<string, string> },
    altPrefix: string,
    files: Array<{ asOf: string; sources: Source[] }>,
    note?: string,
  ): DrawnFigure => ({
    ...figure,
    paths: figure.paths ?? {},
    render: figure.paths ? "svg" : "html",
    altPrefix,
    // Text charts cite a source beside every entry; their source line only points there.
    credit: figure.paths ? figureCredit(files, note) : { ...figureCredit(files, "Sources are cited beside each entry."), outlets: [] },
    sources: files.flatMap((file) => file.sources),
  });
  const figures = new Map<string, DrawnFigure>(
    [
      drawn(
        ukraineMap({ topology: geo.data, places: places.data.places, groups: regions.data.groups, overlays: territory.overlays, layers: territory.layers }),
        "Map",
        [geo.data, places.data, regions.data, ...snapshots.map((s) => s.data), plans.data],
        "Internationally recognised borders. Areas of control are approximate; for authoritative maps see DeepState and ISW.",
      ),
      drawn(armySizeChart(forces.data.figures), "Chart", [forces.data]),
      drawn(occupiedShareChart(shown), "Chart", [{ asOf: cutoff, sources: series.data.sources.filter((s) => shown.some((p) => p.sources.includes(s.id))) }]),
      drawn(talksTimeline(timeline.data.events, timeline.data.asOf), "Timeline", [timeline.data]),
      drawn(textFigureIndex("proposals-matrix", proposals.data.questions.map((q) => ({ id: q.id, name: q.label }))), "Table", [proposals.data]),
      drawn(
        textFigureIndex("guarantees", [{ id: "article-5", name: "NATO's Article 5" }, ...guarantees.data.parties.map((p) => ({ id: p.id, name: p.name }))]),
        "Chart",
        [guarantees.data],
      ),
    ].map((figure) => [figure.id, figure]),
  );
  return { data: { geo, places, regions, proposals, forces, guarantees, timeline, plans, published, series, snapshots, facts, sources, figures }, problems };
}
