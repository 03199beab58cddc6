import { describe, expect, it } from "vitest";
import { committedData } from "../support/committed.ts";

const map = committedData().figures.get("ukraine-map")!;
const mark = (id: string) => map.marks.find((m) => m.id === id)!;

describe("ukraineMap(input)", () => {
  it("fits Ukraine inside the 1000 x 700 figure with its 20-unit margin", () => {
    const oblasts = map.marks.filter((m) => m.kind === "oblast");
    const x0 = Math.min(...oblasts.map((m) => m.bounds[0][0]));
    const x1 = Math.max(...oblasts.map((m) => m.bounds[1][0]));
    const y0 = Math.min(...oblasts.map((m) => m.bounds[0][1]));
    const y1 = Math.max(...oblasts.map((m) => m.bounds[1][1]));
    expect(x0).toBeGreaterThanOrEqual(19.9);
    expect(x1).toBeLessThanOrEqual(980.1);
    expect(y0).toBeGreaterThanOrEqual(19.9);
    expect(y1).toBeLessThanOrEqual(680.1);
    expect(Math.max(x1 - x0 - 960, y1 - y0 - 660)).toBeCloseTo(0, 0);
  });

  it("puts places where they are: Kyiv north-west of Donetsk, Kramatorsk just north of Druzhkivka", () => {
    expect(mark("kyiv").anchor[0]).toBeLessThan(mark("donetsk").anchor[0]);
    expect(mark("kyiv").anchor[1]).toBeLessThan(mark("donetsk").anchor[1]);
    expect(mark("kramatorsk").anchor[1]).toBeLessThan(mark("druzhkivka").anchor[1]);
    expect(Math.abs(mark("kramatorsk").anchor[0] - mark("druzhkivka").anchor[0])).toBeLessThan(5);
  });

  it("draws every oblast and neighbour with a path at one-decimal precision", () => {
    for (const m of map.marks.filter((m) => m.kind === "oblast" || m.kind === "neighbour")) {
      if (!(m.id in map.paths)) continue;
      expect(map.paths[m.id]).toMatch(/^M[\d.,LMZ-]+$/);
      expect(map.paths[m.id]).not.toMatch(/\d\.\d\d/);
    }
    expect(Object.keys(map.paths)).toContain("UA-43");
  });

  it("offers the region groups as layers with their legend texts", () => {
    expect(map.layers.slice(0, 3).map((l) => [l.id, l.role])).toEqual([
      ["donbas", "donbas"],
      ["crimea-2014", "occupied-2014"],
      ["annexation-claim-2022", "claimed"],
    ]);
  });

  it("offers each control snapshot's area and line, the part of Donetsk Ukraine holds, and each plan as layers", () => {
    const ids = map.layers.map((l) => l.id);
    for (const id of ["occupied-2022-02-23", "front-2022-02-23", "occupied-2025-12-15", "front-2025-12-15", "held-UA-14-2025-12-15", "plan-russia-demand", "plan-us-28-point", "plan-freeze-line"]) {
      expect(ids).toContain(id);
    }
    expect(map.marks.find((m) => m.id === "front-2025-12-15")?.kind).toBe("line");
  });
});
