import { describe, expect, it } from "vitest";
import type { Feature, FeatureCollection, Polygon } from "geojson";
import { snapshotFromGeoJSON, type SnapshotMeta } from "../../src/lib/snapshotFromGeoJSON.ts";
import { controlSnapshotSchema } from "../../src/schemas/control.ts";
import { areaKm2 } from "../../src/lib/areaKm2.ts";

const ring = (west: number, south: number, east: number, north: number) => [[west, south], [west, north], [east, north], [east, south], [west, south]];
const unit = (id: string, west: number, east: number): Feature<Polygon> => ({ type: "Feature", id, properties: {}, geometry: { type: "Polygon", coordinates: [ring(west, 48, east, 50)] } });
const oblasts: FeatureCollection<Polygon> = { type: "FeatureCollection", features: [unit("UA-01", 30, 31), unit("UA-02", 31, 32)] };
const ukraine: Polygon = { type: "Polygon", coordinates: [ring(30, 48, 32, 50)] };
const meta: SnapshotMeta = {
  date: "2025-12-15",
  source: { outlet: "DeepState", title: "DeepState map", url: "https://deepstatemap.live/en" },
  authoritative: [{ name: "DeepState map", url: "https://deepstatemap.live/en" }],
};
const polygon = (coordinates: number[][][]) => JSON.stringify({ type: "Polygon", coordinates });
const build = (text: string, overrides: Partial<SnapshotMeta> = {}) => snapshotFromGeoJSON(text, { ...meta, ...overrides }, ukraine, oblasts);

describe("snapshotFromGeoJSON(text, meta, ukraine, oblasts)", () => {
  it("builds a snapshot that matches the schema, with the area clipped to Ukraine, its front line and its areas", () => {
    const snapshot = build(polygon([ring(31.5, 47, 33, 51)]));
    expect(controlSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.date).toBe("2025-12-15");
    expect(snapshot.asOf).toBe("2025-12-15");
    expect(snapshot.sources).toEqual([{ id: "deepstate-2025-12-15", outlet: "DeepState", title: "DeepState map", date: "2025-12-15", url: "https://deepstatemap.live/en" }]);
    expect(snapshot.occupied.coordinates).toHaveLength(1);
    expect(snapshot.contactLine.coordinates).toEqual([[[31.5, 48], [31.5, 50]]]);
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
    const bowTie = [[[30.2, 48.2], [30.8, 48.8], [30.8, 48.2], [30.2, 48.8], [30.2, 48.2]]];
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
    ["a position that is not a pair of numbers", '{"type":"Polygon","coordinates":[[[30.2,"48.2"],[30.8,48.8],[30.8,48.2],[30.2,48.2]]]}', /coordinates\[0\]\[0\] is not a \[longitude, latitude\] pair/],
    ["coordinates in Paris", polygon([ring(2.2, 48.8, 2.4, 48.9)]), /\(2\.2, 48\.8\), outside the region around Ukraine/],
    ["latitude and longitude swapped", polygon([ring(48.2, 30.2, 48.8, 30.8)]), /swapped/],
    ["a ring folded back on itself", polygon([[[30.2, 48.2], [30.8, 48.8], [30.2, 48.2], [30.8, 48.8], [30.2, 48.2]]]), /could not be repaired/],
    ["an area outside Ukraine", polygon([ring(35, 51, 36, 52)]), /Nothing is left after clipping/],
  ])("rejects %s with a message saying what to do", (_case, text, message) => {
    expect(() => build(text)).toThrow(message);
  });

  it.each([
    ["no date", { date: undefined }, /No date/],
    ["a date that does not exist", { date: "2025-02-30" }, /not a day written as YYYY-MM-DD/],
    ["no source", { source: undefined }, /No source.*--source-outlet.*--source-title.*--source-url/],
    ["a source without its link", { source: { outlet: "DeepState", title: "DeepState map" } }, /Missing: link \(--source-url\)/],
    ["a source link that is not https", { source: { ...meta.source, url: "http://deepstatemap.live" } }, /must be an https:\/\/ link/],
  ])("rejects %s", (_case, overrides, message) => {
    expect(() => build(polygon([ring(31.5, 47, 33, 51)]), overrides as Partial<SnapshotMeta>)).toThrow(message);
  });
});
