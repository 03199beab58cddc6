import polygonClipping from "polygon-clipping";
import type { MultiPolygon as ClippingMultiPolygon, Polygon as ClippingPolygon } from "polygon-clipping";
import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { clipToUkraine } from "./clipToUkraine.ts";
import { contactLine } from "./contactLine.ts";
import { isCalendarDate } from "./isCalendarDate.ts";
import { longDate } from "./longDate.ts";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";
import { occupiedAreas } from "./occupiedAreas.ts";
import { simplifyOccupied } from "./simplifyOccupied.ts";
import { round } from "./round.ts";
import { UKRAINE_REGION } from "./ukraineRegion.ts";
import type { OfficialAreas } from "../schemas/areas.ts";

// Five decimals of a degree are about a metre: finer than any front-line map, and a third smaller.
const roundCoordinates = (polygons: ClippingMultiPolygon): Position[][][] =>
  polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => [round(lon, 5), round(lat, 5)])));

/** What a snapshot says besides its geometry, as the person importing it gives it. */
export interface SnapshotMeta {
  /** The day the map shows, YYYY-MM-DD. */
  date?: string;
  /** The day of the import, YYYY-MM-DD (UTC): neither the map nor its publication can be later. */
  today: string;
  /**
   * The published map the area was taken from; `date` defaults to the snapshot's date; `via` names
   * the licensed archive or republisher whose copy `url` links; `credit` is the credit line its
   * maker or licence asks for, shown on every map drawn from it.
   */
  source?: { outlet?: string; title?: string; url?: string; date?: string; via?: string; credit?: string };
  /**
   * What the areas are measured on: the input itself (a tracker's polygon, stored as `measured`),
   * or, for the project's own drawing, the drawing clipped to the map's outline.
   */
  measureOn?: "input" | "drawing";
  /** The version to write: 1 for a new day, the next for a correction of a day already imported. */
  version?: number;
  /** Headline of the file; a default names the date. */
  title?: string;
  /** How the area was made; a default describes the import. */
  note?: string;
  /** How precise the area is, in words for readers; a default gives the map's precision. */
  precision?: string;
  /** The edition that publishes it, for a correction of an earlier day published with a later edition. */
  edition?: string;
  /** The published maps readers should trust over ours. */
  authoritative: { name: string; url: string }[];
}

// Russia's occupation of Crimea began on 20 February 2014: no front-line map of this war shows an earlier day.
const FIRST_DAY = "2014-02-20";

// No map of this war has shown more than about 27% of Ukraine held by Russia (spring 2022), so an area
// over half of it is a map of the wrong side rather than news.
const MOST_PLAUSIBLE_SHARE = 0.5;

interface DrawnPolygon {
  /** Where the polygon is in the input, e.g. "features[2].geometry.coordinates". */
  path: string;
  rings: Position[][];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const at = (path: string) => (path ? ` at ${path}` : "");
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const parse = (text: string): unknown => {
  if (text.trim() === "") throw new Error("The input file is empty: export the map again as GeoJSON.");
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? NaN);
    const truncated = /end of JSON input|Unterminated/.test(message) || position >= text.trimEnd().length;
    if (truncated)
      throw new Error(`The input is not valid JSON: it stops in the middle (${message}). The file looks truncated: download or export it again.`, {
        cause: error,
      });
    throw new Error(`The input is not JSON (${message}). Give the GeoJSON file itself, not a web page, a CSV or a KML file.`, { cause: error });
  }
};

const readRings = (value: unknown, path: string): Position[][] => {
  if (!Array.isArray(value) || value.length === 0)
    throw new Error(`The polygon${at(path)} has no rings: expected a list of rings of [longitude, latitude] positions, found ${shown(value)}.`);
  return value.map((ring, i) => {
    if (!Array.isArray(ring) || ring.length < 3)
      throw new Error(`The ring at ${path}[${i}] is not a list of at least 3 [longitude, latitude] positions (found ${shown(ring)}).`);
    return ring.map((point, j) => {
      if (!Array.isArray(point) || point.length < 2 || !point.slice(0, 2).every((n) => typeof n === "number" && Number.isFinite(n))) {
        throw new Error(`The position at ${path}[${i}][${j}] is not a [longitude, latitude] pair of numbers (found ${shown(point)}).`);
      }
      return [point[0], point[1]];
    });
  });
};

