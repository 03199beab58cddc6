import { describe, expect, it } from "vitest";
import { fileProblems } from "../../src/validate/fileProblems.ts";

const file = (records: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  asOf: "2025-12-15",
  note: "A note.",
  sources: [
    { id: "a", date: "2025-12-01" },
    { id: "b", date: "2025-12-15" },
  ],
  records,
  ...extra,
});

describe("fileProblems(data, edition)", () => {
  it("finds nothing wrong in a file whose records cite listed sources and are dated by its asOf", () => {
    expect(fileProblems(file([{ id: "x", date: "2025-12-01", sources: ["a", "b"] }]), "2025-12-15")).toEqual([]);
  });

  it("names a cited source the file does not list, the same source twice in one record, and an id used twice", () => {
    expect(
      fileProblems(
        file([
          { id: "x", sources: ["a", "a", "zz"] },
          { id: "x", sources: ["b"] },
        ]),
        "2025-12-15",
      ),
    ).toEqual([
      'records[0].sources[1]: expected each item once, found "a" again (first at records[0].sources[0])',
      'records[0].sources[2]: expected the id of one of this file\'s sources, found "zz"',
      'records[1].id: expected a unique id, found "x" again (first at records[0])',
    ]);
  });

  it("names a record dated after the file's asOf, and any date or note after the edition", () => {
    expect(
      fileProblems(file([{ id: "x", date: "2025-12-20", sources: ["a"] }], { note: "Checked against DeepState's map of 1 January 2026." }), "2025-12-31"),
    ).toEqual([
      'note: expected nothing dated after the explainer\'s edition date (2025-12-31), found "1 January 2026"',
      'records[0].date: expected a date on or before the file\'s asOf (2025-12-15), found "2025-12-20"',
    ]);
    expect(fileProblems(file([]), "2025-12-10")).toEqual([
      'asOf: expected nothing dated after the explainer\'s edition date (2025-12-10), found "2025-12-15"',
      'sources[1].date: expected nothing dated after the explainer\'s edition date (2025-12-10), found "2025-12-15"',
    ]);
  });

  it("reads no deadline out of a proposal's own words: only notes are read for dates", () => {
    expect(fileProblems(file([{ id: "x", summary: "EU membership by 1 January 2027.", sources: ["a"] }]), "2025-12-15")).toEqual([]);
  });

  it("names a record repeated word for word, which would count twice on the page", () => {
    const point = { date: "2025-12-01", share: 0.19, sources: ["a"] };
    expect(fileProblems(file([point, { ...point }]), "2025-12-15")).toEqual([
      "records[1]: expected each record once, found the same record again (first at records[0])",
    ]);
  });

  it("names invisible and control characters in text", () => {
    expect(
      fileProblems(
        file([
          { id: "x", name: "Kyiv\u200b", sources: ["a"] },
          { id: "y", name: "Bell\u0007", sources: ["a"] },
        ]),
        "2025-12-15",
      ),
    ).toEqual([
      "records[0].name: expected plain text, found the invisible or control character U+200B: retype the text around it",
      "records[1].name: expected plain text, found the invisible or control character U+0007: retype the text around it",
    ]);
  });

  it("walks a file nested far deeper than any real one without overflowing the stack", () => {
    let deep: unknown = "end";
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(fileProblems(file([deep]), "2025-12-15")).toEqual([]);
  });
});
