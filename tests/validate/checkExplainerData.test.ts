import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { en } from "../../src/i18n/en.ts";
import { checkExplainerData } from "../../src/validate/checkExplainerData.ts";
import type { DataFile } from "../../src/validate/checkDataFiles.ts";
import { bytes, committedFiles } from "../support/committed.ts";

const check = (files: DataFile[], today?: string) => checkExplainerData(files, en, today);
const textOf = (path: string) => new TextDecoder().decode(committedFiles.find((f) => f.path === path)!.bytes);
/** The newest version of a dataset among the committed files, by its path up to the version. */
const latestOf = (stem: string) =>
  committedFiles
    .filter((f) => f.path.startsWith(`${stem}.v`))
    .map((f) => f.path)
    .sort()
    .at(-1)!;

/** The committed data with one dataset's versions replaced by a malformed fixture from tests/fixtures/malformed (as version 1). */
function withFixture(fixture: string) {
  const dataset = fixture.split(".")[1];
  const path = `data/${dataset}/${dataset}.v1.json`;
  return [...committedFiles.filter((f) => !f.path.startsWith(`data/${dataset}/`)), { path, bytes: readFileSync(`tests/fixtures/malformed/${fixture}`) }];
}

/** The committed data with the latest file of a dataset changed. */
function withChange(path: string, change: (data: Record<string, unknown>) => void) {
  const data = JSON.parse(textOf(path));
  change(data);
  return committedFiles.map((f) => (f.path === path ? { path, bytes: bytes(JSON.stringify(data)) } : f));
}
const withText = (path: string, text: string | Uint8Array) => [
  ...committedFiles.filter((f) => f.path !== path),
  { path, bytes: typeof text === "string" ? bytes(text) : text },
];

