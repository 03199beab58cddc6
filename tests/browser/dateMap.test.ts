import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContextOptions } from "playwright-core";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";
import { sceneOf } from "./sceneOf.ts";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const site = useBuiltSite();

const LIVE = "#front-over-time date-map";
const FIGURE = `${LIVE} .figure`;
/** The style the build gave the small multiple of a day of the talks: the scene the control must show for that day. */
const multipleStyle = (short: string) => `#front-over-time .date-map__multiples ol > li:has(strong:text-is("${short}")) .figure`;

async function open(options: BrowserContextOptions, address = "#front-over-time") {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${site.url}${address}`);
  await page.waitForLoadState("load");
  return { page, problems, close: () => context.close() };
}

describe.skipIf(!browserTestsEnabled)("the map of the front, day by day", () => {
  describe.each([
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ])("at $width x $height", (viewport) => {
    it("moves the map and its figures together with the keyboard, says the day to screen readers, and writes it into the address", async () => {
      const { page, problems, close } = await open({ viewport, reducedMotion: "reduce" });
      const range = page.locator(`${LIVE} [data-date-control]`);
      await expect.poll(() => range.getAttribute("aria-valuetext")).toBe("15 December 2025: US-Ukraine talks in Berlin");
      expect(await sceneOf(page, FIGURE)).toContain("--m-occupied-2025-12-15-o:1");
      await range.focus();
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => page.textContent(`${LIVE} [data-slot="heading"]`)).toBe("2 December 2025");
      const style = (await sceneOf(page, FIGURE))!;
      expect(style).toContain("--m-occupied-2025-12-02-o:1");
      expect(style).toContain("--m-front-2025-12-02-o:1");
      expect(style).not.toContain("2025-12-15");
      expect(await range.getAttribute("aria-valuetext")).toBe("2 December 2025: Witkoff and Kushner meet Putin");
      expect(await page.textContent(`${LIVE} [data-slot="change"]`)).toMatch(/^Russia's net gain since 23 November 2025 \(Geneva\): about [\d,]+ km²\.$/);
      // Once the reader rests on the day: the figures are announced (the control itself says the day) and the day goes into the address.
      await expect
        .poll(() => page.textContent(`${LIVE} [role="status"]`))
        .toMatch(/^Russia held about [\d,]+ km², or [\d.]+% of Ukraine\. Russia's net gain since 23 November 2025/);
      expect(await page.textContent(`${LIVE} [data-slot="held-legend"]`)).toBe("Held by Russia, 2 December 2025");
      await expect.poll(() => [new URL(page.url()).searchParams.get("date"), new URL(page.url()).hash]).toEqual(["2025-12-02", "#front-over-time"]);
      await page.keyboard.press("Home");
      await expect.poll(() => page.textContent(`${LIVE} [data-slot="heading"]`)).toBe("8 July 2024");
      expect(await page.textContent(`${LIVE} [data-slot="change"]`)).toBe("The first day shown here: nothing to compare it with.");
      expect(await page.isVisible(`${LIVE} [data-slot="gained-legend"]`)).toBe(false);
      expect(problems).toEqual([]);
      await close();
    });

    it("jumps to a day of the talks with its button, showing the scene the build drew for that day", async () => {
      const { page, close } = await open({ viewport, reducedMotion: "reduce" });
      await page.click(`${LIVE} button:text-is("Alaska")`);
      await expect.poll(() => page.textContent(`${LIVE} [data-slot="heading"]`)).toBe("15 August 2025");
      expect(await sceneOf(page, FIGURE)).toBe(await sceneOf(page, multipleStyle("Alaska, 15 August 2025.")));
      expect(await page.getAttribute(`${LIVE} button:text-is("Alaska")`, "aria-current")).toBe("true");
      expect(await page.getAttribute(`${LIVE} button:text-is("Berlin")`, "aria-current")).toBeNull();
      expect(await page.textContent(`${LIVE} [data-slot="oblast-UA-14"]`)).toMatch(/^\d+\.\d%$/);
      await close();
    });

    it("opens a link to a day on that day, with the map in view", async () => {
      const { page, problems, close } = await open({ viewport, reducedMotion: "reduce" }, "?date=2025-02-18#front-over-time");
      await expect.poll(() => page.textContent(`${LIVE} [data-slot="heading"]`)).toBe("18 February 2025");
      expect(await page.inputValue(`${LIVE} [data-date-control]`)).toBe("8");
      expect(await sceneOf(page, FIGURE)).toBe(await sceneOf(page, multipleStyle("Riyadh, 18 February 2025.")));
      const box = (await page.locator("#front-over-time").boundingBox())!;
      expect(box.y).toBeLessThan(viewport.height / 2);
      expect(box.y + box.height).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await close();
    });

    it("changes the day without a transition when the reader prefers reduced motion, and through the page's transitions otherwise", async () => {
      for (const [reducedMotion, duration] of [
        ["reduce", "0s"],
        ["no-preference", "0.7s"],
      ] as const) {
        const { page, close } = await open({ viewport, reducedMotion });
        await page.click(`${LIVE} button:text-is("Istanbul")`);
        await expect.poll(() => page.textContent(`${LIVE} [data-slot="heading"]`)).toBe("16 May 2025");
        // The shapes fade from one day to the next over --t (the SVG file's transitions read it), unless a link opened the day.
        const fade = await page.evaluate((selector) => getComputedStyle(document.querySelector(selector)!).getPropertyValue("--t").trim(), FIGURE);
        const zoom = await page.evaluate((selector) => getComputedStyle(document.querySelector(`${selector} .figure__zoom`)!).transitionDuration, FIGURE);
        expect([parseFloat(fade), zoom]).toEqual([parseFloat(duration), duration]);
        await close();
      }
    });

    it("brings the map into view for a link naming only a day, and forgets a day the map does not have", async () => {
      const linked = await open({ viewport, reducedMotion: "reduce" }, "?date=2025-08-15");
      await expect.poll(() => linked.page.textContent(`${LIVE} [data-slot="heading"]`)).toBe("15 August 2025");
      const box = (await linked.page.locator("#front-over-time").boundingBox())!;
      expect(Math.abs(box.y)).toBeLessThan(viewport.height / 2);
      await linked.close();
      const unknown = await open({ viewport, reducedMotion: "reduce" }, "?date=2031-01-01");
      expect(new URL(unknown.page.url()).searchParams.has("date")).toBe(false);
      expect(await unknown.page.evaluate(() => scrollY)).toBe(0);
      await unknown.close();
    });

    it("leaves the day out of the address once the reader scrolls on into a scrolly", async () => {
      const { page, close } = await open({ viewport, reducedMotion: "reduce" });
      await page.click(`${LIVE} button:text-is("Jeddah")`);
      await expect.poll(() => new URL(page.url()).searchParams.get("date")).toBe("2025-03-11");
      await page.evaluate(() => document.getElementById("donetsk-held-part")!.scrollIntoView({ block: "center" }));
      await expect.poll(() => new URL(page.url()).hash).toBe("#donetsk-held-part");
      expect(new URL(page.url()).searchParams.has("date")).toBe(false);
      await close();
    });

    it("has no accessibility violations axe-core can find, after a day is chosen", async () => {
      const { page, close } = await open({ viewport, reducedMotion: "reduce" }, "?date=2025-11-23#front-over-time");
      await expect.poll(() => page.textContent(`${LIVE} [data-slot="heading"]`)).toBe("23 November 2025");
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        const result = await axe.run({ include: [["#how-the-front-moved"]] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      await close();
    });

    it("without JavaScript, shows the small multiples of the days of the talks with their figures instead of the control", async () => {
      const { page, close } = await open({ viewport, javaScriptEnabled: false });
      expect(await page.isVisible(LIVE)).toBe(false);
      const captions = await page.$$eval("#front-over-time .date-map__multiples ol > li", (items) =>
        items.map((li) => [li.querySelector("strong")!.textContent!.trim(), li.querySelector(".figure__frame")!.getBoundingClientRect().height > 50]),
      );
      expect(captions).toEqual(
        [
          "Riyadh, 18 February 2025.",
          "Jeddah, 11 March 2025.",
          "Istanbul, 16 May 2025.",
          "Alaska, 15 August 2025.",
          "28-point plan, 20 November 2025.",
          "Geneva, 23 November 2025.",
          "Moscow, 2 December 2025.",
          "Berlin, 15 December 2025.",
        ].map((caption) => [caption, true]),
      );
      expect(await page.textContent("#front-over-time .date-map__multiples ol > li:last-child")).toMatch(
        /Russia held about 115,900 km², or 19\.2% of Ukraine\. Russia's net gain since 2 December 2025 \(Moscow\)/,
      );
      await close();
    });
  });

  it("prints the small multiples, not the control", async () => {
    const { page, close } = await open({ viewport: { width: 1440, height: 900 } });
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(LIVE)).toBe(false);
    expect(await page.isVisible("#front-over-time .date-map__multiples ol > li:first-child .figure")).toBe(true);
    await close();
  });
});
