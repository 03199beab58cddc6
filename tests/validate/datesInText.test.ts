import { describe, expect, it } from "vitest";
import { datesInText } from "../../src/validate/datesInText.ts";

describe("datesInText(text)", () => {
  it("reads ISO dates, British and American dates, and months, each once", () => {
    expect(datesInText("Maps of 2025-12-15, 1 January 2026 and January 2, 2026; figures for March 2025.")).toEqual([
      { date: "2025-12-15", written: "2025-12-15" },
      { date: "2026-01-01", written: "1 January 2026" },
      { date: "2026-01-02", written: "January 2, 2026" },
      { date: "2025-03-01", written: "March 2025" },
    ]);
  });

  it("reads abbreviated months and American dates without a comma", () => {
    expect(datesInText("Figures of 20 Feb 2026, Sept. 3 2025 and February 20 2026.")).toEqual([
      { date: "2026-02-20", written: "20 Feb 2026" },
      { date: "2025-09-03", written: "Sept. 3 2025" },
      { date: "2026-02-20", written: "February 20 2026" },
    ]);
  });

  it("reads nothing from a text without dates, or from years alone", () => {
    expect(datesInText("Held since 2014; the 28-point draft.")).toEqual([]);
  });

  it("reads Ukrainian dates: a day with its month in the genitive, and a month alone, named or in it", () => {
    expect(datesInText("16 грудня 2025 року; у грудні 2026 року; Січень 2026; 1 березня 2025 р.")).toEqual([
      { date: "2025-12-16", written: "16 грудня 2025" },
      { date: "2025-03-01", written: "1 березня 2025" },
      { date: "2026-12-01", written: "грудні 2026" },
      { date: "2026-01-01", written: "Січень 2026" },
    ]);
    expect(datesInText("План із 28 пунктів, 2014 року, 12 грудня")).toEqual([]);
  });
});
