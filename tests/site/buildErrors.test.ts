import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SECTION = "src/content/sections/01-where-is-the-donbas.mdx";
const PLACES = "data/places/places.v2.json";
// Vitest puts Vite's own variables (BASE_URL, MODE...) in the environment; a real build has none.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key)));

/** A copy of the project with one file changed; runs `npm run build`'s script in it and returns what happened. */
function buildWith(path: string, change: (text: string) => string, before?: (copy: string) => void) {
  const copy = mkdtempSync(join(tmpdir(), "explainer-build-"));
  try {
    for (const entry of ["src", "data", "public", "scripts", "astro.config.mjs", "package.json", "tsconfig.json"]) {
      cpSync(entry, join(copy, entry), { recursive: true });
    }
    symlinkSync(resolve("node_modules"), join(copy, "node_modules"));
    writeFileSync(join(copy, path), change(readFileSync(path, "utf8")));
    before?.(copy);
    const run = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: copy, encoding: "utf8", env });
    const dist = existsSync(join(copy, "dist")) ? readdirSync(join(copy, "dist"), { recursive: true }).map(String).sort() : [];
    const left = readdirSync(copy).filter((name) => name.startsWith(".dist"));
    const sentinel = existsSync(join(copy, "dist/index.html")) ? readFileSync(join(copy, "dist/index.html"), "utf8") : "";
    return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist, left, sentinel };
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
    const { status, output } = buildWith(PLACES, (text) => text.replace('"lat": 48.023', '"lat": 480.23'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${PLACES}: places[6].lat: expected a latitude within Ukraine's region (44 to 53), found number 480.23`);
  });

  it("names both places where a step's id is used twice, since a link would open only the first", () => {
    const { status, output } = buildWith(SECTION, (text) => text.replace('id="war-since-2014"', 'id="the-donbas"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${SECTION}:\\d+, step "the-donbas": expected an id of its own, found "the-donbas", already used by ${SECTION}:\\d+, step "the-donbas"`));
  });

  it("leaves the last good site exactly as it was, with nothing half-built beside it", () => {
    const { status, dist, left, sentinel } = buildWith(
      PLACES,
      (text) => text.replace('"lat": 48.023', '"lat": 480.23'),
      (copy) => {
        mkdirSync(join(copy, "dist"));
        writeFileSync(join(copy, "dist/index.html"), "the last good site");
      },
    );
    expect(status).not.toBe(0);
    expect(dist).toEqual(["index.html"]);
    expect(sentinel).toBe("the last good site");
    expect(left).toEqual([]);
  });
});
