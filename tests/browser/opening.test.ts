import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { en } from "../../src/i18n/en.ts";
import { withFacts } from "../../src/lib/withFacts.ts";
import { committedData } from "../support/committed.ts";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";

const site = useBuiltSite();

describe.skipIf(!browserTestsEnabled)("the opening: headline, the map of the dispute and the key points", () => {
  it.each([
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ])("puts the headline, the map and the key points on the first screen at $width x $height", async (viewport) => {
    const context = await site.browser.newContext({ viewport, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(site.url);
    const box = (selector: string) => page.locator(selector).first().boundingBox();
    const [h1, map, points] = await Promise.all([box("h1"), box(".lead .figure__frame"), box(".key-points h2")]);
    expect(h1!.y).toBeGreaterThanOrEqual(0);
    expect(map!.y).toBeGreaterThan(h1!.y + h1!.height - 1);
    expect(map!.y + map!.height).toBeLessThan(viewport.height);
    expect(map!.height).toBeGreaterThan(200);
    // The box of key points starts on the first screen, with at least its first two points.
    const second = await page.locator(".key-points li").nth(1).boundingBox();
    expect(points!.y).toBeLessThan(viewport.height);
    expect(second!.y).toBeLessThan(viewport.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("prints every figure of the key points from the data, cites each point's sources and links its section", async () => {
    const data = committedData();
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site.url);
    const items = await page.$$eval(".key-points li", (lis) =>
      lis.map((li) => ({
        text: li.textContent!.replace(/\s+/g, " "),
        cites: li.querySelectorAll(".cite a").length,
        section: li.querySelector<HTMLAnchorElement>(".key-points__more")!.hash,
      })),
    );
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.length).toBeLessThanOrEqual(6);
    en.lead.points.forEach((point, i) => {
      const { text, missing } = withFacts(point.text, data.facts);
      expect(missing).toEqual([]);
      expect(items[i].text).toContain(text);
      expect(items[i].cites).toBe(point.cites.split(" ").length);
      expect(items[i].section).toBe(`#${point.section}`);
    });
    expect(items[0].text).toContain(data.facts.get("occupied-share@latest")!.text);
    // The line under the headline dates the facts and the last revision, from the edition file.
    const byline = (await page.textContent(".byline"))!.replace(/\s+/g, " ");
    expect(byline).toContain("Facts as of 15 December 2025.");
    expect(byline).toContain(
      `Last updated ${new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${data.edition.data.updated}T12:00:00Z`))}.`,
    );
    await context.close();
  });

  it("offers networks a social card: the opening's map as a 1200 x 630 PNG, with its title and description", async () => {
    const html = readFileSync("dist/index.html", "utf8");
    const meta = (property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1].replace(/&#39;/g, "'").replace(/&amp;/g, "&");
    expect(meta("og:image")).toMatch(/social-card\.png$/);
    expect(meta("twitter:card")).toBe("summary_large_image");
    expect(meta("og:title")).toBe(en.page.title);
    expect(meta("og:description")).toBe(en.page.description);
    const png = readFileSync("dist/social-card.png");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const response = await (await fetch(`${site.url}social-card.png`)).arrayBuffer();
    expect(response.byteLength).toBe(png.length);
  });
});
