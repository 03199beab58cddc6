// Builds the site into a fresh folder beside the target and swaps it into place only when the build
// succeeds, so a failed build leaves the last good site exactly as it was, and nothing half-built
// (server chunks holding raw data among them) where a deploy would publish it. Every text file gets
// Brotli and gzip copies beside it (scripts/precompress.ts).
// Usage: npm run build [-- --outDir DIR]   (DIR defaults to dist; other options go to astro build)
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { precompress } from "./precompress.ts";

const { values, tokens } = parseArgs({ options: { outDir: { type: "string" } }, strict: false, tokens: true, allowPositionals: true });
const target = resolve(typeof values.outDir === "string" ? values.outDir : "dist");
// Everything but --outDir goes on to Astro as it was given.
const rest = tokens
  .filter((t) => !(t.kind === "option" && t.name === "outDir"))
  .map((t) => (t.kind === "option" ? t.rawName + (t.inlineValue && t.value !== undefined ? `=${t.value}` : "") : t.kind === "positional" ? t.value : "--"));
const fresh = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);

rmSync(fresh, { recursive: true, force: true });
const astro = resolve("node_modules/astro/bin/astro.mjs");
const run = spawnSync(process.execPath, [astro, "build", ...rest, "--outDir", fresh], { stdio: "inherit" });
const failed = (why: string, status = 1): never => {
  rmSync(fresh, { recursive: true, force: true });
  process.stderr.write(`build failed${why}: ${existsSync(target) ? `${target} is left as it was` : "nothing was written"}\n`);
  process.exit(status);
};
if (run.status !== 0 || !existsSync(join(fresh, "index.html"))) failed("", run.status || 1);
// Compressed copies of every text file, which hosts that serve them send instead of the file.
try {
  precompress(fresh);
} catch (error) {
  failed(` while compressing its files (${(error as Error).message})`);
}
if (existsSync(target)) renameSync(target, old);
renameSync(fresh, target);
rmSync(old, { recursive: true, force: true });
