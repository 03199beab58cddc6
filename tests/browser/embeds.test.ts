import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Frame, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser/chromium.ts";
import { serveStatic } from "../../scripts/browser/staticServer.ts";
import { browserTestsEnabled } from "./enabled.ts";
import { sceneOf } from "./sceneOf.ts";

// What a newsroom does with the embed pages: place one in its own page, on another origin, through
// the resizing protocol its pages already speak, and let it take the height of its content.
let browser: Browser | undefined;
let site: { url: string; close: () => Promise<void> } | undefined;
let host: { url: string; close: () => Promise<void> } | undefined;
let hostDir = "";

/** A host page of a protocol, with the real package's parent script as the embed code gives it, and text above and below. */
function hostPage(protocol: "pym" | "frames", address: string, spacer: number): string {
  const box =
    protocol === "pym"
      ? `<div data-pym-src="${address}"></div><script src="${site!.url}embed/parent/pym.v1.min.js"></script>`
      : `<div data-frame-src="${address}"></div><script src="${site!.url}embed/parent/frames.umd.js"></script><script>newswireFrames.autoInitFrames()</script>`;
  return `<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0"><div style="height:${spacer}px"></div><p>Above</p>${box}<p>Below</p>`;
}

/** The host pages the tests open, by name: each protocol's parent around a figure's embed, and around two sections'. */
const HOSTED = {
  "pym-map": ["pym", "embed/ukraine-map/?step=the-donbas", 0],
  "frames-map": ["frames", "embed/ukraine-map/?step=the-donbas", 0],
  "pym-day": ["pym", "embed/how-the-front-moved/?date=2025-02-18", 1500],
  "frames-section": ["frames", "embed/what-russia-holds/", 0],
  "pym-step": ["pym", "embed/army-size/#army-28-point-cap", 1500],
} as const;

async function hosted(name: keyof typeof HOSTED, width: number): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width, height: 800 }, reducedMotion: "reduce" });
  // The host page's own content, not every resource of the embed inside it: the tests wait for what they check.
  await page.goto(`${host!.url}${name}.html`, { waitUntil: "domcontentloaded" });
  return page;
}

/** A host page at `width` px once its iframe has taken more than `least` px of height, and the embed page inside it. */
async function grown(name: keyof typeof HOSTED, width: number, least: number): Promise<{ page: Page; frame: Frame }> {
  const page = await hosted(name, width);
  await expect.poll(async () => (await heights(page)).iframe, { timeout: 20_000 }).toBeGreaterThan(least);
  return { page, frame: (await (await page.$("iframe"))!.contentFrame())! };
}

/** The iframe's height in the host page, and the embed page's own height and viewport inside it. */
async function heights(page: Page) {
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  const iframe = await page.evaluate(() => document.querySelector("iframe")!.getBoundingClientRect().height);
  const inner = await frame!.evaluate(() => ({ content: document.documentElement.scrollHeight, viewport: innerHeight }));
  return { iframe, ...inner };
}

