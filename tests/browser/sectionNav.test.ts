import { describe, expect, it } from "vitest";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";

const site = useBuiltSite();

describe.skipIf(!browserTestsEnabled)("the section navigation", () => {
  it.each([
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ])("says which section is on screen and goes to another at $width x $height", async (viewport) => {
    const context = await site.browser.newContext({ viewport, reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto(site.url);
    const toggle = page.locator(".section-nav__toggle");
    // Out of the way of the opening.
    expect(await toggle.evaluate((el) => getComputedStyle(el).visibility)).toBe("hidden");
    const anchors = await page.$$eval(".section-nav__list a", (links) => links.map((a) => a.getAttribute("data-anchor")));
    const chapters = await page.$$eval("main > .chapter", (all) => all.map((s) => s.id));
    expect(anchors).toEqual(chapters);
    await page.goto(`${site.url}#q-nato`);
    const at = anchors.indexOf("the-proposals");
    await expect.poll(() => toggle.textContent()).toBe(`${at + 1}/${anchors.length}`);
    expect(await toggle.getAttribute("aria-label")).toContain("What each side proposed");
    await toggle.click();
    const list = page.locator(".section-nav__list");
    await expect.poll(() => list.isVisible()).toBe(true);
    expect(await list.locator("a[aria-current]").getAttribute("data-anchor")).toBe("the-proposals");
    await list.locator('a[data-anchor="timeline"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#timeline");
    await expect.poll(() => list.isVisible()).toBe(false);
    await expect.poll(() => toggle.textContent()).toBe(`${anchors.indexOf("timeline") + 1}/${anchors.length}`);
    await context.close();
  });
});
