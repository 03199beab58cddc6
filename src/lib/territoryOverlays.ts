import polygonClipping from "polygon-clipping";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { ControlSnapshot } from "../schemas/control.ts";
import type { TerritoryPlan } from "../schemas/plans.ts";
import type { Strings } from "../i18n/strings.ts";
import { heldPart } from "./heldPart.ts";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";
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
  /** Names by meaning for the snapshots' layers: occupied@latest, front@2022-02-23, held-UA-14@latest. */
  aliases: Record<string, string>;
}

/** The day the full-scale invasion began: snapshots before it show the line of 2015 to 2022. */
const INVASION = "2022-02-24";

/**
 * The snapshots the map draws: the latest, and the line held before the full-scale invasion. The
 * other days' snapshots are data (their figures, their files), not shapes every reader downloads.
 */
export const drawnSnapshots = (snapshots: ControlSnapshot[]): ControlSnapshot[] => {
  const sorted = [...snapshots].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.filter((s, i) => s.date < INVASION || i === sorted.length - 1);
};

/** The oblast whose Ukrainian-held part the explainer is about. */
const HELD_OBLAST = "UA-14";

/**
 * The overlays and layers the territory sections draw. Each control snapshot adds its occupied area
 * and line of contact, and the latest adds the part of Donetsk oblast Ukraine holds; each is also
 * named by meaning, by its date and, for the latest, as "latest". The land Russia would hold under
 * each plan reuses shapes the map already draws (whole oblasts, the latest occupied area), so only
 * the frozen part of a plan that freezes the line in some oblasts adds a shape.
 */
export function territoryOverlays(
  oblasts: Array<Feature<Polygon | MultiPolygon>>,
  snapshots: ControlSnapshot[],
  plans: TerritoryPlan[],
  strings: Strings,
): TerritoryOverlays {
  const overlays: MapOverlay[] = [];
  const layers: LayerIndex[] = [];
  const aliases: Record<string, string> = {};
  const date = (iso: string) => longDate(iso, strings.locale);
  const sorted = drawnSnapshots(snapshots);
  const latest = sorted.at(-1);
  const name = (stem: string, day: string) => {
    const id = `${stem}-${day}`;
    aliases[`${stem}@${day}`] = id;
    if (day === latest?.date) aliases[`${stem}@latest`] = id;
    return id;
  };
  for (const snapshot of sorted) {
    const before = snapshot.date < INVASION;
    overlays.push({
      id: name("occupied", snapshot.date),
      kind: "area",
      name: strings.map.occupiedName(date(snapshot.date)),
      legend: before ? strings.map.occupiedBeforeInvasion : strings.map.occupiedLegend(date(snapshot.date)),
      role: before ? "occupied-2014" : "occupied",
      geometry: snapshot.occupied,
    });
    overlays.push({
      id: name("front", snapshot.date),
      kind: "line",
      name: strings.map.frontName(date(snapshot.date)),
      legend: before ? strings.map.frontBeforeInvasion : strings.map.frontLegend(date(snapshot.date)),
      role: "line",
      geometry: snapshot.contactLine,
    });
  }
  if (!latest) return { overlays, layers, aliases };

  const oblast = oblasts.find((f) => f.id === HELD_OBLAST);
  if (oblast) {
    const heldId = name(`held-${HELD_OBLAST}`, latest.date);
    const held = heldPart(oblast.geometry, latest.occupied);
    const oblastName = String(oblast.properties?.name ?? HELD_OBLAST);
    overlays.push({
      id: heldId,
      kind: "area",
      name: strings.map.heldName(oblastName),
      legend: strings.map.heldLegend(oblastName, date(latest.date)),
      role: "held",
      geometry: held,
    });
  }

  const occupiedId = `occupied-${latest.date}`;
  const byId = new Map(oblasts.map((f) => [String(f.id), f.geometry]));
  for (const plan of plans) {
    const members: string[] = [...plan.whole];
    if (plan.frozen === "everywhere") {
      members.push(occupiedId);
    } else if (plan.frozen.length > 0) {
      const frozenId = `${plan.id}-frozen`;
      const frozenUnits = plan.frozen.map((id) => clippingGeometry(byId.get(id)!));
      overlays.push({
        id: frozenId,
        kind: "area",
        name: strings.map.planFrozen(plan.name),
        legend: "",
        role: "plan",
        geometry: multiPolygonFromClipping(
          polygonClipping.intersection(clippingGeometry(latest.occupied), polygonClipping.union(frozenUnits[0], ...frozenUnits.slice(1))),
        ),
      });
      members.push(frozenId);
    }
    layers.push({ id: plan.id, label: strings.map.planLegend(plan.name), role: "plan", members });
  }
  return { overlays, layers, aliases };
}
