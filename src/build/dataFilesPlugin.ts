import type { Plugin } from "vite";
import { readDataFiles } from "../../scripts/readDataFiles.ts";

const ID = "virtual:data-files";

/**
 * A Vite plugin that hands the build the data files as the one reader (scripts/readDataFiles.ts)
 * finds them, bytes and all, so the build checks exactly what `npm run data:check` checks. Files
 * skipped by the reader's rule are named on the console.
 */
export function dataFilesPlugin(root: string): Plugin {
  return {
    name: "explainer-data-files",
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const folder = readDataFiles(root);
      for (const path of folder.skipped) this.warn(`skipped ${path} (not a data file: hidden, or not named *.json)`);
      for (const file of folder.files) this.addWatchFile(`${root}/${file.path}`);
      const files = folder.files.map((f) => ({ path: f.path, base64: Buffer.from(f.bytes).toString("base64") }));
      return `export default ${JSON.stringify({ files, problems: folder.problems, licences: folder.licences })};`;
    },
  };
}
