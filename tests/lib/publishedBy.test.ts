import { describe, expect, it } from "vitest";
import { publishedBy } from "../../src/lib/publishedBy.ts";

const source = (id: string, date: string) => ({ id, outlet: "Outlet", title: "Title", date, url: "https://example.org/" });
const series = {
  version: 1,
  asOf: "2025-12-31",
  title: "Series",
  note: "Note",
  sources: [source("early", "2023-01-04"), source("late", "2026-01-02")],
  points: [
    { date: "2022-12-30", share: 0.17, sources: ["early"] },
    { date: "2024-01-01", share: 0.18, sources: ["late"] },
    { date: "2024-06-01", share: 0.185, sources: ["late", "early"] },
    { date: "2025-12-31", share: 0.19, sources: ["early"] },
  ],
};

describe("publishedBy(series, date)", () => {
  it("keeps points about days up to the date that a source had published by then", () => {
    expect(publishedBy(series, "2025-12-15").map((p) => p.share)).toEqual([0.17, 0.185]);
  });
});
