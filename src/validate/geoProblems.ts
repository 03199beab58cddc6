import { geoArea } from "d3-geo";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { areaKm2 } from "../lib/areaKm2.ts";

/** Ukraine's official area, km² (State Statistics Service of Ukraine). */
const OFFICIAL_KM2 = 603_628;
/** How far the map's outline, simplified for a screen, may be from it. */
const TOLERANCE = 0.03;

/**
 * What is wrong with the map's geography that its schema cannot see: a unit with no area, or wound
 * so that d3-geo would draw the rest of the globe (rings whose arcs do not join, a broken transform),
 * or a Ukraine whose area is not near the official one. Named against the geography file, before
 * anything is measured on it.
 */
export function geoProblems(path: string, oblasts: FeatureCollection<Polygon | MultiPolygon>): string[] {
  const problems: string[] = [];
  let total = 0;
  oblasts.features.forEach((unit, i) => {
    const steradians = geoArea(unit);
    if (!(steradians > 0) || steradians >= 2 * Math.PI) {
      problems.push(
        `${path}: objects.oblasts.geometries[${i}]: expected ${unit.id} to be drawn as an area of land, found a shape with ${steradians > 0 ? "its rings reversed or its arcs not joining" : "no area"}: rebuild the file with npm run data:geo`,
      );
    } else total += areaKm2(unit);
  });
  if (problems.length === 0 && Math.abs(total - OFFICIAL_KM2) > TOLERANCE * OFFICIAL_KM2) {
    problems.push(
      `${path}: objects.oblasts: expected Ukraine's units to add up to about ${OFFICIAL_KM2.toLocaleString("en")} km² (within ${TOLERANCE * 100}%), found ${Math.round(total).toLocaleString("en")} km²: check the transform and the arcs, or rebuild the file with npm run data:geo`,
    );
  }
  return problems;
}
