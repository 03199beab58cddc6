import { describe, expect, it } from "vitest";
import { factText } from "../../src/lib/factText.ts";

describe("factText(value, unit, approximate)", () => {
  it("rounds an area from the project's approximate map to the nearest hundred km²", () => {
    expect(factText(115_301, "km2", true)).toBe("115,300 km²");
    expect(factText(5_832.38, "km2", true)).toBe("5,800 km²");
    expect(factText(5_850, "km2", true)).toBe("5,900 km²");
  });

  it("gives a published area in full, to the km²", () => {
    expect(factText(115_301, "km2")).toBe("115,301 km²");
    expect(factText(44_097.6, "km2", false)).toBe("44,098 km²");
  });

  it("writes a share as a percentage with one decimal", () => {
    expect(factText(0.193, "share")).toBe("19.3%");
    expect(factText(0.07, "share")).toBe("7.0%");
    expect(factText(0.2196, "share", true)).toBe("22.0%");
  });

  it("writes people, troops and counts as whole numbers with thousands separators", () => {
    expect(factText(255_500, "people")).toBe("255,500");
    expect(factText(980_000, "troops")).toBe("980,000");
    expect(factText(1_234_567, "count")).toBe("1,234,567");
    expect(factText(7, "count")).toBe("7");
  });
});
