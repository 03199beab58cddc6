import type { MultiPolygon as GeoMultiPolygon } from "geojson";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import type { Feature, FeatureCollection } from "geojson";
import { geoArea, geoContains } from "d3-geo";
import { areaKm2 } from "../../src/lib/areaKm2.ts";
import { geoFileText, GEO_FILE, waterFileText, WATER_FILE, WATER_OBLASTS } from "../../scripts/build-geo.ts";

const topology = JSON.parse(readFileSync(GEO_FILE, "utf8")) as Topology<{ oblasts: GeometryCollection; neighbours: GeometryCollection }>;
const oblasts = feature(topology, topology.objects.oblasts) as FeatureCollection;
const byId = new Map(oblasts.features.map((f) => [String(f.id), f as Feature]));
const toMulti = (g: Feature["geometry"]): GeoMultiPolygon =>
  g.type === "Polygon" ? { type: "MultiPolygon", coordinates: [g.coordinates] } : (g as GeoMultiPolygon);
const within = (actual: number, official: number, tolerance: number) => expect(Math.abs(actual - official) / official).toBeLessThanOrEqual(tolerance);

describe("the committed geography (data/geo)", () => {
  it("is what npm run data:geo builds, byte for byte", () => {
    expect(geoFileText()).toBe(readFileSync(GEO_FILE, "utf8"));
  });

  it("gives the same bytes when built twice", () => {
    expect(geoFileText()).toBe(geoFileText());
  });

  it("has the water npm run data:geo builds, byte for byte: the rivers and lagoons along the Dnipro, and the former Kakhovka reservoir apart, each wound as d3 draws it", () => {
    const text = readFileSync(WATER_FILE, "utf8");
    expect(waterFileText(readFileSync(GEO_FILE, "utf8"))).toBe(text);
    const water = JSON.parse(text) as { water: GeoMultiPolygon; formerReservoir: GeoMultiPolygon };
    // The reservoir held about 2,155 km² of water before June 2023; the packages' outline, at 1 km precision, comes close.
    within(areaKm2(water.formerReservoir), 2_155, 0.2);
    // Every polygon is wound as d3-geo expects: a reversed one would cover the rest of the globe.
    for (const polygon of [...water.water.coordinates, ...water.formerReservoir.coordinates])
      expect(geoArea({ type: "Polygon", coordinates: polygon })).toBeLessThan(0.01);
    // All of it lies within the extent of the oblasts along the Dnipro.
    const extent = (features: Feature[]) => {
      const all = features.flatMap((f) => (f.geometry as GeoMultiPolygon).coordinates?.flat(2) ?? []);
      return [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0])), Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
    };
    const along = extent(WATER_OBLASTS.map((id) => ({ ...byId.get(id)!, geometry: toMulti(byId.get(id)!.geometry) })));
    const [west, east, south, north] = extent([
      { type: "Feature", properties: {}, geometry: water.water },
      { type: "Feature", properties: {}, geometry: water.formerReservoir },
    ]);
    expect(west).toBeGreaterThanOrEqual(along[0]);
    expect(east).toBeLessThanOrEqual(along[1]);
    expect(south).toBeGreaterThanOrEqual(along[2]);
    expect(north).toBeLessThanOrEqual(along[3]);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(40 * 1024);
  });

  it("ships within the 120 KB map budget", () => {
    expect(Buffer.byteLength(readFileSync(GEO_FILE))).toBeLessThanOrEqual(120 * 1024);
  });

  it("has Ukraine's 27 units keyed by ISO 3166-2 code, with English and Ukrainian names", () => {
    expect(oblasts.features).toHaveLength(27);
    expect(new Set(byId.keys()).size).toBe(27);
    expect(byId.get("UA-14")?.properties).toEqual({ name: "Donetsk", nameUk: "Донецька область" });
    expect(byId.get("UA-43")?.properties?.name).toBe("Crimea");
  });

  it("measures Ukraine within 2% of its official 603,628 km²", () => {
    within(areaKm2(merge(topology, topology.objects.oblasts.geometries as Array<Polygon | MultiPolygon>)), 603_628, 0.02);
  });

  it.each([
    ["UA-14", "Donetsk", 26_517],
    ["UA-09", "Luhansk", 26_684],
    ["UA-23", "Zaporizhzhia", 27_180],
  ])("measures %s (%s) within 2% of its official %d km²", (id, _name, official) => {
    within(areaKm2(byId.get(id)!.geometry as unknown as GeoMultiPolygon), official, 0.02);
  });

  it("draws Crimea as Ukraine: Simferopol and Sevastopol lie in Ukraine's units, in no neighbour", () => {
    const neighbours = feature(topology, topology.objects.neighbours) as FeatureCollection;
    expect(neighbours.features.map((f) => f.properties?.name)).toContain("Russia");
    for (const [place, point] of [
      ["Simferopol", [34.111, 44.957]],
      ["Sevastopol", [33.521, 44.608]],
    ] as const) {
      expect(
        neighbours.features.filter((f) => geoContains(f, [...point])),
        place,
      ).toEqual([]);
      expect(
        oblasts.features.some((f) => geoContains(f, [...point])),
        place,
      ).toBe(true);
    }
    expect(neighbours.features.some((f) => geoContains(f, [37.618, 55.756]))).toBe(false);
    expect(neighbours.features.some((f) => geoContains(f, [39.72, 47.23]))).toBe(true);
  });
});
