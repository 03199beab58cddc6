import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONTROL_DIR, importSnapshot } from "../../scripts/data-snapshot.ts";
import { controlSnapshotSchema } from "../../src/schemas/control.ts";

const fixture = (name: string) => `tests/fixtures/snapshot/${name}`;
const source = ["--source-outlet", "DeepState", "--source-title", "DeepState map", "--source-url", "https://deepstatemap.live/en"];
const controlFiles = () =>
  Object.fromEntries(readdirSync(CONTROL_DIR).map((name) => [name, createHash("sha256").update(readFileSync(join(CONTROL_DIR, name))).digest("hex")]));

let outDir = "";
const run = (input: string, ...args: string[]) => importSnapshot(["--input", fixture(input), "--out-dir", outDir, ...args]);
const runDated = (input: string) => run(input, "--date", "2025-12-15", ...source);

describe("npm run data:snapshot", () => {
  let before: Record<string, string> = {};
  beforeAll(() => {
    before = controlFiles();
  });
  beforeEach(() => {
    outDir = mkdtempSync(join(tmpdir(), "snapshot-"));
  });
  afterEach(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  it("writes occupied-DATE.v1.json for a valid polygon: a snapshot that matches the schema", () => {
    const path = runDated("polygon.geojson");
    expect(path).toBe(join(outDir, "occupied-2025-12-15.v1.json"));
    const snapshot = controlSnapshotSchema.parse(JSON.parse(readFileSync(path, "utf8")));
    expect(Object.keys(snapshot.areas.byOblast)).toEqual(["UA-14"]);
    expect(snapshot.areas.totalKm2).toBeGreaterThan(400);
    expect(snapshot.authoritative.map((map) => map.url)).toContain("https://deepstatemap.live/en");
  });

  it("reads a FeatureCollection of Polygon and MultiPolygon features", () => {
    const snapshot = JSON.parse(readFileSync(runDated("feature-collection.geojson"), "utf8"));
    expect(snapshot.occupied.coordinates).toHaveLength(2);
  });

  it("repairs a bow-tie that crosses itself into its two triangles", () => {
    const snapshot = JSON.parse(readFileSync(runDated("bow-tie.geojson"), "utf8"));
    expect(snapshot.occupied.coordinates).toHaveLength(2);
  });

  it.each([
    ["not-json.html", /The input is not JSON.*not a web page/],
    ["truncated.geojson", /stops in the middle.*truncated/],
    ["not-geojson.json", /JSON but not GeoJSON/],
    ["linestring.geojson", /LineString at features\[0\]\.geometry.*must be drawn as a Polygon or MultiPolygon/],
    ["paris.geojson", /\(2\.25, 48\.81\), outside the region around Ukraine.*longitude\/latitude/],
    ["folded.geojson", /crosses or folds back on itself and could not be repaired/],
    ["outside-ukraine.geojson", /Nothing is left after clipping to Ukraine's borders/],
  ])("rejects %s with a message saying what is wrong, and writes nothing", (input, message) => {
    expect(() => runDated(input)).toThrow(message);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("rejects a run without a date", () => {
    expect(() => run("polygon.geojson", ...source)).toThrow(/No date: say which day the map shows/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("rejects a run without a source", () => {
    expect(() => run("polygon.geojson", "--date", "2025-12-15")).toThrow(/No source: name the published map/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("rejects a run without an input, or with an unknown option, showing the usage", () => {
    expect(() => importSnapshot(["--date", "2025-12-15"])).toThrow(/No input.*\n.*Usage/);
    expect(() => importSnapshot(["--input", fixture("polygon.geojson"), "--dat", "2025-12-15"])).toThrow(/Unknown option '--dat'.*\n.*Usage/s);
  });

  it("never overwrites the snapshot of a date that already has one", () => {
    const path = runDated("polygon.geojson");
    const first = readFileSync(path, "utf8");
    expect(() => runDated("feature-collection.geojson")).toThrow(/A snapshot for 2025-12-15 already exists.*never overwritten/);
    expect(readFileSync(path, "utf8")).toBe(first);
    expect(readdirSync(outDir)).toEqual(["occupied-2025-12-15.v1.json"]);
  });

  it("exits non-zero with the message on stderr when run as a script", () => {
    const result = spawnSync("node_modules/.bin/node", ["scripts/data-snapshot.ts", "--input", fixture("linestring.geojson"), "--date", "2025-12-15", ...source, "--out-dir", outDir], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^data:snapshot: The input holds a LineString/);
    expect(result.stdout).toBe("");
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("logs what it wrote on stderr when run as a script", () => {
    const result = spawnSync("node_modules/.bin/node", ["scripts/data-snapshot.ts", "--input", fixture("polygon.geojson"), "--date", "2025-12-15", ...source, "--out-dir", outDir], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^wrote .*occupied-2025-12-15\.v1\.json \(\d+ bytes\): [\d,]+ km², \d+\.\d\d% of Ukraine\n$/);
  });

  it("leaves every file in data/control as it was", () => {
    expect(controlFiles()).toEqual(before);
  });
});
