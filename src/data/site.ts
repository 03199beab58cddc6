import { checkExplainerData } from "../lib/checkExplainerData.ts";
import type { ExplainerData } from "../lib/explainerData.ts";

// Every data file, as text, checked once when the site is built: a bad file stops the build.
const texts = import.meta.glob<string>("/data/**/*.json", { query: "?raw", import: "default", eager: true });

function load(): ExplainerData {
  const { data, problems } = checkExplainerData(Object.entries(texts).map(([path, text]) => ({ path: path.slice(1), text })));
  if (problems.length || !data) {
    throw new Error(`The data files have ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${problems.join("\n  ")}`);
  }
  return data;
}

/** The explainer's data, checked: what every component draws and writes from. */
export const site = load();
