import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// Vitest puts Vite's own variables (BASE_URL, MODE...) in the environment; a real build has none.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key)));

/** A copy of the project in a temporary folder, which `prepare` may change, built with `npm run build`'s script. */
export function buildCopy(prepare: (copy: string) => void) {
  const copy = mkdtempSync(join(tmpdir(), "explainer-build-"));
  for (const entry of ["src", "data", "public", "scripts", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(entry, join(copy, entry), { recursive: true });
  }
  symlinkSync(resolve("node_modules"), join(copy, "node_modules"));
  prepare(copy);
  const run = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: copy, encoding: "utf8", env });
  const dist = join(copy, "dist");
  return {
    copy,
    dist,
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    /** Every file in dist/, relative to it. */
    distFiles: () => (existsSync(dist) ? readdirSync(dist, { recursive: true }).map(String).sort() : []),
    read: (path: string) => readFileSync(join(copy, path), "utf8"),
    remove: () => rmSync(copy, { recursive: true, force: true }),
  };
}
