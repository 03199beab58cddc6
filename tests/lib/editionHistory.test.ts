import { describe, expect, it } from "vitest";
import { editionHistory, type HistoryFile } from "../../src/lib/editionHistory.ts";
import { committedData } from "../support/committed.ts";

const file = (path: string, dataset: string, version: number, asOf: string, body: Record<string, unknown>, day = ""): HistoryFile => ({
  path,
  dataset,
  day,
  version,
  title: `${dataset} ${day} v${version}`,
  asOf,
  text: JSON.stringify({ version, asOf, title: "t", note: "n", sources: [], ...body }),
});
const snapshot = (day: string, version: number, asOf: string, km2: number, share: number) =>
  file(`data/control/occupied-${day}.v${version}.json`, "snapshots", version, asOf, { areas: { totalKm2: km2, shareOfUkraine: share } }, day);

const files = [
  file("data/edition/edition.v1.json", "edition", 1, "2025-12-15", {}),
  file("data/edition/edition.v2.json", "edition", 2, "2026-01-10", {}),
  file("data/timeline/talks.v1.json", "timeline", 1, "2025-12-15", {
    events: [
      { id: "riyadh", title: "a" },
      { id: "jeddah", title: "b" },
    ],
  }),
  file("data/timeline/talks.v2.json", "timeline", 2, "2025-12-15", {
    events: [
      { id: "riyadh", title: "a" },
      { id: "jeddah", title: "b, corrected" },
    ],
  }),
  file("data/timeline/talks.v3.json", "timeline", 3, "2026-01-10", {
    note: "n, with January",
    events: [
      { id: "jeddah", title: "b, corrected" },
      { id: "paris", title: "c" },
    ],
  }),
  snapshot("2025-12-15", 1, "2025-12-15", 115_949, 0.1921),
  snapshot("2025-12-15", 2, "2025-12-15", 115_900, 0.192),
  snapshot("2026-01-10", 1, "2026-01-10", 116_400, 0.1928),
];

describe("editionHistory(files)", () => {
  const history = editionHistory(files);
  const changeOf = (editionAsOf: string, path: string) => history.find((e) => e.asOf === editionAsOf)!.changes.find((c) => c.file.path === path)!;

  it("makes each version of the edition file an edition, newest first", () => {
    expect(history.map((e) => [e.asOf, e.version])).toEqual([
      ["2026-01-10", 2],
      ["2025-12-15", 1],
    ]);
  });

  it("puts every file version in the first edition dated on or after its own as-of date", () => {
    expect(history[1].changes.map((c) => c.file.path).sort()).toEqual(
      [
        "data/control/occupied-2025-12-15.v1.json",
        "data/control/occupied-2025-12-15.v2.json",
        "data/edition/edition.v1.json",
        "data/timeline/talks.v1.json",
        "data/timeline/talks.v2.json",
      ].sort(),
    );
    expect(history[0].changes.map((c) => c.file.path).sort()).toEqual(
      ["data/control/occupied-2026-01-10.v1.json", "data/edition/edition.v2.json", "data/timeline/talks.v3.json"].sort(),
    );
  });

  it("says what a version changed in the one it replaces: records added, removed and changed by id, and other fields", () => {
    const correction = changeOf("2025-12-15", "data/timeline/talks.v2.json");
    expect(correction.replaces?.path).toBe("data/timeline/talks.v1.json");
    expect(correction.records).toEqual([{ list: "events", added: [], removed: [], changed: ["jeddah"] }]);
    expect(correction.fields).toEqual([]);
    const january = changeOf("2026-01-10", "data/timeline/talks.v3.json");
    expect(january.records).toEqual([{ list: "events", added: ["paris"], removed: ["riyadh"], changed: [] }]);
    expect(january.fields).toEqual(["asOf", "note"]);
  });

  it("gives a first version nothing to compare with", () => {
    const first = changeOf("2025-12-15", "data/timeline/talks.v1.json");
    expect(first.replaces).toBeUndefined();
    expect(first.records).toEqual([]);
    expect(first.fields).toEqual([]);
  });

  it("says how a snapshot's land moved: against the version it corrects, and a new day against the day before", () => {
    expect(changeOf("2025-12-15", "data/control/occupied-2025-12-15.v2.json").area).toEqual({
      fromKm2: 115_949,
      toKm2: 115_900,
      fromShare: 0.1921,
      toShare: 0.192,
    });
    const newDay = changeOf("2026-01-10", "data/control/occupied-2026-01-10.v1.json");
    expect(newDay.after?.path).toBe("data/control/occupied-2025-12-15.v2.json");
    expect(newDay.area).toEqual({ fromKm2: 115_900, toKm2: 116_400, fromShare: 0.192, toShare: 0.1928 });
  });

  it("files a version under the edition it names: a correction of an old day published with a later edition", () => {
    const v3 = snapshot("2025-12-15", 3, "2025-12-15", 115_950, 0.1921);
    const correction = { ...v3, text: JSON.stringify({ ...JSON.parse(v3.text), edition: "2026-01-10" }) };
    const [newest, first] = editionHistory([...files, correction]);
    expect(newest.changes.map((c) => c.file.path)).toContain("data/control/occupied-2025-12-15.v3.json");
    expect(first.changes.map((c) => c.file.path)).not.toContain("data/control/occupied-2025-12-15.v3.json");
    expect(first.changes).toHaveLength(history[1].changes.length);
  });

  it("makes one edition of a date the edition file gives twice, the later version standing for it", () => {
    const reissued = [...files, file("data/edition/edition.v3.json", "edition", 3, "2026-01-10", {})];
    const editions = editionHistory(reissued);
    expect(editions.map((e) => [e.asOf, e.version])).toEqual([
      ["2026-01-10", 3],
      ["2025-12-15", 1],
    ]);
  });

  it("compares a new day only with an earlier snapshot made the same way", () => {
    const handDrawn = file(
      "data/control/occupied-2022-02-23.v1.json",
      "snapshots",
      1,
      "2022-02-23",
      { areas: { totalKm2: 44_000, shareOfUkraine: 0.073 } },
      "2022-02-23",
    );
    const traced = (day: string, km2: number) =>
      file(`data/control/occupied-${day}.v1.json`, "snapshots", 1, day, { measured: {}, areas: { totalKm2: km2, shareOfUkraine: 0.18 } }, day);
    const [edition] = editionHistory([files[0], handDrawn, traced("2024-07-08", 109_000), traced("2024-08-01", 109_500)]);
    const first = edition.changes.find((c) => c.file.day === "2024-07-08")!;
    expect(first.after).toBeUndefined();
    expect(edition.changes.find((c) => c.file.day === "2024-08-01")!.after?.day).toBe("2024-07-08");
  });

  it("on the committed data, has one edition, of 15 December 2025, publishing every file version", () => {
    const data = committedData();
    const committed = editionHistory(data.files);
    expect(committed.map((e) => e.asOf)).toEqual(["2025-12-15"]);
    expect(committed[0].changes).toHaveLength(data.files.length);
    const talks = committed[0].changes.find((c) => c.file.path === "data/timeline/talks.v4.json")!;
    expect(talks.replaces?.path).toBe("data/timeline/talks.v3.json");
    expect(talks.records.find((r) => r.list === "events")?.changed).toContain("berlin-talks");
  });
});
