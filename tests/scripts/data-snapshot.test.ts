import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONTROL_DIR, importSnapshot } from "../../scripts/data-snapshot.ts";
import { writeAtomically } from "../../scripts/writeAtomically.ts";
import { controlSnapshotSchema } from "../../src/schemas/control.ts";

// Passes through to the real writer; one test makes it fail as a folder without write access does,
// which a test run as root cannot set up with file permissions.
vi.mock(import("../../scripts/writeAtomically.ts"), async (importOriginal) => {
  const actual = await importOriginal();
  return { writeAtomically: vi.fn(actual.writeAtomically) };
});

const fixture = (name: string) => `tests/fixtures/snapshot/${name}`;
const source = ["--source-outlet", "DeepState", "--source-title", "DeepState map", "--source-url", "https://deepstatemap.live/en"];
const controlFiles = () =>
  Object.fromEntries(
    readdirSync(CONTROL_DIR).map((name) => [
      name,
      createHash("sha256")
        .update(readFileSync(join(CONTROL_DIR, name)))
        .digest("hex"),
    ]),
  );

let outDir = "";
let inputDir = "";
const run = (input: string, ...args: string[]) => importSnapshot(["--input", fixture(input), "--out-dir", outDir, ...args]);
const runDated = (input: string) => run(input, "--date", "2025-12-15", ...source);
const importFile = (path: string) => importSnapshot(["--input", path, "--out-dir", outDir, "--date", "2025-12-15", ...source]);
const inputFile = (name: string, bytes: Buffer) => {
  const path = join(inputDir, name);
  writeFileSync(path, bytes);
  return path;
};
const node = "node_modules/.bin/node";
const script = (...args: string[]) =>
  new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(node, ["scripts/data-snapshot.ts", ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stderr }));
  });

