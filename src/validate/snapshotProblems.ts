import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { ControlSnapshot } from "../schemas/control.ts";
import type { Dataset } from "../registry/datasets.ts";
import { areasOver, occupiedKm2ByUnit } from "../lib/occupiedAreas.ts";
import { polygonFaults } from "../lib/polygonFaults.ts";
import { contactLine } from "../lib/contactLine.ts";
import type { OfficialAreas } from "../schemas/areas.ts";

/** How far a stored area may be from the area measured again from the geometry: 0.5%, or 1 km² for a sliver. */
const TOLERANCE = 0.005;
const near = (stored: number, measured: number, floor: number) => Math.abs(stored - measured) <= Math.max(TOLERANCE * measured, floor);
const FAULTS = {
  "wound-backwards":
    "a ring wound as d3-geo draws it (exterior rings clockwise, holes counter-clockwise); this one is reversed, and the map would fill the whole globe but it: re-import the snapshot with npm run data:snapshot",
  "crosses-itself": "a ring whose edges do not cross; this one crosses itself, so it has no inside: re-import the snapshot with npm run data:snapshot",
};

/** What a snapshot's geometry gives on the map's units: each unit's occupied km² (of `measured`, or `occupied`), and its line of contact. */
export const derivedGeometry = (snapshot: ControlSnapshot, oblasts: FeatureCollection<Polygon | MultiPolygon>, ukraine: MultiPolygon) => ({
  km2ByUnit: occupiedKm2ByUnit((snapshot.measured ?? snapshot.occupied) as MultiPolygon, oblasts),
  line: contactLine(snapshot.occupied as MultiPolygon, ukraine),
});

/**
 * What is wrong with a control snapshot that did not come through the importer, or was edited after:
 * its file name and `date` disagree, its rings are reversed or cross themselves, its stored areas
 * (total, share and each oblast's) are not the areas its geometry measures on the map's oblasts, or
 * its line of contact is not the one its area gives against Ukraine's border (`ukraine`). Areas are
 * measured again as the importer measures them: on `measured` (or `occupied`), over `official`.
 */
export function snapshotProblems(
  { path, data }: Dataset<ControlSnapshot>,
  day: string,
  oblasts: FeatureCollection<Polygon | MultiPolygon>,
  ukraine: MultiPolygon,
  official: { path: string; areas: OfficialAreas },
  geoPath: string,
  // What the geometry gives on the map's units, which an official area does not change: the check may keep it between calls.
  derive = () => derivedGeometry(data, oblasts, ukraine),
): string[] {
  const problems: string[] = [];
  if (data.date !== day) problems.push(`${path}: date: expected ${day}, the day in the file's name, found "${data.date}"`);
  const faults = polygonFaults(data.occupied as MultiPolygon);
  for (const { at, fault } of faults) problems.push(`${path}: occupied.coordinates[${at[0]}][${at[1]}]: expected ${FAULTS[fault]}`);
  if (faults.length) return problems;

  const before = problems.length;
  const derived = derive();
  let measured: ReturnType<typeof areasOver>;
  try {
    measured = areasOver(derived.km2ByUnit, official.areas);
  } catch (error) {
    return [...problems, `${path}: areas: ${(error as Error).message} (${official.path})`];
  }
  const { areas } = data;
  if (!near(areas.totalKm2, measured.totalKm2, 1)) {
    problems.push(
      `${path}: areas.totalKm2: expected the area the geometry measures, ${Math.round(measured.totalKm2)} km² (within 0.5%), found ${areas.totalKm2}`,
    );
  }
  if (!near(areas.shareOfUkraine, measured.shareOfUkraine, 0.0001)) {
    problems.push(
      `${path}: areas.shareOfUkraine: expected the share the geometry measures, ${measured.shareOfUkraine.toFixed(4)} (within 0.5%), found ${areas.shareOfUkraine}`,
    );
  }
  const ids = new Set([...Object.keys(areas.byOblast), ...Object.keys(measured.byOblast)]);
  for (const id of [...ids].sort()) {
    const stored = areas.byOblast[id];
    const actual = measured.byOblast[id];
    // An oblast the area only grazes (under 1 km²) may be listed or not.
    if (!stored && actual && actual.km2 >= 1)
      problems.push(`${path}: areas.byOblast: expected an entry for ${id}, where the geometry measures ${Math.round(actual.km2)} km², found none`);
    else if (stored && !actual)
      problems.push(`${path}: areas.byOblast.${id}: expected no entry, since the geometry does not reach ${id}, found ${stored.km2} km²`);
    else if (stored && actual) {
      if (!near(stored.km2, actual.km2, 1))
        problems.push(
          `${path}: areas.byOblast.${id}.km2: expected the area the geometry measures, ${Math.round(actual.km2)} km² (within 0.5%), found ${stored.km2}`,
        );
      if (!near(stored.share, actual.share, 0.0001))
        problems.push(
          `${path}: areas.byOblast.${id}.share: expected the share the geometry measures, ${actual.share.toFixed(4)} (within 0.5%), found ${stored.share}`,
        );
    }
  }
  // A stored area that no longer matches may mean the map's geography changed after the import.
  if (problems.length > before)
    problems.push(
      `${path}: areas: measured with the units of ${geoPath} and the official areas of ${official.path}; if either changed since this snapshot was imported, import it again with npm run data:snapshot`,
    );
  if (JSON.stringify(derived.line) !== JSON.stringify(data.contactLine)) {
    problems.push(
      `${path}: contactLine: expected the line the area gives against Ukraine's border and coast, found another line: re-import the snapshot with npm run data:snapshot`,
    );
  }
  return problems;
}
