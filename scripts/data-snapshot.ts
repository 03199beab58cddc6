// Imports a map of the Russian-held area as a new snapshot in data/control.
// Usage: npm run data:snapshot -- --input file.geojson --date 2025-12-15 \
//          --source-outlet DeepState --source-title "..." --source-url https://... [--source-date 2025-12-15]
//          [--title "..."] [--note "..."] [--precision "..."] [--out-dir data/control]
// Writes occupied-YYYY-MM-DD.v1.json; never replaces an existing snapshot; logs to stderr.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { snapshotFromGeoJSON } from "../src/lib/snapshotFromGeoJSON.ts";
import { GEO_FILE } from "./build-geo.ts";
import { writeAtomically } from "./writeAtomically.ts";

/** Where snapshots live unless --out-dir says otherwise. */
export const CONTROL_DIR = "data/control";

/** The published maps every snapshot points readers to. */
export const AUTHORITATIVE_MAPS = [
  { name: "DeepState map (DeepStateUA)", url: "https://deepstatemap.live/en" },
  { name: "Institute for the Study of War (ISW) and AEI Critical Threats Project, assessed control of terrain", url: "https://understandingwar.org/" },
];

const USAGE =
  "Usage: npm run data:snapshot -- --input file.geojson --date YYYY-MM-DD --source-outlet NAME --source-title TITLE --source-url https://... [--source-date YYYY-MM-DD] [--title TEXT] [--note TEXT] [--precision TEXT] [--out-dir DIR]";

const readArguments = (argv: string[]) => {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: {
        input: { type: "string" },
        date: { type: "string" },
        "source-outlet": { type: "string" },
        "source-title": { type: "string" },
        "source-url": { type: "string" },
        "source-date": { type: "string" },
        title: { type: "string" },
        note: { type: "string" },
        precision: { type: "string" },
        "out-dir": { type: "string", default: CONTROL_DIR },
      },
    }).values;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
};

const readGeography = () => {
  const topology = JSON.parse(readFileSync(GEO_FILE, "utf8")) as Topology<{ oblasts: GeometryCollection }>;
  return {
    ukraine: merge(topology, topology.objects.oblasts.geometries as (TopoPolygon | TopoMultiPolygon)[]) as MultiPolygon,
    oblasts: feature(topology, topology.objects.oblasts) as FeatureCollection<Polygon | MultiPolygon>,
  };
};

/**
 * Runs the import for command-line arguments (without "node" and the script's name) and returns the
 * path written. Throws an Error with a message for the person running it; writes nothing then.
 */
export function importSnapshot(argv: string[], log: (line: string) => void = () => {}): string {
  const values = readArguments(argv);
  if (!values.input) throw new Error(`No input: give the GeoJSON file to import with --input.\n${USAGE}`);
  if (!existsSync(values.input)) throw new Error(`Cannot find the input file ${values.input}.`);
  const { ukraine, oblasts } = readGeography();
  const snapshot = snapshotFromGeoJSON(
    readFileSync(values.input, "utf8"),
    {
      date: values.date,
      source: { outlet: values["source-outlet"], title: values["source-title"], url: values["source-url"], date: values["source-date"] },
      title: values.title,
      note: values.note,
      precision: values.precision,
      authoritative: AUTHORITATIVE_MAPS,
    },
    ukraine,
    oblasts,
  );
  const path = join(values["out-dir"], `occupied-${snapshot.date}.v1.json`);
  const exists = () => new Error(`A snapshot for ${snapshot.date} already exists (${path}). Snapshots are never overwritten: a correction is published as a new version of the file.`);
  if (existsSync(path)) throw exists();
  // One top-level field per line keeps diffs readable; the geometry stays on one line to keep the file small.
  const text = `{\n${Object.entries(snapshot).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(",\n")}\n}\n`;
  try {
    writeAtomically(path, text, { exclusive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw exists();
    throw error;
  }
  const { totalKm2, shareOfUkraine } = snapshot.areas;
  log(`wrote ${path} (${Buffer.byteLength(text)} bytes): ${totalKm2.toLocaleString("en")} km², ${(shareOfUkraine * 100).toFixed(2)}% of Ukraine`);
  return path;
}

if (import.meta.main) {
  try {
    importSnapshot(process.argv.slice(2), (line) => process.stderr.write(`${line}\n`));
  } catch (error) {
    process.stderr.write(`data:snapshot: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
