import { describe, expect, it } from "vitest";
import { unitName } from "../../src/lib/unitName.ts";
import { factText } from "../../src/lib/factText.ts";
import { fullStop } from "../../src/lib/fullStop.ts";

describe("an edition's words for what the data name", () => {
  it("names an oblast in its official Ukrainian form in the Ukrainian edition, in English otherwise", () => {
    const donetsk = { name: "Donetsk", nameUk: "Донецька область" };
    expect(unitName(donetsk, "uk")).toBe("Донецька область");
    expect(unitName(donetsk, "en")).toBe("Donetsk");
    expect(unitName({ name: "Belarus" }, "uk")).toBe("Belarus");
    expect(unitName(undefined, "uk")).toBeUndefined();
  });

  it("formats figures as each locale writes them", () => {
    expect(factText(115950, "km2", "uk-UA")).toBe("115\u00a0950 км²");
    expect(factText(115950, "km2", "en-GB")).toBe("115,950 km²");
    expect(factText(0.192, "share", "uk-UA")).toBe("19,2\u00a0%");
    expect(factText(0.192, "share", "en-GB")).toBe("19.2%");
    expect(factText(Date.UTC(2025, 11, 15), "day", "uk-UA")).toBe("15 грудня 2025 р.");
  });

  it("ends a sentence once, after a date that ends with its own full stop", () => {
    expect(fullStop("15 грудня 2025 р.")).toBe("");
    expect(fullStop("15 December 2025")).toBe(".");
  });
});
