import folder from "virtual:data-files";
import { stringsOf } from "../i18n/locales.ts";
import type { ExplainerData } from "../registry/explainerData.ts";
import { checkExplainerData } from "../validate/checkExplainerData.ts";
import { perLang } from "./lang.ts";

/** The explainer's data as one edition reads it, read by the one reader and checked once when the site is built: a bad file stops the build. */
export const siteOf = perLang((lang): ExplainerData => {
  const files = folder.files.map((f) => ({ path: f.path, bytes: Uint8Array.from(Buffer.from(f.base64, "base64")) }));
  const { data, problems } = folder.problems.length ? { data: undefined, problems: folder.problems } : checkExplainerData(files, stringsOf[lang]);
  if (problems.length || !data) {
    throw new Error(`The data files have ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${problems.join("\n  ")}`);
  }
  return data;
});
