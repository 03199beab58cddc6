import { en } from "../../src/i18n/en.ts";
import { describe, expect, it } from "vitest";
import type { Feature, Geometry, MultiPolygon, Polygon } from "geojson";
import { areaKm2 } from "../../src/lib/areaKm2.ts";
import { drawnSnapshots, territoryOverlays } from "../../src/lib/territoryOverlays.ts";
import type { ControlSnapshot } from "../../src/schemas/control.ts";
import type { TerritoryPlan } from "../../src/schemas/plans.ts";

// Boxes split only along meridians, which are great circles, so their parts add up on the sphere.
const ring = (west: number, east: number): Array<[number, number]> => [
  [west, 48],
  [west, 49],
  [east, 49],
  [east, 48],
  [west, 48],
];
const oblast = (id: string, west: number): Feature<Polygon> => ({
  type: "Feature",
  id,
  properties: { name: id === "UA-14" ? "Donetsk" : id },
  geometry: { type: "Polygon", coordinates: [ring(west, west + 1)] },
});
const multi = (...rings: Array<Array<[number, number]>>): ControlSnapshot["occupied"] => ({ type: "MultiPolygon", coordinates: rings.map((r) => [r]) });

// West to east: a far-off oblast, Kherson, Zaporizhzhia, Donetsk, Luhansk.
const oblasts = [oblast("UA-46", 30), oblast("UA-65", 33), oblast("UA-23", 34), oblast("UA-14", 35), oblast("UA-09", 36)];
const geometryOf = (id: string) => oblasts.find((o) => o.id === id)!.geometry;

const snapshot = (date: string, occupied: ControlSnapshot["occupied"]): ControlSnapshot => ({
  version: 1,
  asOf: date,
  title: "Control snapshot",
  note: "A test snapshot.",
  sources: [{ id: "map", outlet: "Outlet", title: "A map", date, url: "https://example.org/" }],
  date,
  occupied,
  contactLine: {
    type: "MultiLineString",
    coordinates: [
      [
        [35.5, 48],
        [35.5, 49],
      ],
    ],
  },
  areas: { totalKm2: 0, shareOfUkraine: 0, byOblast: {} },
  precision: "approximate, ±5 km",
  authoritative: [{ name: "DeepState map", url: "https://deepstatemap.live/" }],
});
// 2025: half of Kherson, all of Zaporizhzhia, the west half of Donetsk, all of Luhansk, and a pocket in the far oblast.
const latest = snapshot("2025-12-15", multi(ring(30, 30.5), ring(33.5, 35.5), ring(36, 37)));
const before = snapshot("2022-02-23", multi(ring(36, 37)));

const plan = (id: string, whole: string[], frozen: TerritoryPlan["frozen"], handsBack?: true): TerritoryPlan => ({
  id,
  name: `Plan ${id}`,
  proposal: "proposal",
  description: "A plan for the territory.",
  whole,
  frozen,
  ...(handsBack ? { handsBack } : {}),
  sources: ["source"],
});
const plans = [
  plan("plan-demand", ["UA-65", "UA-23", "UA-14", "UA-09"], []),
  plan("plan-draft", ["UA-14", "UA-09"], ["UA-23", "UA-65"], true),
  plan("plan-freeze", [], "everywhere"),
];

// Snapshots given newest first, to show they are put in date order.
const result = territoryOverlays(oblasts, [latest, before], plans, en);
const overlay = (id: string) => {
  const found = result.overlays.find((o) => o.id === id);
  if (!found) throw new Error(`no overlay "${id}"`);
  return found;
};
const layer = (id: string) => result.layers.find((l) => l.id === id)!;
const km2 = (geometry: Geometry) => areaKm2(geometry as Polygon | MultiPolygon);
const expectSameArea = (actual: number, expected: number) => expect(Math.abs(actual - expected) / expected).toBeLessThan(0.001);

