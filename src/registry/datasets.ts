import type { z } from "zod";
import { checkpointsFileSchema, controlSnapshotSchema, shareSeriesSchema } from "../schemas/control.ts";
import { editionFileSchema } from "../schemas/edition.ts";
import { publishedFiguresFileSchema } from "../schemas/facts.ts";
import { forcesFileSchema } from "../schemas/forces.ts";
import { geoFileSchema } from "../schemas/geo.ts";
import { officialAreasFileSchema } from "../schemas/areas.ts";
import { guaranteesFileSchema } from "../schemas/guarantees.ts";
import { placesFileSchema } from "../schemas/places.ts";
import { territoryPlansFileSchema } from "../schemas/plans.ts";
import { proposalsFileSchema } from "../schemas/proposals.ts";
import { regionsFileSchema } from "../schemas/regions.ts";
import { timelineFileSchema } from "../schemas/timeline.ts";
import { outletsFileSchema } from "../schemas/outlets.ts";
import { waterFileSchema } from "../schemas/water.ts";

/** How one dataset of data/ is named and checked. */
export interface DatasetDeclaration {
  /**
   * How its files are named, with `vN` for the version and, for a dataset with one file per day,
   * `YYYY-MM-DD` for the day: data/places/places.vN.json.
   */
  file: string;
  /** What it holds, in a few words for the data list and messages. */
  kind: string;
  /** The schema its latest version is checked against. */
  schema: z.ZodType;
  /** One file per day (each day its own versions), rather than one file. */
  daily?: true;
}

/**
 * Every dataset the explainer is drawn from. Adding one is one entry here plus its schema and its
 * files; the checks, the data list on the page and the published files follow from it.
 */
export const datasets = {
  edition: { file: "data/edition/edition.vN.json", kind: "the explainer's edition date", schema: editionFileSchema },
  geo: { file: "data/geo/ukraine.vN.topo.json", kind: "geography", schema: geoFileSchema },
  water: { file: "data/geo/water.vN.json", kind: "water", schema: waterFileSchema },
  areas: { file: "data/geo/official-areas.vN.json", kind: "official areas", schema: officialAreasFileSchema },
  places: { file: "data/places/places.vN.json", kind: "places", schema: placesFileSchema },
  regions: { file: "data/regions/regions.vN.json", kind: "region groups", schema: regionsFileSchema },
  snapshots: { file: "data/control/occupied-YYYY-MM-DD.vN.json", kind: "control snapshot", schema: controlSnapshotSchema, daily: true },
  checkpoints: { file: "data/control/checkpoints.vN.json", kind: "checkpoint places", schema: checkpointsFileSchema },
  series: { file: "data/control/occupied-share-series.vN.json", kind: "occupied share over time", schema: shareSeriesSchema },
  plans: { file: "data/plans/territory-plans.vN.json", kind: "territorial plans", schema: territoryPlansFileSchema },
  published: { file: "data/facts/territory-figures.vN.json", kind: "published figures", schema: publishedFiguresFileSchema },
  proposals: { file: "data/proposals/proposals.vN.json", kind: "proposals", schema: proposalsFileSchema },
  forces: { file: "data/forces/army-size.vN.json", kind: "army sizes", schema: forcesFileSchema },
  guarantees: { file: "data/guarantees/guarantees.vN.json", kind: "security guarantees", schema: guaranteesFileSchema },
  timeline: { file: "data/timeline/talks.vN.json", kind: "timeline of talks", schema: timelineFileSchema },
  outlets: { file: "data/sources/outlets.vN.json", kind: "outlets and republishers sources may link", schema: outletsFileSchema },
} as const satisfies Record<string, DatasetDeclaration>;

/** The name of a dataset, as `datasets` declares it. */
export type DatasetName = keyof typeof datasets;

/** One checked file of a dataset: where it is and what it holds. */
export interface Dataset<T> {
  /** Path relative to the project, e.g. data/places/places.v1.json. */
  path: string;
  data: T;
}

/** The latest version of every dataset, typed by its schema; a daily dataset gives one file per day, oldest first. */
export type Datasets = {
  [K in DatasetName]: (typeof datasets)[K] extends { daily: true }
    ? Array<Dataset<z.infer<(typeof datasets)[K]["schema"]>>>
    : Dataset<z.infer<(typeof datasets)[K]["schema"]>>;
};
