// Imports a map of the Russian-held area as a new snapshot in data/control.
// Usage: npm run data:snapshot -- --input file.geojson --date 2025-12-15 \
//          --source-outlet DeepState --source-title "..." --source-url https://... [--source-date 2025-12-15]
//          [--source-via "archive"] [--source-credit "Front line: ..."] [--title "..."] [--note "..."]
//          [--precision "..."] [--hand-drawn] [--new-version [--edition YYYY-MM-DD]] [--out-dir data/control]
// Writes occupied-YYYY-MM-DD.v1.json, or with --new-version the next version of a day already
// imported (with --edition, the date of the edition that will publish that correction); never
// replaces an existing file; logs to stderr.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { snapshotFromGeoJSON } from "../src/lib/snapshotFromGeoJSON.ts";
import { checkDataFiles, type DataFile } from "../src/validate/checkDataFiles.ts";
import { datasetOfPath } from "../src/validate/datasetOfPath.ts";
import { decodeDataText } from "../src/validate/decodeDataText.ts";
import { editionOf, UNBOUNDED } from "../src/validate/editionOf.ts";
import { readDataFiles } from "./readDataFiles.ts";
import { GEO_FILE } from "./build-geo.ts";
import { writeAtomically } from "./writeAtomically.ts";
import { officialAreasOf, type OfficialAreas, type OfficialAreasFile } from "../src/schemas/areas.ts";

/** Where snapshots live unless --out-dir says otherwise. */
export const CONTROL_DIR = "data/control";

/** The published maps every snapshot points readers to. */
export const AUTHORITATIVE_MAPS = [
  { name: "DeepState map (DeepStateUA)", url: "https://deepstatemap.live/en" },
  { name: "Institute for the Study of War (ISW) and AEI Critical Threats Project, assessed control of terrain", url: "https://understandingwar.org/" },
];

