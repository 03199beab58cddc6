import { checkDataFiles, type DataFileText } from "./checkDataFiles.ts";
import { explainerData, type ExplainerData } from "./explainerData.ts";
import { dataFileKinds } from "../schemas/dataFiles.ts";

/**
 * Checks the data files one by one and then together: the single check the build and
 * `npm run data:check` both run. Returns the assembled data when there is no problem.
 */
export function checkExplainerData(texts: DataFileText[]): { data?: ExplainerData; problems: string[] } {
  const check = checkDataFiles(texts, dataFileKinds);
  if (check.problems.length) return { problems: check.problems };
  return explainerData(check.files);
}
