import type { GeometryCollection, Topology } from "topojson-specification";
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
    if (!found) problems.push(`${dataset}.v1.json: expected a file for this dataset, found none`);
    return found;
  };
  const geo = need<GeoFile>("data/geo/ukraine");
  const places = need<PlacesFile>("data/places/places");
  const regions = need<RegionsFile>("data/regions/regions");
  const proposals = need<ProposalsFile>("data/proposals/proposals");
  const forces = need<ForcesFile>("data/forces/army-size");
  const guarantees = need<GuaranteesFile>("data/guarantees/guarantees");
  const timeline = need<TimelineFile>("data/timeline/talks");
  if (!geo || !places || !regions || !proposals || !forces || !guarantees || !timeline) return { problems };

  const oblastIds = new Set(geo.data.objects.oblasts.geometries.map((g) => String(g.id)));
  regions.data.groups.forEach((group, g) =>
    group.members.forEach((id, m) => {
      if (!oblastIds.has(id)) problems.push(`${regions.path}: groups[${g}].members[${m}]: expected the id of an oblast on the map, found "${id}"`);
    }),
  );
  if (problems.length) return { problems };

  const map: DrawnFigure = {
    ...ukraineMap({ topology: geo.data, places: places.data.places, groups: regions.data.groups, overlays: [] }),
    render: "svg",
    altPrefix: "Map",
    credit: figureCredit([geo.data, places.data, regions.data], "Internationally recognised borders."),
  };
  const chart = (figure: Omit<DrawnFigure, "render" | "altPrefix" | "credit" | "paths"> & { paths?: Record<string, string> }, altPrefix: string, files: Array<{ asOf: string; sources: Source[] }>): DrawnFigure => ({
    ...figure,
    paths: figure.paths ?? {},
    render: figure.paths ? "svg" : "html",
    altPrefix,
    credit: figureCredit(files),
  });
  const figures = new Map<string, DrawnFigure>(
    [
      map,
      chart(armySizeChart(forces.data.figures), "Chart", [forces.data]),
      chart(talksTimeline(timeline.data.events, timeline.data.asOf), "Timeline", [timeline.data]),
      chart(textFigureIndex("proposals-matrix", proposals.data.questions.map((q) => ({ id: q.id, name: q.label }))), "Table", [proposals.data]),
      chart(
        textFigureIndex("guarantees", [{ id: "article-5", name: "NATO's Article 5" }, ...guarantees.data.parties.map((p) => ({ id: p.id, name: p.name }))]),
        "Chart",
        [guarantees.data],
      ),
    ].map((figure) => [figure.id, figure]),
  );
  return { data: { geo, places, regions, proposals, forces, guarantees, timeline, figures }, problems };
}
