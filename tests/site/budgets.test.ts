import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { siteWeight, type SiteWeight } from "../../scripts/siteWeight.ts";

const KB = 1024;
// The budgets weigh the built site: without one, say so rather than fail at import.
const built = existsSync("dist/index.html");
const none: SiteWeight = { html: 0, javascript: 0, css: 0, other: 0, requests: 0, total: 0, foreignRequests: [] };
const weight: SiteWeight = built ? siteWeight("dist") : none;
// The Ukrainian edition holds the same budgets: Cyrillic letters take two bytes each, so it is the heavier page.
const ukrainian: SiteWeight = built && existsSync("dist/uk/index.html") ? siteWeight("dist", "uk/index.html") : none;

it("has a built site to weigh (npm test builds it first; alone, run npm run build)", () => {
  expect(built).toBe(true);
});

describe("the built page's weight (gzip), against the budgets readers on phones depend on", () => {
  it(`ships at most 40 KB of JavaScript (now ${(weight.javascript / KB).toFixed(1)} KB)`, () => {
    expect(weight.javascript).toBeGreaterThan(0);
    expect(weight.javascript).toBeLessThanOrEqual(40 * KB);
  });

  it(`keeps the HTML within 60 KB (now ${(weight.html / KB).toFixed(1)} KB)`, () => {
    expect(weight.html).toBeLessThanOrEqual(60 * KB);
  });

  it(`loads at most 350 KB in all (now ${(weight.total / KB).toFixed(1)} KB)`, () => {
    expect(weight.total).toBeLessThanOrEqual(350 * KB);
  });

  it(`holds the Ukrainian edition to the same budgets: HTML ${(ukrainian.html / KB).toFixed(1)} KB, JavaScript ${(ukrainian.javascript / KB).toFixed(1)} KB, ${(ukrainian.total / KB).toFixed(1)} KB in all`, () => {
    expect(ukrainian.html).toBeGreaterThan(0);
    expect(ukrainian.html).toBeLessThanOrEqual(60 * KB);
    expect(ukrainian.javascript).toBeLessThanOrEqual(40 * KB);
    expect(ukrainian.total).toBeLessThanOrEqual(350 * KB);
    expect(ukrainian.foreignRequests).toEqual([]);
  });

  it("asks for nothing from another origin", () => {
    expect(weight.foreignRequests).toEqual([]);
    expect(readFileSync("dist/index.html", "utf8")).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//);
  });
});

describe.skipIf(!built)("each embed page's weight (gzip)", () => {
  const embeds = built
    ? ["embed", "uk/embed"].flatMap((folder) =>
        readdirSync(`dist/${folder}`, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(`dist/${folder}/${entry.name}/index.html`))
          .map((entry) => `${folder}/${entry.name}`),
      )
    : [];

  it("exists for every figure and every section, in each edition", () => {
    expect(embeds.filter((e) => e.startsWith("embed/")).length).toBeGreaterThanOrEqual(18);
    expect(embeds.filter((e) => e.startsWith("uk/embed/")).map((e) => e.slice(3))).toEqual(embeds.filter((e) => e.startsWith("embed/")));
  });

  // Weighing a page reads every file it names, so a file an embed page would fetch and the build did not write fails here.
  it.each(embeds)("%s/ loads at most 40 KB of JavaScript and 150 KB in all, nothing from another origin", (name) => {
    const page = siteWeight("dist", `${name}/index.html`);
    expect(page.javascript).toBeLessThanOrEqual(40 * KB);
    expect(page.total).toBeLessThanOrEqual(150 * KB);
    expect(page.foreignRequests).toEqual([]);
  });
});
