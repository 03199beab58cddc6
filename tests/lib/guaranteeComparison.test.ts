import { describe, expect, it } from "vitest";
import { cellId, guaranteeComparison } from "../../src/lib/guaranteeComparison.ts";
import { committedData } from "../support/committed.ts";

const file = committedData().guarantees.data;

describe("guaranteeComparison(file)", () => {
  const comparison = guaranteeComparison(file);

  it("gives every element a row and every row a cell in each column, in the file's order", () => {
    expect(comparison.rows.map((r) => r.element.id)).toEqual(file.elements.map((e) => e.id));
    expect(comparison.columns.map((c) => c.id)).toEqual(file.columns.map((c) => c.id));
    for (const row of comparison.rows) {
      expect(row.cells.map((c) => c.column)).toEqual(file.columns.map((c) => c.id));
    }
  });

  it("takes each cell's term, status, detail and sources from the file's cell for that element and column", () => {
    for (const row of comparison.rows) {
      for (const cell of row.cells) {
        const data = file.cells.find((c) => c.element === row.element.id && c.column === cell.column)!;
        expect(cell).toMatchObject({ id: cellId(row.element.id, cell.column), term: data.term, status: data.status, detail: data.detail });
        expect(cell.sources.map((s) => s.id)).toEqual(data.sources);
        expect(cell.sources.every((s) => s.url.startsWith("https://"))).toBe(true);
      }
    }
  });

  it("compares NATO's Article 5, the US offer in Berlin, the European leaders' statement and what Kyiv asks, heads in their party's colour but the treaty's", () => {
    expect(comparison.columns.map((c) => [c.id, c.party])).toEqual([
      ["article-5", undefined],
      ["us-berlin-offer", "us"],
      ["europe-berlin-statement", "europe"],
      ["ukraine-position", "ukraine"],
    ]);
    expect(comparison.rows.at(-1)?.element).toMatchObject({ id: "russia-rejects", party: "russia" });
  });

  it("quotes Article 5 once, as the words of the treaty's column, with its source", () => {
    const quoted = file.columns.filter((c) => c.quote);
    expect(quoted).toHaveLength(1);
    expect(comparison.quote).toMatchObject({ column: "article-5", text: quoted[0].quote!.text });
    expect(comparison.quote?.sources.map((s) => s.id)).toEqual(["nato-1949-04-04-north-atlantic-treaty"]);
  });

  it("refuses a file with a hole in the grid rather than drawing it", () => {
    const holed = { ...file, cells: file.cells.filter((c) => !(c.element === "duration" && c.column === "us-berlin-offer")) };
    expect(() => guaranteeComparison(holed)).toThrow("guarantees: cells: expected a cell for duration / us-berlin-offer, found none");
  });
});
