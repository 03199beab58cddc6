import type { MultiPolygon, Position } from "geojson";

/** How finely an occupied area is kept. */
export interface MapPrecision {
  /** Largest distance a dropped vertex may lie from the simplified outline, in degrees of latitude (0.01° is about 1.1 km). */
  tolerance: number;
  /** Decimals kept in every coordinate (3 decimals is about 100 m). */
  digits: number;
}

const planarArea = (ring: Position[]) =>
  ring.reduce((sum, [x, y], i) => {
    const [nextX, nextY] = ring[(i + 1) % ring.length];
    return sum + x * nextY - nextX * y;
  }, 0) / 2;

// Douglas-Peucker on a closed ring, in a local plane where a degree of longitude is shortened by
// cos(latitude) so that the tolerance means the same distance east-west as north-south.
const simplifyRing = (ring: Position[], tolerance: number): Position[] => {
  const points = ring.slice(0, -1);
  const scale = Math.cos((points.reduce((sum, p) => sum + p[1], 0) / points.length) * (Math.PI / 180));
  const xy = points.map(([lon, lat]) => [lon * scale, lat]);
  const keep = new Array<boolean>(points.length + 1).fill(false);
  const distanceToChord = (i: number, from: number, to: number) => {
    const [ax, ay] = xy[from % xy.length];
    const [bx, by] = xy[to % xy.length];
    const [px, py] = xy[i];
    const length = Math.hypot(bx - ax, by - ay);
    return length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
  };
  const visit = (from: number, to: number) => {
    let farthest = -1;
    let distance = tolerance;
    for (let i = from + 1; i < to; i += 1) {
      const d = distanceToChord(i, from, to);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      visit(from, farthest);
      visit(farthest, to);
    }
  };
  // A ring has no natural ends: anchor it at its first vertex and at the vertex farthest from it.
  let opposite = 0;
  for (let i = 1; i < xy.length; i += 1) {
    if (Math.hypot(xy[i][0] - xy[0][0], xy[i][1] - xy[0][1]) > Math.hypot(xy[opposite][0] - xy[0][0], xy[opposite][1] - xy[0][1])) opposite = i;
  }
  keep[0] = keep[opposite] = true;
  visit(0, opposite);
  visit(opposite, points.length);
  const kept = points.filter((_, i) => keep[i]);
  return [...kept, kept[0]];
};

/**
 * Simplifies an occupied area to the precision of the map, the same input always giving the same
 * output: vertices closer than `tolerance` to the simplified outline are dropped (Douglas-Peucker),
 * coordinates are rounded to `digits` decimals, and rings that collapse are removed (a polygon whose
 * exterior collapses goes with its holes).
 */
export function simplifyOccupied(occupied: MultiPolygon, { tolerance = 0.01, digits = 3 }: Partial<MapPrecision> = {}): MultiPolygon {
  const factor = 10 ** digits;
  const round = (value: number) => Math.round(value * factor) / factor;
  const tidy = (ring: Position[]): Position[] | null => {
    const rounded = simplifyRing(ring, tolerance).map(([lon, lat]) => [round(lon), round(lat)]);
    const distinct = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
    return distinct.length >= 4 && planarArea(distinct) !== 0 ? distinct : null;
  };
  const coordinates = occupied.coordinates.flatMap((polygon) => {
    const [exterior, ...holes] = polygon.map(tidy);
    return exterior ? [[exterior, ...holes.filter((hole): hole is Position[] => hole !== null)]] : [];
  });
  return { type: "MultiPolygon", coordinates };
}
