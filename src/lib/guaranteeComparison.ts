import type { Source } from "../schemas/common.ts";
import type { GuaranteeCell, GuaranteeColumn, GuaranteeElement, GuaranteesFile } from "../schemas/guarantees.ts";

/** One cell as the comparison shows it: its own mark id, its short term and its sourced detail. */
export interface ComparisonCell extends Omit<GuaranteeCell, "sources"> {
  /** Mark id, unique in the figure: a step focuses on its row or its column. */
  id: string;
  sources: Source[];
}

/** One element across the columns. */
export interface ComparisonRow {
  element: GuaranteeElement;
  /** Mark id of the row's head. */
  id: string;
  /** One cell per column, in the columns' order. */
  cells: ComparisonCell[];
}

/** One column, with the mark id of its head. */
export interface ComparisonColumn extends Omit<GuaranteeColumn, "quote"> {
  id: string;
  /** Mark id of the column's head. */
  head: string;
}

/** The treaty's own words, quoted once, with the column they belong to. */
export interface ComparisonQuote {
  column: string;
  text: string;
  attribution: string;
  sources: Source[];
}

/** The security guarantees as a grid: elements by columns, and the one quote. */
export interface GuaranteeComparison {
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
  quote?: ComparisonQuote;
}

/** The mark id of the cell of an element and a column. */
export const cellId = (element: string, column: string) => `cell-${element}-${column}`;

/**
 * The comparison a guarantees file sets out: one row per element, one cell per column in the
 * columns' order, each with the sources it cites; and the words of the treaty a column stands for
 * (the schema allows one such column). The schema makes sure every element has a cell in every column; a file that escaped it is
 * refused here rather than drawn with a hole.
 */
export function guaranteeComparison(file: GuaranteesFile): GuaranteeComparison {
  const sources = (ids: string[]) => ids.map((id) => file.sources.find((s) => s.id === id)!);
  const columns = file.columns.map((c) => ({ id: c.id, name: c.name, shortName: c.shortName, ...(c.party ? { party: c.party } : {}), head: `head-${c.id}` }));
  const rows = file.elements.map((element) => ({
    element,
    id: `row-${element.id}`,
    cells: file.columns.map((column) => {
      const cell = file.cells.find((c) => c.element === element.id && c.column === column.id);
      if (!cell) throw new Error(`guarantees: cells: expected a cell for ${element.id} / ${column.id}, found none`);
      return { ...cell, id: cellId(element.id, column.id), sources: sources(cell.sources) };
    }),
  }));
  const quoted = file.columns.find((c) => c.quote);
  const quote = quoted?.quote && { column: quoted.id, ...quoted.quote, sources: sources(quoted.quote.sources) };
  return { columns, rows, ...(quote ? { quote } : {}) };
}
