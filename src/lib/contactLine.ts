import { geoInterpolate } from "d3-geo";
import type { MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { distanceToLinesKm } from "./distanceToLinesKm.ts";

/**
 * The front line: the parts of the occupied area's boundary that are not Ukraine's international
 * border or coast. A boundary segment belongs to the front when its midpoint lies more than
 * `borderKm` from Ukraine's outline; consecutive front segments are joined into lines. The default
 * suits an area clipped to the same outline (its border segments then lie on the outline, give or
 * take rounding); an area whose border was simplified separately needs a margin above that
 * simplification, about 2 km for 0.01°.
 */
export function contactLine(occupied: MultiPolygon, ukraine: Polygon | MultiPolygon, { borderKm = 0.5 } = {}): MultiLineString {
  const outline = ukraine.type === "Polygon" ? ukraine.coordinates : ukraine.coordinates.flat();
  const lines: Position[][] = [];
  for (const ring of occupied.coordinates.flat()) {
    const segments = ring.length - 1;
    const isFront = Array.from(
      { length: segments },
      (_, i) => distanceToLinesKm(geoInterpolate(ring[i] as [number, number], ring[i + 1] as [number, number])(0.5), outline) > borderKm,
    );
    if (isFront.every(Boolean)) {
      lines.push(ring);
      continue;
    }
    // Start walking just after a border segment so that no run of front segments is cut in two.
    const start = isFront.indexOf(false) + 1;
    let run: Position[] = [];
    for (let step = 0; step < segments; step += 1) {
      const i = (start + step) % segments;
      if (isFront[i]) {
        if (run.length === 0) run.push(ring[i]);
        run.push(ring[i + 1]);
      } else if (run.length > 0) {
        lines.push(run);
        run = [];
      }
    }
    if (run.length > 0) lines.push(run);
  }
  return { type: "MultiLineString", coordinates: lines };
}
