import { describe, expect, it } from "vitest";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";

const site = useBuiltSite();

describe.skipIf(!browserTestsEnabled)("the story's figures fetch their shapes as the reader nears them", () => {
  it("fetches no figure's shapes but the opening's before the page has loaded, and the others after it, without the reader scrolling", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    const shapes: Array<{ file: string; at: number }> = [];
    page.on("request", (request) => {
      if (/\/figures\/[\w-]+\.\w+\.svg$/.test(request.url()))
        shapes.push({ file: new URL(request.url()).pathname.split("/").pop()!.split(".")[0], at: Date.now() });
    });
    await page.goto(site.url, { waitUntil: "load" });
    // Far below, the map of the front is drawn once the browser has been idle.
    await expect.poll(() => page.locator("#how-the-front-moved .date-map__live svg use").count()).toBe(1);
    const loaded = await page.evaluate(
      () => performance.timeOrigin + (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventStart,
    );
    // Only the opening's map may ask for its shapes before the page has loaded.
    expect(shapes.filter((s) => s.at < loaded && s.file !== "ukraine-map")).toEqual([]);
    // And in time every figure's, one after another.
    await expect
      .poll(() => [...new Set(shapes.map((s) => s.file))].sort())
      .toEqual(["army-chart", "front-by-date", "occupied-share", "talks-timeline", "ukraine-map"]);
    await context.close();
  });

  it("puts every figure's shapes in place before the page is printed", async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(site.url, { waitUntil: "load" });
    expect(await page.locator("noscript.figure__deferred").count()).toBeGreaterThan(20);
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    expect(await page.locator("noscript.figure__deferred").count()).toBe(0);
    expect(await page.locator(".step__figure svg use").count()).toBeGreaterThan(20);
    await page.close();
  });

  it("draws every figure at once without JavaScript", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: "load" });
    const figures = await page.locator(".figure__frame").count();
    expect(figures).toBeGreaterThan(20);
    expect(await page.locator(".figure__frame svg use").count()).toBe(figures);
    // Its <noscript> changes nothing of where the shapes are drawn: the opening's map lies as it does once revealed.
    const drawn = await page.locator(".lead .figure__frame svg").boundingBox();
    const scripted = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await scripted.goto(site.url, { waitUntil: "load" });
    await expect.poll(() => scripted.locator(".lead .figure__frame svg use").count()).toBe(1);
    expect(await scripted.locator(".lead .figure__frame svg").boundingBox()).toEqual(drawn);
    expect(drawn!.width).toBeGreaterThan(300);
    await scripted.close();
    await context.close();
  });
});
