import { describe, expect, it } from "vitest";
import { sourceProblems, uncitedSourceProblems } from "../../src/validate/sourceProblems.ts";
import { sectionSources } from "../../src/lib/sectionSources.ts";
import { committedData } from "../support/committed.ts";
import { sectionInventories } from "../support/sections.ts";

const data = committedData();
const latest = data.files.filter((f) => f.latest).map((f) => ({ path: f.path, data: JSON.parse(f.text) as unknown }));

describe("every source of every current data file", () => {
  it("links its outlet's own article, or a listed republication with via, never a refused domain or a home page", () => {
    expect(sourceProblems(latest, data.outlets)).toEqual([]);
  });

  it("is dated on or before the edition date", () => {
    const late = latest.flatMap((f) =>
      ((f.data as { sources?: Array<{ id: string; date: string }> }).sources ?? []).filter((s) => s.date > data.asOf).map((s) => `${f.path}: ${s.id} ${s.date}`),
    );
    expect(late).toEqual([]);
  });

  it("is cited by a record of its file, or on the page by a citation, a figure or a stated fact", async () => {
    const relied = (await sectionInventories()).flatMap(({ cites, nums, figures }) =>
      sectionSources({ cites, nums, figures: figures.map((f) => f.figure) }, data).map((s) => s.id),
    );
    const cites = new Set(relied);
    expect(uncitedSourceProblems(latest, cites)).toEqual([]);
  });
});

const outlets = {
  path: "data/sources/outlets.v1.json",
  data: {
    version: 1,
    asOf: "2025-12-15",
    title: "t",
    note: "n",
    outlets: [
      { name: "Reuters", domains: ["reuters.com"] },
      { name: "Bloomberg News", domains: ["bloomberg.com"] },
    ],
    republishers: [{ name: "ArcaMax", domains: ["arcamax.com"], carries: "Tribune Content Agency's feed" }],
    refused: [{ domain: "daily8.com", reason: "A scraper." }],
  },
};
const file = (source: Record<string, string>) => [{ path: "data/x/x.v1.json", data: { sources: [{ id: "s", title: "A headline", ...source }] } }];

describe("the source link rules", () => {
  it("accepts the outlet's own article and a listed republication", () => {
    expect(sourceProblems(file({ outlet: "Reuters", url: "https://www.reuters.com/world/europe/a-story-2025-12-15/" }), outlets)).toEqual([]);
    expect(
      sourceProblems(file({ outlet: "Bloomberg News", url: "https://www.arcamax.com/currentnews/newsheadlines/s-3953016", via: "ArcaMax" }), outlets),
    ).toEqual([]);
  });

  it("names the file, the source and the problem", () => {
    expect(sourceProblems(file({ outlet: "Bloomberg News", url: "https://www.bloomberg.com/" }), outlets)).toEqual([
      'data/x/x.v1.json: sources[0].url: source "s": expected a link to the article itself, found the home page https://www.bloomberg.com/',
    ]);
    expect(sourceProblems(file({ outlet: "Reuters", url: "https://www.daily8.com/en/article/252dea" }), outlets)[0]).toContain(
      "found daily8.com: A scraper.",
    );
    expect(sourceProblems(file({ outlet: "Reuters (as reported by OC Media)", url: "https://oc-media.org/x" }), outlets)[0]).toContain(
      'sources[0].outlet: source "s": expected an outlet listed in data/sources/outlets.v1.json (the original outlet alone, such as "Reuters"), found "Reuters (as reported by OC Media)"',
    );
    expect(sourceProblems(file({ outlet: "Reuters", url: "https://theprint.in/world/story/1" }), outlets)[0]).toContain(
      "expected a link on Reuters's own domain (reuters.com), found theprint.in",
    );
    expect(sourceProblems(file({ outlet: "Reuters", url: "https://theprint.in/world/story/1", via: "ThePrint" }), outlets)[0]).toContain(
      'sources[0].via: source "s": expected a republisher listed in data/sources/outlets.v1.json, found "ThePrint"',
    );
    expect(sourceProblems(file({ outlet: "Bloomberg News", url: "https://evil.example.com/s-1", via: "ArcaMax" }), outlets)[0]).toContain(
      "expected a link on ArcaMax's domain (arcamax.com), found evil.example.com",
    );
  });

  it("refuses a title in brackets", () => {
    expect(sourceProblems(file({ outlet: "Reuters", title: "[Talks in Florida]", url: "https://www.reuters.com/world/a" }), outlets)[0]).toContain(
      'expected the article\'s own headline, found a description in brackets: "[Talks in Florida]"',
    );
  });

  it("takes a language's front page and a lookalike subdomain for what they are", () => {
    expect(sourceProblems(file({ outlet: "Reuters", url: "https://www.reuters.com/en/" }), outlets)[0]).toContain("found the home page");
    expect(sourceProblems(file({ outlet: "Reuters", url: "https://reuters.com.evil.net/world/a" }), outlets)[0]).toContain("found reuters.com.evil.net");
  });

  it("takes a file whose records cite nothing one by one as resting on all it lists", () => {
    expect(uncitedSourceProblems([{ path: "data/x/x.v1.json", data: { sources: [{ id: "map" }], occupied: {} } }], new Set())).toEqual([]);
  });

  it("finds a listed source no record and no page cites", () => {
    const data = { sources: [{ id: "used" }, { id: "on-page" }, { id: "orphan" }], records: [{ sources: ["used"] }] };
    expect(uncitedSourceProblems([{ path: "data/x/x.v1.json", data }], new Set(["on-page"]))).toEqual([
      'data/x/x.v1.json: sources[2]: expected every listed source to be cited by a record or on the page, found "orphan" cited nowhere: cite it or remove it',
    ]);
  });
});
