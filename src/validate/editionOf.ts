import { checkDataFiles, type DataFile } from "./checkDataFiles.ts";

/** An edition date that bounds nothing: for checking the edition file itself, or a file on its own. */
export const UNBOUNDED = "9999-12-31";

/**
 * The explainer's edition date: the `asOf` of the latest data/edition file among `files`, or what is
 * wrong with those files. Every other file is checked against it.
 */
export function editionOf(files: DataFile[]): { asOf: string; updated?: string; path: string } | { problems: string[] } {
  const editions = checkDataFiles(
    files.filter((f) => f.path.startsWith("data/edition/")),
    UNBOUNDED,
  );
  if (editions.problems.length) return { problems: editions.problems };
  const latest = editions.checked.find((f) => f.latest);
  if (!latest) return { problems: ["data/edition/edition.vN.json: expected the explainer's edition, a file such as data/edition/edition.v1.json, found none"] };
  const { asOf, updated } = latest.data as { asOf: string; updated?: string };
  return { asOf, ...(updated ? { updated } : {}), path: latest.path };
}
