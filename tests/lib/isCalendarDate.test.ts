import { describe, expect, it } from "vitest";
import { isCalendarDate } from "../../src/lib/isCalendarDate.ts";

describe("isCalendarDate(text)", () => {
  it.each(["2025-12-15", "2024-02-29", "2014-02-20", "2000-02-29", "0050-01-01"])("accepts %s, a day that exists", (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each(["2025-02-30", "2025-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-12-00"])(
    "refuses %s, a day the calendar does not have",
    (text) => {
      expect(isCalendarDate(text)).toBe(false);
    },
  );

  it.each(["15/12/2025", "2025-12-5", "2025-12-15T00:00", " 2025-12-15", ""])("refuses %j, which is not written as YYYY-MM-DD", (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });
});
