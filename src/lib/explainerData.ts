import type { GeometryCollection, Topology } from "topojson-specification";
import type { PlacesFile } from "../schemas/places.ts";
import type { RegionsFile } from "../schemas/regions.ts";
import type { Source } from "../schemas/common.ts";
import { latestVersions } from "./latestVersions.ts";
import { ukraineMap, type UkraineMap } from "./ukraineMap.ts";

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
  map: UkraineMap;
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
  if (!geo || !places || !regions) return { problems };

  const oblastIds = new Set(geo.data.objects.oblasts.geometries.map((g) => String(g.id)));
  regions.data.groups.forEach((group, g) =>
    group.members.forEach((id, m) => {
      if (!oblastIds.has(id)) problems.push(`${regions.path}: groups[${g}].members[${m}]: expected the id of an oblast on the map, found "${id}"`);
    }),
  );
  if (problems.length) return { problems };

  const map = ukraineMap({
    topology: geo.data,
    places: places.data.places,
    groups: regions.data.groups,
    overlays: [],
  });
  return { data: { geo, places, regions, map }, problems };
}
