import polygonClipping from "polygon-clipping";
import type { MultiPolygon, Polygon } from "geojson";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";
import { clippingGeometry } from "./clippingGeometry.ts";

/** The part of a unit (an oblast) that an occupied area does not cover: what Ukraine still holds there. */
export function heldPart(unit: Polygon | MultiPolygon, occupied: MultiPolygon): MultiPolygon {
  return multiPolygonFromClipping(polygonClipping.difference(clippingGeometry(unit), clippingGeometry(occupied)));
}
