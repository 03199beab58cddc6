import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { chromiumPath, launchChromium } from "../../scripts/browser/chromium.ts";
import { serveStatic } from "../../scripts/browser/staticServer.ts";
import { browserTestsEnabled } from "./enabled.ts";
import { sceneOf } from "./sceneOf.ts";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const viewports = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
];

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

/** A page of the built site that records console errors, failed requests and requests elsewhere. */
async function open(options: BrowserContextOptions, hash = "") {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed request: ${request.url()}`));
  page.on("request", (request) => {
    if (!request.url().startsWith(new URL(server.url).origin) && !request.url().startsWith("data:"))
      problems.push(`request to another origin: ${request.url()}`);
  });
  await page.goto(`${server.url}${hash}`);
  await page.waitForLoadState("load");
  return { page, problems, close: () => context.close() };
}

/**
 * What a sticky figure carries besides its step's own scene: a map's portrait zoom and scale bar,
 * and the switches for its labels and legend entries, which a step's own figure, holding only its
 * own, does without. (That the sticky figure shows the step's labels is checked apart.)
 */
const STICKY_ONLY = /;--(?:p[kxyb]|pbk|[lg]-[^:;]+):[^;]+/g;
const stepIds = (page: Page) => page.$$eval(".step", (steps) => steps.map((s) => s.id));
/** CSS selector of the sticky figure of the scrolly a step belongs to. */
const sticky = (stepId: string) => `scrolly-story:has(#${stepId}) .scrolly__figure .figure`;
const stickyStep = (page: Page, stepId: string) => page.getAttribute(sticky(stepId), "data-step");
/** Waits until the sticky figure of a step's scrolly shows that step, and the address names it. */
const waitForStep = (page: Page, stepId: string) =>
  expect
    .poll(() => page.evaluate((selector) => [document.querySelector(selector)?.getAttribute("data-step"), location.hash], sticky(stepId)), { timeout: 10_000 })
    .toEqual([stepId, `#${stepId}`]);

describe.skipIf(!browserTestsEnabled)("the built explainer in Chromium", () => {
  beforeAll(async () => {
    server = await serveStatic("dist");
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(viewports)("at $width x $height", (viewport) => {
    it("puts the sticky figure in each step's own scene as the reader scrolls to it, and records the step in the address", async () => {
      const { page, problems, close } = await open({ viewport, reducedMotion: "reduce" });
      const ids = await stepIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(4);
      for (const id of ids) {
        await page.evaluate((stepId) => document.getElementById(stepId)!.scrollIntoView({ block: "center" }), id);
        await waitForStep(page, id);
        const [shown, own] = await Promise.all([sceneOf(page, sticky(id)), sceneOf(page, `#${id} .step__figure .figure`)]);
        // The sticky figure also carries its phone frame (--pk, --px, --py), and shows the labels the step's own figure has.
        expect(shown?.replace(STICKY_ONLY, ""), `sticky figure at step ${id}`).toBe(own);
        const labels = await page.evaluate(
          ([selector, stepId]) => ({
            shown: [...document.querySelectorAll<HTMLElement>(`${selector} .label`)]
              .filter((l) => Number(getComputedStyle(l).opacity) > 0.5)
              .map((l) => l.dataset.id)
              .sort(),
            own: [...document.querySelectorAll<HTMLElement>(`#${stepId} .step__figure .label`)].map((l) => l.dataset.id).sort(),
          }),
          [sticky(id), id],
        );
        expect(labels.shown, `labels of the sticky figure at step ${id}`).toEqual(labels.own);
        expect(new URL(page.url()).hash).toBe(`#${id}`);
      }
      expect(problems).toEqual([]);
      await close();
    });

    it("shows the Donbas shaded, zoomed and labelled at the step about it", async () => {
      const { page, close } = await open({ viewport, reducedMotion: "reduce" }, "#the-donbas");
      await waitForStep(page, "the-donbas");
      const state = await page.evaluate((selector) => {
        const map = document.querySelector<HTMLElement>(selector)!;
        const label = (id: string) => map.querySelector<HTMLElement>(`.label[data-id="${id}"]`)!;
        return {
          donetsk: map.style.getPropertyValue("--m-UA-14-f"),
          kharkiv: map.style.getPropertyValue("--m-UA-63-f"),
          zoom: getComputedStyle(map.querySelector(".figure__zoom")!).transform,
          frame: (({ width, height }) => ({ width, height }))(map.querySelector(".figure__frame")!.getBoundingClientRect()),
          labelDonetsk: getComputedStyle(label("UA-14")).opacity,
          labelKyiv: getComputedStyle(label("kyiv")).opacity,
          legend: [...map.querySelectorAll<HTMLElement>(".legend__item")].filter((li) => getComputedStyle(li).display !== "none").map((li) => li.textContent),
        };
      }, sticky("the-donbas"));
      expect(state.donetsk).toBe("var(--role-donbas)");
      expect(state.kharkiv).toBe("");
      // Zoomed in: the whole country, 1000 figure units wide, would span well beyond the screen.
      const unit = Math.max(state.frame.width / 1000, state.frame.height / 700);
      expect(Number(/matrix\(([\d.]+)/.exec(state.zoom)?.[1]) * unit * 1000).toBeGreaterThan(1.25 * viewport.width);
      expect(state.labelDonetsk).toBe("1");
      expect(state.labelKyiv).toBe("0");
      expect(state.legend).toEqual(["The Donbas: Donetsk and Luhansk oblasts"]);
      await close();
    });

    it("opens a link to the third step showing that step's figure at once, without animating through earlier steps", async () => {
      const { page, problems, close } = await open({ viewport }, "");
      const third = (await stepIds(page))[2];
      await close();
      const linked = await open({ viewport }, `#${third}`);
      // The figure's index arrives after the page: until then the sticky figure is hidden, not on another step.
      const meanwhile = await linked.page.evaluate(
        ({ selector, id }) => {
          const map = document.querySelector<HTMLElement>(selector)!;
          return map.dataset.step === id || getComputedStyle(map).visibility === "hidden";
        },
        { selector: sticky(third), id: third },
      );
      expect(meanwhile).toBe(true);
      await expect.poll(() => linked.page.getAttribute(sticky(third), "data-step")).toBe(third);
      const state = await linked.page.evaluate((selector) => {
        const map = document.querySelector<HTMLElement>(selector)!;
        const zoom = map.querySelector(".figure__zoom")!;
        const frame = map.querySelector(".figure__frame")!.getBoundingClientRect();
        return {
          step: map.dataset.step,
          transform: getComputedStyle(zoom).transform,
          running: map.getAnimations({ subtree: true }).length,
          frame: { width: frame.width, height: frame.height },
        };
      }, sticky(third));
      const own = await sceneOf(linked.page, `#${third} .step__figure .figure`);
      const style = await sceneOf(linked.page, sticky(third));
      expect(state.step).toBe(third);
      expect(style?.replace(STICKY_ONLY, "")).toBe(own);
      // A phone held upright shows the map in its tall frame, with the portrait zoom.
      const tall = viewport.width < 640;
      const zoom = Object.fromEntries([...style!.matchAll(tall ? /--p([kxy]):(-?[\d.]+)/g : /--z([kxy]):(-?[\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
      const matrix = /matrix\(([^)]+)\)/.exec(state.transform)![1].split(",").map(Number);
      expect(zoom.k).not.toBe(1);
      // The map is zoomed as a box about its centre: a figure unit is s pixels, and the map (1000 x 700 units) moves by (x + (k - 1) * size / 2) * s.
      const unit = Math.max(state.frame.width / 1000, state.frame.height / 700);
      for (const [actual, expected] of [
        [matrix[0], zoom.k],
        [matrix[3], zoom.k],
        [matrix[4] / unit, zoom.x + ((zoom.k - 1) * 1000) / 2],
        [matrix[5] / unit, zoom.y + ((zoom.k - 1) * 700) / 2],
      ]) {
        expect(actual).toBeCloseTo(expected, 0);
      }
      expect(state.running).toBe(0);
      expect(new URL(linked.page.url()).hash).toBe(`#${third}`);
      expect([...problems, ...linked.problems]).toEqual([]);
      await linked.close();
    });

    it("gives every step a visible figure of its own when JavaScript is off", async () => {
      const { page, problems, close } = await open({ viewport, javaScriptEnabled: false });
      const figures = await page.$$eval(".step", (steps) =>
        steps.map((step) => {
          const figure = step.querySelector(".step__figure .figure")!;
          const box = figure.getBoundingClientRect();
          return {
            id: step.id,
            drawn: figure.querySelector(".figure__frame") !== null,
            width: box.width,
            height: box.height,
            uses: figure.querySelectorAll("use").length,
          };
        }),
      );
      expect(figures.length).toBeGreaterThanOrEqual(4);
      for (const figure of figures) {
        expect(figure.width, figure.id).toBeGreaterThan(300);
        expect(figure.height, figure.id).toBeGreaterThan(100);
        // Maps and charts draw shared shapes with one <use>; the text charts set out their entries.
        expect(figure.uses, figure.id).toBe(figure.drawn ? 1 : 0);
      }
      expect(await page.isVisible(".scrolly__figure")).toBe(false);
      expect(problems).toEqual([]);
      await close();
    });

    it("runs no transition when the reader prefers reduced motion, and animates otherwise", async () => {
      const durations = async (reducedMotion: "reduce" | "no-preference") => {
        const { page, close } = await open({ viewport, reducedMotion });
        const ids = await stepIds(page);
        await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: "center" }), ids[1]);
        await waitForStep(page, ids[1]);
        const result = await page.evaluate(
          (selector) => ({
            zoom: getComputedStyle(document.querySelector(`${selector} .figure__zoom`)!).transitionDuration,
            label: getComputedStyle(document.querySelector(`${selector} .label`)!).transitionDuration,
            running: document.querySelector(selector)!.getAnimations({ subtree: true }).length,
          }),
          sticky(ids[1]),
        );
        await close();
        return result;
      };
      const reduced = await durations("reduce");
      expect(reduced.zoom).toBe("0s");
      expect(reduced.label.split(", ").every((d) => d === "0s")).toBe(true);
      expect(reduced.running).toBe(0);
      const full = await durations("no-preference");
      expect(full.zoom).toBe("0.7s");
    });

    it("has no accessibility violations that axe-core can find, with the figure hidden from screen readers and each step's alt text read instead", async () => {
      const { page, close } = await open({ viewport });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }
        ).axe.run(document);
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      expect(await page.getAttribute(".scrolly__figure", "aria-hidden")).toBe("true");
      const alts = await page.$$eval(".step .step__alt", (nodes) => nodes.map((n) => n.textContent ?? ""));
      expect(alts.length).toBe((await stepIds(page)).length);
      for (const alt of alts) expect(alt).toMatch(/^(Map|Chart|Table|Timeline): .{20,}/);
      await close();
    });
  });

  describe("charts move with their steps", () => {
    const at = async (stepId: string) => {
      const { page, problems, close } = await open({ viewport: viewports[1], reducedMotion: "reduce" }, `#${stepId}`);
      await waitForStep(page, stepId);
      return { page, problems, close };
    };
    const opacity = (page: Page, selector: string) => page.$eval(selector, (node) => Number(getComputedStyle(node).opacity));

    it("the proposals matrix picks out the question a step is about and dims the others", async () => {
      const { page, problems, close } = await at("q-nato");
      const grid = `${sticky("q-nato")} .matrix__grid`;
      expect(await opacity(page, `${grid} tr[data-id="nato"]`)).toBe(1);
      expect(await opacity(page, `${grid} tr[data-id="territory"]`)).toBeCloseTo(0.7, 2);
      expect(await page.textContent(`#q-nato .matrix__panel h3`)).toBe("Could Ukraine still join NATO?");
      expect(await page.$$eval(`#q-nato .position`, (items) => items.length)).toBe(7);
      expect(problems).toEqual([]);
      await close();
    });

    it("the army chart reveals the US cap with its figure from the data in the United States' colour, and keeps earlier bars", async () => {
      const forces = JSON.parse(readFileSync("data/forces/army-size.v4.json", "utf8")) as { figures: Array<{ id: string; value: { low: number } }> };
      const cap = forces.figures.find((f) => f.id === "us-28-point-cap")!.value.low.toLocaleString("en-GB");
      const { page, close } = await at("army-28-point-cap");
      const figure = sticky("army-28-point-cap");
      const style = (await sceneOf(page, figure))!;
      expect(style).toContain("--m-us-28-point-cap-o:1");
      expect(style).toContain("--m-russia-istanbul-2022-demand-o:1");
      expect(style).not.toContain("--m-e3-peacetime-cap-o");
      expect(await page.textContent(`${figure} .label[data-id="us-28-point-cap-value"]`)).toBe(cap);
      expect(await opacity(page, `${figure} .label[data-id="us-28-point-cap-value"]`)).toBe(1);
      expect(await opacity(page, `${figure} .label[data-id="e3-peacetime-cap-value"]`)).toBe(0);
      const name = `${figure} .label[data-id="us-28-point-cap-name"]`;
      expect(await page.getAttribute(name, "class")).toContain("party--us");
      const [key, party] = await page.$eval(name, (node) => [
        getComputedStyle(node, "::before").backgroundColor,
        getComputedStyle(node).getPropertyValue("--party").trim(),
      ]);
      expect(party).toBe(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--party-us").trim()));
      expect(key).toBe("rgb(91, 63, 153)");
      await close();
    });

    it("the guarantees comparison picks out the US offer's column and shows its cells in full in the step", async () => {
      const { page, close } = await at("us-offer");
      const figure = sticky("us-offer");
      expect(await opacity(page, `${figure} [data-id="cell-russia-rejects-us-berlin-offer"]`)).toBe(1);
      expect(await opacity(page, `${figure} [data-id="cell-monitoring-europe-berlin-statement"]`)).toBeCloseTo(0.7, 2);
      expect(await opacity(page, `${figure} [data-id="cell-legal-form-article-5"]`)).toBeCloseTo(0.7, 2);
      expect(await page.textContent(`#us-offer .guarantees__panel h3`)).toContain("US offer");
      await close();
    });

    it.each(viewports)(
      "the timeline at $width px puts the parties in rows (columns on a phone), picks out the Berlin talks and keeps its words whole and legible",
      async (viewport) => {
        const { page, close } = await open({ viewport, reducedMotion: "reduce" }, "#t-berlin");
        await waitForStep(page, "t-berlin");
        const figure = sticky("t-berlin");
        const narrow = viewport.width < 600;
        const parties = ["russia", "us", "ukraine", "europe", "e3"];
        const shown = await page.$$eval(`${figure} .label`, (labels) =>
          labels
            .filter((label) => label.checkVisibility({ opacityProperty: true }))
            .map((label) => {
              const box = label.getBoundingClientRect();
              return { id: label.dataset.id!, x: box.x + box.width / 2, y: box.y + box.height / 2, box, size: parseFloat(getComputedStyle(label).fontSize) };
            }),
        );
        const at = (id: string) => {
          const found = shown.find((label) => label.id === id);
          if (!found) throw new Error(`label ${id} is not shown`);
          return found;
        };
        // One name per party, in order down the rows across a wide figure, or along the columns of a phone's.
        const names = parties.map((party) => at(narrow ? `party-${party}-short` : `party-${party}`));
        const along = names.map((name) => (narrow ? name.x : name.y));
        expect(along).toEqual([...along].sort((a, b) => a - b));
        expect(Math.max(...names.map((name) => (narrow ? name.y : name.x))) - Math.min(...names.map((name) => (narrow ? name.y : name.x)))).toBeLessThan(
          narrow ? 20 : 60,
        );
        expect(shown.some((label) => label.id === (narrow ? "party-us" : "party-us-short"))).toBe(false);
        // Time runs across, or down on a phone: February before December, Riyadh before Berlin.
        const time = (id: string) => (narrow ? at(id).y : at(id).x);
        expect(time("month-2025-12")).toBeGreaterThan(time("month-2025-02") + 150);
        if (narrow) expect(time("berlin-talks-short")).toBeGreaterThan(time("riyadh-us-russia-talks-short"));
        // The step's events are picked out: their names at full strength, the others faded.
        const title = narrow ? "berlin-talks-short" : "berlin-talks";
        expect(await opacity(page, `${figure} .label[data-id="${title}"]`)).toBe(1);
        expect(await opacity(page, `${figure} .label[data-id="riyadh-us-russia-talks-short"]`)).toBeLessThan(1);
        expect(shown.some((label) => label.id === "riyadh-us-russia-talks")).toBe(false);
        // Every word shown lies inside the frame, at 11 px or more.
        const frame = await page.$eval(`${figure} .figure__frame`, (node) => node.getBoundingClientRect().toJSON() as DOMRect);
        for (const { id, box, size } of shown) {
          expect(size, id).toBeGreaterThanOrEqual(11);
          expect(box.left, id).toBeGreaterThanOrEqual(frame.left - 1);
          expect(box.right, id).toBeLessThanOrEqual(frame.right + 1);
          expect(box.top, id).toBeGreaterThanOrEqual(frame.top - 1);
          expect(box.bottom, id).toBeLessThanOrEqual(frame.bottom + 1);
        }
        await close();
      },
    );
  });

  it("moves the figure to a step when the keyboard reaches it, with the focus visible", async () => {
    const { page, close } = await open({ viewport: viewports[1], reducedMotion: "reduce" });
    const ids = await stepIds(page);
    await page.focus(`#${ids[0]} [data-permalink]`);
    for (const id of ids.slice(1, 3)) {
      // Tab past any links in the text of the step before (its citations) to the next step.
      for (let presses = 0; presses < 6; presses++) {
        await page.keyboard.press("Tab");
        if ((await page.evaluate(() => document.activeElement?.closest(".step")?.id)) === id) break;
      }
      expect(await page.evaluate(() => document.activeElement?.closest(".step")?.id)).toBe(id);
      await expect.poll(() => stickyStep(page, id), { timeout: 5000 }).toBe(id);
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).toBe("solid");
    }
    await close();
  });

  it("copies a step's full address with its link control and says so", async () => {
    const { page, close } = await open({ viewport: viewports[0], reducedMotion: "reduce" });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin });
    const id = (await stepIds(page))[1];
    await page.click(`#${id} [data-permalink]`);
    await page.waitForFunction(() => document.getElementById("link-status")?.textContent === "Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await close();
  });

  it("keeps the right figure when the window is resized or rotated", async () => {
    const { page, close } = await open({ viewport: viewports[1], reducedMotion: "reduce" }, "#crimea-2014");
    await waitForStep(page, "crimea-2014");
    await page.setViewportSize(viewports[0]);
    await page.evaluate(() => document.getElementById("crimea-2014")!.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(200);
    expect(await stickyStep(page, "crimea-2014")).toBe("crimea-2014");
    await page.setViewportSize({ width: 844, height: 390 });
    await page.evaluate(() => document.getElementById("crimea-2014")!.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(200);
    expect(await stickyStep(page, "crimea-2014")).toBe("crimea-2014");
    const frame = await page.evaluate(
      (selector) => document.querySelector(`${selector} .figure__frame`)!.getBoundingClientRect().height,
      sticky("crimea-2014"),
    );
    expect(frame).toBeGreaterThan(150);
    await close();
  });

  it("prints every step's text beside its own figure, with the sticky figure left out", async () => {
    const { page, close } = await open({ viewport: viewports[1] });
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".scrolly__figure")).toBe(false);
    const short = await page.$$eval(".step", (steps) =>
      steps.filter((s) => s.querySelector(".step__figure")!.getBoundingClientRect().height <= 100).map((s) => s.id),
    );
    expect(short).toEqual([]);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await close();
  });
});

describe.skipIf(!browserTestsEnabled)("newsrooms hosting the build", () => {
  it("can serve the site under a path of its own, built with BASE_PATH, with every file found", async () => {
    const out = mkdtempSync(join(tmpdir(), "explainer-base-"));
    try {
      const build = spawnSync(process.execPath, [resolve("node_modules/astro/bin/astro.mjs"), "build", "--outDir", out], {
        // Vitest puts Vite's own variables (BASE_URL, MODE...) in the environment; a real build has none.
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/.test(key))),
          BASE_PATH: "/graphics/ukraine-talks/",
        },
        encoding: "utf8",
      });
      expect(build.status, build.stderr).toBe(0);
      const served = await serveStatic(out, "/graphics/ukraine-talks/");
      const chromium = await launchChromium();
      try {
        const page = await chromium.newPage({ viewport: { width: 390, height: 844 } });
        const failed: string[] = [];
        page.on("response", (response) => {
          if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
        });
        await page.goto(`${served.url}#the-donbas`);
        await page.waitForLoadState("load");
        await expect.poll(() => page.getAttribute(sticky("the-donbas"), "data-step")).toBe("the-donbas");
        await page.click(`a[href="/graphics/ukraine-talks/editions/"]`);
        await page.waitForLoadState("load");
        const links = await page.$$eval(".sources__data a", (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
        expect(links[0]).toMatch(/\/graphics\/ukraine-talks\/data\//);
        for (const link of links.slice(0, 3)) expect((await page.request.get(link)).status(), link).toBe(200);
        expect(failed).toEqual([]);
      } finally {
        await chromium.close();
        await served.close();
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("browser tests", () => {
  it(browserTestsEnabled ? `run in ${chromiumPath()}` : "were skipped: no Chromium", () => {
    expect(browserTestsEnabled || process.env.REQUIRE_BROWSER !== "1").toBe(true);
  });
});
