import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { committedData } from "../support/committed.ts";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";

const site = useBuiltSite();
/** A path of the built site as an address. */
const at = (path: string) => new URL(path, site.url).href;
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// What may stay in Latin letters on the Ukrainian page: outlets' and sources' own names and titles
// (committed data), the names of people and things that have no Ukrainian form (DeepState, ISW),
// units and abbreviations read the same in both languages, and code.
const data = committedData();
const own = [
  ...data.outlets.data.outlets.map((o) => o.name),
  ...data.outlets.data.republishers.map((r) => r.name),
  ...[...data.sources.values()].flatMap((source) => [source.title, source.outlet, source.via ?? "", source.credit ?? ""]),
  // The maps a snapshot names as the authorities on control, by their own names.
  ...data.snapshots.flatMap((s) => (s.data.authoritative ?? []).map((a) => a.name)),
]
  .filter((name) => name.length > 1)
  // The longest first, so that a title is taken out whole before an outlet's name inside it.
  .sort((a, b) => b.length - a.length);
const ADDRESS = /https?:\/\/\S+/g;
const KEPT =
  /\?step=|\b(GNU General Public License|Open Database License|Bloomberg|AFP|UTC|WGS84|DeepState|deepstatemap\.live|deepstate-map-data|ISW|NATO|E3|G8|CSV|JSON|GeoNames|OpenStreetMap|ODbL|Natural Earth|MIT|CC BY|GPL|GNU|Astro|D3|Scrollama|pym\.js|newswire|frames|iframe|geo-maps|datamaps|world-atlas|cities\.json)\b/g;

/** Every word in Latin letters a reader of the page sees or hears, with where, leaving out the sources' own names and titles, the language link and code. */
async function latinWords(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skipped = (el: Element | null) => !!el?.closest(".cite, .languages, pre, code, script, style, noscript");
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (!skipped(walker.currentNode.parentElement)) found.push(walker.currentNode.textContent ?? "");
    for (const el of document.querySelectorAll("[alt], [aria-label], [title]"))
      if (!skipped(el)) for (const name of ["alt", "aria-label", "title"]) found.push(el.getAttribute(name) ?? "");
    found.push(document.title, document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "");
    return found;
  });
  const words = new Set<string>();
  for (let text of texts) {
    text = text.replace(ADDRESS, " ");
    for (const name of own) text = text.split(name).join(" ");
    for (const m of text.replace(KEPT, " ").matchAll(/\p{Script=Latin}{3,}/gu)) words.add(`${m[0]} (in "${text.trim().slice(0, 70)}")`);
  }
  return [...words];
}

describe.skipIf(!browserTestsEnabled)("the Ukrainian edition, under uk/", () => {
  it("has every section and every step of the English page, with the same ids, so a link works in both by changing only the prefix", async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const ids = async (path: string) => {
      await page.goto(at(path), { waitUntil: "domcontentloaded" });
      return page.evaluate(() => ({
        lang: document.documentElement.lang,
        sections: [...document.querySelectorAll("section.chapter")].map((s) => s.id),
        steps: [...document.querySelectorAll(".step[id]")].map((s) => s.id),
        title: document.querySelector("h1")!.textContent!.trim(),
      }));
    };
    const [english, ukrainian] = [await ids("/"), await ids("/uk/")];
    expect(english.lang).toBe("en");
    expect(ukrainian.lang).toBe("uk");
    expect(ukrainian.sections).toEqual(english.sections);
    expect(ukrainian.steps).toEqual(english.steps);
    expect(ukrainian.steps.length).toBeGreaterThan(40);
    expect(ukrainian.title).not.toBe(english.title);
    await page.close();
  });

  it.each(["/", "/sources/", "/print/the-rest-of-donetsk/", "/tables/army-chart/"])(
    "points %s to its other edition with hreflang, and its language link opens that page",
    async (path) => {
      const page = await site.browser.newPage();
      for (const [from, to, lang] of [
        [path, `/uk${path}`, "uk"],
        [`/uk${path}`, path, "en"],
      ]) {
        await page.goto(at(from), { waitUntil: "domcontentloaded" });
        const alternates = await page.$$eval("link[rel=alternate][hreflang]", (links) =>
          Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), new URL((l as HTMLLinkElement).href).pathname])),
        );
        expect(alternates).toEqual({ en: path, uk: `/uk${path}`, "x-default": path });
        const link = page.locator(`.languages a[hreflang="${lang}"]`);
        expect(await link.getAttribute("lang")).toBe(lang);
        await link.click();
        await page.waitForURL(at(to));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      }
      await page.close();
    },
  );

  it.each(["/uk/", "/uk/sources/", "/uk/print/the-proposals/", "/uk/embed/talks-timeline/", "/uk/tables/guarantees/"])(
    "leaves no English on %s but the sources' own names and titles",
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(at(path), { waitUntil: "load" });
      expect(await latinWords(page)).toEqual([]);
      await page.close();
    },
  );

  it("prints the same figures in each language's formats", async () => {
    const page = await site.browser.newPage();
    const facts = async (path: string) => {
      await page.goto(at(path), { waitUntil: "domcontentloaded" });
      return page.$$eval("#what-russia-holds .num[data-fact]", (nums) =>
        nums.map((n) => [(n as HTMLElement).dataset.fact!, n.textContent!.trim()] as [string, string]),
      );
    };
    const english = new Map(await facts("/"));
    const ukrainian = new Map(await facts("/uk/"));
    expect([...ukrainian.keys()].sort()).toEqual([...english.keys()].sort());
    const km2 = english.get("occupied-km2@latest")!;
    expect(km2).toMatch(/^\d{1,3}(,\d{3})+ km²$/);
    expect(ukrainian.get("occupied-km2@latest")).toBe(km2.replace(/,/g, "\u00a0").replace("km²", "км²"));
    const share = english.get("occupied-share@latest")!;
    expect(share).toMatch(/^\d+\.\d%$/);
    expect(ukrainian.get("occupied-share@latest")).toBe(share.replace(".", ",").replace("%", "\u00a0%"));
    expect(ukrainian.get("day@latest")).toBe("15 грудня 2025 р.");
    await page.close();
  });

  it("opens a deep link on its step, and has no accessibility violations axe-core can find", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(at("/uk/#russias-demand"), { waitUntil: "load" });
    const sticky = "scrolly-story:has(#russias-demand) .scrolly__figure .figure";
    await expect.poll(() => page.getAttribute(sticky, "data-step"), { timeout: 10_000 }).toBe("russias-demand");
    const card = await page.locator("#russias-demand .step__card").boundingBox();
    expect(card!.y).toBeLessThan(844);
    expect(card!.y + card!.height).toBeGreaterThan(0);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } })
        .axe;
      return (await axe.run(document)).violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