beforeAll(async () => {
  if (!browserTestsEnabled) return;
  site = await serveStatic("dist");
  hostDir = mkdtempSync(join(tmpdir(), "explainer-host-"));
  for (const [name, [protocol, path, spacer]] of Object.entries(HOSTED))
    writeFileSync(join(hostDir, `${name}.html`), hostPage(protocol, `${site.url}${path}`, spacer));
  host = await serveStatic(hostDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

describe.skipIf(!browserTestsEnabled)("embedding a graphic", () => {
  it("makes every embed page pass axe-core, headings in order under one h1", async () => {
    const pages = readdirSync("dist/embed").filter((name) => name !== "parent");
    expect(pages.length).toBeGreaterThanOrEqual(18);
    for (const name of pages) {
      const page = await browser!.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${site!.url}embed/${name}/`, { waitUntil: "load" });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: Array<{ id: string }> }> } }).axe;
        return (await axe.run(document)).violations.map((v) => v.id);
      });
      expect(violations, name).toEqual([]);
      expect(await page.locator("h1").count(), name).toBe(1);
      await page.close();
    }
  });

  it("gives every figure of the page an embed page in its key state: a heading, the figure's key, its source line with the date, and a link to it in the explainer", async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site!.url, { waitUntil: "load" });
    const ids = [...new Set(await page.$$eval("details.embed-code", (all) => all.map((d) => (d as HTMLElement).dataset.embed!)))];
    expect(ids).toEqual(
      expect.arrayContaining(["ukraine-map", "front-by-date", "occupied-share", "talks-timeline", "army-chart", "proposals-matrix", "guarantees"]),
    );
    for (const id of ids) {
      const failed: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${site!.url}embed/${id}/`, { waitUntil: "load" });
      expect(await page.$$eval("h1", (all) => all.map((h) => h.textContent!.trim().length)), id).toEqual([expect.any(Number)]);
      expect(await page.textContent("h1"), id).toMatch(/\w{4}/);
      // The key: the figure's legend, or a text chart's own labels.
      expect(await page.locator(".legend__item:visible, .figure__labels .label, .matrix, .guarantees").count(), id).toBeGreaterThan(0);
      expect(await page.textContent(".source-line"), id).toMatch(/As of 15 December 2025\.\s*$/);
      expect(await page.getAttribute(".embed__link a", "href"), id).toMatch(/^\/#[a-z0-9-]+$/);
      expect(await page.getAttribute(".embed__link a", "target"), id).toBe("_top");
      expect(failed, id).toEqual([]);
      page.removeAllListeners("response");
    }
    await page.close();
  });

  it("shows any step's state with ?step=: that step's scene, its section's heading, its description and a link to that step", async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site!.url, { waitUntil: "load" });
    const own = await sceneOf(page, "#kyivs-conditions .step__figure .figure");
    await page.goto(`${site!.url}embed/ukraine-map/?step=kyivs-conditions`, { waitUntil: "load" });
    await expect.poll(() => page.textContent("h1")).toBe("The demand for the rest of Donetsk");
    // The embed switches labels and legend entries (--l-, --g-), which a step's own figure, carrying only its own, leaves out.
    expect((await sceneOf(page, ".embed__figure .figure"))!.replace(/;--[lg]-[^:;]+:[^;]+/g, "")).toBe(own);
    expect(await page.getAttribute(".embed__link a", "href")).toBe("/#kyivs-conditions");
    const described = await page.$$eval("[data-alt-for]", (all) => all.filter((p) => !(p as HTMLElement).hidden).map((p) => (p as HTMLElement).dataset.altFor));
    expect(described).toEqual(["kyivs-conditions"]);
    const legend = await page.$$eval(".embed__figure .legend__item", (all) =>
      all.filter((li) => getComputedStyle(li).display !== "none").map((li) => li.textContent!.trim()),
    );
    expect(legend.length).toBeGreaterThan(0);
    // A step the figure does not have leaves it in its key state.
    await page.goto(`${site!.url}embed/ukraine-map/?step=no-such-step`, { waitUntil: "load" });
    expect(await page.textContent("h1")).toBe("What Russia holds");
    expect(await page.getAttribute(".embed__link a", "href")).toBe("/#the-line-today");
    await page.close();
  });

  describe.each(["pym", "frames"] as const)("through %s, from a page on another origin", (protocol) => {
    it.each([320, 600, 1000])("takes the height of its content at %i px wide, with no scrollbar inside and no growth", async (width) => {
      const { page } = await grown(`${protocol}-map`, width, 300);
      await page.waitForTimeout(600);
      const first = await heights(page);
      expect(Math.abs(first.iframe - first.content)).toBeLessThanOrEqual(1);
      expect(first.content).toBeLessThanOrEqual(first.viewport + 1);
      // A layout in viewport units would grow the iframe again at each message: it stays put.
      await page.waitForTimeout(1200);
      expect((await heights(page)).iframe).toBe(first.iframe);
      await page.close();
    });
  });

  it("opens a section embed whose address names a step with its headings in order and the step's own figure, without scrolling the host page", async () => {
    const { page, frame } = await grown("pym-step", 600, 800);
    expect(await frame.$$eval("h1, h2", (all) => all.map((h) => `${h.tagName} ${h.textContent}`))).toEqual([
      "H1 Peace talks over Ukraine: what is on the table, and where",
      "H2 How big an army?",
    ]);
    expect(await frame.isVisible("#army-28-point-cap .step__figure .figure")).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  it("opens a section embed without scrolling the host page, even when its address names a day of the map", async () => {
    const { page, frame } = await grown("pym-day", 600, 800);
    await expect.poll(() => frame.textContent("date-map [data-slot='heading']"), { timeout: 20_000 }).toBe("18 February 2025");
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });

  it("shows a section's steps one under the other, each with its own figure, and follows its content as a table opens", async () => {
    const { page, frame } = await grown("frames-section", 390, 800);
    // Nothing can stick in an iframe as tall as its content: every step shows its own figure.
    expect(await frame.$$eval(".step__figure", (all) => all.length > 0 && all.every((f) => getComputedStyle(f).display !== "none"))).toBe(true);
    expect(await frame.isVisible(".scrolly__figure")).toBe(false);
    await page.waitForTimeout(500);
    const before = await heights(page);
    await frame.$$eval("details.figure-text", (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expect.poll(async () => (await heights(page)).iframe).toBeGreaterThan(before.iframe);
    const after = await heights(page);
    expect(Math.abs(after.iframe - after.content)).toBeLessThanOrEqual(1);
    await page.close();
  });
});
