import { describe, expect, it } from "vitest";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";

const site = useBuiltSite();

describe.skipIf(!browserTestsEnabled)("a section's handout, printed for a classroom", () => {
  it("is linked from every section of the page", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url);
    const links = await page.$$eval(".chapter[id]:not(#sources-and-method)", (sections) =>
      sections.map((s) => [s.id, s.querySelector<HTMLAnchorElement>(".chapter__print")?.getAttribute("href")]),
    );
    expect(links.length).toBeGreaterThanOrEqual(10);
    for (const [id, href] of links) expect(href).toBe(`/print/${id}/`);
    await page.close();
  });

  it("prints the explainer's title, the section's full address and edition, every step's text beside its own figure, the tables and the sources with their links", async () => {
    const page = await site.browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: "print" });
    await page.goto(`${site.url}print/what-russia-holds/`, { waitUntil: "load" });
    const printed = await page.evaluate(() => {
      const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== "none" && el.getBoundingClientRect().height > 0;
      return {
        title: document.querySelector(".handout__explainer")?.textContent,
        address: document.querySelector<HTMLAnchorElement>("a[data-absolute]")?.textContent,
        meta: document.querySelector(".handout__meta")?.textContent,
        steps: [...document.querySelectorAll(".step")].map((step) => ({
          id: step.id,
          text: shown(step.querySelector(".step__card")) && (step.querySelector(".step__card")!.textContent ?? "").length > 40,
          figure: shown(step.querySelector(".step__figure")) && step.querySelector(".step__figure")!.getBoundingClientRect().height > 150,
        })),
        tables: [...document.querySelectorAll("details.figure-text")].map((d) => (d as HTMLDetailsElement).open && shown(d.querySelector("table"))),
        sources: [...document.querySelectorAll(".handout__sources a")].map((a) => [a.textContent, (a as HTMLAnchorElement).href]),
        sticky: [...document.querySelectorAll(".scrolly__figure")].some(shown),
      };
    });
    expect(printed.title).toBe("Peace talks over Ukraine: what is on the table, and where");
    expect(printed.address).toBe(`${site.url}#what-russia-holds`);
    expect(printed.meta).toContain("Facts as of 15 December 2025.");
    expect(printed.steps.length).toBeGreaterThanOrEqual(5);
    for (const step of printed.steps) expect(step, step.id).toEqual({ id: step.id, text: true, figure: true });
    expect(printed.tables).toEqual([true]);
    expect(printed.sources.length).toBeGreaterThanOrEqual(5);
    for (const [text, href] of printed.sources) expect(text).toBe(href);
    expect(printed.sticky).toBe(false);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // One page or more per two steps: the figures are printed, not left out.
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(printed.steps.length / 2);
    await page.close();
  });
});
