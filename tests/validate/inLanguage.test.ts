import { describe, expect, it } from "vitest";
import { inLanguage } from "../../src/validate/inLanguage.ts";
import { checkDataFiles } from "../../src/validate/checkDataFiles.ts";

describe("text written in every language of the explainer (src/validate/inLanguage.ts)", () => {
  const file = {
    version: 2,
    title: { en: "Groups of oblasts", uk: "Групи областей" },
    groups: [{ id: "donbas", name: { en: "Donbas", uk: "Донбас" }, members: ["UA-14", "UA-09"] }],
  };

  it("gives each edition its own words and leaves everything else as it is", () => {
    expect(inLanguage(file, "en")).toEqual({
      value: { version: 2, title: "Groups of oblasts", groups: [{ id: "donbas", name: "Donbas", members: ["UA-14", "UA-09"] }] },
    });
    expect(inLanguage(file, "uk")).toEqual({
      value: { version: 2, title: "Групи областей", groups: [{ id: "donbas", name: "Донбас", members: ["UA-14", "UA-09"] }] },
    });
  });

  it("leaves the file it read untouched", () => {
    const before = structuredClone(file);
    inLanguage(file, "uk");
    expect(file).toEqual(before);
  });

  it("names the path of a text missing a language, or given as anything but text", () => {
    const broken = { title: { en: "Groups" }, groups: [{ name: { en: "Donbas", uk: 5 } }, { name: { en: "Crimea", uk: " " } }] };
    expect(inLanguage(broken, "en")).toEqual({
      problems: [
        'title: expected the text in every language of the explainer ("en", "uk"), found none in "uk"',
        'groups[0].name: expected the text in every language of the explainer ("en", "uk"), found none in "uk"',
        'groups[1].name: expected the text in every language of the explainer ("en", "uk"), found none in "uk"',
      ],
    });
  });

  it("stops a data file whose Ukrainian is missing, naming file and path, in either edition", () => {
    const text = JSON.stringify({ version: 1, asOf: "2025-12-15", title: { en: "Groups", uk: "" }, note: "n", sources: [] });
    const files = [{ path: "data/regions/regions.v1.json", bytes: new TextEncoder().encode(text) }];
    for (const lang of ["en", "uk"] as const) {
      expect(checkDataFiles(files, "2025-12-15", lang).problems).toEqual([
        'data/regions/regions.v1.json: title: expected the text in every language of the explainer ("en", "uk"), found none in "uk"',
      ]);
    }
  });
});
