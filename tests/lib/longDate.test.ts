import { describe, expect, it } from "vitest";
import { longDate } from "../../src/lib/longDate.ts";

describe("longDate(iso, style)", () => {
  it("prints the day the date names, whatever the time zone, in full or short", () => {
    expect(longDate("2025-12-15")).toBe("15 December 2025");
    expect(longDate("2022-02-24", "short")).toBe("24 Feb 2022");
  });
});
