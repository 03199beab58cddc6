import { afterAll, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importSnapshot } from "../../scripts/data-snapshot.ts";
import { readDataFiles } from "../../scripts/readDataFiles.ts";
import { en } from "../../src/i18n/en.ts";
import { editionHistory } from "../../src/lib/editionHistory.ts";
import { checkExplainerData } from "../../src/validate/checkExplainerData.ts";
import { committedData } from "../support/committed.ts";

// The README's worked example, run on a copy of data/: import the next day's map, publish a new
// edition dated that day, and nothing else. The page's map, its figures and its history follow.
describe("a newsroom's update: a new snapshot and a new edition, with nothing else edited", () => {
  const root = mkdtempSync(join(tmpdir(), "update-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync("data", join(root, "data"), { recursive: true });
  const latest = committedData().snapshots.at(-1)!.data;
  // The next day's map: the latest one, with Russia holding a few more square kilometres near Kostiantynivka.
  const taken = [
    [
      [37.7, 48.5],
      [37.75, 48.5],
      [37.75, 48.55],
      [37.7, 48.55],
      [37.7, 48.5],
    ],
  ];
  const input = join(root, "deepstatemap_data_20251220.geojson");
  writeFileSync(
    input,
    JSON.stringify({ type: "Feature", properties: {}, geometry: { ...latest.measured!, coordinates: [...latest.measured!.coordinates, taken] } }),
  );
  const url = "https://github.com/cyterat/deepstate-map-data/blob/main/data/deepstatemap_data_20251220.geojson";
  importSnapshot(
    [
      ...["--input", input, "--date", "2025-12-20", "--out-dir", join(root, "data/control")],
      ...["--source-outlet", "DeepState", "--source-title", "deepstatemap_data_20251220.geojson", "--source-url", url],
      ...["--source-via", "deepstate-map-data archive", "--source-credit", "Front line: DeepState (deepstatemap.live), via the deepstate-map-data archive"],
    ],
    { today: "2025-12-20" },
  );
  // The next version of the edition file, whatever versions it has had.
  const next = Math.max(...readdirSync("data/edition").map((name) => Number(/\.v(\d+)\.json$/.exec(name)?.[1] ?? 0))) + 1;
  const edition = `data/edition/edition.v${next}.json`;
  writeFileSync(
    join(root, edition),
    `${JSON.stringify({ version: next, asOf: "2025-12-20", title: "The explainer's edition: the day it describes", note: "The front as DeepState mapped it on 20 December 2025." }, null, 2)}\n`,
  );
  const { data, problems } = checkExplainerData(readDataFiles(root).files, en);

  it("passes every check", () => {
    expect(problems).toEqual([]);
  });

  it("moves every @latest of the text and the maps to the new day", () => {
    expect(data!.facts.get("day@latest")!.text).toBe("20 December 2025");
    expect(data!.facts.get("occupied-km2@latest")!.value).toBeGreaterThan(data!.facts.get("occupied-km2@2025-12-15")!.value);
    expect(data!.figures.get("ukraine-map")!.aliases!["occupied@latest"]).toBe("occupied-2025-12-20");
    expect(data!.asOf).toBe("2025-12-20");
  });

  it("adds the day to the date control, counted from the talks in Berlin, with the land taken drawn", () => {
    const states = data!.figures.get("front-by-date")!.states!;
    expect(states.at(-1)!.id).toBe("2025-12-20");
    expect(states.at(-1)!.panel.change).toMatch(/^Russia's net gain since 15 December 2025 \(Berlin\): about \d+ km²\.$/);
    expect(states.at(-1)!.view.layers).toContain("gained@2025-12-20");
  });

  it("opens a new edition in the history, listing the new day against the one before, and leaves the edition before as it was", () => {
    const [newest, previous] = editionHistory(data!.files);
    const [before] = editionHistory(committedData().files);
    expect(previous.changes.map((c) => c.file.path)).toEqual(before.changes.map((c) => c.file.path));
    expect([newest.asOf, previous.asOf]).toEqual(["2025-12-20", "2025-12-15"]);
    expect(newest.changes.map((c) => c.file.path).sort()).toEqual(["data/control/occupied-2025-12-20.v1.json", edition]);
    const day = newest.changes.find((c) => c.file.dataset === "snapshots")!;
    expect(day.after?.path).toBe("data/control/occupied-2025-12-15.v3.json");
    expect(day.area!.toKm2 - day.area!.fromKm2).toBeGreaterThan(10);
  });
});
