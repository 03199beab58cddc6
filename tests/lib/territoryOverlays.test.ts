import { en } from "../../src/i18n/en.ts";
import { describe, expect, it } from "vitest";
import type { Feature, Geometry, MultiPolygon, Polygon } from "geojson";
import { areaKm2 } from "../../src/lib/areaKm2.ts";
import polygonClipping from "polygon-clipping";
import { clippingGeometry } from "../../src/lib/clippingGeometry.ts";
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

const plan = (id: string, whole: string[], frozen: TerritoryPlan["frozen"]): TerritoryPlan => ({
  id,
  name: `Plan ${id}`,
  proposal: "proposal",
  description: "A plan for the territory.",
  whole,
  frozen,
  sources: ["source"],
});
const plans = [
  plan("plan-demand", ["UA-65", "UA-23", "UA-14", "UA-09"], []),
  plan("plan-draft", ["UA-14", "UA-09"], ["UA-23", "UA-65"]),
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

  it("paints a plan that takes oblasts whole with those oblasts alone", () => {
    expect(layer("plan-demand")).toEqual({
      id: "plan-demand",
      label: "Russia would hold: Plan plan-demand",
      role: "plan",
      members: ["UA-65", "UA-23", "UA-14", "UA-09"],
    });
    expect(result.overlays.map((o) => o.id)).not.toContain("plan-demand-frozen");
  });

  it("adds the occupied part of the oblasts where a plan freezes the line as a shape of its own", () => {
    const frozen = overlay("plan-draft-frozen");
    expect(frozen).toMatchObject({ kind: "area", role: "plan", legend: "", name: "Plan plan-draft: frozen on the line" });
    expect(layer("plan-draft").members).toEqual(["UA-14", "UA-09", "plan-draft-frozen"]);
    // Half of Kherson and all of Zaporizhzhia, not the pocket in the far oblast.
    expectSameArea(km2(frozen.geometry), km2(geometryOf("UA-23")) + km2(geometryOf("UA-65")) / 2);
  });

  it("reuses the latest occupied area for a plan that freezes the line everywhere", () => {
    expect(layer("plan-freeze").members).toEqual(["occupied-2025-12-15"]);
    expect(result.overlays.filter((o) => o.id.startsWith("plan-freeze"))).toEqual([]);
  });

  it("paints for each plan the land it gives Russia: its whole oblasts and the occupied part of those it freezes", () => {
    const painted = (id: string) =>
      layer(id).members.reduce((sum, member) => sum + km2(oblasts.find((o) => o.id === member)?.geometry ?? overlay(member).geometry), 0);
    const frozenPart = (units: string[]) =>
      km2({
        type: "MultiPolygon",
        coordinates: polygonClipping.intersection(clippingGeometry(latest.occupied), ...units.map((u) => clippingGeometry(geometryOf(u)))),
      });
    for (const p of plans) {
      const whole = p.whole.reduce((sum, id) => sum + km2(geometryOf(id)), 0);
      const frozen = p.frozen === "everywhere" ? km2(latest.occupied) : p.frozen.reduce((sum, id) => sum + frozenPart([id]), 0);
      expectSameArea(painted(p.id), whole + frozen);
    }
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
