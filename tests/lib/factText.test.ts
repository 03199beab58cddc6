import { describe, expect, it } from "vitest";
import { factText } from "../../src/lib/factText.ts";

describe("factText(value, unit, locale, approximate)", () => {
  it("rounds an area from the project's approximate map to the nearest hundred km²", () => {
    expect(factText(115_301, "km2", "en-GB", true)).toBe("115,300 km²");
    expect(factText(5_832.38, "km2", "en-GB", true)).toBe("5,800 km²");
    expect(factText(5_850, "km2", "en-GB", true)).toBe("5,900 km²");
  });

  it("gives a published area in full, to the km²", () => {
    expect(factText(115_301, "km2", "en-GB")).toBe("115,301 km²");
    expect(factText(44_097.6, "km2", "en-GB", false)).toBe("44,098 km²");
  });

  it("writes a share as a percentage with one decimal", () => {
    expect(factText(0.193, "share", "en-GB")).toBe("19.3%");
    expect(factText(0.07, "share", "en-GB")).toBe("7.0%");
    expect(factText(0.2196, "share", "en-GB", true)).toBe("22.0%");
  });

  it("writes people, troops and counts as whole numbers with thousands separators", () => {
    expect(factText(255_500, "people", "en-GB")).toBe("255,500");
    expect(factText(980_000, "troops", "en-GB")).toBe("980,000");
    expect(factText(1_234_567, "count", "en-GB")).toBe("1,234,567");
    expect(factText(7, "count", "en-GB")).toBe("7");
  });
});

describe("factText in Ukrainian", () => {
  it("groups thousands with a space and writes a decimal comma", () => {
    expect(factText(115_301, "km2", "uk-UA", true).replace(/\s/g, " ")).toBe("115 300 км²");
    expect(factText(0.193, "share", "uk-UA")).toMatch(/^19,3\s?%$/);
  });
});