describe("checkExplainerData(files, strings, today)", () => {
  it("accepts the committed data files and assembles the map from them", () => {
    const { data, problems } = check(committedFiles);
    expect(problems).toEqual([]);
    expect(data?.figures.get("ukraine-map")?.marks.filter((m) => m.kind === "oblast")).toHaveLength(27);
    expect(data?.asOf).toBe(JSON.parse(textOf("data/edition/edition.v1.json")).asOf);
  });

  it.each([
    ["wrong-type.places.v1.json", 'data/places/places.v1.json: places[0].lon: expected number, found string "30.5238"'],
    ["missing-name.places.v1.json", "data/places/places.v1.json: places[1].name: expected string, found nothing"],
    ["no-sources.regions.v1.json", "data/regions/regions.v1.json: sources: expected at least one source, found a list of 0"],
    ["group-without-source.regions.v1.json", "data/regions/regions.v1.json: groups[0].sources: expected at least one source id, found a list of 0"],
    [
      "unlisted-source.regions.v1.json",
      'data/regions/regions.v1.json: groups[2].sources[0]: expected the id of one of this file\'s sources, found "reuters-2022-09-30"',
    ],
    [
      "unknown-oblast.regions.v1.json",
      'data/regions/regions.v1.json: groups[0].members[1]: expected the id of an oblast on the map (data/geo/ukraine.v1.topo.json), found "UA-99"',
    ],
    ["impossible-date.places.v1.json", 'data/places/places.v1.json: asOf: expected a date that exists in the calendar, found string "2025-02-30"'],
    [
      "latitude-out-of-range.places.v1.json",
      "data/places/places.v1.json: places[1].lat: expected a latitude within Ukraine's region (44 to 53), found number 61.2",
    ],
    ["duplicate-id.places.v1.json", 'data/places/places.v1.json: places[2].id: expected a unique id, found "kyiv" again (first at places[0])'],
    ["unknown-field.places.v1.json", 'data/places/places.v1.json: places[0]: unexpected field "colour"'],
    ["unknown-rank.places.v1.json", 'data/places/places.v1.json: places[0].rank: expected one of "capital", "city", "town", found string "village"'],
    ["unknown-road-place.places.v1.json", 'data/places/places.v1.json: roads[0].through[1]: expected the id of one of the file\'s places, found "slovyansk"'],
    [
      "insecure-link.regions.v1.json",
      'data/regions/regions.v1.json: sources[0].url: expected an https:// link to the article, found string "http://mirror.example.com/un-crimea"',
    ],
    ["version-mismatch.places.v1.json", "data/places/places.v1.json: version: expected 1, the version in the file's name, found 2"],
  ])("reports %s as: %s", (fixture, message) => {
    const { data, problems } = check(withFixture(fixture));
    expect(problems).toEqual([message]);
    expect(data).toBeUndefined();
  });

  it("reports truncated JSON with the file name and the line and column where it stops", () => {
    const { problems } = check(withFixture("truncated.places.v1.json"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/places\/places\.v1\.json: line \d+ column \d+: expected /);
  });

  it("reports a data file whose name says neither its kind nor its version", () => {
    const { problems } = check([...committedFiles, { path: "data/places/places-new.json", bytes: bytes("{}") }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/places\/places-new\.json: expected a file named like one of the known data files/);
  });

  it("refuses two files that claim one version, naming both, and a version written with a leading zero", () => {
    const places = textOf(latestOf("data/places/places"));
    expect(check(withText("data/places/places.v02.json", places)).problems).toEqual([
      'data/places/places.v02.json: expected a version written without leading zeros, from v1 (as in data/places/places.v2.json), found "v02"',
    ]);
  });

  it("reports a missing dataset", () => {
    const { problems } = check(committedFiles.filter((f) => !f.path.startsWith("data/regions/")));
    expect(problems).toEqual(["data/regions/regions.vN.json: expected a file of this dataset (region groups), found none"]);
  });

  describe("the edition date bounds everything", () => {
    it("refuses an edition dated after today", () => {
      expect(check(committedFiles, "2025-12-14").problems).toEqual([
        `${latestOf("data/edition/edition")}: asOf: expected an edition dated on or before today (2025-12-14), found "2025-12-15"`,
      ]);
    });

    it("refuses a last update dated after today or before the day the edition describes", () => {
      const edition = latestOf("data/edition/edition");
      const later = withChange(edition, (d) => (d.updated = "2999-01-01"));
      expect(check(later).problems).toEqual([
        `${edition}: updated: expected an update dated on or before today (${new Date().toISOString().slice(0, 10)}), found "2999-01-01"`,
      ]);
      const earlier = withChange(edition, (d) => (d.updated = "2025-12-01"));
      expect(check(earlier).problems).toEqual([
        `${edition}: updated: expected an update on or after the day the edition describes (2025-12-15), found string "2025-12-01"`,
      ]);
    });

    it("refuses an event, a figure or a source dated after the edition, naming file, path and date", () => {
      const timeline = latestOf("data/timeline/talks");
      const late = withChange(timeline, (d) => {
        (d.events as Array<{ date: string }>).at(-1)!.date = "2026-02-20";
        d.asOf = "2026-03-01";
      });
      const { problems } = check(late);
      expect(problems).toContain(`${timeline}: asOf: expected nothing dated after the explainer's edition date (2025-12-15), found "2026-03-01"`);
      expect(problems.some((p) => p.startsWith(`${timeline}: events[`) && p.endsWith('found "2026-02-20"'))).toBe(true);
      const forcesPath = latestOf("data/forces/army-size");
      const forces = withChange(forcesPath, (d) => {
        (d.sources as Array<{ date: string }>)[0].date = "2026-05-01";
      });
      expect(check(forces).problems).toEqual([
        `${forcesPath}: sources[0].date: expected nothing dated after the explainer's edition date (2025-12-15), found "2026-05-01"`,
      ]);
    });

    it("names the file, the event and the problem when a timeline event's parties are unknown or missing", () => {
      const timeline = latestOf("data/timeline/talks");
      const participants = (parties: string[]) =>
        withChange(timeline, (d) => {
          (d.events as Array<{ participants: { parties: string[] } }>)[0].participants.parties = parties;
        });
      expect(check(participants(["us", "nato"])).problems).toEqual([
        `${timeline}: events[0].participants.parties[1]: expected one of "us", "russia", "ukraine", "europe", "e3", found string "nato"`,
      ]);
      expect(check(participants([])).problems).toEqual([
        `${timeline}: events[0].participants.parties: expected at least one party (us, russia, ukraine, europe, e3), found a list of 0`,
      ]);
    });

    it("refuses a note that reports a figure published after the edition", () => {
      const { problems } = check(
        withChange("data/facts/territory-figures.v1.json", (d) => void (d.note = `${d.note} DeepState gave 116,165 km² on 1 January 2026.`)),
      );
      expect(problems).toEqual([
        'data/facts/territory-figures.v1.json: note: expected nothing dated after the explainer\'s edition date (2025-12-15), found "1 January 2026"',
      ]);
    });

    it("holds a superseded version to its envelope, not today's schema, but to the edition date and the rules of text", () => {
      const path = "data/timeline/talks.v1.json";
      const old = () => JSON.parse(textOf(path));
      const withOld = (change: (d: Record<string, unknown>) => void) => {
        const d = old();
        change(d);
        return check(withText(path, JSON.stringify(d))).problems;
      };
      expect(withOld((d) => (d.events as unknown[]).push({ anything: "records of a superseded version are history" }))).toEqual([]);
      expect(withOld((d) => (d.events as unknown[]).push({ date: "2027-01-01" }))).toEqual([
        `${path}: events[22].date: expected a date on or before the file's asOf (2025-12-15), found "2027-01-01"`,
        `${path}: events[22].date: expected nothing dated after the explainer's edition date (2025-12-15), found "2027-01-01"`,
      ]);
      expect(withOld((d) => ((d.sources as Array<{ url: string }>)[0].url = "javascript:alert(1)"))).toEqual([
        `${path}: sources[0].url: expected an https:// link to the article, found string "javascript:alert(1)"`,
      ]);
    });

    it("refuses a later version dated before the one it corrects", () => {
      const path = latestOf("data/regions/regions");
      const corrected = Number(/\.v(\d+)\.json$/.exec(path)![1]) - 1;
      expect(check(withChange(path, (d) => void (d.asOf = "2025-12-01"))).problems).toEqual([
        `${path}: asOf: expected a date on or after the asOf of version ${corrected} (2025-12-15), found "2025-12-01"`,
      ]);
    });
  });

  describe("bytes and syntax", () => {
    const places = latestOf("data/places/places");
    const text = textOf(places);
    it("names a byte-order mark, UTF-16 and a byte that is not UTF-8, with its offset and line", () => {
      expect(check(withText(places, Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(text)]))).problems).toEqual([
        `${places}: expected UTF-8 text, found a byte-order mark (EF BB BF) at the start: save the file as UTF-8 without BOM`,
      ]);
      expect(check(withText(places, Uint8Array.from([0xff, 0xfe, 0x7b, 0x00]))).problems[0]).toMatch(/found UTF-16/);
      const latin1 = bytes(text.replace('"Kyiv"', '"Ky_v"'));
      latin1[latin1.indexOf(0x5f)] = 0xef;
      expect(check(withText(places, latin1)).problems).toEqual([
        expect.stringMatching(new RegExp(`^${places}: expected UTF-8 text, found the byte 0xEF at offset \\d+ \\(line \\d+\\), which is not UTF-8`)),
      ]);
    });

    it("refuses a field given twice in one object, which JSON.parse would silently resolve", () => {
      const twice = text.replace(/"lat": ([\d.]+)/, '"lat": $1, "lat": 47.0');
      expect(check(withText(places, twice)).problems).toEqual([
        expect.stringMatching(new RegExp(`^${places}: places\\[0\\]: expected each field once, found "lat" twice \\(line \\d+ column \\d+\\)`)),
      ]);
    });

    it("refuses a number too large to store, or to store exactly, quoting it as written", () => {
      const snapshot = latestOf("data/control/occupied-2025-12-15");
      const huge = textOf(snapshot).replace(/"totalKm2":\d+/, '"totalKm2":1e400');
      expect(check(withText(snapshot, huge)).problems[0]).toMatch(/found 1e400 \(line \d+ column \d+\), which is too large$/);
      const forcesPath = latestOf("data/forces/army-size");
      const forces = textOf(forcesPath).replace(/"high": \d+/, '"high": 9007199254740993');
      expect(check(withText(forcesPath, forces)).problems[0]).toMatch(/found 9007199254740993 .*cannot be stored exactly$/);
    });

    it("refuses nesting deeper than any data file needs, without overflowing the stack", () => {
      const deep = `{"x":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
      expect(check(withText("data/geo/ukraine.v2.topo.json", deep)).problems).toEqual([
        "data/geo/ukraine.v2.topo.json: expected objects and lists nested at most 32 deep, found deeper nesting",
      ]);
    });

    it("refuses invisible characters in text and a lookalike host in a link", () => {
      const hidden = withChange(places, (d) => void ((d.places as Array<{ name: string }>)[0].name = "Ky\u200biv"));
      expect(check(hidden).problems).toEqual([
        `${places}: places[0].name: expected plain text, found the invisible or control character U+200B: retype the text around it`,
      ]);
      const lookalike = withChange(places, (d) => void ((d.sources as Array<{ url: string }>)[0].url = "https://news.l\u0456ga.net/a"));
      expect(check(lookalike).problems).toEqual([
        `${places}: sources[0].url: expected an https:// link to the article in plain ASCII (it has U+0456 "і": a space, an invisible character or a letter that only looks Latin), found string "https://news.lіga.net/a"`,
      ]);
    });
  });

  describe("the guarantees comparison", () => {
    const guarantees = latestOf("data/guarantees/guarantees");
    type Cell = { element: string; column: string };

    it("names a missing cell by its element and column", () => {
      const holed = withChange(guarantees, (d) => {
        const cells = d.cells as Cell[];
        cells.splice(
          cells.findIndex((c) => c.element === "duration" && c.column === "us-berlin-offer"),
          1,
        );
      });
      expect(check(holed).problems).toEqual([
        `${guarantees}: cells: expected a cell for every element and column (duration / us-berlin-offer has none), found a list of 23`,
      ]);
    });

    it("names a column with an unknown party, listing the parties of the palette", () => {
      const unknown = withChange(guarantees, (d) => void ((d.columns as Array<{ party?: string }>)[1].party = "nato"));
      expect(check(unknown).problems).toEqual([
        `${guarantees}: columns[1].party: expected one of "us", "russia", "ukraine", "europe", "e3", found string "nato"`,
      ]);
    });

    it("names a cell of a column the file does not have, and a second cell for one element and column", () => {
      const stray = withChange(guarantees, (d) => {
        const cells = d.cells as Cell[];
        cells[0].column = "nato";
        cells.push({ ...cells[1] });
      });
      expect(check(stray).problems).toEqual([
        `${guarantees}: cells[0].column: expected the id of one of the file's columns (article-5, us-berlin-offer, europe-berlin-statement, ukraine-position), found string "nato"`,
        `${guarantees}: cells[24]: expected one cell for each element and column (the first for this pair is cells[1]), found string "collective-defence / us-berlin-offer"`,
        `${guarantees}: cells: expected a cell for every element and column (collective-defence / article-5 has none), found a list of 25`,
      ]);
    });
  });

  describe("references between files", () => {
    it("names an unknown oblast in places, checkpoints and plans, and an unknown proposal in a plan", () => {
      const places = latestOf("data/places/places");
      expect(check(withChange(places, (d) => void ((d.places as Array<{ oblast: string }>)[0].oblast = "UA-99"))).problems).toEqual([
        `${places}: places[0].oblast: expected the id of an oblast on the map (data/geo/ukraine.v1.topo.json), found "UA-99"`,
      ]);
      expect(
        check(withChange(latestOf("data/control/checkpoints"), (d) => void ((d.checkpoints as Array<{ oblast: string }>)[0].oblast = "UA-99"))).problems,
      ).toHaveLength(1);
      const plans = withChange(latestOf("data/plans/territory-plans"), (d) => {
        const plan = (d.plans as Array<{ whole: string[]; proposal: string }>)[0];
        plan.whole.push("UA-99");
        plan.proposal = "no-such-proposal";
      });
      const problems = check(plans).problems;
      expect(problems.some((p) => /plans\[0\]\.whole\[\d+\]: expected the id of an oblast on the map .* found "UA-99"/.test(p))).toBe(true);
      expect(
        problems.some((p) =>
          /plans\[0\]\.proposal: expected the id of a proposal in data\/proposals\/proposals\.v\d+\.json .* found "no-such-proposal"/.test(p),
        ),
      ).toBe(true);
    });

    it("refuses a proposals scale that places a position on no point, keeps a point nobody takes, or does not end on Moscow's demand", () => {
      const proposals = withChange(latestOf("data/proposals/proposals"), (d) => {
        const positions = d.positions as Array<{ proposal: string; question: string; status: string; point?: string }>;
        const at = (q: string, p: string) => positions.find((x) => x.question === q && x.proposal === p)!;
        at("territory", "us-28-point").point = "half-of-donetsk";
        at("nato", "russia-demands").point = "consensus";
        at("sanctions", "us-berlin-offer").point = "phased";
        (d.questions as Array<{ id: string; scale: Array<{ id: string; label: string }> }>)
          .find((q) => q.id === "amnesty")!
          .scale.push({ id: "partial", label: "A partial amnesty" });
      });
      const problems = check(proposals).problems;
      const says = (pattern: RegExp) => expect(problems.some((p) => pattern.test(p))).toBe(true);
      says(/proposals\.v\d+\.json: positions\[0\]\.point: expected a point of the scale of "territory" \(freeze, .*\), found string "half-of-donetsk"$/);
      says(/positions\[\d+\]\.point: expected "neutral", the end of the scale of "nato", for Moscow's own position, found string "consensus"$/);
      says(/positions\[\d+\]\.point: expected no point on the scale for a position that is not public, found string "phased"$/);
      says(/questions\[10\]\.scale\[2\]\.id: expected a point that some position on "amnesty" takes, found string "partial"$/);
    });

    it("blames the file whose copy of a shared source differs, naming the other file and the field", () => {
      const plans = withChange(latestOf("data/plans/territory-plans"), (d) => {
        (d.sources as Array<{ id: string; title: string }>).find((s) => s.id === "bloomberg-2025-12-15-us-security-guarantee")!.title = "Another title";
      });
      expect(check(plans).problems).toEqual([
        expect.stringMatching(
          /^data\/plans\/territory-plans\.v\d+\.json: sources\[\d\]: expected source "bloomberg-2025-12-15-us-security-guarantee" to be the same as in data\/.+ \(sources\[\d+\]\), found a different title$/,
        ),
      ]);
    });

    it("requires exactly Ukraine's 27 units on the map", () => {
      const geo = withChange("data/geo/ukraine.v1.topo.json", (d) => {
        const oblasts = (d.objects as { oblasts: { geometries: Array<{ id: string }> } }).oblasts.geometries;
        oblasts.find((g) => g.id === "UA-77")!.id = "UA-99";
      });
      expect(check(geo).problems).toEqual([
        "data/geo/ukraine.v1.topo.json: objects.oblasts.geometries: expected Ukraine's 27 units (ISO 3166-2:UA), found 27, without UA-77, with unknown UA-99",
      ]);
    });

    it("names an arc index that points nowhere instead of crashing in topojson", () => {
      const geo = withChange("data/geo/ukraine.v1.topo.json", (d) => {
        (d.objects as { oblasts: { geometries: Array<{ arcs: number[][] }> } }).oblasts.geometries[0].arcs[0][0] = 999_999;
      });
      expect(check(geo).problems).toEqual([
        expect.stringMatching(
          /^data\/geo\/ukraine\.v1\.topo\.json: objects\.oblasts\.geometries\[0\]\.arcs\[0\]\[0\]: expected the index of one of the \d+ arcs/,
        ),
      ]);
    });
  });

  describe("control snapshots are measured again, not trusted", () => {
    const path = latestOf("data/control/occupied-2025-12-15");
    it("refuses stored areas that the geometry does not measure", () => {
      const problems = check(withChange(path, (d) => void ((d.areas as { totalKm2: number }).totalKm2 *= 2))).problems;
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^${path}: areas\\.totalKm2: expected the area the geometry measures, \\d+ km² \\(within 0\\.5%\\), found \\d+$`)),
        `${path}: areas: measured with the units of data/geo/ukraine.v1.topo.json and the official areas of ${latestOf("data/geo/official-areas")}; if either changed since this snapshot was imported, import it again with npm run data:snapshot`,
      ]);
      const unknown = check(
        withChange(path, (d) => void ((d.areas as { byOblast: Record<string, unknown> }).byOblast["UA-99"] = { km2: 5000, share: 0.5 })),
      ).problems;
      expect(unknown[0]).toBe(`${path}: areas.byOblast.UA-99: expected no entry, since the geometry does not reach UA-99, found 5000 km²`);
    });

    it("measures the tracker's own polygon again: an edit to it no longer gives the stored areas", () => {
      const problems = check(
        withChange(path, (d) => {
          const measured = d.measured as { coordinates: number[][][][] };
          measured.coordinates = measured.coordinates.slice(1);
        }),
      ).problems;
      expect(problems.some((p) => p.startsWith(`${path}: areas.totalKm2: expected the area the geometry measures`))).toBe(true);
    });

    it("refuses reversed rings, which d3-geo would draw as the whole globe", () => {
      const problems = check(
        withChange(path, (d) => {
          const occupied = d.occupied as { coordinates: number[][][][] };
          occupied.coordinates = occupied.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse()));
        }),
      ).problems;
      expect(problems[0]).toMatch(/occupied\.coordinates\[0\]\[0\]: expected a ring wound as d3-geo draws it/);
    });

    it("refuses a ring that crosses itself, a date that disagrees with the file's name, and an asOf before the map's date", () => {
      const crossing = check(
        withChange(path, (d) => {
          const ring = (d.occupied as { coordinates: number[][][][] }).coordinates[0][0];
          [ring[3], ring[10]] = [ring[10], ring[3]];
        }),
      ).problems;
      expect(crossing).toContain(
        `${path}: occupied.coordinates[0][0]: expected a ring whose edges do not cross; this one crosses itself, so it has no inside: re-import the snapshot with npm run data:snapshot`,
      );
      expect(check(withChange(path, (d) => void (d.date = "2025-12-14"))).problems).toEqual([
        `${path}: date: expected 2025-12-15, the day in the file's name, found "2025-12-14"`,
      ]);
      expect(check(withChange(path, (d) => void (d.asOf = "2025-11-01"))).problems).toEqual([
        `${path}: date: expected a date on or before the file's asOf (2025-11-01), found "2025-12-15"`,
      ]);
    });
  });
});
