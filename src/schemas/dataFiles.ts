import type { DataFileKind } from "../lib/checkDataFiles.ts";
import { checkpointsFileSchema, controlSnapshotSchema, shareSeriesSchema } from "./control.ts";
import { publishedFiguresFileSchema } from "./facts.ts";
import { forcesFileSchema } from "./forces.ts";
import { geoFileSchema } from "./geo.ts";
import { guaranteesFileSchema } from "./guarantees.ts";
import { placesFileSchema } from "./places.ts";
import { territoryPlansFileSchema } from "./plans.ts";
import { proposalsFileSchema } from "./proposals.ts";
import { regionsFileSchema } from "./regions.ts";
import { timelineFileSchema } from "./timeline.ts";

/** Which schema a file in data/ is checked against, by its path. */
export const dataFileKinds: DataFileKind[] = [
  { pattern: /^data\/geo\/ukraine\.v\d+\.topo\.json$/, name: "data/geo/ukraine.vN.topo.json", kind: "geography", schema: geoFileSchema },
  { pattern: /^data\/places\/places\.v\d+\.json$/, name: "data/places/places.vN.json", kind: "places", schema: placesFileSchema },
  { pattern: /^data\/regions\/regions\.v\d+\.json$/, name: "data/regions/regions.vN.json", kind: "region groups", schema: regionsFileSchema },
  { pattern: /^data\/control\/occupied-\d{4}-\d{2}-\d{2}\.v\d+\.json$/, name: "data/control/occupied-YYYY-MM-DD.vN.json", kind: "control snapshot", schema: controlSnapshotSchema },
  { pattern: /^data\/control\/checkpoints\.v\d+\.json$/, name: "data/control/checkpoints.vN.json", kind: "checkpoint places", schema: checkpointsFileSchema },
  { pattern: /^data\/control\/occupied-share-series\.v\d+\.json$/, name: "data/control/occupied-share-series.vN.json", kind: "occupied share over time", schema: shareSeriesSchema },
  { pattern: /^data\/plans\/territory-plans\.v\d+\.json$/, name: "data/plans/territory-plans.vN.json", kind: "territorial plans", schema: territoryPlansFileSchema },
  { pattern: /^data\/facts\/territory-figures\.v\d+\.json$/, name: "data/facts/territory-figures.vN.json", kind: "published figures", schema: publishedFiguresFileSchema },
  { pattern: /^data\/proposals\/proposals\.v\d+\.json$/, name: "data/proposals/proposals.vN.json", kind: "proposals", schema: proposalsFileSchema },
  { pattern: /^data\/forces\/army-size\.v\d+\.json$/, name: "data/forces/army-size.vN.json", kind: "army sizes", schema: forcesFileSchema },
  { pattern: /^data\/guarantees\/guarantees\.v\d+\.json$/, name: "data/guarantees/guarantees.vN.json", kind: "security guarantees", schema: guaranteesFileSchema },
  { pattern: /^data\/timeline\/talks\.v\d+\.json$/, name: "data/timeline/talks.vN.json", kind: "timeline of talks", schema: timelineFileSchema },
];
