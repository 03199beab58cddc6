import polygonClipping, { type Geom } from "polygon-clipping";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { TerritoryPlan } from "../schemas/plans.ts";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";
import { clippingGeometry } from "./clippingGeometry.ts";

/**
 * The land Russia would hold under a plan: the oblasts it would hold whole, plus, where the line
 * would be frozen, the part of those oblasts it holds on the snapshot's date.
 */
export function planTerritory(
  plan: Pick<TerritoryPlan, "whole" | "frozen">,
  oblasts: Array<Feature<Polygon | MultiPolygon>>,
  occupied: MultiPolygon,
): MultiPolygon {
  const byId = new Map(oblasts.map((f) => [String(f.id), f.geometry]));
  const unit = (id: string) => {
    const geometry = byId.get(id);
    if (!geometry) throw new Error(`the map has no oblast "${id}"`);
    return clippingGeometry(geometry);
  };
  const parts: Geom[] = plan.whole.map(unit);
  if (plan.frozen === "everywhere") {
    parts.push(clippingGeometry(occupied));
  } else if (plan.frozen.length > 0) {
    parts.push(polygonClipping.intersection(clippingGeometry(occupied), polygonClipping.union(unit(plan.frozen[0]), ...plan.frozen.slice(1).map(unit))));
  }
  if (parts.length === 0) return { type: "MultiPolygon", coordinates: [] };
  return multiPolygonFromClipping(polygonClipping.union(parts[0], ...parts.slice(1)));
}
