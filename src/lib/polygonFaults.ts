import { geoArea } from "d3-geo";
import type { MultiPolygon, Position } from "geojson";

/** Something wrong with one ring of a multipolygon, by its place in the coordinates. */
export interface PolygonFault {
  /** Index path into `coordinates`: [polygon, ring]. */
  at: [number, number];
  fault: "wound-backwards" | "crosses-itself";
}

const cross = (o: Position, a: Position, b: Position) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Whether segments pq and rs cross at a point inside both (touching ends do not count). */
const properlyCross = (p: Position, q: Position, r: Position, s: Position) => {
  const d1 = cross(r, s, p);
  const d2 = cross(r, s, q);
  const d3 = cross(p, q, r);
  const d4 = cross(p, q, s);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
};

/** Whether any two edges of a polygon's rings cross, by a sweep over their extents in longitude. */
function crossingRing(rings: Position[][]): number {
  const edges = rings.flatMap((ring, r) =>
    ring.slice(1).map((end, i) => {
      const start = ring[i];
      return { r, start, end, west: Math.min(start[0], end[0]), east: Math.max(start[0], end[0]) };
    }),
  );
  edges.sort((a, b) => a.west - b.west);
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length && edges[j].west <= edges[i].east; j++) {
      if (properlyCross(edges[i].start, edges[i].end, edges[j].start, edges[j].end)) return edges[i].r;
    }
  }
  return -1;
}

/**
 * The rings of a multipolygon that d3-geo would draw wrongly: an exterior ring wound
 * counter-clockwise (or a hole clockwise), which d3-geo reads as the whole globe minus the shape,
 * and rings whose edges cross, which have no inside. Empty for a valid area.
 */
export function polygonFaults(geometry: MultiPolygon): PolygonFault[] {
  const faults: PolygonFault[] = [];
  geometry.coordinates.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      // On its own, an exterior ring as d3-geo winds it covers less than a hemisphere, a hole more.
      const area = geoArea({ type: "Polygon", coordinates: [ring] });
      if ((r === 0) !== area < 2 * Math.PI) faults.push({ at: [p, r], fault: "wound-backwards" });
    });
    const crossing = crossingRing(rings);
    if (crossing >= 0) faults.push({ at: [p, crossing], fault: "crosses-itself" });
  });
  return faults;
}
