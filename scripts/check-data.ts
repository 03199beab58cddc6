// Checks every file in data/ as the build does, and says what is wrong in terms a journalist can act
// on: file, JSON path, what was expected, what was found. Usage: npm run data:check
import { checkExplainerData } from "../src/lib/checkExplainerData.ts";
import { readDataFiles } from "./readDataFiles.ts";

const texts = readDataFiles(".");
const { data, problems } = checkExplainerData(texts);
if (problems.length || !data) {
  process.stderr.write(`data:check found ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${problems.join("\n  ")}\n`);
  process.exit(1);
}
process.stdout.write(`data:check: ${texts.length} files are valid (${texts.map((t) => t.path).join(", ")})\n`);
