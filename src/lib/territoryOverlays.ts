import polygonClipping from "polygon-clipping";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { ControlSnapshot } from "../schemas/control.ts";
import type { TerritoryPlan } from "../schemas/plans.ts";
import { heldPart } from "./heldPart.ts";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";
import { planTerritory } from "./planTerritory.ts";
import type { LayerIndex } from "./types.ts";
import type { MapOverlay } from "./ukraineMap.ts";
import { clippingGeometry } from "./clippingGeometry.ts";
import { longDate } from "./longDate.ts";

/** What the territory sections add to the map, and the land they measure. */
export interface TerritoryOverlays {
  /** Shapes drawn over the oblasts: occupied areas, lines of contact, frozen parts of plans. */
  overlays: MapOverlay[];
  /** Layers made of marks the map already has: each plan. */
  layers: LayerIndex[];
  /** The land each of those layers stands for, to measure, by layer id. */
  land: Map<string, MultiPolygon>;
}

/** The day the full-scale invasion began: snapshots before it show the line of 2015 to 2022. */
const INVASION = "2022-02-24";

/**
 * The overlays and layers the territory sections draw. Each control snapshot adds its occupied area
 * and line of contact, and the latest adds the part of Donetsk oblast Ukraine holds. The land Russia
 * would hold under each plan reuses shapes the map already draws (whole oblasts, the latest occupied
 * area), so only the frozen part of a plan that freezes the line in some oblasts adds a shape.
 */
export function territoryOverlays(oblasts: Array<Feature<Polygon | MultiPolygon>>, snapshots: ControlSnapshot[], plans: TerritoryPlan[]): TerritoryOverlays {
  const overlays: MapOverlay[] = [];
  const layers: LayerIndex[] = [];
  const land = new Map<string, MultiPolygon>();
  const sorted = [...snapshots].sort((a, b) => a.date.localeCompare(b.date));
  for (const snapshot of sorted) {
    const before = snapshot.date < INVASION;
    overlays.push({
      id: `occupied-${snapshot.date}`,
      kind: "area",
      name: `Held by Russia, ${longDate(snapshot.date)}`,
      legend: before ? "Held by Russia and Russian-backed forces, 2015 to February 2022" : `Held by Russia, ${longDate(snapshot.date)} (approximate)`,
      role: before ? "occupied-2014" : "occupied",
      geometry: snapshot.occupied,
    });
    overlays.push({
      id: `front-${snapshot.date}`,
      kind: "line",
      name: `Line of contact, ${longDate(snapshot.date)}`,
      legend: before ? "Line of contact, 2015 to February 2022" : `Line of contact, ${longDate(snapshot.date)}`,
      role: "line",
      geometry: snapshot.contactLine,
    });
  }
  const latest = sorted.at(-1);
  if (!latest) return { overlays, layers, land };

  const donetsk = oblasts.find((f) => f.id === "UA-14");
  if (donetsk) {
    const heldId = `held-UA-14-${latest.date}`;
    const held = heldPart(donetsk.geometry, latest.occupied);
    overlays.push({ id: heldId, kind: "area", name: "Held by Ukraine in Donetsk oblast", legend: `Held by Ukraine in Donetsk oblast, ${longDate(latest.date)} (approximate)`, role: "held", geometry: held });
    land.set(heldId, held);
  }

  const occupiedId = `occupied-${latest.date}`;
  const byId = new Map(oblasts.map((f) => [String(f.id), f.geometry]));
  for (const plan of plans) {
    const members: string[] = [...plan.whole];
    if (plan.frozen === "everywhere") {
      members.push(occupiedId);
    } else if (plan.frozen.length > 0) {
      const frozenId = `${plan.id}-frozen`;
      const frozenUnits = plan.frozen.map((id) => {
        const unit = byId.get(id);
        if (!unit) throw new Error(`the map has no oblast "${id}"`);
        return clippingGeometry(unit);
      });
      overlays.push({
        id: frozenId,
        kind: "area",
        name: `${plan.name}: frozen on the line`,
        legend: "",
        role: "plan",
        geometry: multiPolygonFromClipping(polygonClipping.intersection(clippingGeometry(latest.occupied), polygonClipping.union(frozenUnits[0], ...frozenUnits.slice(1)))),
      });
      members.push(frozenId);
    }
    layers.push({ id: plan.id, label: `Russia would hold: ${plan.name}`, role: "plan", members });
    land.set(plan.id, planTerritory(plan, oblasts, latest.occupied));
  }
  return { overlays, layers, land };
}
