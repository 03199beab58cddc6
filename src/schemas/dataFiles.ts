import type { DataFileKind } from "../lib/checkDataFiles.ts";
import { forcesFileSchema } from "./forces.ts";
import { geoFileSchema } from "./geo.ts";
import { guaranteesFileSchema } from "./guarantees.ts";
import { placesFileSchema } from "./places.ts";
import { proposalsFileSchema } from "./proposals.ts";
import { regionsFileSchema } from "./regions.ts";
import { timelineFileSchema } from "./timeline.ts";

/** Which schema a file in data/ is checked against, by its path. */
export const dataFileKinds: DataFileKind[] = [
  { pattern: /^data\/geo\/ukraine\.v\d+\.topo\.json$/, name: "data/geo/ukraine.vN.topo.json", kind: "geography", schema: geoFileSchema },
  { pattern: /^data\/places\/places\.v\d+\.json$/, name: "data/places/places.vN.json", kind: "places", schema: placesFileSchema },
  { pattern: /^data\/regions\/regions\.v\d+\.json$/, name: "data/regions/regions.vN.json", kind: "region groups", schema: regionsFileSchema },
  { pattern: /^data\/proposals\/proposals\.v\d+\.json$/, name: "data/proposals/proposals.vN.json", kind: "proposals", schema: proposalsFileSchema },
  { pattern: /^data\/forces\/army-size\.v\d+\.json$/, name: "data/forces/army-size.vN.json", kind: "army sizes", schema: forcesFileSchema },
  { pattern: /^data\/guarantees\/guarantees\.v\d+\.json$/, name: "data/guarantees/guarantees.vN.json", kind: "security guarantees", schema: guaranteesFileSchema },
  { pattern: /^data\/timeline\/talks\.v\d+\.json$/, name: "data/timeline/talks.vN.json", kind: "timeline of talks", schema: timelineFileSchema },
];
