import { describe, expect, it } from "vitest";
import { readFileSync, statSync } from "node:fs";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { geoContains } from "d3-geo";
import polygonClipping from "polygon-clipping";
import { GEO_FILE } from "../../scripts/build-geo.ts";
import { AUTHORITATIVE_MAPS } from "../../scripts/data-snapshot.ts";
import type { ControlSnapshot } from "../../src/schemas/control.ts";
import { committedData } from "../support/committed.ts";
import { occupiedAreas } from "../../src/lib/occupiedAreas.ts";
import { contactLine } from "../../src/lib/contactLine.ts";
import { distanceToLinesKm } from "../../src/lib/distanceToLinesKm.ts";
import { snapshotFromGeoJSON } from "../../src/lib/snapshotFromGeoJSON.ts";
import { areaKm2 } from "../../src/lib/areaKm2.ts";
import { multiPolygonFromClipping } from "../../src/lib/multiPolygonFromClipping.ts";
import { officialAreasOf } from "../../src/schemas/areas.ts";

const topology = JSON.parse(readFileSync(GEO_FILE, "utf8")) as Topology<{ oblasts: GeometryCollection }>;
const ukraine = merge(topology, topology.objects.oblasts.geometries as (TopoPolygon | TopoMultiPolygon)[]) as MultiPolygon;
const oblasts = feature(topology, topology.objects.oblasts) as FeatureCollection<Polygon | MultiPolygon>;
const oblastKm2 = (id: string) => areaKm2(oblasts.features.find((unit) => unit.id === id)!);

// The latest version of each dataset, as the page uses it.
const data = committedData();
const snapshots: Record<string, ControlSnapshot> = Object.fromEntries(data.snapshots.map((s) => [s.data.date, s.data]));
const snapshotPath = Object.fromEntries(data.snapshots.map((s) => [s.data.date, s.path]));
const checkpoints = data.checkpoints.data.checkpoints;
const series = data.series.data;

const now = snapshots["2025-12-15"];
const official = officialAreasOf(data.areas.data);
const measured = occupiedAreas(now.measured!, oblasts, official);
const share = (id: string) => measured.byOblast[id].share;
const rings = (geometry: MultiPolygon) => geometry.coordinates.flat();

// Whether a point lies inside a polygon-clipping multipolygon, by counting crossings in the plane.
const inside = (geometry: MultiPolygon, [x, y]: [number, number]) =>
  rings(geometry).reduce((within, ring) => {
    let crossings = within;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) crossings = !crossings;
    }
    return crossings;
  }, false);

describe("the Russian-held area on 15 December 2025, DeepState's map (data/control)", () => {
  it("is DeepState's polygon, measured on the ellipsoid: about 115,950 km², as the tracker's archive gives it", () => {
    expect(now.sources[0]).toMatchObject({ outlet: "DeepState", via: "deepstate-map-data archive" });
    expect(Math.abs(areaKm2(now.measured!) - 115_950) / 115_950).toBeLessThan(0.002);
    expect(Math.abs(measured.totalKm2 - areaKm2(now.measured!)) / measured.totalKm2).toBeLessThan(0.005);
  });

  it("covers 19.2% of Ukraine's official 603,628 km², as DeepState and ISW put it", () => {
    expect(official.ukraineKm2).toBe(603_628);
    expect(Math.abs(measured.shareOfUkraine - 0.192)).toBeLessThanOrEqual(0.0005);
  });

  it("holds 77-79% of Donetsk, at least 99% of Luhansk and 74-76% of Zaporizhzhia oblast's official areas", () => {
    expect(share("UA-14")).toBeGreaterThanOrEqual(0.77);
    expect(share("UA-14")).toBeLessThanOrEqual(0.79);
    expect(share("UA-09")).toBeGreaterThanOrEqual(0.99);
    expect(share("UA-23")).toBeGreaterThanOrEqual(0.74);
    expect(share("UA-23")).toBeLessThanOrEqual(0.76);
  });

  it("holds about 72% of the land the map draws for Kherson oblast, as DeepState reports, but less of its larger official area", () => {
    const kherson = oblasts.features.find((unit) => unit.id === "UA-65")!;
    const onOutline = areaKm2({ type: "MultiPolygon", coordinates: polygonClipping.intersection(now.measured!.coordinates as never, kherson.geometry.coordinates as never) });
    expect(onOutline / oblastKm2("UA-65")).toBeGreaterThan(0.71);
    expect(onOutline / oblastKm2("UA-65")).toBeLessThan(0.73);
    expect(official.units["UA-65"] - oblastKm2("UA-65")).toBeGreaterThan(2_000);
    expect(share("UA-65")).toBeLessThan(0.7);
  });

  it("leaves Ukraine 5,500-6,500 km² of Donetsk oblast's official area", () => {
    const held = official.units["UA-14"] - measured.byOblast["UA-14"].km2;
    expect(held).toBeGreaterThanOrEqual(5_500);
    expect(held).toBeLessThanOrEqual(6_500);
  });

  it("includes Crimea and Sevastopol and the small areas held in Sumy, Kharkiv, Dnipropetrovsk and Mykolaiv oblasts", () => {
    expect(share("UA-43")).toBe(1);
    expect(measured.byOblast["UA-40"].km2).toBeGreaterThan(700);
    for (const id of ["UA-59", "UA-63", "UA-12", "UA-48"]) expect(share(id), id).toBeGreaterThan(0);
    expect(share("UA-63")).toBeLessThan(0.06);
  });

  const today = checkpoints.filter((checkpoint) => checkpoint.date === "2025-12-15");
  it.each(today.filter((checkpoint) => checkpoint.status !== "contested").map((c) => [c.name, c.status, c] as const))(
    "puts %s on the %s side of DeepState's line",
    (_name, status, { lon, lat }) => {
      expect(inside(now.measured!, [lon, lat])).toBe(status === "russian-held");
    },
  );

  it.each(today.filter((checkpoint) => checkpoint.status === "contested").map((c) => [c.name, c] as const))(
    "finds DeepState's line within 3 km of contested %s",
    (_name, { lon, lat }) => {
      expect(distanceToLinesKm([lon, lat], rings(now.measured!))).toBeLessThanOrEqual(3);
    },
  );
});