const USAGE =
  "Usage: npm run data:snapshot -- --input file.geojson --date YYYY-MM-DD --source-outlet NAME --source-title TITLE --source-url https://... [--source-date YYYY-MM-DD] [--source-via NAME] [--source-credit TEXT] [--title TEXT] [--note TEXT] [--precision TEXT] [--hand-drawn] [--new-version [--edition YYYY-MM-DD]] [--out-dir DIR]";

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
        "source-via": { type: "string" },
        "source-credit": { type: "string" },
        "hand-drawn": { type: "boolean", default: false },
        "new-version": { type: "boolean", default: false },
        edition: { type: "string" },
        title: { type: "string" },
        note: { type: "string" },
        precision: { type: "string" },
        "out-dir": { type: "string", default: CONTROL_DIR },
      },
    }).values;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`, { cause: error });
  }
};

const readInput = (path: string): Buffer => {
  try {
    return readFileSync(path);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === "ENOENT") throw new Error(`Cannot find the input file ${path}.`, { cause: error });
    if (code === "EISDIR") throw new Error(`The input ${path} is a folder: give the GeoJSON file itself with --input.`, { cause: error });
    throw error;
  }
};

// GeoJSON is UTF-8 (RFC 7946). A byte-order mark, which some Windows tools write, is dropped, as
// GDAL drops it; anything else that is not UTF-8 is refused as data files are.
const decodeInput = (bytes: Buffer): string => {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const decoded = decodeDataText(bom ? bytes.subarray(3) : bytes);
  if ("text" in decoded) return decoded.text;
  throw new Error(`The input is not a GeoJSON file as it must be saved: ${decoded.problem.replace("save the file", "save it again")}, and import it again.`);
};

// The fields of a snapshot the person importing gives, and the options that give them.
const OPTION_FOR_FIELD: Record<string, string> = {
  title: "--title",
  note: "--note",
  precision: "--precision",
  edition: "--edition",
  "sources[0].outlet": "--source-outlet",
  "sources[0].title": "--source-title",
  "sources[0].url": "--source-url",
  "sources[0].date": "--source-date",
  "sources[0].via": "--source-via",
  "sources[0].credit": "--source-credit",
};

// The file is checked as `npm run data:check` and the build will check it once it is in data/control,
// so that an import never writes a file they would refuse.
const checkSnapshotFile = (name: string, text: string) => {
  const path = `${CONTROL_DIR}/${name}`;
  // Each problem reads "path: field: what is wrong"; the field is named with the option that gives it.
  const problems = checkDataFiles([{ path, bytes: Buffer.from(text) }], UNBOUNDED).problems.map((problem) => problem.slice(`${path}: `.length));
  if (problems.length === 0) return;
  const option = (problem: string) => OPTION_FOR_FIELD[problem.split(": ")[0]];
  const lines = problems.map((problem) => (option(problem) ? problem.replace(": ", ` (${option(problem)}): `) : problem));
  const advice = problems.some(option)
    ? "Correct what the option in brackets gives and import again."
    : "The input is not the cause: the import made a file it should not have. Report it, with the input file.";
  throw new Error(`The snapshot does not pass the data check, so nothing was written:\n  ${lines.join("\n  ")}\n${advice}`);
};

/** The versions of a day's snapshot already in a folder. */
const versionsOf = (outDir: string, date: string | undefined): number[] =>
  existsSync(outDir) && statSync(outDir).isDirectory()
    ? readdirSync(outDir).flatMap((f) => {
        const match = new RegExp(`^occupied-${date}\\.v(\\d+)\\.json$`).exec(f);
        return match ? [Number(match[1])] : [];
      })
    : [];

/** The version --new-version writes: one after the day's latest, which must exist. */
const nextVersion = (outDir: string, date: string | undefined): number => {
  const versions = versionsOf(outDir, date);
  if (versions.length === 0)
    throw new Error(`--new-version corrects a day already imported, but ${outDir} has no snapshot for ${date}: import it without --new-version.`);
  return Math.max(...versions) + 1;
};

/** The explainer's edition date, from the latest data/edition file (undefined when it cannot be read). */
const editionDate = (files: DataFile[]): string | undefined => {
  const edition = editionOf(files);
  return "asOf" in edition ? edition.asOf : undefined;
};

/** The official areas every share is taken over: the latest version of data/geo/official-areas. */
const officialAreas = (files: DataFile[]): OfficialAreas => {
  const versions = files.flatMap((file) => {
    const name = datasetOfPath(file.path);
    return "dataset" in name && name.dataset === "areas" ? [{ file, version: name.version }] : [];
  });
  const latest = versions.sort((a, b) => b.version - a.version)[0];
  if (!latest) throw new Error("Cannot find data/geo/official-areas.vN.json, the official areas every share is taken over: restore it and import again.");
  return officialAreasOf(JSON.parse(Buffer.from(latest.file.bytes).toString("utf8")) as OfficialAreasFile);
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
 * `today` (YYYY-MM-DD, UTC) is the clock's unless a test gives it.
 */
export function importSnapshot(
  argv: string[],
  { log = () => {}, today = new Date().toISOString().slice(0, 10) }: { log?: (line: string) => void; today?: string } = {},
): string {
  const values = readArguments(argv);
  if (!values.input) throw new Error(`No input: give the GeoJSON file to import with --input.\n${USAGE}`);
  const text = decodeInput(readInput(values.input));
  const { files } = readDataFiles(".");
  const { ukraine, oblasts } = readGeography();
  const snapshot = snapshotFromGeoJSON(
    text,
    {
      date: values.date,
      today,
      source: {
        outlet: values["source-outlet"],
        title: values["source-title"],
        url: values["source-url"],
        date: values["source-date"],
        via: values["source-via"],
        credit: values["source-credit"],
      },
      measureOn: values["hand-drawn"] ? "drawing" : "input",
      version: values["new-version"] ? nextVersion(values["out-dir"], values.date) : 1,
      title: values.title,
      note: values.note,
      precision: values.precision,
      ...(values.edition ? { edition: values.edition } : {}),
      authoritative: AUTHORITATIVE_MAPS,
    },
    ukraine,
    oblasts,
    officialAreas(files),
  );
  const outDir = values["out-dir"];
  const name = `occupied-${snapshot.date}.v${snapshot.version}.json`;
  const path = join(outDir, name);
  // One top-level field per line keeps diffs readable; the geometry stays on one line to keep the file small.
  const file = `{\n${Object.entries(snapshot)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(",\n")}\n}\n`;
  checkSnapshotFile(name, file);
  const exists = (found = path) =>
    new Error(
      `A snapshot for ${snapshot.date} already exists (${found}). Snapshots are never overwritten: a correction is published as a new version of the file.`,
    );
  // Any version of the day counts: a correction is the next version (--new-version), never a second v1.
  const versions = versionsOf(outDir, snapshot.date);
  if (existsSync(path) || (snapshot.version === 1 && versions.length > 0))
    throw exists(versions.length ? join(outDir, `occupied-${snapshot.date}.v${Math.max(...versions)}.json`) : path);
  try {
    writeAtomically(path, file, { exclusive: true });
  } catch (error) {
    const { code, syscall } = error as NodeJS.ErrnoException;
    // Only the final link fails with EEXIST because the snapshot is there; making the folder fails
    // with it when --out-dir is a file.
    if (code === "EEXIST" && syscall === "link") throw exists();
    if (code === "EEXIST" || code === "ENOTDIR")
      throw new Error(`The output folder ${outDir} is a file, or lies inside one: give a folder with --out-dir (by default ${CONTROL_DIR}).`, { cause: error });
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
      throw new Error(
        `The folder ${outDir} cannot be written (${code === "EROFS" ? "it is on a read-only disk" : "permission denied"}): give a folder you can write to with --out-dir, or ask for write access to this one.`,
        { cause: error },
      );
    }
    throw error;
  }
  const { totalKm2, shareOfUkraine } = snapshot.areas;
  const edition = editionDate(files);
  if (edition && snapshot.date > edition) {
    log(
      `note: ${snapshot.date} is after the explainer's edition date (${edition}), so data:check and the build refuse this snapshot until you publish a new edition: a new version of data/edition/edition.vN.json with that asOf`,
    );
  }
  log(`wrote ${path} (${Buffer.byteLength(file)} bytes): ${totalKm2.toLocaleString("en")} km², ${(shareOfUkraine * 100).toFixed(2)}% of Ukraine`);
  return path;
}

if (import.meta.main) {
  try {
    importSnapshot(process.argv.slice(2), { log: (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    process.stderr.write(`data:snapshot: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