describe("npm run data:snapshot", () => {
  let before: Record<string, string> = {};
  beforeAll(() => {
    before = controlFiles();
  });
  beforeEach(() => {
    outDir = mkdtempSync(join(tmpdir(), "snapshot-"));
    inputDir = mkdtempSync(join(tmpdir(), "snapshot-input-"));
  });
  afterEach(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(inputDir, { recursive: true, force: true });
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

  it.each([
    ["2025-02-30", /^The date "2025-02-30" does not exist in the calendar: check the month and the day given with --date\.$/],
    ["2999-01-01", /^The date 2999-01-01 is after today \(\d{4}-\d{2}-\d{2}\): a map cannot show a day that has not come yet\./],
    [
      "2013-11-21",
      /^The date 2013-11-21 is before 20 February 2014, when Russia's occupation of Crimea began: no front-line map of this war shows an earlier day\./,
    ],
  ])("refuses a map dated %s, a day no map of this war can show, saying why, and writes nothing", (date, message) => {
    expect(() => run("polygon.geojson", "--date", date, ...source)).toThrow(message);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("refuses a map dated after today, whichever day that is", () => {
    expect(() =>
      importSnapshot(["--input", fixture("polygon.geojson"), "--out-dir", outDir, "--date", "2025-12-15", ...source], { today: "2025-12-14" }),
    ).toThrow(/^The date 2025-12-15 is after today \(2025-12-14\)/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it.each([
    ["after today", "2025-12-16", /^The source's date 2025-12-16 is after today \(2025-12-15\): give the day the map was published with --source-date\.$/],
    [
      "before the day the map shows",
      "2025-12-14",
      /^The source's date 2025-12-14 is before 2025-12-15, the day the map shows: a map cannot be published before the day it shows\./,
    ],
  ])("refuses a source dated %s, saying why, and writes nothing", (_case, sourceDate, message) => {
    const argv = ["--input", fixture("polygon.geojson"), "--out-dir", outDir, "--date", "2025-12-15", ...source, "--source-date", sourceDate];
    expect(() => importSnapshot(argv, { today: "2025-12-15" })).toThrow(message);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("refuses a source outlet that names no outlet, and writes nothing", () => {
    expect(() => run("polygon.geojson", "--date", "2025-12-15", ...source, "--source-outlet", "!!!")).toThrow(
      /^The source outlet "!!!" does not name an outlet: give the name of the outlet or institution that published the map/,
    );
    expect(readdirSync(outDir)).toEqual([]);
  });

  it.each([
    [
      "--source-title",
      "ab",
      /^The snapshot does not pass the data check, so nothing was written:\n {2}sources\[0\]\.title \(--source-title\): expected at least 3 characters, found string "ab"\nCorrect what the option in brackets gives and import again\.$/,
    ],
    ["--precision", "±5", /\n {2}precision \(--precision\): expected at least 3 characters, found string "±5"\n/],
  ])("refuses a snapshot the data check would refuse, naming the field and its option %s, and writes nothing", (option, value, message) => {
    expect(() => run("polygon.geojson", "--date", "2025-12-15", ...source, option, value)).toThrow(message);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("reads a GeoJSON file that starts with a UTF-8 byte-order mark, as some Windows tools save it", () => {
    const plain = readFileSync(fixture("polygon.geojson"));
    const withMark = readFileSync(importFile(inputFile("bom.geojson", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]))), "utf8");
    rmSync(join(outDir, "occupied-2025-12-15.v1.json"));
    expect(withMark).toBe(readFileSync(runDated("polygon.geojson"), "utf8"));
  });

  it.each([
    ["little-endian (FF FE)", (text: string) => Buffer.from(`\uFEFF${text}`, "utf16le")],
    ["big-endian (FE FF)", (text: string) => Buffer.from(`\uFEFF${text}`, "utf16le").swap16()],
  ])("refuses a UTF-16 %s file, saying to save it as UTF-8, and writes nothing", (_case, encode) => {
    const path = inputFile("utf16.geojson", encode(readFileSync(fixture("polygon.geojson"), "utf8")));
    expect(() => importFile(path)).toThrow(
      /^The input is not a GeoJSON file as it must be saved: expected UTF-8 text, found UTF-16 .*: save it again as UTF-8, and import it again\.$/,
    );
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("refuses a file that is not UTF-8, naming the offset of the first bad byte, and writes nothing", () => {
    // A Latin-1 "é" (E9) after a U+FFFD that is valid UTF-8 (EF BF BD), on the second line.
    const before = Buffer.concat([Buffer.from('{"type": "Feature",\n "properties": {"name": "'), Buffer.from("\uFFFD"), Buffer.from("Mari")]);
    const path = inputFile("latin1.geojson", Buffer.concat([before, Buffer.from([0xe9]), Buffer.from('"}, "geometry": null}')]));
    expect(() => importFile(path)).toThrow(
      new RegExp(
        `^The input is not a GeoJSON file as it must be saved: expected UTF-8 text, found the byte 0x[0-9A-F]{2} at offset ${before.length} \\(line 2\\), which is not UTF-8`,
      ),
    );
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("refuses an input that is a folder, saying to give the file itself", () => {
    expect(() => importFile(inputDir)).toThrow(`The input ${inputDir} is a folder: give the GeoJSON file itself with --input.`);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it.each([
    ["is a file", (file: string) => file],
    ["lies inside a file", (file: string) => join(file, "control")],
  ])("refuses an output folder that %s, saying so, and leaves the file as it was", (_case, folder) => {
    const file = inputFile("notes.txt", Buffer.from("notes"));
    const argv = ["--input", fixture("polygon.geojson"), "--out-dir", folder(file), "--date", "2025-12-15", ...source];
    expect(() => importSnapshot(argv)).toThrow(
      `The output folder ${folder(file)} is a file, or lies inside one: give a folder with --out-dir (by default data/control).`,
    );
    expect(readFileSync(file, "utf8")).toBe("notes");
  });

  it.each([
    ["EACCES", "permission denied"],
    ["EROFS", "it is on a read-only disk"],
  ])("refuses an output folder that cannot be written (%s), naming the folder and not the temporary file", (code, reason) => {
    const temporary = join(outDir, `.occupied-2025-12-15.v1.json.${process.pid}.tmp`);
    vi.mocked(writeAtomically).mockImplementationOnce(() => {
      throw Object.assign(new Error(`${code}: ${reason}, open '${temporary}'`), { code, syscall: "open", path: temporary });
    });
    expect(() => runDated("polygon.geojson")).toThrow(
      new Error(`The folder ${outDir} cannot be written (${reason}): give a folder you can write to with --out-dir, or ask for write access to this one.`),
    );
  });

  it("removes the temporary file an import killed mid-write left behind, once its process is gone", () => {
    const { pid } = spawnSync(node, ["-e", ""]);
    expect(() => process.kill(pid!, 0)).toThrow(expect.objectContaining({ code: "ESRCH" }));
    writeFileSync(join(outDir, `.occupied-2025-12-15.v1.json.${pid}.tmp`), '{\n  "version": 1,\n  "asO');
    runDated("polygon.geojson");
    expect(readdirSync(outDir)).toEqual(["occupied-2025-12-15.v1.json"]);
  });

  it("never touches the temporary file of an import still running", () => {
    const running = `.occupied-2025-12-15.v1.json.${process.ppid}.tmp`;
    writeFileSync(join(outDir, running), "");
    runDated("polygon.geojson");
    expect(readdirSync(outDir).sort()).toEqual([running, "occupied-2025-12-15.v1.json"].sort());
  });

  it("ends two imports of the same date run at once with one snapshot and no temporary file", async () => {
    const args = ["--input", fixture("polygon.geojson"), "--date", "2025-12-15", ...source, "--out-dir", outDir];
    const results = await Promise.all([script(...args), script(...args)]);
    expect(results.map((result) => result.status).sort()).toEqual([0, 1]);
    expect(results.find((result) => result.status === 1)?.stderr).toMatch(/^data:snapshot: A snapshot for 2025-12-15 already exists/);
    expect(readdirSync(outDir)).toEqual(["occupied-2025-12-15.v1.json"]);
  });

  it("exits non-zero with the message on stderr when run as a script", () => {
    const result = spawnSync(
      node,
      ["scripts/data-snapshot.ts", "--input", fixture("linestring.geojson"), "--date", "2025-12-15", ...source, "--out-dir", outDir],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^data:snapshot: The input holds a LineString/);
    expect(result.stdout).toBe("");
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("logs what it wrote on stderr when run as a script", () => {
    const result = spawnSync(
      node,
      ["scripts/data-snapshot.ts", "--input", fixture("polygon.geojson"), "--date", "2025-12-15", ...source, "--out-dir", outDir],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^wrote .*occupied-2025-12-15\.v1\.json \(\d+ bytes\): [\d,]+ km², \d+\.\d\d% of Ukraine\n$/);
  });

  it("leaves every file in data/control as it was", () => {
    expect(controlFiles()).toEqual(before);
  });
});