describe("the line of 2015 to 23 February 2022 (data/control)", () => {
  const before = snapshots["2022-02-23"];
  const areas = occupiedAreas(before.occupied, oblasts, official);

  it("is the explainer's own drawing, measured as drawn, covering about 7% of Ukraine: Crimea, Sevastopol and parts of Donetsk and Luhansk oblasts only", () => {
    expect(before.measured).toBeUndefined();
    expect(areas.shareOfUkraine).toBeGreaterThan(0.065);
    expect(areas.shareOfUkraine).toBeLessThan(0.075);
    expect(Object.keys(areas.byOblast).sort()).toEqual(["UA-09", "UA-14", "UA-40", "UA-43"]);
    expect(areas.byOblast["UA-43"].share).toBe(1);
  });

  it.each(checkpoints.filter((checkpoint) => checkpoint.date === "2022-02-23").map((c) => [c.name, c.status, c] as const))(
    "puts %s on the %s side of the line",
    (_name, status, { lon, lat }) => {
      expect(geoContains(before.occupied, [lon, lat])).toBe(status === "russian-held");
    },
  );
});

describe.each(Object.entries(snapshots))("the snapshot of %s", (date, snapshot) => {
  it("stores the areas its geometry gives", () => {
    const areas = occupiedAreas(snapshot.measured ?? snapshot.occupied, oblasts, official);
    expect(Math.abs(snapshot.areas.totalKm2 - areas.totalKm2)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(snapshot.areas.shareOfUkraine - areas.shareOfUkraine)).toBeLessThanOrEqual(0.00005);
    const stored = snapshot.areas.byOblast;
    for (const [id, { km2, share }] of Object.entries(areas.byOblast).filter(([, { km2 }]) => km2 >= 0.5)) {
      expect(Math.abs(stored[id].km2 - km2), id).toBeLessThanOrEqual(0.5);
      expect(Math.abs(stored[id].share - share), id).toBeLessThanOrEqual(0.00005);
    }
  });

  it("stores the contact line its area gives", () => {
    expect(snapshot.contactLine).toEqual(contactLine(snapshot.occupied, ukraine));
  });

  it("is what npm run data:snapshot builds from its input (the committed sketch, or the tracker's polygon it keeps)", () => {
    const [source] = snapshot.sources;
    const input = snapshot.measured ? JSON.stringify(snapshot.measured) : readFileSync(`scripts/sketches/occupied-${date}.geojson`, "utf8");
    const rebuilt = snapshotFromGeoJSON(
      input,
      {
        date,
        today: data.asOf,
        source,
        title: snapshot.title,
        note: snapshot.note,
        precision: snapshot.precision,
        authoritative: AUTHORITATIVE_MAPS,
        measureOn: snapshot.measured ? "input" : "drawing",
      },
      ukraine,
      oblasts,
      official,
    );
    // A correction republished as a new version differs from the import only in its version.
    expect({ ...rebuilt, version: snapshot.version }).toEqual(snapshot);
  });

  it("draws with three decimals, measures with five, and stays under 100 KB", () => {
    expect(JSON.stringify(snapshot.occupied.coordinates).match(/\.\d{4,}/g)).toBeNull();
    expect(JSON.stringify(snapshot.measured?.coordinates ?? []).match(/\.\d{6,}/g)).toBeNull();
    expect(statSync(snapshotPath[date]).size).toBeLessThan(100 * 1024);
  });

  it("is a valid area: no part overlaps another, and it lies in Ukraine but for the rounding of its border", () => {
    const total = areaKm2(snapshot.occupied);
    const union = multiPolygonFromClipping(polygonClipping.union(snapshot.occupied.coordinates as never));
    expect(Math.abs(areaKm2(union) - total)).toBeLessThan(1);
    // Rounding the border to 3 decimals moves it by at most about 50 m.
    const outside = multiPolygonFromClipping(polygonClipping.difference(snapshot.occupied.coordinates as never, ukraine.coordinates as never));
    expect(areaKm2(outside) / total).toBeLessThan(0.001);
  });
});

describe("the occupied share over time (data/control)", () => {
  it("runs from about 7% before the full-scale invasion to ISW's 19.2% of 9 December 2025, the last figure published by the edition date", () => {
    expect(series.points[0]).toMatchObject({ date: "2022-02-23", share: 0.07 });
    expect(series.points.at(-1)).toMatchObject({ date: "2025-12-09", share: 0.192, sources: ["isw-2025-12-09"] });
    expect(series.points.every((point) => point.date <= data.asOf)).toBe(true);
  });

  it("keeps each outlet's figure for the same day apart, with its own source, rather than one figure for the day", () => {
    const eve = series.points.filter((point) => point.date === "2022-02-23");
    expect(eve.length).toBeGreaterThanOrEqual(2);
    expect(new Set(eve.map((point) => point.sources.join())).size).toBe(eve.length);
  });

  it("agrees with DeepState's map of six days later to a tenth of a point", () => {
    const published = series.points.find((point) => point.date === "2025-12-09")!;
    expect(Math.abs(measured.shareOfUkraine - published.share)).toBeLessThanOrEqual(0.001);
  });
});
