import { datasets, type DatasetName } from "../registry/datasets.ts";

/** Which dataset a file belongs to, as its name says. */
export interface FileName {
  dataset: DatasetName;
  /** The day of a daily dataset's file (a snapshot's date), else "". */
  day: string;
  version: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const patterns = Object.entries(datasets).map(([name, declaration]) => ({
  name: name as DatasetName,
  declaration,
  pattern: new RegExp(`^${escape(declaration.file).replace("YYYY-MM-DD", "(\\d{4}-\\d{2}-\\d{2})").replace("vN", "v(\\d+)")}$`),
}));

/** The names data files may have, for messages. */
export const knownFileNames = Object.values(datasets).map((d) => d.file);

/**
 * The dataset, day and version a data file's path names, or what is wrong with the name. A version
 * is written without leading zeros, so two files can never claim one version (v1 and v01).
 */
export function datasetOfPath(path: string): FileName | { problem: string } {
  for (const { name, declaration, pattern } of patterns) {
    const match = pattern.exec(path);
    if (!match) continue;
    const written = match.at(-1)!;
    const day = "daily" in declaration ? match[1] : "";
    if (!/^[1-9]\d*$/.test(written)) {
      return {
        problem: `expected a version written without leading zeros, from v1 (as in ${declaration.file.replace("vN", `v${Number(written) || 1}`)}), found "v${written}"`,
      };
    }
    return { dataset: name, day, version: Number(written) };
  }
  return { problem: `expected a file named like one of the known data files (${knownFileNames.join(", ")}), found an unknown name` };
}
