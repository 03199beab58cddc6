import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { csvParseRows } from "d3-dsv";
import { datasets } from "../../src/registry/datasets.ts";
import { committedData } from "../support/committed.ts";

// What a newsroom or a teacher downloads beside the page: a JSON Schema of each dataset and a CSV of each chart's table.
const built = existsSync("dist/index.html");
const page = built ? readFileSync("dist/index.html", "utf8") : "";
const data = committedData();

describe.skipIf(!built)("the downloads made from the data", () => {
  it.each(Object.keys(datasets))("publishes a JSON Schema of the %s files that describes the committed latest file, field by field", (name) => {
    const schema = JSON.parse(readFileSync(`dist/data/schemas/${name}.schema.json`, "utf8")) as {
      $schema: string;
      type: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    const latest = data.files.filter((f) => f.dataset === name && f.latest);
    expect(latest.length).toBeGreaterThan(0);
    for (const file of latest) {
      const fields = Object.keys(JSON.parse(file.text) as object);
      // Every field of the file is described, and every field the schema requires is there.
      expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(fields));
      expect(fields).toEqual(expect.arrayContaining(schema.required));
    }
    expect(schema.required).toEqual(expect.arrayContaining(["version", "asOf", "title", "note"]));
  });

  it("publishes each chart's data table as CSV, row for row, with the sources in a last column, and links it under the table", () => {
    expect(data.tables.size).toBeGreaterThanOrEqual(3);
    for (const [figure, table] of data.tables) {
      const rows = csvParseRows(readFileSync(`dist/data/tables/${figure}.csv`, "utf8"));
      expect(rows[0]).toEqual([...table.columns, data.strings.tables.csvSources]);
      expect(rows.slice(1).map((row) => row.slice(0, -1))).toEqual(table.rows.map((row) => row.map((cell) => cell.text)));
      const cited = table.rows.map((row) => row.flatMap((cell) => cell.sources ?? []));
      rows.slice(1).forEach((row, i) => {
        for (const source of cited[i]) expect(row.at(-1)).toContain(source.url);
      });
      // The explainer links each chart's table, whose page links the CSV.
      expect(page).toContain(`href="/tables/${figure}/"`);
      expect(readFileSync(`dist/tables/${figure}/index.html`, "utf8")).toContain(`href="/data/tables/${figure}.csv" download`);
    }
  });

  it("publishes each table again with the Ukrainian edition's headings, linked from its Ukrainian table page", () => {
    const ukrainian = committedData("uk");
    for (const [figure, table] of ukrainian.tables) {
      const rows = csvParseRows(readFileSync(`dist/data/tables/uk/${figure}.csv`, "utf8"));
      expect(rows[0]).toEqual([...table.columns, ukrainian.strings.tables.csvSources]);
      expect(rows.length).toBe(data.tables.get(figure)!.rows.length + 1);
      expect(readFileSync(`dist/uk/tables/${figure}/index.html`, "utf8")).toContain(`href="/data/tables/uk/${figure}.csv" download`);
    }
  });

  it("describes text written in both languages in the JSON Schema, as the checks accept it", () => {
    const schema = readFileSync("dist/data/schemas/proposals.schema.json", "utf8");
    const title = (JSON.parse(schema) as { properties: { title: { anyOf: Array<{ type: string; required?: string[] }> } } }).properties.title;
    expect(title.anyOf.map((s) => s.type)).toEqual(["string", "object"]);
    expect(title.anyOf[1].required).toEqual(["en", "uk"]);
  });
});
