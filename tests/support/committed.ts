import { stringsOf } from "../../src/i18n/locales.ts";
import type { Lang } from "../../src/i18n/langs.ts";
import { checkExplainerData } from "../../src/validate/checkExplainerData.ts";
import type { DataFile } from "../../src/validate/checkDataFiles.ts";
import { readDataFiles } from "../../scripts/readDataFiles.ts";

/** The committed data files, as the one reader hands them to the build. */
export const committedFiles: DataFile[] = readDataFiles(".").files;

/** The committed data, checked and assembled as the build assembles it, for an edition (English unless asked). */
export function committedData(lang: Lang = "en") {
  const { data, problems } = checkExplainerData(committedFiles, stringsOf[lang]);
  if (!data) throw new Error(problems.join("\n"));
  return data;
}

/** A file's bytes from its text, for fixtures written as strings. */
export const bytes = (text: string) => new TextEncoder().encode(text);
