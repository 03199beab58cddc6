import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkExplainerData } from "../../src/lib/checkExplainerData.ts";
import { readDataFiles } from "../../scripts/readDataFiles.ts";

const committed = readDataFiles(".");

/** The committed data files with one replaced by a malformed fixture from tests/fixtures/malformed. */
function withFixture(fixture: string) {
  const dataset = fixture.split(".")[1];
  const path = `data/${dataset}/${dataset}.v1.json`;
  const text = readFileSync(`tests/fixtures/malformed/${fixture}`, "utf8");
  return committed.map((file) => (file.path === path ? { path, text } : file));
}

describe("checkExplainerData(files)", () => {
  it("accepts the committed data files and assembles the map from them", () => {
    const { data, problems } = checkExplainerData(committed);
    expect(problems).toEqual([]);
    expect(data?.figures.get("ukraine-map")?.marks.filter((m) => m.kind === "oblast")).toHaveLength(27);
  });

  it.each([
    ["wrong-type.places.v1.json", 'data/places/places.v1.json: places[0].lon: expected number, found string "30.5238"'],
    ["missing-name.places.v1.json", "data/places/places.v1.json: places[1].name: expected string, found nothing"],
    ["no-sources.regions.v1.json", "data/regions/regions.v1.json: sources: expected at least one source, found a list of 0"],
    ["group-without-source.regions.v1.json", "data/regions/regions.v1.json: groups[0].sources: expected at least one source id, found a list of 0"],
    ["unlisted-source.regions.v1.json", 'data/regions/regions.v1.json: groups[2].sources[0]: expected the id of one of this file\'s sources, found "reuters-2022-09-30"'],
    ["unknown-oblast.regions.v1.json", 'data/regions/regions.v1.json: groups[0].members[1]: expected the id of an oblast on the map, found "UA-99"'],
    ["impossible-date.places.v1.json", 'data/places/places.v1.json: asOf: expected a date that exists in the calendar, found string "2025-02-30"'],
    ["latitude-out-of-range.places.v1.json", "data/places/places.v1.json: places[1].lat: expected a latitude within Ukraine's region (44 to 53), found number 61.2"],
    ["duplicate-id.places.v1.json", 'data/places/places.v1.json: places[2].id: expected a unique id, found "kyiv" again (first at places[0])'],
    ["unknown-field.places.v1.json", 'data/places/places.v1.json: places[0]: unexpected field "colour"'],
    ["unknown-rank.places.v1.json", 'data/places/places.v1.json: places[0].rank: expected one of "capital", "city", "town", found string "village"'],
    ["insecure-link.regions.v1.json", 'data/regions/regions.v1.json: sources[0].url: expected an https:// link to the original outlet, found string "http://mirror.example.com/un-crimea"'],
    ["version-mismatch.places.v1.json", "data/places/places.v1.json: version: expected 1, the version in the file's name, found 2"],
  ])("reports %s as: %s", (fixture, message) => {
    const { data, problems } = checkExplainerData(withFixture(fixture));
    expect(problems).toEqual([message]);
    expect(data).toBeUndefined();
  });

  it("reports truncated JSON with the file name and where parsing stopped", () => {
    const { problems } = checkExplainerData(withFixture("truncated.places.v1.json"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/places\/places\.v1\.json: expected valid JSON, found a file that does not parse \(.*line \d+ column \d+\)\)$/);
  });

  it("reports a data file whose name says neither its kind nor its version", () => {
    const { problems } = checkExplainerData([...committed, { path: "data/places/places-new.json", text: "{}" }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/places\/places-new\.json: expected a file named like one of the known data files/);
  });

  it("reports a missing dataset", () => {
    const { problems } = checkExplainerData(committed.filter((f) => !f.path.startsWith("data/regions/")));
    expect(problems).toEqual(["data/regions/regions: expected a versioned file of this dataset (such as regions.v1.json), found none"]);
  });
});