const collectPolygons = (value: unknown, path: string, found: DrawnPolygon[]): void => {
  if (!isRecord(value) || typeof value.type !== "string") {
    throw new Error(`The input is JSON but not GeoJSON: expected an object with a "type" such as "FeatureCollection"${at(path)}, found ${shown(value)}.`);
  }
  switch (value.type) {
    case "FeatureCollection":
      if (!Array.isArray(value.features)) throw new Error(`The FeatureCollection${at(path)} has no "features" list: the file is not valid GeoJSON.`);
      value.features.forEach((feature, i) => collectPolygons(feature, path ? `${path}.features[${i}]` : `features[${i}]`, found));
      return;
    case "Feature":
      if (value.geometry === null || value.geometry === undefined) throw new Error(`The feature${at(path)} has no geometry: remove it or draw its area.`);
      collectPolygons(value.geometry, join(path, "geometry"), found);
      return;
    case "Polygon":
      found.push({ path: join(path, "coordinates"), rings: readRings(value.coordinates, join(path, "coordinates")) });
      return;
    case "MultiPolygon":
      if (!Array.isArray(value.coordinates)) throw new Error(`The MultiPolygon${at(path)} has no list of polygons in "coordinates".`);
      value.coordinates.forEach((polygon, i) => {
        const polygonPath = `${join(path, "coordinates")}[${i}]`;
        found.push({ path: polygonPath, rings: readRings(polygon, polygonPath) });
      });
      return;
    case "Point":
    case "MultiPoint":
    case "LineString":
    case "MultiLineString":
    case "GeometryCollection":
      throw new Error(
        `The input holds a ${value.type}${at(path)}, but the occupied area must be drawn as a Polygon or MultiPolygon: a closed shape covering the Russian-held area, not a line or points.`,
      );
    default:
      throw new Error(
        `The input is JSON but not GeoJSON: "${value.type}"${at(path)} is not a GeoJSON type (expected Polygon, MultiPolygon, Feature or FeatureCollection).`,
      );
  }
};

const checkRegion = ({ path, rings }: DrawnPolygon) => {
  const { west, east, south, north } = UKRAINE_REGION;
  rings.forEach((ring, i) =>
    ring.forEach(([lon, lat], j) => {
      if (lon >= west && lon <= east && lat >= south && lat <= north) return;
      const swapped = lat >= west && lat <= east && lon >= south && lon <= north;
      throw new Error(
        `The position at ${path}[${i}][${j}] is (${lon}, ${lat}), outside the region around Ukraine (longitude ${west} to ${east}° E, latitude ${south} to ${north}° N). ` +
          (swapped
            ? "Longitude and latitude look swapped: GeoJSON puts longitude first."
            : "Export the map in longitude/latitude degrees (WGS 84, EPSG:4326), longitude first, and check it shows Ukraine."),
      );
    }),
  );
};

// polygon-clipping's union rebuilds a polygon without self-intersections; a shape it cannot rebuild,
// or one with no area left, cannot be repaired and must be redrawn.
const repair = ({ path, rings }: DrawnPolygon): ClippingMultiPolygon => {
  let repaired: ClippingMultiPolygon = [];
  try {
    repaired = polygonClipping.union(rings as ClippingPolygon);
  } catch {
    // polygon-clipping gives up on some degenerate rings; the message below says what to do.
  }
  if (repaired.length === 0) {
    throw new Error(
      `The polygon at ${path} crosses or folds back on itself and could not be repaired: no area is left once its self-intersections are removed. Redraw it as a simple closed shape.`,
    );
  }
  return repaired;
};

const checkDay = (label: string, day: string, option: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`${label} "${day}" is not a day written as YYYY-MM-DD (e.g. ${option} 2025-12-15).`);
  if (!isCalendarDate(day)) throw new Error(`${label} "${day}" does not exist in the calendar: check the month and the day given with ${option}.`);
};

const readMeta = (meta: SnapshotMeta) => {
  const { today } = meta;
  if (!meta.date) throw new Error("No date: say which day the map shows, as YYYY-MM-DD (e.g. --date 2025-12-15).");
  checkDay("The date", meta.date, "--date");
  if (meta.date > today)
    throw new Error(
      `The date ${meta.date} is after today (${today}): a map cannot show a day that has not come yet. Check the year, month and day given with --date.`,
    );
  if (meta.date < FIRST_DAY) {
    throw new Error(
      `The date ${meta.date} is before ${longDate(FIRST_DAY, "en-GB")}, when Russia's occupation of Crimea began: no front-line map of this war shows an earlier day. Check the year given with --date.`,
    );
  }
  const { outlet, title, url, date = meta.date } = meta.source ?? {};
  const missing = [!outlet && "outlet (--source-outlet)", !title && "title (--source-title)", !url && "link (--source-url)"].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(`No source: name the published map this area comes from, so readers can check it. Missing: ${missing.join(", ")}.`);
  }
  if (!/[\p{L}\p{N}]/u.test(outlet!)) {
    throw new Error(
      `The source outlet "${outlet}" does not name an outlet: give the name of the outlet or institution that published the map (e.g. --source-outlet DeepState).`,
    );
  }
  if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(url!)) throw new Error(`The source link "${url}" must be an https:// link to the original map, not to a copy.`);
  checkDay("The source's date", date, "--source-date");
  if (date > today) throw new Error(`The source's date ${date} is after today (${today}): give the day the map was published with --source-date.`);
  if (date < meta.date) {
    throw new Error(
      `The source's date ${date} is before ${meta.date}, the day the map shows: a map cannot be published before the day it shows. Check --date, and give the day the map was published with --source-date.`,
    );
  }
  const id = `${
    outlet!
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "source"
  }-${date}`;
  const { via, credit } = meta.source ?? {};
  return {
    date: meta.date,
    source: {
      id,
      outlet: outlet!.trim(),
      title: title!.trim(),
      date,
      url: url!,
      ...(via ? { via: via.trim() } : {}),
      ...(credit ? { credit: credit.trim() } : {}),
    },
  };
};

