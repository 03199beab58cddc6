import { describe, expect, it } from "vitest";
import { committedData, committedFiles } from "../support/committed.ts";

const files = committedFiles;
const data = committedData();
const fact = (id: string) => {
  const found = data.facts.get(id);
  if (!found) throw new Error(`no fact "${id}"`);
  return found;
};
const value = (id: string) => fact(id).value;

describe("explainerFacts(inputs), on the project's data", () => {
  it("gives the occupied share of Ukraine on 15 December 2025 as trackers publish it, 19.2% within 0.4 points", () => {
    expect(Math.abs(value("occupied-share@latest") - 0.192)).toBeLessThanOrEqual(0.004);
  });

  it("gives an occupied area and share that agree with each other on the project's map of Ukraine", () => {
    // The freeze-the-line plan's share is its area over Ukraine's, which gives Ukraine's area.
    const ukraineKm2 = value("plan-freeze-line-km2") / value("plan-freeze-line-share");
    expect(value("occupied-km2@latest") / ukraineKm2).toBeCloseTo(value("occupied-share@latest"), 3);
  });

  it("measures the Ukrainian-held part of Donetsk oblast at 5,500 to 6,500 km²", () => {
    expect(value("held-UA-14-km2@latest")).toBeGreaterThanOrEqual(5_500);
    expect(value("held-UA-14-km2@latest")).toBeLessThanOrEqual(6_500);
  });

  it("makes the held and occupied parts of Donetsk oblast add up to the whole oblast, in share and in area", () => {
    expect(value("held-UA-14-share@latest") + value("occupied-UA-14-share@latest")).toBeCloseTo(1, 6);
    const held = value("held-UA-14-km2@latest");
    const occupied = value("occupied-UA-14-km2@latest");
    expect(held / (held + occupied)).toBeCloseTo(value("held-UA-14-share@latest"), 2);
  });

  it("ranks the plans by the land they would give Russia: its demand, then the US 28-point draft, then a freeze on the line", () => {
    expect(value("plan-russia-demand-km2")).toBeGreaterThan(value("plan-us-28-point-km2"));
    expect(value("plan-us-28-point-km2")).toBeGreaterThan(value("plan-freeze-line-km2"));
    expect(value("plan-russia-demand-share")).toBeGreaterThan(value("plan-us-28-point-share"));
  });

  it("gains Russia nothing and returns nothing under a freeze on the line, which gives it what it holds", () => {
    expect(value("plan-freeze-line-gained-km2")).toBeCloseTo(0, 0);
    expect(value("plan-freeze-line-returned-km2")).toBeCloseTo(0, 0);
    expect(value("plan-freeze-line-km2") / value("occupied-km2@latest")).toBeCloseTo(1, 3);
  });

  it("under the US 28-point draft, gains Russia at least the rest of Donetsk and returns the pockets it holds outside the five regions", () => {
    expect(value("plan-us-28-point-gained-km2")).toBeGreaterThanOrEqual(value("held-UA-14-km2@latest"));
    expect(value("plan-us-28-point-returned-km2")).toBeGreaterThan(100);
    // The text says the land Ukraine gives up is "almost all of it the part of Donetsk it still holds".
    expect(value("held-UA-14-km2@latest") / value("plan-us-28-point-gained-km2")).toBeGreaterThanOrEqual(0.95);
    // Russia's demand covers the same five regions whole, so it hands back the same pockets.
    expect(value("plan-us-28-point-returned-km2")).toBeCloseTo(value("plan-russia-demand-returned-km2"), -1);
  });

  it("gives every army size in the army-size file as its low and high figures, in troops", () => {
    expect(data.forces.data.figures.length).toBeGreaterThan(0);
    for (const figure of data.forces.data.figures) {
      expect(fact(`${figure.id}-low`)).toMatchObject({ value: figure.value.low, unit: "troops", approximate: false, dataset: data.forces.path });
      expect(fact(`${figure.id}-high`)).toMatchObject({ value: figure.value.high, unit: "troops", approximate: false, dataset: data.forces.path });
    }
    expect(fact("ukraine-stated-size-2025-high").text).toBe("980,000");
  });

  it("prints the figures the text states as a reader reads them", () => {
    expect(data.facts.get("occupied-share@latest")!.text).toMatch(/^\d{2}\.\d%$/);
    expect(data.facts.get("occupied-km2@latest")!.text).toMatch(/^1\d{2},\d00 km²$/);
    expect(data.facts.get("us-28-point-cap-low")!.text).toBe("600,000");
  });

  it("names for every fact a data file it comes from, and the sources behind it from that file's list", () => {
    const paths = new Set(files.map((file) => file.path));
    for (const f of data.facts.values()) {
      expect(paths, f.id).toContain(f.dataset);
      for (const source of f.sources) expect(data.sources.get(source.id), f.id).toEqual(source);
    }
    expect(fact("occupied-share@latest").sources.length).toBeGreaterThan(0);
  });
});
