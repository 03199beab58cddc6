// Checks every file in data/ as the build does, through the same reader and the same checks, and
// says what is wrong in terms a journalist can act on: file, JSON path, what was expected, what was
// found. Usage: npm run data:check
import { en } from "../src/i18n/en.ts";
import { checkExplainerData } from "../src/validate/checkExplainerData.ts";
import { readDataFiles } from "./readDataFiles.ts";

const folder = readDataFiles(".");
for (const path of folder.skipped) process.stderr.write(`data:check: skipped ${path} (not a data file: hidden, or not named *.json)\n`);
const { data, problems } = folder.problems.length ? { data: undefined, problems: folder.problems } : checkExplainerData(folder.files, en);
if (problems.length || !data) {
  process.stderr.write(`data:check found ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${problems.join("\n  ")}\n`);
  process.exit(1);
}
process.stdout.write(`data:check: ${folder.files.length} files are valid; edition of ${data.asOf}\n`);
