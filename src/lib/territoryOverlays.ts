import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { ControlSnapshot } from "../schemas/control.ts";
import type { TerritoryPlan } from "../schemas/plans.ts";
import { heldPart } from "./heldPart.ts";
import { planTerritory } from "./planTerritory.ts";
import type { MapOverlay } from "./ukraineMap.ts";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const longDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));
/** The day the full-scale invasion began: snapshots before it show the line of 2015 to 2022. */
const INVASION = "2022-02-24";

/**
 * The overlays the territory sections draw: for each control snapshot, the area Russia held and the
 * line of contact; for the latest, the part of Donetsk oblast Ukraine held; and for each plan, the
 * land Russia would hold under it.
 */
export function territoryOverlays(oblasts: Array<Feature<Polygon | MultiPolygon>>, snapshots: ControlSnapshot[], plans: TerritoryPlan[]): MapOverlay[] {
  const overlays: MapOverlay[] = [];
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
  const donetsk = oblasts.find((f) => f.id === "UA-14");
  if (latest && donetsk) {
    overlays.push({
      id: `held-UA-14-${latest.date}`,
      kind: "area",
      name: "Held by Ukraine in Donetsk oblast",
      legend: `Held by Ukraine in Donetsk oblast, ${longDate(latest.date)} (approximate)`,
      role: "held",
      geometry: heldPart(donetsk.geometry, latest.occupied),
    });
    for (const plan of plans) {
      overlays.push({
        id: plan.id,
        kind: "area",
        name: plan.name,
        legend: `Russia would hold: ${plan.name}`,
        role: "plan",
        geometry: planTerritory(plan, oblasts, latest.occupied),
      });
    }
  }
  return overlays;
}
