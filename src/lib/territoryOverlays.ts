import polygonClipping, { type Geom } from "polygon-clipping";
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
import { unitName } from "./unitName.ts";
import { isSliver } from "./isSliver.ts";

/** What the territory sections add to the map, and the land they measure. */
export interface TerritoryOverlays {
  /** Shapes drawn over the oblasts: occupied areas, lines of contact, and what each plan would change. */
  overlays: MapOverlay[];
  /** Layers made of marks the map already has: the part of Donetsk Ukraine holds and the latest line, as each side proposes them. */
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

/**
 * Pieces of a plan's change smaller than this, or narrower on average, are slivers where the
 * simplified oblast outlines and the tracker's area part along a coast or a border, not land.
 */
const SLIVER = { km2: 5, widthKm: 3 };

/** The oblast whose Ukrainian-held part the explainer is about. */
const HELD_OBLAST = "UA-14";

/**
 * The overlays and layers the territory sections draw. Each control snapshot adds its occupied area
 * and line of contact, and the latest adds the part of Donetsk oblast Ukraine holds; each is also
 * named by meaning, by its date and, for the latest, as "latest". Each plan adds, measured against
 * the latest occupied area, the land Ukraine would give up (`plan-…-ceded`) and, for a plan that
 * says so, the land Russia would hand back (`plan-…-returned`), where there is any; and the part of Donetsk Ukraine holds is
 * also painted as each side proposes it (the withdrawal area, the zone, the line to freeze).
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
    const oblastName = unitName(oblast.properties, strings.lang) ?? HELD_OBLAST;
    overlays.push({
      id: heldId,
      kind: "area",
      name: strings.map.heldName(oblastName),
      legend: strings.map.heldLegend(oblastName, date(latest.date)),
      role: "held",
      geometry: held,
    });
    // The proposals for that part, each its own look: the area Russia demands Ukraine leave, and
    // the same area as the zone the US floated.
    layers.push(
      { id: "donetsk-withdrawal", label: strings.map.withdrawalLegend, role: "ceded", members: [heldId] },
      { id: "donetsk-zone", label: strings.map.zoneLegend, role: "zone", members: [heldId] },
    );
  }
  // The latest line of contact as the line Kyiv proposes to stop on.
  layers.push({ id: "freeze-line", label: strings.map.freezeLegend, role: "freeze", members: [aliases["front@latest"]] });

  // Each plan against the latest map: the land it would give Russia that Ukraine holds, and, where
  // the plan says so, the land Russia holds that it would hand back. What Russia holds and keeps is
  // the occupied area itself.
  const occupied = clippingGeometry(latest.occupied);
  const byId = new Map(oblasts.map((f) => [String(f.id), clippingGeometry(f.geometry)]));
  const union = (ids: string[]): Geom => (ids.length ? polygonClipping.union(byId.get(ids[0])!, ...ids.slice(1).map((id) => byId.get(id)!)) : []);
  for (const plan of plans) {
    const whole = union(plan.whole);
    const frozen = plan.frozen === "everywhere" ? occupied : polygonClipping.intersection(occupied, union(plan.frozen));
    const land = polygonClipping.union(whole, frozen);
    const parts = [
      { id: `${plan.id}-ceded`, role: "ceded" as const, geometry: polygonClipping.difference(land, occupied), legend: strings.map.cededLegend },
      ...(plan.handsBack
        ? [{ id: `${plan.id}-returned`, role: "returned" as const, geometry: polygonClipping.difference(occupied, land), legend: strings.map.returnedLegend }]
        : []),
    ];
    for (const part of parts) {
      // Where the simplified oblast outlines and the tracker's area part by a hair, slivers are left: drop them.
      const pieces = multiPolygonFromClipping(part.geometry).coordinates.filter((polygon) => !isSliver(polygon, SLIVER));
      const geometry: MultiPolygon = { type: "MultiPolygon", coordinates: pieces };
      if (geometry.coordinates.length) overlays.push({ id: part.id, kind: "area", name: part.legend, legend: part.legend, role: part.role, geometry });
    }
  }

  return { overlays, layers, aliases };
}
