import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SECTION = "src/content/sections/01-where-is-the-donbas.mdx";

/** Builds a copy of the project with one file changed, and returns the build's exit code and output. */
function buildWith(path: string, change: (text: string) => string) {
  const copy = mkdtempSync(join(tmpdir(), "explainer-build-"));
  try {
    for (const entry of ["src", "data", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
      cpSync(entry, join(copy, entry), { recursive: true });
    }
    symlinkSync(resolve("node_modules"), join(copy, "node_modules"));
    writeFileSync(join(copy, path), change(readFileSync(path, "utf8")));
    // Vitest puts Vite's own variables (BASE_URL, MODE...) in the environment; a real build has none.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key)));
    const run = spawnSync(process.execPath, [resolve("node_modules/astro/bin/astro.mjs"), "build"], { cwd: copy, encoding: "utf8", env });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe("a mistake in the content or the data stops the build and says where it is", () => {
  it("names the MDX file, the step and the unknown layer", () => {
    const { status, output } = buildWith(SECTION, (text) => text.replace('layers: ["donbas"], labels: ["UA-14", "UA-09", "russia"', 'layers: ["donbass"], labels: ["UA-14", "UA-09", "russia"'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${SECTION}, step "the-donbas":`);
    expect(output).toContain('view.layers[0]: expected one of the layers of "ukraine-map" (donbas, crimea-2014, annexation-claim-2022');
    expect(output).toContain('found "donbass"');
  });

  it("names the data file, the JSON path and what was found", () => {
    const { status, output } = buildWith("data/places/places.v1.json", (text) => text.replace('"lat": 48.023', '"lat": 480.23'));
    expect(status).not.toBe(0);
    expect(output).toContain("data/places/places.v1.json: places[6].lat: expected a latitude within Ukraine's region (44 to 53), found number 480.23");
  });
});
