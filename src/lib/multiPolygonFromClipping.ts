import type { MultiPolygon } from "geojson";
import type { MultiPolygon as ClippingMultiPolygon } from "polygon-clipping";
import { rewindForD3 } from "./rewindForD3.ts";

/**
 * Turns polygon-clipping's output into a MultiPolygon d3-geo can measure and draw. polygon-clipping
 * works in the plane and winds exterior rings counter-clockwise; d3-geo reads such a ring as the
 * whole globe minus the shape, so every ring is reversed (and rewound should one still be inverted).
 */
export function multiPolygonFromClipping(polygons: ClippingMultiPolygon): MultiPolygon {
  return rewindForD3({
    type: "MultiPolygon",
    coordinates: polygons.map((polygon) => polygon.map((ring) => [...ring].reverse())),
  });
}
