import { en } from "../../src/i18n/en.ts";
import { checkExplainerData } from "../../src/validate/checkExplainerData.ts";
import type { DataFile } from "../../src/validate/checkDataFiles.ts";
import { readDataFiles } from "../../scripts/readDataFiles.ts";

/** The committed data files, as the one reader hands them to the build. */
export const committedFiles: DataFile[] = readDataFiles(".").files;

/** The committed data, checked and assembled as the build assembles it. */
export function committedData() {
  const { data, problems } = checkExplainerData(committedFiles, en);
  if (!data) throw new Error(problems.join("\n"));
  return data;
}

/** A file's bytes from its text, for fixtures written as strings. */
export const bytes = (text: string) => new TextEncoder().encode(text);
