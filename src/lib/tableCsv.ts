import { csvFormatRows } from "d3-dsv";

/** A cell of a table to write as CSV: its text and the sources it cites. */
interface Cell {
  text: string;
  sources?: Array<{ outlet: string; date: string; url: string }>;
}

/**
 * A figure's data table as CSV (RFC 4180, through d3-dsv): a header row of the columns, then each
 * row's cells as text, and a last column with every source its cells cite, as "outlet, date, link",
 * separated by semicolons. `sourcesColumn` is the last column's heading in the locale's words.
 */
export function tableCsv(table: { columns: string[]; rows: Cell[][] }, sourcesColumn: string): string {
  const sources = (row: Cell[]) =>
    row
      .flatMap((cell) => cell.sources ?? [])
      .map((s) => `${s.outlet}, ${s.date}, ${s.url}`)
      .join("; ");
  return `${csvFormatRows([[...table.columns, sourcesColumn], ...table.rows.map((row) => [...row.map((cell) => cell.text), sources(row)])])}\n`;
}
