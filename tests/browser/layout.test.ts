import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";

const site = useBuiltSite();

type Rect = { left: number; top: number; right: number; bottom: number };
/**
 * What a reader sees of a map step once it is current: the map's frame, its key, the step's card,
 * the labels the step names, every label on screen, and the scale bar where the map shows one.
 */
interface Shown {
  frame: Rect;
  key: Rect;
  card: Rect;
  labels: Array<{ id: string; rect: Rect }>;
  visible: Array<{ id: string; rect: Rect }>;
  scale?: Rect;
  /** The distance the scale bar prints and the distance its length spans on the map as drawn, in km. */
  scaleKm?: { says: number; spans: number };
}

const overlap = (a: Rect, b: Rect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
/** Every two labels of `labels` that lie on top of each other. */
const overlapping = (labels: Array<{ id: string; rect: Rect }>) =>
  labels.flatMap((a, i) => labels.slice(i + 1).flatMap((b) => (overlap(a.rect, b.rect) ? [`labels ${a.id} and ${b.id} overlap`] : [])));

/** Measures the current step of the map scrolly holding step `id`. */
const measure = (page: Page, id: string): Promise<Shown> =>
  page.evaluate(async (stepId) => {
    const box = (el: Element) => {
      const { left, top, right, bottom } = el.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const step = document.getElementById(stepId)!;
    const map = step.closest("scrolly-story")!.querySelector<HTMLElement>(".scrolly__figure .figure")!;
    const frame = box(map.querySelector(".figure__frame")!);
    // The step's own figure labels what its view names; the names of neighbouring countries are
    // context, and places, oblasts and water a step names are its subject.
    const named = [...step.querySelectorAll<HTMLElement>(".step__figure .label")].map((el) => el.dataset.id!);
    const labels = named
      .map((label) => map.querySelector<HTMLElement>(`.label[data-id="${label}"]:not(.label--neighbour)`))
      .filter((el): el is HTMLElement => el !== null && Number(getComputedStyle(el).opacity) > 0.5)
      .map((el) => ({ id: el.dataset.id!, rect: box(el) }))
      // A label the frame cuts off is not on screen to be covered.
      .filter(({ rect }) => rect.left >= frame.left && rect.right <= frame.right && rect.top >= frame.top && rect.bottom <= frame.bottom);
    const inFrame = (rect: { left: number; top: number; right: number; bottom: number }) =>
      rect.left >= frame.left && rect.right <= frame.right && rect.top >= frame.top && rect.bottom <= frame.bottom;
    const visible = [...map.querySelectorAll<HTMLElement>(".label")]
      .filter((el) => Number(getComputedStyle(el).opacity) > 0.5)
      .map((el) => ({ id: el.dataset.id!, rect: box(el) }))
      .filter(({ rect }) => inFrame(rect));
    const bar = map.querySelector<HTMLElement>(".figure__scale");
    const scale = bar && Number(getComputedStyle(bar).opacity) > 0.5 && bar.getBoundingClientRect().width > 0 ? box(bar) : undefined;
    let scaleKm: Shown["scaleKm"];
    if (bar && scale) {
      // One figure unit is drawn at the larger of the frame's two scales, times the zoom; the figure's index says how many km a unit is.
      const story = step.closest<HTMLElement>("scrolly-story")!;
      const { kmPerUnit } = (await (await fetch(story.dataset.index!)).json()).index as { kmPerUnit: number };
      const style = getComputedStyle(map.querySelector(".figure__frame")!);
      const [fw, fh, k] = ["--fw", "--fh", "--k"].map((name) => Number(style.getPropertyValue(name)));
      const unitPx = Math.max((frame.right - frame.left) / fw, (frame.bottom - frame.top) / fh) * k;
      scaleKm = { says: parseFloat(getComputedStyle(bar, "::after").content.replace(/^"/, "")), spans: ((scale.right - scale.left) / unitPx) * kmPerUnit };
    }
    return {
      frame,
      key: box(map.querySelector(".figure__key")!),
      card: box(step.querySelector(".step__card")!),
      labels,
      visible,
      ...(scale ? { scale, scaleKm } : {}),
    };
  }, id);

const mapSteps = (page: Page) => page.$$eval(".scrolly--ukraine-map .step", (steps) => steps.map((s) => s.id));
/** Waits until step `id` is current (its card marked active, the sticky figure in its scene) and the page has come to rest. */
const waitForStep = async (page: Page, id: string) => {
  await expect
    .poll(
      () =>
        page.evaluate((stepId) => {
          const step = document.getElementById(stepId)!;
          const map = step.closest("scrolly-story")!.querySelector(".scrolly__figure .figure")!;
          return step.classList.contains("is-active") && map.getAttribute("data-step") === stepId;
        }, id),
      { timeout: 10_000 },
    )
    .toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
};

/** The layout rule each width holds to, and what of it failed at one step. */
function problems(shown: Shown, viewport: { width: number; height: number }): string[] {
  const found: string[] = [];
  if (viewport.width < 640 && shown.frame.bottom - shown.frame.top < 0.6 * viewport.height)
    found.push(`map ${Math.round(shown.frame.bottom - shown.frame.top)} px tall`);
  if (viewport.width >= 640 && viewport.width < 960 && shown.card.top < shown.frame.bottom - 1) found.push("card over the map");
  if (overlap(shown.key, shown.card)) found.push("card over the key");
  for (const label of shown.labels) if (overlap(label.rect, shown.card)) found.push(`card over the label ${label.id}`);
  found.push(...overlapping(shown.visible));
  if (shown.scale && overlap(shown.scale, shown.card)) found.push("card over the scale bar");
  if (shown.scaleKm && !(Math.abs(shown.scaleKm.spans - shown.scaleKm.says) <= 0.04 * shown.scaleKm.says))
    found.push(`scale bar says ${shown.scaleKm.says} km but spans ${shown.scaleKm.spans.toFixed(1)} km`);
  return found;
}

/** Reaches every map step in turn, as `reach` does (by link or by scrolling), and lists what breaks the layout rule at each. */
async function problemsAtEveryStep(viewport: { width: number; height: number }, reach: (page: Page, id: string) => Promise<unknown>): Promise<string[]> {
  const context = await site.browser.newContext({ viewport, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(site.url);
  const found: string[] = [];
  for (const id of await mapSteps(page)) {
    await reach(page, id);
    await waitForStep(page, id);
    found.push(...problems(await measure(page, id), viewport).map((p) => `${id}: ${p}`));
  }
  await context.close();
  return found;
}

describe.skipIf(!browserTestsEnabled)(
  "the maps' layout: the figure fills the phone, the card never hides what the step is about, and labels never collide",
  () => {
    describe.each([
      { width: 390, height: 844 },
      { width: 768, height: 1024 },
      { width: 1440, height: 900 },
    ])("at $width x $height", (viewport) => {
      it("keeps every map step's key, named labels and scale bar clear of its card, no two labels on top of each other, the map as tall as the layout says and the scale bar as long as the distance it prints, reached by a link", async () => {
        expect(await problemsAtEveryStep(viewport, (page, id) => page.goto(`${site.url}#${id}`))).toEqual([]);
      });

      it("keeps them clear as the reader scrolls from step to step", async () => {
        // Scroll down in small moves, as a reader's thumb would, until the step is current.
        const scrollTo = async (page: Page, id: string) => {
          for (let tries = 0; tries < 400; tries++) {
            const current = await page.evaluate((stepId) => document.getElementById(stepId)!.classList.contains("is-active"), id);
            if (current) break;
            await page.evaluate(() => scrollBy(0, 20));
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          }
        };
        expect(await problemsAtEveryStep(viewport, scrollTo)).toEqual([]);
      });
    });
  },
);

/** Every pair of labels on screen that overlap, and every label the frame cuts, at each step of the army chart in one edition. */
async function armyChartProblems(viewport: { width: number; height: number }, edition: string): Promise<string[]> {
  const context = await site.browser.newContext({ viewport, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(`${site.url}${edition}`);
  const found: string[] = [];
  for (const id of await page.$$eval(".scrolly--army-chart .step", (steps) => steps.map((s) => s.id))) {
    await page.goto(`${site.url}${edition}#${id}`);
    await waitForStep(page, id);
    const shown = await page.evaluate((stepId) => {
      const chart = document.getElementById(stepId)!.closest("scrolly-story")!.querySelector<HTMLElement>(".scrolly__figure .figure")!;
      const frame = chart.querySelector(".figure__frame")!.getBoundingClientRect();
      return {
        frame: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom },
        labels: [...chart.querySelectorAll<HTMLElement>(".label")]
          .filter((el) => Number(getComputedStyle(el).opacity) > 0.5)
          .map((el) => {
            const { left, top, right, bottom } = el.getBoundingClientRect();
            return { id: el.dataset.id!, rect: { left, top, right, bottom } };
          }),
      };
    }, id);
    for (const label of shown.labels) {
      const { rect } = label;
      if (rect.left < shown.frame.left - 1 || rect.right > shown.frame.right + 1 || rect.top < shown.frame.top - 1 || rect.bottom > shown.frame.bottom + 1)
        found.push(`${id}: the frame cuts the label ${label.id}`);
    }
    found.push(...overlapping(shown.labels).map((problem) => `${id}: ${problem}`));
  }
  await context.close();
  return found;
}

describe.skipIf(!browserTestsEnabled)("the army chart's labels, in both editions", () => {
  it.each([
    { width: 390, height: 844, edition: "" },
    { width: 390, height: 844, edition: "uk/" },
    { width: 768, height: 1024, edition: "uk/" },
    { width: 1440, height: 900, edition: "" },
  ])("never overlap and are never cut by the frame at $width x $height, edition '$edition'", async ({ edition, ...viewport }) => {
    expect(await armyChartProblems(viewport, edition)).toEqual([]);
  });
});
