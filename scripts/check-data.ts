// Checks every file in data/ as the build does, through the same reader and the same checks, and
// says what is wrong in terms a journalist can act on: file, JSON path, what was expected, what was
// found. Each edition reads the files in its language, so each is checked. Usage: npm run data:check
import { LANGS } from "../src/i18n/langs.ts";
import { stringsOf } from "../src/i18n/locales.ts";
import { checkExplainerData } from "../src/validate/checkExplainerData.ts";
import { readDataFiles } from "./readDataFiles.ts";

const folder = readDataFiles(".");
for (const path of folder.skipped) process.stderr.write(`data:check: skipped ${path} (not a data file: hidden, or not named *.json)\n`);
let asOf = "";
for (const lang of LANGS) {
  const { data, problems } = folder.problems.length ? { data: undefined, problems: folder.problems } : checkExplainerData(folder.files, stringsOf[lang]);
  if (problems.length || !data) {
    // A problem of the files themselves is the same in every language: said once.
    const where = folder.problems.length ? "" : ` (reading the ${lang} text)`;
    process.stderr.write(`data:check found ${problems.length} problem${problems.length === 1 ? "" : "s"}${where}:\n  ${[...new Set(problems)].join("\n  ")}\n`);
    process.exit(1);
  }
  asOf = data.asOf;
}
process.stdout.write(`data:check: ${folder.files.length} files are valid in ${LANGS.join(" and ")}; edition of ${asOf}\n`);
