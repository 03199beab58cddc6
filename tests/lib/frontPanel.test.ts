import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import type { FrontDate } from "../../src/lib/frontDates.ts";
import { frontPanel } from "../../src/lib/frontPanel.ts";

const oblasts = [
  { id: "UA-14", name: "Donetsk" },
  { id: "UA-65", name: "Kherson" },
];
const day = (since?: FrontDate["since"]): FrontDate => ({
  date: "2025-12-15",
  km2: 115_949,
  share: 0.1921,
  byOblast: { "UA-14": { km2: 20_600, share: 0.7776 } },
  talks: { date: "2025-12-15", short: "Berlin", events: [{ id: "berlin-talks", title: "US-Ukraine talks in Berlin", kind: "talks" }] },
  ...(since ? { since } : {}),
});
const moscow = { date: "2025-12-02", short: "Moscow", events: [] };

describe("frontPanel(day, strings, oblasts)", () => {
  it("prints the day, its talks, the land held to the nearest 100 km² and each oblast's share, an oblast not reached at 0%", () => {
    const panel = frontPanel(day({ date: "2025-12-02", talks: moscow, netKm2: 176 }), en, oblasts);
    expect([panel.heading, panel.talks, panel.held]).toEqual([
      "15 December 2025",
      { short: "Berlin", titles: "US-Ukraine talks in Berlin" },
      "Russia held about 115,900 km², or 19.2% of Ukraine.",
    ]);
    expect(panel.oblasts.map((o) => `${o.name} ${o.share}`)).toEqual(["Donetsk 77.8%", "Kherson 0.0%"]);
    expect(panel.valueText).toBe("15 December 2025: US-Ukraine talks in Berlin");
  });

  it("gives the net change since the day of talks before to the nearest 10 km², as a gain, a loss or none", () => {
    expect(frontPanel(day({ date: "2025-12-02", talks: moscow, netKm2: 176 }), en, oblasts).change).toBe(
      "Russia's net gain since 2 December 2025 (Moscow): about 180 km².",
    );
    expect(frontPanel(day({ date: "2025-12-02", talks: moscow, netKm2: -42 }), en, oblasts).change).toBe(
      "Russia's net loss since 2 December 2025 (Moscow): about 40 km².",
    );
    expect(frontPanel(day({ date: "2025-12-02", talks: moscow, netKm2: 3 }), en, oblasts).change).toBe("No net change since 2 December 2025 (Moscow).");
    expect(frontPanel(day({ date: "2025-12-02", talks: moscow, netKm2: 3 }), en, oblasts).gainedLegend).toBe("Taken since 2 December 2025 (Moscow)");
  });

  it("counts the tracker's first day as such, and a first day has nothing to compare with", () => {
    const fromFirst = frontPanel(day({ date: "2024-07-08", netKm2: 2937 }), en, oblasts);
    expect(fromFirst.change).toBe("Russia's net gain since 8 July 2024 (first day shown): about 2,940 km².");
    expect(fromFirst.alt).toBe(
      "Eastern Ukraine on 15 December 2025: the land Russia held, bounded by the line of contact, with the land taken since 8 July 2024 (first day shown) in orange.",
    );
    const first = frontPanel(day(), en, oblasts);
    expect([first.change, first.gainedLegend]).toEqual(["The first day shown here: nothing to compare it with.", ""]);
  });

  it("formats every figure for the locale", () => {
    const panel = frontPanel(day({ date: "2025-12-02", talks: moscow, netKm2: 1176 }), { ...en, locale: "uk-UA" }, oblasts);
    expect(panel.held).toMatch(/115\s900 км², or 19,2\s?%/);
  });
});
