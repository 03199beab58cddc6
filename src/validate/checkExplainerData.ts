import type { Strings } from "../i18n/strings.ts";
import { datasets, type Dataset, type DatasetName, type Datasets } from "../registry/datasets.ts";
import { explainerData, oblastFeatures, type ExplainerData } from "../registry/explainerData.ts";
import type { ControlSnapshot } from "../schemas/control.ts";
import { checkDataFiles, type CheckedFile, type DataFile } from "./checkDataFiles.ts";
import { crossFileProblems } from "./crossFileProblems.ts";
import { snapshotProblems } from "./snapshotProblems.ts";

/** What went wrong where, when code meets data it should have refused: the message, never a stack trace. */
const failure = (where: string, error: unknown) =>
  `${where}: could not be read (${error instanceof Error ? error.message : String(error)}): check the file against its schema in src/schemas`;

/** Mark and layer ids must be unique in a figure: a clash would paint one thing as another. */
function figureIdProblems(result: ExplainerData): string[] {
  const problems: string[] = [];
  for (const figure of result.figures.values()) {
    for (const [what, ids] of [
      ["mark", figure.marks.map((m) => m.id)],
      ["layer", figure.layers.map((l) => l.id)],
    ] as const) {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id))
          problems.push(
            `${figure.files.join(", ")}: expected every ${what} of the figure "${figure.id}" to have its own id, found "${id}" twice (an id used in two of these files?)`,
          );
        seen.add(id);
      }
    }
  }
  return problems;
}

/**
 * The single check the build and `npm run data:check` both run, over the files the one reader hands
 * over: the edition first (its date bounds every other file, and may not be after `today`), then
 * each file on its own, then the rules between files and the snapshots' geometry and areas. Returns
 * the assembled data when nothing is wrong; otherwise every problem, each naming its file.
 */
export function checkExplainerData(
  files: DataFile[],
  strings: Strings,
  today = new Date().toISOString().slice(0, 10),
): { data?: ExplainerData; problems: string[] } {
  const editions = checkDataFiles(
    files.filter((f) => f.path.startsWith("data/edition/")),
    "9999-12-31",
  );
  if (editions.problems.length) return { problems: editions.problems };
  const edition = editions.checked.find((f) => f.latest);
  if (!edition) return { problems: [`${datasets.edition.file}: expected the explainer's edition, a file such as data/edition/edition.v1.json, found none`] };
  const asOf = (edition.data as { asOf: string }).asOf;
  if (asOf > today) return { problems: [`${edition.path}: asOf: expected an edition dated on or before today (${today}), found "${asOf}"`] };

  const { problems, checked } = checkDataFiles(files, asOf);
  if (problems.length) return { problems };

  const latest = checked.filter((f) => f.latest);
  const found: Partial<Record<DatasetName, Dataset<unknown> | Array<Dataset<unknown>>>> = {};
  const missing: string[] = [];
  for (const [name, declaration] of Object.entries(datasets) as Array<[DatasetName, (typeof datasets)[DatasetName]]>) {
    const own = latest.filter((f) => f.dataset === name).sort((a, b) => a.day.localeCompare(b.day));
    if (own.length === 0) missing.push(`${declaration.file}: expected a file of this dataset (${declaration.kind}), found none`);
    found[name] = "daily" in declaration ? own.map(({ path, data }) => ({ path, data })) : own.map(({ path, data }) => ({ path, data }))[0];
  }
  if (missing.length) return { problems: missing };
  const data = found as Datasets;

  const between = crossFileProblems(data, latest);
  if (between.length) return { problems: between };
  let oblasts: ReturnType<typeof oblastFeatures>;
  try {
    oblasts = oblastFeatures(data.geo);
  } catch (error) {
    return { problems: [failure(data.geo.path, error)] };
  }
  const days = new Map(latest.map((f: CheckedFile) => [f.path, f.day]));
  const geometry = data.snapshots.flatMap((snapshot: Dataset<ControlSnapshot>) => {
    try {
      return snapshotProblems(snapshot, days.get(snapshot.path)!, oblasts);
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
    result = explainerData(data, asOf, published, strings);
  } catch (error) {
    return { problems: [failure(latest.map((f) => f.path).join(", "), error)] };
  }
  const ids = figureIdProblems(result);
  return ids.length ? { problems: ids } : { data: result, problems: [] };
}
