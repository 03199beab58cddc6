import polygonClipping from "polygon-clipping";
import type { MultiPolygon } from "geojson";
import type { ControlSnapshot } from "../schemas/control.ts";
import { areaKm2 } from "./areaKm2.ts";
import type { Geom } from "polygon-clipping";
import { clippingGeometry } from "./clippingGeometry.ts";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";
import { simplifyOccupied } from "./simplifyOccupied.ts";
import { isSliver } from "./isSliver.ts";

/**
 * Pieces smaller than this, or narrower on average, are the tracker redrawing an unchanged edge,
 * not ground taken: a strip a few metres wide along a border adds up to a square kilometre or so.
 */
export const MIN_GAIN = { km2: 1, widthKm: 0.25 };

// Keyed on the geometries themselves, so a corrected snapshot is never answered from the cache.
const cache = new WeakMap<object, WeakMap<object, MultiPolygon>>();

/**
 * The land Russia held on `current`'s day and not on `previous`'s, for drawing: the difference of
 * the tracker's own polygons (not of the simplified drawings, whose edges would differ everywhere),
 * less pieces under MIN_GAIN.km2, strips narrower than MIN_GAIN.widthKm on average and pieces
 * mostly outside the day's drawing (so beyond Ukraine's border), simplified like the drawings. Both
 * snapshots must come from the tracker. The same pair of days is worked out once per process.
 */
export function gainedArea(current: ControlSnapshot, previous: ControlSnapshot): MultiPolygon {
  if (!current.measured || !previous.measured)
    throw new Error(`gainedArea: ${current.measured ? previous.date : current.date} has no tracker polygon to compare`);
  const known = cache.get(current.measured)?.get(previous.measured);
  if (known) return known;
  const difference = multiPolygonFromClipping(polygonClipping.difference(clippingGeometry(current.measured), clippingGeometry(previous.measured)));
  const drawing = clippingGeometry(current.occupied);
  const pieces = difference.coordinates.filter((polygon) => {
    const km2 = areaKm2({ type: "Polygon", coordinates: polygon });
    if (isSliver(polygon, MIN_GAIN, km2)) return false;
    // A piece mostly outside the day's drawing, which is clipped to Ukraine, lies beyond the border.
    const inside = multiPolygonFromClipping(polygonClipping.intersection([polygon] as Geom, drawing));
    return areaKm2(inside) >= km2 / 2;
  });
  const gained = simplifyOccupied({ type: "MultiPolygon", coordinates: pieces }, { tolerance: 0.003 });
  if (!cache.has(current.measured)) cache.set(current.measured, new WeakMap());
  cache.get(current.measured)!.set(previous.measured, gained);
  return gained;
}
