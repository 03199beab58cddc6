import polygonClipping from "polygon-clipping";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { areaKm2 } from "./areaKm2.ts";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";
import { clippingGeometry } from "./clippingGeometry.ts";

/** How much of Ukraine, and of each of its units, an occupied area covers. */
export interface OccupiedAreas {
  /** Occupied land in Ukraine, km². */
  totalKm2: number;
  /** Occupied share of Ukraine's area, 0-1 (0.192 is 19.2%). */
  shareOfUkraine: number;
  /** Occupied land in each unit the area reaches, keyed by ISO 3166-2 code: km² and share (0-1) of the unit. */
  byOblast: Record<string, { km2: number; share: number }>;
}

/**
 * Measures an occupied area against Ukraine's units on the sphere. Ukraine's area is the sum of its
 * units, so every share is relative to the same map the area was drawn on; land outside every unit
 * (a coast simplified outwards) is not counted.
 */
export function occupiedAreas(occupied: MultiPolygon, oblasts: FeatureCollection<Polygon | MultiPolygon>): OccupiedAreas {
  const byOblast: OccupiedAreas["byOblast"] = {};
  let ukraineKm2 = 0;
  let totalKm2 = 0;
  const units = [...oblasts.features].sort((a: Feature, b: Feature) => String(a.id).localeCompare(String(b.id)));
  for (const unit of units) {
    const unitKm2 = areaKm2(unit);
    ukraineKm2 += unitKm2;
    const km2 = areaKm2(multiPolygonFromClipping(polygonClipping.intersection(clippingGeometry(occupied), clippingGeometry(unit.geometry))));
    if (km2 > 0) {
      byOblast[String(unit.id)] = { km2, share: km2 / unitKm2 };
      totalKm2 += km2;
    }
  }
  return { totalKm2, shareOfUkraine: ukraineKm2 > 0 ? totalKm2 / ukraineKm2 : 0, byOblast };
}
