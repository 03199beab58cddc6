import { describe, expect, it } from "vitest";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import { snapshotFromGeoJSON, type SnapshotMeta } from "../../src/lib/snapshotFromGeoJSON.ts";
import { controlSnapshotSchema } from "../../src/schemas/control.ts";
import { areaKm2 } from "../../src/lib/areaKm2.ts";

const ring = (west: number, south: number, east: number, north: number) => [
  [west, south],
  [west, north],
  [east, north],
  [east, south],
  [west, south],
];
const unit = (id: string, west: number, east: number): Feature<Polygon> => ({
  type: "Feature",
  id,
  properties: {},
  geometry: { type: "Polygon", coordinates: [ring(west, 48, east, 50)] },
});
const oblasts: FeatureCollection<Polygon> = { type: "FeatureCollection", features: [unit("UA-01", 30, 31), unit("UA-02", 31, 32)] };
const ukraine: Polygon = { type: "Polygon", coordinates: [ring(30, 48, 32, 50)] };
// The official areas here are the outline's own, so shares read as simple fractions of the boxes.
const official = {
  ukraineKm2: areaKm2(oblasts.features[0]) + areaKm2(oblasts.features[1]),
  units: { "UA-01": areaKm2(oblasts.features[0]), "UA-02": areaKm2(oblasts.features[1]) },
};
// Most cases import a drawing that reaches over the border on purpose, measured once clipped.
const meta: SnapshotMeta = {
  measureOn: "drawing",
  date: "2025-12-15",
  today: "2025-12-31",
  source: { outlet: "DeepState", title: "DeepState map", url: "https://deepstatemap.live/en" },
  authoritative: [{ name: "DeepState map", url: "https://deepstatemap.live/en" }],
};
const polygon = (coordinates: number[][][]) => JSON.stringify({ type: "Polygon", coordinates });
const build = (text: string, overrides: Partial<SnapshotMeta> = {}) => snapshotFromGeoJSON(text, { ...meta, ...overrides }, ukraine, oblasts, official);

