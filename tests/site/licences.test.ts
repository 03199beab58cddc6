import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDataFiles } from "../../scripts/readDataFiles.ts";

// What a newsroom's lawyers look for first: what they may reuse, under which licence, with which credit.
const built = existsSync("dist/sources/index.html");
const page = built ? readFileSync("dist/sources/index.html", "utf8") : "";
// The page of sources and method, with the HTML's escaped quotes read as quotes.
const credits = page
  .slice(page.indexOf('id="sources-and-method"'))
  .replace(/&#39;/g, "'")
  .replace(/&quot;/g, '"');

describe.skipIf(!built)("the licences a newsroom reuses the explainer under", () => {
  it("licenses the code MIT in LICENSE, and says the text and the project's own data are CC BY 4.0", () => {
    const licence = readFileSync("LICENSE", "utf8");
    expect(licence).toMatch(/^MIT License/);
    expect(licence).toContain("Creative Commons Attribution 4.0 International");
    expect(credits).toContain("The explainer's code is MIT-licensed; its text and the project's own data are licensed CC BY 4.0");
  });

  it("publishes every licence kept beside third-party data with that data, and links each from the credits by its own name", () => {
    // The licences the one reader finds beside the data, as the build publishes them.
    const files = readDataFiles(".").licences.map((licence) => licence.path);
    expect(files.map((f) => f.split("/").pop())).toEqual(expect.arrayContaining(["LICENSE-deepstate-map-data.txt", "LICENSE-openstreetmap-water.txt"]));
    for (const file of files) {
      expect(readFileSync(join("dist", file), "utf8")).toBe(readFileSync(file, "utf8"));
      expect(credits).toMatch(new RegExp(`<a href="/${file.replace(/\./g, "\\.")}">[^<]+</a>`));
    }
    expect(credits).toContain("The GNU GPL v3, as published with the front-line data");
    expect(credits).toContain("The Open Database License notice, as published with the water data");
  });

  it("gives the credit line each third-party source asks for", () => {
    for (const credit of ["DeepState (deepstatemap.live)", "© OpenStreetMap contributors", "Natural Earth (public domain)", "GeoNames, licensed CC BY 4.0"]) {
      expect(credits).toContain(credit);
    }
    expect(readFileSync("data/geo/LICENSE-openstreetmap-water.txt", "utf8")).toContain("opendatacommons.org/licenses/odbl/1-0/");
  });
});
