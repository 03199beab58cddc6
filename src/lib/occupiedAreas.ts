import polygonClipping from "polygon-clipping";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import type { OfficialAreas } from "../schemas/areas.ts";
import { areaKm2 } from "./areaKm2.ts";
import { clippingGeometry } from "./clippingGeometry.ts";
import { distanceToLinesKm } from "./distanceToLinesKm.ts";

/** How much of Ukraine, and of each of its units, an occupied area covers. */
export interface OccupiedAreas {
  /** Occupied land in Ukraine, km². */
  totalKm2: number;
  /** Occupied share of Ukraine's official area, 0-1 (0.192 is 19.2%). */
  shareOfUkraine: number;
  /** Occupied land in each unit the area reaches, keyed by ISO 3166-2 code: km² and share (0-1) of the unit's official area. */
  byOblast: Record<string, { km2: number; share: number }>;
}

/**
 * Land of the measured area outside the map's simplified units but this close to one (a coast or
 * border the outline draws a little inside the tracker's) belongs to the nearest unit; land farther
 * out lies beyond Ukraine and is not counted.
 */
export const OUTLINE_MARGIN_KM = 15;

const middle = (ring: Position[]): Position => {
  const points = ring.slice(0, -1);
  return [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
};

const boundary = (geometry: Polygon | MultiPolygon): Position[][] => (geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat());

/** [west, south, east, north] of a set of rings. */
const boxOf = (rings: Position[][]): [number, number, number, number] => {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  return box;
};

// Boxes that overlap, the first grown by `margin` degrees.
const overlaps = (a: [number, number, number, number], b: [number, number, number, number], margin = 0) =>
  a[0] - margin <= b[2] && b[0] <= a[2] + margin && a[1] - margin <= b[3] && b[1] <= a[3] + margin;

// A degree of latitude is about 111 km; of longitude at Ukraine's latitudes, about 70 km.
const MARGIN_DEGREES = OUTLINE_MARGIN_KM / 70;

/**
 * Measures an occupied area on the WGS84 ellipsoid, as drawn by whoever mapped it (a tracker's own
 * polygon, not clipped to the map's outline), and shares it out among Ukraine's units: each unit
 * gets the part inside its simplified shape, plus the slivers just outside it that the outline
 * leaves off along coasts and borders (within OUTLINE_MARGIN_KM, to the nearest unit). Shares are
 * of the official areas, so they do not depend on how the map simplifies the outline; a unit with
 * occupied land but no official area is an error that names it.
 */
export function occupiedAreas(measured: MultiPolygon, oblasts: FeatureCollection<Polygon | MultiPolygon>, official: OfficialAreas): OccupiedAreas {
  return areasOver(occupiedKm2ByUnit(measured, oblasts), official);
}

/** The geometric half of occupiedAreas: the occupied km² each unit gets, slivers included, before any official area. */
export function occupiedKm2ByUnit(measured: MultiPolygon, oblasts: FeatureCollection<Polygon | MultiPolygon>): Record<string, number> {
  const area = clippingGeometry(measured);
  const box = boxOf(measured.coordinates.flat());
  // Only units near the area can hold any of it: the others are skipped, which keeps the check fast.
  const units = [...oblasts.features]
    .sort((a: Feature, b: Feature) => String(a.id).localeCompare(String(b.id)))
    .map((unit) => ({ id: String(unit.id), geometry: unit.geometry, box: boxOf(boundary(unit.geometry)) }))
    .filter((unit) => overlaps(box, unit.box, MARGIN_DEGREES));
  const km2 = new Map<string, number>();
  for (const unit of units) {
    if (!overlaps(box, unit.box)) continue;
    const inside = areaKm2({ type: "MultiPolygon", coordinates: polygonClipping.intersection(area, clippingGeometry(unit.geometry)) });
    if (inside > 0) km2.set(unit.id, inside);
  }
  const outside = polygonClipping.difference(area, ...units.map((u) => clippingGeometry(u.geometry)));
  for (const piece of outside) {
    const point = middle(piece[0]);
    let nearest: { id: string; km: number } | undefined;
    for (const unit of units) {
      if (!overlaps(unit.box, [point[0], point[1], point[0], point[1]], MARGIN_DEGREES)) continue;
      const km = distanceToLinesKm(point, boundary(unit.geometry));
      if (km <= OUTLINE_MARGIN_KM && (!nearest || km < nearest.km)) nearest = { id: unit.id, km };
    }
    if (nearest) km2.set(nearest.id, (km2.get(nearest.id) ?? 0) + areaKm2({ type: "Polygon", coordinates: piece }));
  }
  return Object.fromEntries([...km2].sort(([a], [b]) => a.localeCompare(b)));
}

/** The arithmetic half of occupiedAreas: totals and shares of the official areas, from each unit's occupied km². */
export function areasOver(km2ByUnit: Record<string, number>, official: OfficialAreas): OccupiedAreas {
  const byOblast: OccupiedAreas["byOblast"] = {};
  let totalKm2 = 0;
  for (const [id, value] of Object.entries(km2ByUnit)) {
    const unitKm2 = official.units[id];
    if (unitKm2 === undefined) throw new Error(`the occupied area reaches ${id}, which has no official area: add it to data/geo/official-areas`);
    byOblast[id] = { km2: value, share: Math.min(1, value / unitKm2) };
    totalKm2 += value;
  }
  return { totalKm2, shareOfUkraine: totalKm2 / official.ukraineKm2, byOblast };
}