describe("snapshotFromGeoJSON(text, meta, ukraine, oblasts, official)", () => {
  it("keeps a tracker's own polygon as `measured` and measures the areas on it, not on the clipped drawing", () => {
    // A tracker's area whose coast lies 0.03° (about 3 km) outside the map's simplified outline.
    const snapshot = build(polygon([ring(31.5, 47.97, 32, 50)]), {
      measureOn: "input",
      source: { ...meta.source, via: "An archive", credit: "Map: DeepState" },
    });
    expect(controlSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.measured?.coordinates).toHaveLength(1);
    expect(snapshot.areas.totalKm2).toBe(Math.round(areaKm2({ type: "Polygon", coordinates: [ring(31.5, 47.97, 32, 50)] })));
    expect(snapshot.areas.totalKm2).toBeGreaterThan(Math.round(areaKm2(snapshot.occupied)));
    expect(snapshot.sources[0]).toMatchObject({ via: "An archive", credit: "Map: DeepState" });
    expect(snapshot.note).toContain("measured on the WGS84 ellipsoid on the map's own polygon");
  });

  it("stores no `measured` for the project's own drawing, whose areas are the clipped drawing's", () => {
    const snapshot = build(polygon([ring(31.5, 47, 33, 51)]));
    expect(snapshot.measured).toBeUndefined();
    expect(snapshot.areas.totalKm2).toBe(Math.round(areaKm2(snapshot.occupied)));
  });

  it("writes the version it is told, for a correction of a day already imported", () => {
    expect(build(polygon([ring(31.5, 47, 33, 51)]), { version: 3 }).version).toBe(3);
  });

  it("builds a snapshot that matches the schema, with the area clipped to Ukraine, its front line and its areas", () => {
    const snapshot = build(polygon([ring(31.5, 47, 33, 51)]));
    expect(controlSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.date).toBe("2025-12-15");
    expect(snapshot.asOf).toBe("2025-12-15");
    expect(snapshot.sources).toEqual([
      { id: "deepstate-2025-12-15", outlet: "DeepState", title: "DeepState map", date: "2025-12-15", url: "https://deepstatemap.live/en" },
    ]);
    expect(snapshot.occupied.coordinates).toHaveLength(1);
    expect(snapshot.contactLine.coordinates).toEqual([
      [
        [31.5, 48],
        [31.5, 50],
      ],
    ]);
    expect(snapshot.areas.byOblast).toEqual({ "UA-02": { km2: Math.round(areaKm2(oblasts.features[1]) / 2), share: 0.5 } });
    expect(snapshot.areas.shareOfUkraine).toBe(0.25);
  });

  it("takes the source's own date when given, and the title, note and precision it is told", () => {
    const snapshot = build(polygon([ring(31.5, 47, 33, 51)]), {
      source: { ...meta.source, date: "2025-12-16" },
      title: "A title",
      note: "A note",
      precision: "approximate, ±5 km",
    });
    expect(snapshot.sources[0].id).toBe("deepstate-2025-12-16");
    expect([snapshot.title, snapshot.note, snapshot.precision]).toEqual(["A title", "A note", "approximate, ±5 km"]);
  });

  it("merges the polygons of a FeatureCollection, a Feature and a MultiPolygon", () => {
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [ring(30.2, 48.2, 30.6, 48.6)] } },
        { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: [[ring(30.5, 48.5, 30.8, 48.8)], [ring(31.2, 49.2, 31.4, 49.4)]] } },
      ],
    });
    expect(build(text).occupied.coordinates).toHaveLength(2);
  });

  it("repairs a bow-tie into its two triangles", () => {
    const bowTie = [
      [
        [30.2, 48.2],
        [30.8, 48.8],
        [30.8, 48.2],
        [30.2, 48.8],
        [30.2, 48.2],
      ],
    ];
    const snapshot = build(polygon(bowTie));
    expect(snapshot.occupied.coordinates).toHaveLength(2);
    expect(snapshot.areas.totalKm2).toBeGreaterThan(0);
  });

  it.each([
    ["an empty file", "", /empty/],
    ["text that is not JSON", "<!DOCTYPE html><html></html>", /not JSON/],
    ["truncated JSON", '{"type":"Polygon","coordinates":[[[30.2,48.2],[30.8', /truncated/],
    ["JSON that is not GeoJSON", '{"front":"east"}', /not GeoJSON/],
    ["a LineString", '{"type":"LineString","coordinates":[[30.2,48.2],[30.8,48.8]]}', /LineString.*Polygon or MultiPolygon/],
    ["a Feature without geometry", '{"type":"Feature","properties":{},"geometry":null}', /no geometry/],
    ["an empty FeatureCollection", '{"type":"FeatureCollection","features":[]}', /no polygon/],
    [
      "a position that is not a pair of numbers",
      '{"type":"Polygon","coordinates":[[[30.2,"48.2"],[30.8,48.8],[30.8,48.2],[30.2,48.2]]]}',
      /coordinates\[0\]\[0\] is not a \[longitude, latitude\] pair/,
    ],
    ["coordinates in Paris", polygon([ring(2.2, 48.8, 2.4, 48.9)]), /\(2\.2, 48\.8\), outside the region around Ukraine/],
    ["latitude and longitude swapped", polygon([ring(48.2, 30.2, 48.8, 30.8)]), /swapped/],
    [
      "a ring folded back on itself",
      polygon([
        [
          [30.2, 48.2],
          [30.8, 48.8],
          [30.2, 48.2],
          [30.8, 48.8],
          [30.2, 48.2],
        ],
      ]),
      /could not be repaired/,
    ],
    ["an area outside Ukraine", polygon([ring(35, 51, 36, 52)]), /Nothing is left after clipping/],
  ])("rejects %s with a message saying what to do", (_case, text, message) => {
    expect(() => build(text)).toThrow(message);
  });

  it("refuses an area over half of Ukraine, which is the wrong side of the front rather than news", () => {
    expect(() => build(polygon([ring(29, 47, 33, 51)]))).toThrow(
      /^The area covers 100\.00% of Ukraine, but no map of this war has shown more than about 27% held by Russia\. The map probably marks the wrong side: the Ukrainian-held area, or an inverted polygon.*Export the Russian-held area itself/,
    );
    expect(() => build(polygon([ring(30.5, 47, 33, 51)]))).toThrow(/covers 75\.00% of Ukraine/);
  });

  it("accepts an area of up to half of Ukraine", () => {
    expect(build(polygon([ring(31, 47, 33, 51)])).areas.shareOfUkraine).toBe(0.5);
  });

  it("takes a source outlet written in Cyrillic as its name, with an id made from the date", () => {
    const snapshot = build(polygon([ring(31.5, 47, 33, 51)]), { source: { ...meta.source, outlet: "ДіпСтейт" } });
    expect(snapshot.sources[0]).toMatchObject({ id: "source-2025-12-15", outlet: "ДіпСтейт" });
  });

  it.each([
    ["no date", { date: undefined }, /^No date/],
    ["a date not written as YYYY-MM-DD", { date: "15/12/2025" }, /^The date "15\/12\/2025" is not a day written as YYYY-MM-DD \(e\.g\. --date 2025-12-15\)\.$/],
    [
      "a date that does not exist",
      { date: "2025-02-30" },
      /^The date "2025-02-30" does not exist in the calendar: check the month and the day given with --date\.$/,
    ],
    ["a date after today", { date: "2026-01-01" }, /^The date 2026-01-01 is after today \(2025-12-31\): a map cannot show a day that has not come yet\./],
    [
      "a date before Russia's occupation of Crimea began",
      { date: "2014-02-19" },
      /^The date 2014-02-19 is before 20 February 2014, when Russia's occupation of Crimea began: no front-line map of this war shows an earlier day\./,
    ],
    [
      "a source date that does not exist",
      { source: { ...meta.source, date: "2025-12-32" } },
      /^The source's date "2025-12-32" does not exist in the calendar: check the month and the day given with --source-date\.$/,
    ],
    [
      "a source date after today",
      { source: { ...meta.source, date: "2026-01-02" } },
      /^The source's date 2026-01-02 is after today \(2025-12-31\): give the day the map was published with --source-date\.$/,
    ],
    [
      "a source date before the day the map shows",
      { source: { ...meta.source, date: "2025-12-14" } },
      /^The source's date 2025-12-14 is before 2025-12-15, the day the map shows: a map cannot be published before the day it shows\./,
    ],
    [
      "a source outlet without a letter or digit",
      { source: { ...meta.source, outlet: "!!!" } },
      /^The source outlet "!!!" does not name an outlet: give the name of the outlet or institution that published the map/,
    ],
    ["no source", { source: undefined }, /No source.*--source-outlet.*--source-title.*--source-url/],
    ["a source without its link", { source: { outlet: "DeepState", title: "DeepState map" } }, /Missing: link \(--source-url\)/],
    ["a source link that is not https", { source: { ...meta.source, url: "http://deepstatemap.live" } }, /must be an https:\/\/ link/],
  ])("rejects %s", (_case, overrides, message) => {
    expect(() => build(polygon([ring(31.5, 47, 33, 51)]), overrides as Partial<SnapshotMeta>)).toThrow(message);
  });

  it.each([
    ["a map of the first day of Russia's occupation of Crimea", { date: "2014-02-20" }],
    ["a map of today, published today", { date: "2025-12-31" }],
    ["a map published the day it shows", { source: { ...meta.source, date: "2025-12-15" } }],
  ])("accepts %s", (_case, overrides) => {
    expect(() => build(polygon([ring(31.5, 47, 33, 51)]), overrides)).not.toThrow();
  });
});
