import { createHash } from "node:crypto";
import { merge } from "topojson-client";
import type { MultiPolygon } from "geojson";
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { Strings } from "../i18n/strings.ts";
import { datasets, type Dataset, type DatasetName, type Datasets } from "../registry/datasets.ts";
import { explainerData, oblastFeatures, type ExplainerData } from "../registry/explainerData.ts";
import type { ControlSnapshot } from "../schemas/control.ts";
import { checkDataFiles, type CheckedFile, type DataFile } from "./checkDataFiles.ts";
import { crossFileProblems } from "./crossFileProblems.ts";
import { sourceProblems } from "./sourceProblems.ts";
import { editionOf } from "./editionOf.ts";
import { geoProblems } from "./geoProblems.ts";
import { derivedGeometry, snapshotProblems } from "./snapshotProblems.ts";
import { officialAreasOf } from "../schemas/areas.ts";

/** What went wrong where, when code meets data it should have refused: the message, never a stack trace. */
const failure = (where: string, error: unknown) =>
  `${where}: could not be read (${error instanceof Error ? error.message : String(error)}): check the file against its schema in src/schemas`;

/** What a mark or layer id may be: it names CSS custom properties (--m-<id>-f) and attributes, so letters, digits and hyphens. */
const MARK_ID = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

/**
 * Measuring a snapshot's geometry again takes about half a second, so what it gives on the map's
 * units (each unit's occupied km², the line of contact) is kept for the geometry and the geography
 * it came from: checking the same files twice, as tests and the build do, or with only words or
 * official areas changed, measures them once.
 */
const derived = new Map<string, ReturnType<typeof derivedGeometry>>();
const keyOf = (...texts: string[]) => texts.reduce((hash, text) => hash.update(text).update("\u0000"), createHash("sha256")).digest("hex");

/** Mark and layer ids must be unique in a figure (a clash would paint one thing as another) and safe in CSS and markup. */
function figureIdProblems(result: ExplainerData): string[] {
  const problems = new Set<string>();
  for (const figure of result.figures.values()) {
    const kinds = [
      ["mark", figure.marks.map((m) => m.id)],
      ["layer", figure.layers.map((l) => l.id)],
    ] as const;
    for (const [what, ids] of kinds) {
      const seen = new Set<string>();
      for (const id of ids) {
        const where = figure.files.join(", ");
        if (!MARK_ID.test(id))
          problems.add(`${where}: expected the ids of the figure "${figure.id}" to be letters, digits and hyphens, found ${JSON.stringify(id)}`);
        if (seen.has(id))
          problems.add(
            `${where}: expected every ${what} of the figure "${figure.id}" to have its own id, found "${id}" twice (an id used in two of these files?)`,
          );
        seen.add(id);
      }
    }
  }
  return [...problems];
}

/**
 * The single check the build and `npm run data:check` both run, over the files the one reader hands
 * over: the edition first (its date bounds every other file, and may not be after `today`), then
 * each file on its own, then the rules between files and for sources' links, the geography, and the snapshots' geometry,
 * areas and lines. Returns the assembled data when nothing is wrong; otherwise every problem, each
 * naming its file.
 */
export function checkExplainerData(
  files: DataFile[],
  strings: Strings,
  today = new Date().toISOString().slice(0, 10),
): { data?: ExplainerData; problems: string[] } {
  const edition = editionOf(files);
  if ("problems" in edition) return { problems: edition.problems };
  const { asOf } = edition;
  if (asOf > today) return { problems: [`${edition.path}: asOf: expected an edition dated on or before today (${today}), found "${asOf}"`] };
  if (edition.updated && edition.updated > today)
    return { problems: [`${edition.path}: updated: expected an update dated on or before today (${today}), found "${edition.updated}"`] };

  const { problems, checked } = checkDataFiles(files, asOf, strings.lang);
  if (problems.length) return { problems };

  const latest = checked.filter((f) => f.latest);
  const found: Partial<Record<DatasetName, Dataset<unknown> | Array<Dataset<unknown>>>> = {};
  const missing: string[] = [];
  for (const [name, declaration] of Object.entries(datasets) as Array<[DatasetName, (typeof datasets)[DatasetName]]>) {
    const own = latest
      .filter((f) => f.dataset === name)
      .sort((a, b) => a.day.localeCompare(b.day))
      .map(({ path, data }) => ({ path, data }));
    if (own.length === 0) missing.push(`${declaration.file}: expected a file of this dataset (${declaration.kind}), found none`);
    found[name] = "daily" in declaration ? own : own[0];
  }
  if (missing.length) return { problems: missing };
  const data = found as Datasets;

  const between = [...crossFileProblems(data, latest), ...sourceProblems(latest, data.outlets)];
  if (between.length) return { problems: between };
  let oblasts: ReturnType<typeof oblastFeatures>;
  let ukraine: MultiPolygon;
  try {
    oblasts = oblastFeatures(data.geo);
    const topology = data.geo.data as unknown as Topology;
    ukraine = merge(topology, data.geo.data.objects.oblasts.geometries as Array<TopoPolygon | TopoMultiPolygon>) as MultiPolygon;
  } catch (error) {
    return { problems: [failure(data.geo.path, error)] };
  }
  const geography = geoProblems(data.geo.path, oblasts);
  if (geography.length) return { problems: geography };
  const days = new Map(latest.map((f: CheckedFile) => [f.path, f.day]));
  const texts = new Map(latest.map((f: CheckedFile) => [f.path, f.text]));
  const official = { path: data.areas.path, areas: officialAreasOf(data.areas.data) };
  const geometry = data.snapshots.flatMap((snapshot: Dataset<ControlSnapshot>) => {
    // Keyed on the geometry alone, so a change to a snapshot's words does not measure it again.
    const { measured, occupied } = snapshot.data;
    const key = keyOf(JSON.stringify(measured ?? null), JSON.stringify(occupied), data.geo.path, texts.get(data.geo.path)!);
    const derive = () => {
      if (!derived.has(key)) derived.set(key, derivedGeometry(snapshot.data, oblasts, ukraine));
      return derived.get(key)!;
    };
    try {
      return snapshotProblems(snapshot, days.get(snapshot.path)!, oblasts, ukraine, official, data.geo.path, derive);
    } catch (error) {
      return [failure(snapshot.path, error)];
    }
  });
  if (geometry.length) return { problems: geometry };

  let result: ExplainerData;
  try {
    const published = checked.map(({ path, text, dataset, day, version, latest, data: file }) => ({
      path,
      text,
      dataset,
      day,
      version,
      latest,
      title: (file as { title: string }).title,
      asOf: (file as { asOf: string }).asOf,
    }));
    result = explainerData(data, asOf, published, strings, oblasts);
  } catch (error) {
    return { problems: [failure(latest.map((f) => f.path).join(", "), error)] };
  }
  const ids = figureIdProblems(result);
  return ids.length ? { problems: ids } : { data: result, problems: [] };
}
