import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { siteWeight, type SiteWeight } from "../../scripts/siteWeight.ts";

const KB = 1024;
// The budgets weigh the built site: without one, say so rather than fail at import.
const built = existsSync("dist/index.html");
const weight: SiteWeight = built ? siteWeight("dist") : { html: 0, javascript: 0, css: 0, other: 0, requests: 0, total: 0, foreignRequests: [] };

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

  it("asks for nothing from another origin", () => {
    expect(weight.foreignRequests).toEqual([]);
    expect(readFileSync("dist/index.html", "utf8")).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//);
  });
});

describe.skipIf(!built)("each embed page's weight (gzip)", () => {
  const embeds = built
    ? readdirSync("dist/embed", { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(`dist/embed/${entry.name}/index.html`))
        .map((entry) => entry.name)
    : [];

  it("exists for every figure and every section", () => {
    expect(embeds.length).toBeGreaterThanOrEqual(18);
  });

  // Weighing a page reads every file it names, so a file an embed page would fetch and the build did not write fails here.
  it.each(embeds)("embed/%s/ loads at most 40 KB of JavaScript and 150 KB in all, nothing from another origin", (name) => {
    const page = siteWeight("dist", `embed/${name}/index.html`);
    expect(page.javascript).toBeLessThanOrEqual(40 * KB);
    expect(page.total).toBeLessThanOrEqual(150 * KB);
    expect(page.foreignRequests).toEqual([]);
  });
});
