import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DataFileText } from "../src/lib/checkDataFiles.ts";

/** Every JSON file under `root`/data, as text, with its path relative to `root`. */
export function readDataFiles(root = "."): DataFileText[] {
  const files: DataFileText[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".json")) files.push({ path: relative(root, path).split("\\").join("/"), text: readFileSync(path, "utf8") });
    }
  };
  walk(join(root, "data"));
  return files;
}
