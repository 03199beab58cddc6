import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCopy } from "../support/buildCopy.ts";

const SECTION = "src/content/sections/01-where-is-the-donbas.mdx";
// The latest version of the places: the one the build checks record by record.
const PLACES = `data/places/${readdirSync("data/places")
  .filter((f) => /^places\.v\d+\.json$/.test(f))
  .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
  .at(-1)!}`;

/** Builds a copy of the project with one file changed, and returns the build's exit code and output. */
function buildWith(path: string, change: (text: string) => string, before?: (copy: string) => void) {
  const build = buildCopy((copy) => {
    writeFileSync(join(copy, path), change(readFileSync(path, "utf8")));
    before?.(copy);
  });
  try {
    const index = join(build.dist, "index.html");
    return {
      status: build.status,
      output: build.output,
      dist: build.distFiles(),
      left: readdirSync(build.copy).filter((name) => name.startsWith(".dist")),
      index: existsSync(index) ? readFileSync(index, "utf8") : "",
    };
  } finally {
    build.remove();
  }
}

describe("a mistake in the content or the data stops the build and says where it is", () => {
  it("names the MDX file, the step and the unknown layer", () => {
    const { status, output } = buildWith(SECTION, (text) =>
      text.replace('layers: ["donbas"], labels: ["UA-14", "UA-09", "russia"', 'layers: ["donbass"], labels: ["UA-14", "UA-09", "russia"'),
    );
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
    expect(output).toMatch(
      new RegExp(`${SECTION}:\\d+, step "the-donbas": expected an id of its own, found "the-donbas", already used by ${SECTION}:\\d+, step "the-donbas"`),
    );
  });

  it("names a figure an alt text asks for that the data does not have, with those it does", () => {
    const holds = "src/content/sections/02-what-russia-holds.mdx";
    const { status, output } = buildWith(holds, (text) =>
      text.replace("line of contact of {day@latest} from Kharkiv", "line of contact of {day@lastest} from Kharkiv"),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /02-what-russia-holds\.mdx, step "the-front-in-december": alt: \{day@lastest\} names no figure computed from the data \(such as \{day@2022-02-23\}/,
    );
  });

  it("names an unknown figure in a scrolly plainly, with the figures that exist", () => {
    const { status, output } = buildWith(SECTION, (text) => text.replace('<Scrolly figure="ukraine-map">', '<Scrolly figure="ukraine-mapp">'));
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${SECTION}:\\d+: figure: expected one of ukraine-map, front-by-date, army-chart, .*found "ukraine-mapp"`));
    expect(output).not.toMatch(/TypeError/);
  });

  it("leaves the last good site exactly as it was, with nothing half-built beside it", () => {
    const { status, dist, left, index } = buildWith(
      PLACES,
      (text) => text.replace('"lat": 48.023', '"lat": 480.23'),
      (copy) => {
        mkdirSync(join(copy, "dist"));
        writeFileSync(join(copy, "dist/index.html"), "the last good site");
      },
    );
    expect(status).not.toBe(0);
    expect(dist).toEqual(["index.html"]);
    expect(index).toBe("the last good site");
    expect(left).toEqual([]);
  });
});