/**
 * Turns an imported GeoJSON map of the Russian-held area (Polygon, MultiPolygon, Feature or
 * FeatureCollection) into a snapshot: repaired, clipped to Ukraine, simplified to the map's
 * precision, with its contact line and areas. Throws an Error whose message says what is wrong with
 * the input and what to do about it. The result is not yet checked against the snapshot schema:
 * the caller checks it before writing it.
 */
export function snapshotFromGeoJSON(
  text: string,
  meta: SnapshotMeta,
  ukraine: Polygon | MultiPolygon,
  oblasts: FeatureCollection<Polygon | MultiPolygon>,
  official: OfficialAreas,
) {
  const { date, source } = readMeta(meta);
  const drawn: DrawnPolygon[] = [];
  collectPolygons(parse(text), "", drawn);
  if (drawn.length === 0) throw new Error("The input holds no polygon: the FeatureCollection is empty.");
  drawn.forEach(checkRegion);
  const [first, ...others] = drawn.map(repair);
  // Rounded to about a metre once, so that importing the stored polygon again gives the same snapshot.
  const repaired = roundCoordinates(polygonClipping.union(first, ...others)) as ClippingMultiPolygon;
  // The drawing is simplified before clipping, so that the border and coast come from Ukraine's outline
  // unchanged (only rounded) and line up with the oblasts the map draws.
  const drawing = simplifyOccupied(multiPolygonFromClipping(repaired));
  const occupied = simplifyOccupied(clipToUkraine(drawing, ukraine), { tolerance: 0 });
  if (occupied.coordinates.length === 0) {
    throw new Error(
      "Nothing is left after clipping to Ukraine's borders: the drawn area lies outside Ukraine (in Russia, Belarus or the sea) or is too small for the map. Check that the file shows the Russian-held area of Ukraine.",
    );
  }
  const fromInput = meta.measureOn !== "drawing";
  const measured: MultiPolygon = { type: "MultiPolygon", coordinates: repaired };
  const areas = occupiedAreas(fromInput ? measured : occupied, oblasts, official);
  if (areas.shareOfUkraine > MOST_PLAUSIBLE_SHARE) {
    throw new Error(
      `The area covers ${(areas.shareOfUkraine * 100).toFixed(2)}% of Ukraine, but no map of this war has shown more than about 27% held by Russia. The map probably marks the wrong side: the Ukrainian-held area, or an inverted polygon drawn around everything but the occupied area. Export the Russian-held area itself and import it again.`,
    );
  }
  const byOblast = Object.fromEntries(
    Object.entries(areas.byOblast)
      .map(([id, { km2, share }]) => [id, { km2: Math.round(km2), share: round(share, 4) }] as const)
      .filter(([, { km2 }]) => km2 > 0),
  );
  return {
    version: meta.version ?? 1,
    asOf: date,
    title: meta.title ?? `Area of Ukraine held by Russia on ${date}`,
    ...(meta.edition ? { edition: meta.edition } : {}),
    note:
      meta.note ??
      (fromInput
        ? "Imported with npm run data:snapshot. Areas are measured on the WGS84 ellipsoid on the map's own polygon (`measured`: self-intersections repaired, coordinates rounded to about 1 m), shared out among the oblasts, and taken over Ukraine's official areas (data/geo/official-areas). For drawing only, the polygon is simplified to about 1 km and clipped to Ukraine's borders as the project's map draws them (`occupied`); the contact line is that drawing's boundary away from Ukraine's border and coast."
        : "Imported with npm run data:snapshot from the project's own drawing: simplified to about 1 km and clipped to Ukraine's borders as the project's map draws them. Areas are measured on that drawing on the WGS84 ellipsoid and taken over Ukraine's official areas (data/geo/official-areas); the contact line is its boundary away from Ukraine's border and coast."),
    sources: [source],
    date,
    occupied,
    ...(fromInput ? { measured } : {}),
    contactLine: contactLine(occupied, ukraine),
    areas: { totalKm2: Math.round(areas.totalKm2), shareOfUkraine: round(areas.shareOfUkraine, 4), byOblast },
    precision: meta.precision ?? "approximate: simplified to about 1 km, and no more precise than the map it was taken from",
    authoritative: meta.authoritative,
  };
}
