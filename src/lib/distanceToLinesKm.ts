import type { Position } from "geojson";
import { EARTH_RADIUS_KM } from "./areaKm2.ts";

type Vector = [number, number, number];

const toVector = ([lon, lat]: Position): Vector => {
  const λ = (lon * Math.PI) / 180;
  const φ = (lat * Math.PI) / 180;
  return [Math.cos(φ) * Math.cos(λ), Math.cos(φ) * Math.sin(λ), Math.sin(φ)];
};
const cross = (a: Vector, b: Vector): Vector => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Vector, b: Vector) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a: Vector) => Math.hypot(a[0], a[1], a[2]);
const angle = (a: Vector, b: Vector) => Math.atan2(norm(cross(a, b)), dot(a, b));

// Angle from p to the great-circle arc from a to b: to the arc itself where the foot of the
// perpendicular falls between its ends, otherwise to the nearer end.
const angleToArc = (p: Vector, a: Vector, b: Vector) => {
  const normal = cross(a, b);
  const length = norm(normal);
  if (length < 1e-15) return angle(p, a);
  const n: Vector = [normal[0] / length, normal[1] / length, normal[2] / length];
  const offPlane = dot(p, n);
  const foot: Vector = [p[0] - offPlane * n[0], p[1] - offPlane * n[1], p[2] - offPlane * n[2]];
  const between = dot(cross(a, foot), n) >= 0 && dot(cross(foot, b), n) >= 0;
  return between ? Math.asin(Math.min(1, Math.abs(offPlane))) : Math.min(angle(p, a), angle(p, b));
};

/**
 * Shortest distance on the sphere, in km, from a point to a set of lines (each a list of
 * [longitude, latitude] positions joined by great-circle arcs), e.g. from a town to the front line.
 * Infinity when there are no lines.
 */
export function distanceToLinesKm(point: Position, lines: Position[][]): number {
  const p = toVector(point);
  let smallest = Infinity;
  for (const line of lines) {
    let previous = toVector(line[0]);
    if (line.length === 1) smallest = Math.min(smallest, angle(p, previous));
    for (let i = 1; i < line.length; i += 1) {
      const next = toVector(line[i]);
      smallest = Math.min(smallest, angleToArc(p, previous, next));
      previous = next;
    }
  }
  return smallest * EARTH_RADIUS_KM;
}
