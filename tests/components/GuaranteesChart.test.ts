import { describe, expect, it } from "vitest";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import GuaranteesChart from "../../src/components/GuaranteesChart.astro";
import { en } from "../../src/i18n/en.ts";
import { guaranteeComparison } from "../../src/lib/guaranteeComparison.ts";
import { guaranteesIndex } from "../../src/lib/guaranteesIndex.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { committedData } from "../support/committed.ts";

const file = committedData().guarantees.data;
const index = guaranteesIndex(guaranteeComparison(file));
const quote = file.columns.find((c) => c.quote)!.quote!.text;
type Component = Parameters<AstroContainer["renderToString"]>[0];
const render = async (focus: string[], sticky: boolean) =>
  (await AstroContainer.create()).renderToString(GuaranteesChart as unknown as Component, {
    props: { scene: sceneFor({ focus }, index), sticky, data: file, strings: en },
  });
const count = (html: string, text: string) => html.split(text).length - 1;
const escaped = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/</g, "&lt;");

describe("GuaranteesChart", () => {
  it("draws the grid from the data: a head per column, a row per element and each cell's short term and status", async () => {
    const html = await render(["us-berlin-offer"], true);
    for (const column of file.columns) expect(html).toContain(`data-id="head-${column.id}"`);
    for (const element of file.elements) expect(html).toContain(`data-id="row-${element.id}"`);
    for (const cell of file.cells) {
      expect(html).toContain(`data-id="cell-${cell.element}-${cell.column}"`);
      expect(html).toContain(escaped(cell.term));
    }
    expect(count(html, 'class="comparison__cell ')).toBe(file.elements.length * file.columns.length);
  });

  it("gives the US and the European leaders' heads their party's class, the treaty's none", async () => {
    const html = await render([], true);
    expect(html).toMatch(/class="comparison__head party--us" data-id="head-us-berlin-offer"/);
    expect(html).toMatch(/class="comparison__head party--europe" data-id="head-europe-berlin-statement"/);
    expect(html).toMatch(/class="comparison__head" data-id="head-article-5"/);
  });

  it("quotes Article 5 once where the step is about it, and not in the grid beside it", async () => {
    expect(count(await render(["article-5"], true), escaped(quote))).toBe(0);
    expect(count(await render(["article-5"], false), escaped(quote))).toBe(1);
    expect(count(await render(["us-berlin-offer"], false), escaped(quote))).toBe(0);
  });

  it("sets out a focused row in full in a step's own figure: each column's term and detail", async () => {
    const html = await render(["legal-form"], false);
    for (const cell of file.cells.filter((c) => c.element === "legal-form")) {
      expect(html).toContain(escaped(cell.term));
      expect(html).toContain(escaped(cell.detail));
    }
    expect(html).not.toContain(escaped(file.cells.find((c) => c.element === "duration")!.detail));
  });
});