describe("territoryOverlays(oblasts, snapshots, plans, strings)", () => {
  it("names each snapshot's layers by meaning: by its day, and the latest as latest", () => {
    expect(result.aliases["occupied@latest"]).toBe(`occupied-${latest.date}`);
    expect(result.aliases[`front@${before.date}`]).toBe(`front-${before.date}`);
    expect(result.aliases["held-UA-14@latest"]).toBe(`held-UA-14-${latest.date}`);
    expect(result.aliases[`occupied@${before.date}`]).toBe(`occupied-${before.date}`);
    expect(Object.keys(result.aliases).filter((name) => name.endsWith("@latest"))).toHaveLength(3);
  });

  it("adds an occupied area and a line of contact for each snapshot, oldest first", () => {
    expect(result.overlays.slice(0, 4).map((o) => [o.id, o.kind])).toEqual([
      ["occupied-2022-02-23", "area"],
      ["front-2022-02-23", "line"],
      ["occupied-2025-12-15", "area"],
      ["front-2025-12-15", "line"],
    ]);
    expect(overlay("occupied-2025-12-15").geometry).toBe(latest.occupied);
    expect(overlay("front-2025-12-15").geometry).toBe(latest.contactLine);
  });

  it("paints the line held before the full-scale invasion apart from the areas held since, and dates every legend", () => {
    expect(overlay("occupied-2022-02-23")).toMatchObject({ role: "occupied-2014", legend: "Held by Russia and Russian-backed forces, 2015 to February 2022" });
    expect(overlay("front-2022-02-23")).toMatchObject({ role: "line", legend: "Line of contact, 2015 to February 2022" });
    expect(overlay("occupied-2025-12-15")).toMatchObject({
      role: "occupied",
      name: "Held by Russia, 15 December 2025",
      legend: "Held by Russia, 15 December 2025",
    });
    expect(overlay("front-2025-12-15").legend).toBe("Line of contact, 15 December 2025");
  });

  it("draws the part of Donetsk oblast Ukraine holds on the latest date as a shape of its own, the oblast less the occupied area", () => {
    const held = overlay("held-UA-14-2025-12-15");
    expect(held.kind).toBe("area");
    expect(held.role).toBe("held");
    expect(held.legend).toBe("Held by Ukraine in Donetsk oblast, 15 December 2025");
    expectSameArea(km2(held.geometry as MultiPolygon), km2(geometryOf("UA-14")) / 2);
  });

  it("draws, for a plan that takes oblasts whole, the land Ukraine holds there as the land it would give up, and nothing handed back unless the plan says so", () => {
    const ceded = overlay("plan-demand-ceded");
    expect(ceded).toMatchObject({ kind: "area", role: "ceded", legend: "Ukraine would give up" });
    // The Ukrainian-held west half of Kherson and east half of Donetsk; Zaporizhzhia and Luhansk are held already.
    expectSameArea(km2(ceded.geometry), km2(geometryOf("UA-65")) / 2 + km2(geometryOf("UA-14")) / 2);
    expect(result.overlays.map((o) => o.id)).not.toContain("plan-demand-returned");
  });

  it("draws, for a plan that freezes the line in some oblasts and hands the rest back, what Ukraine gives up and what Russia returns", () => {
    expectSameArea(km2(overlay("plan-draft-ceded").geometry), km2(geometryOf("UA-14")) / 2);
    const returned = overlay("plan-draft-returned");
    expect(returned).toMatchObject({ kind: "area", role: "returned", legend: "Russia would hand back, if all of it" });
    // The pocket in the far oblast, outside the oblasts the plan gives Russia or freezes.
    expectSameArea(km2(returned.geometry), km2(geometryOf("UA-46")) / 2);
  });

  it("draws nothing apart for a plan that freezes the line everywhere: what Russia keeps is the occupied area itself", () => {
    expect(result.overlays.filter((o) => o.id.startsWith("plan-freeze"))).toEqual([]);
  });

  it("paints the part of Donetsk Ukraine holds, and the line, as each side proposes them, each with its own look", () => {
    expect(layer("donetsk-withdrawal")).toEqual({
      id: "donetsk-withdrawal",
      label: "Russia demands Ukraine withdraw",
      role: "ceded",
      members: ["held-UA-14-2025-12-15"],
    });
    expect(layer("donetsk-zone")).toMatchObject({ role: "zone", members: ["held-UA-14-2025-12-15"] });
    expect(layer("freeze-line")).toMatchObject({ role: "freeze", members: ["front-2025-12-15"] });
    expect(new Set(result.layers.map((l) => l.role)).size).toBe(3);
  });

  it("draws only the latest snapshot and the line held before the full-scale invasion", () => {
    const middle = snapshot("2024-07-08", multi(ring(35, 37)));
    expect(drawnSnapshots([latest, middle, before]).map((s) => s.date)).toEqual(["2022-02-23", "2025-12-15"]);
    expect(territoryOverlays(oblasts, [latest, middle, before], plans, en).overlays.map((o) => o.id)).not.toContain("occupied-2024-07-08");
  });

  it("adds nothing and measures nothing without a control snapshot", () => {
    expect(territoryOverlays(oblasts, [], plans, en)).toEqual({ overlays: [], layers: [], aliases: {} });
  });
});
