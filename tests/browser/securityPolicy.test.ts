import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../scripts/browser/chromium.ts";
import { serveStatic } from "../../scripts/browser/staticServer.ts";
import { browserTestsEnabled } from "./enabled.ts";
import { sceneOf } from "./sceneOf.ts";
import { sampleHeaders } from "../support/securityPolicy.ts";

// The site served as the sample _headers file says, strict security policy included.
let browser: Browser | undefined;
let site: { url: string; close: () => Promise<void> } | undefined;

beforeAll(async () => {
  if (!browserTestsEnabled) return;
  site = await serveStatic("dist", "/", sampleHeaders());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page that records every breach of the policy and every error, from before its first byte. */
async function open(path: string, width = 390): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser!.newPage({ viewport: { width, height: width < 500 ? 844 : 900 }, reducedMotion: "reduce" });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { breaches: string[] }).breaches = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(`${site!.url}${path}`, { waitUntil: "load" });
  return {
    page,
    problems: async () => [...errors, ...(await page.evaluate(() => (window as unknown as { breaches: string[] }).breaches))],
  };
}

describe.skipIf(!browserTestsEnabled)("under the strict security policy", () => {
  it("sends the policy with the page", async () => {
    const response = await fetch(site!.url);
    expect(response.headers.get("content-security-policy")).toContain("style-src 'self'");
  });

  it.each([390, 1440])("reads the whole page at %i px without a breach, the sticky figures following the steps", async (width) => {
    const { page, problems } = await open("", width);
    const ids = await page.$$eval("scrolly-story .step", (steps) => steps.map((s) => s.id));
    const shown = new Set<string>();
    for (const id of ids) {
      await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: "center" }), id);
      const figure = `scrolly-story:has(#${id}) .scrolly__figure .figure`;
      await expect.poll(() => page.getAttribute(figure, "data-step")).toBe(id);
      // The step's scene reached the sticky figure through the CSSOM: the same zoom and marks as the step's own figure.
      const [sticky, own] = await Promise.all([sceneOf(page, figure), sceneOf(page, `#${id} .step__figure .figure`)]);
      expect(sticky!.replace(/;--(?:p[kxyb]|pbk|[lg]-[^:;]+):[^;]+/g, ""), id).toBe(own);
      shown.add(id);
    }
    expect(shown.size).toBe(ids.length);
    // Once moved, a sticky figure's scene is its own style alone: no scene class of the build is left to mix into it.
    expect(
      await page.$$eval("scrolly-story .scrolly__figure .figure", (all) => all.filter((f) => [...f.classList].some((c) => c.startsWith("scene-"))).length),
    ).toBe(0);
    expect(ids.length).toBeGreaterThan(20);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it("moves the map of the front from day to day without a breach", async () => {
    const { page, problems } = await open("#front-over-time");
    await page.click('#front-over-time date-map button:text-is("Alaska")');
    await expect.poll(() => page.textContent("#front-over-time date-map [data-slot='heading']")).toBe("15 August 2025");
    expect(await sceneOf(page, "#front-over-time date-map .figure")).toContain("--m-occupied-2025-08-15-o:1");
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it("shows every embed page, and a figure's embed in a step's state, without a breach", async () => {
    const { page: index } = await open("");
    const figures = [...new Set(await index.$$eval("details.embed-code", (all) => all.map((d) => (d as HTMLElement).dataset.embed!)))];
    const sections = await index.$$eval("main > .chapter:not(#sources-and-method)", (all) => all.map((s) => s.id));
    await index.close();
    for (const path of [...figures, ...sections].map((id) => `embed/${id}/`).concat("embed/ukraine-map/?step=the-donbas", "print/the-rest-of-donetsk/")) {
      const { page, problems } = await open(path);
      await page.waitForTimeout(100);
      expect(await problems(), path).toEqual([]);
      await page.close();
    }
  });
});
