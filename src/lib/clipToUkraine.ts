import polygonClipping from "polygon-clipping";
import type { MultiPolygon, Polygon } from "geojson";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";
import { clippingGeometry } from "./clippingGeometry.ts";

/**
 * The part of an occupied area that lies in Ukraine: maps of the front are drawn with generous edges
 * over Russia and the sea, and only Ukraine's land counts. Returns a MultiPolygon wound clockwise, as
 * d3-geo expects; it is empty when nothing of the area lies in Ukraine.
 */
export function clipToUkraine(occupied: Polygon | MultiPolygon, ukraine: Polygon | MultiPolygon): MultiPolygon {
  return multiPolygonFromClipping(polygonClipping.intersection(clippingGeometry(occupied), clippingGeometry(ukraine)));
}
