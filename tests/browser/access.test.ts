import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";

const site = useBuiltSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
}

describe.skipIf(!browserTestsEnabled)("the page for readers of assistive technology and readers who zoom", () => {
  it("has every section, its heading and its text in Chromium's accessibility tree as soon as the page loads, before any scrolling", async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url, { waitUntil: "load" });
    const sections = await page.$$eval(".chapter h2", (headings) => headings.map((h) => h.textContent!.trim()));
    const lastStep = await page.$$eval(".step__card p:first-child", (cards) => cards.at(-1)!.textContent!.trim().slice(0, 40));
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AXNode[] };
    const named = (role: string) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? "");
    expect(sections.length).toBeGreaterThanOrEqual(10);
    expect(named("heading")).toEqual(expect.arrayContaining(sections));
    // The text of the last step on the page, far below the first screen, is there too.
    const text = nodes.filter((n) => !n.ignored && n.role?.value === "StaticText").map((n) => n.name?.value ?? "");
    expect(text.some((t) => t.startsWith(lastStep.slice(0, 20)))).toBe(true);
    await page.close();
  });

  it("keeps wide tables inside their own scrolling box at 400% zoom (320 CSS px), so the page itself never scrolls sideways", async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(site.url, { waitUntil: "load" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Each chart links its table, on a page of its own.
    const tables = await page.$$eval(".figure-text--link a", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      await page.goto(table, { waitUntil: "load" });
      const boxes = await page.$$eval(".figure-text .table-scroll", (all) =>
        all.map((box) => ({
          label: box.getAttribute("aria-label"),
          focusable: (box as HTMLElement).tabIndex === 0,
          scrolls: box.scrollWidth > box.clientWidth,
        })),
      );
      expect(boxes, table).toHaveLength(1);
      expect(boxes[0].label).toBeTruthy();
      expect(boxes[0].focusable).toBe(true);
      expect(boxes[0].scrolls, table).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), table).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it.each(["light", "dark"] as const)("keeps every text's contrast in the %s theme, as axe-core measures it over the whole page", async (colorScheme) => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: "load" });
    const paper = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--paper").trim());
    expect(paper === "#16181b").toBe(colorScheme === "dark");
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }
      ).axe;
      const result = await axe.run(document, { runOnly: ["color-contrast"] });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
    });
    expect(violations).toEqual([]);
    await context.close();
  });

  it("keeps the legend keys' colours in forced-colours mode, so the key still matches the map", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1440, height: 900 }, forcedColors: "active" });
    const page = await context.newPage();
    await page.goto(`${site.url}#the-donbas`, { waitUntil: "load" });
    const swatch = await page.$eval(".step__figure .legend__swatch--donbas, .legend__swatch--donbas", (el) => getComputedStyle(el).backgroundColor);
    const token = await page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.color = "var(--role-donbas)";
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    expect(swatch).toBe("rgb(232, 163, 61)");
    expect(token).not.toBe(swatch);
    await context.close();
  });
});
