import polygonClipping, { type Geom } from "polygon-clipping";
import type { MultiPolygon, Polygon } from "geojson";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";

const asClipping = (geometry: Polygon | MultiPolygon): Geom =>
  (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as Geom;

/** The part of a unit (an oblast) that an occupied area does not cover: what Ukraine still holds there. */
export function heldPart(unit: Polygon | MultiPolygon, occupied: MultiPolygon): MultiPolygon {
  return multiPolygonFromClipping(polygonClipping.difference(asClipping(unit), asClipping(occupied)));
}
