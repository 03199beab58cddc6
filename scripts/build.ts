// Builds the site into a fresh folder beside the target and swaps it into place only when the build
// succeeds, so a failed build leaves the last good site exactly as it was, and nothing half-built
// (server chunks holding raw data among them) where a deploy would publish it.
// Usage: npm run build [-- --outDir DIR]   (DIR defaults to dist)
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const args = process.argv.slice(2);
const at = args.indexOf("--outDir");
const target = resolve(at >= 0 ? args[at + 1] : "dist");
const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
const fresh = join(dirname(target), `.${basename(target)}.building-${process.pid}`);
const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);

rmSync(fresh, { recursive: true, force: true });
const astro = resolve("node_modules/astro/bin/astro.mjs");
const run = spawnSync(process.execPath, [astro, "build", "--outDir", fresh, ...rest], { stdio: "inherit" });
if (run.status !== 0) {
  rmSync(fresh, { recursive: true, force: true });
  process.stderr.write(`build failed: ${existsSync(target) ? `${target} is left as it was` : "nothing was written"}\n`);
  process.exit(run.status ?? 1);
}
if (existsSync(target)) renameSync(target, old);
renameSync(fresh, target);
rmSync(old, { recursive: true, force: true });
