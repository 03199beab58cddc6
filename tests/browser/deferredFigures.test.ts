import { describe, expect, it } from "vitest";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";

const site = useBuiltSite();

describe.skipIf(!browserTestsEnabled)("the story's figures fetch their shapes as the reader nears them", () => {
  it("fetches only the opening's shapes on the first screen, and a figure's when the reader comes near it", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (/\/figures\/[\w-]+\.\w+\.svg$/.test(request.url())) fetched.push(new URL(request.url()).pathname.split("/").pop()!.split(".")[0]);
    });
    await page.goto(site.url, { waitUntil: "load" });
    await page.waitForTimeout(500);
    expect(fetched).toEqual(["ukraine-map"]);
    expect(await page.locator(".lead svg use").count()).toBe(1);
    // Far below, the map of the front waits in its <noscript> until the reader scrolls to it.
    expect(await page.locator("#how-the-front-moved .date-map__live svg").count()).toBe(0);
    await page.locator("#how-the-front-moved").scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator("#how-the-front-moved .date-map__live svg use").count()).toBe(1);
    await expect.poll(() => fetched).toContain("front-by-date");
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
