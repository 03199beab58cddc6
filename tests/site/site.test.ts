import { describe, expect, it } from "vitest";
import { siteOf } from "../../src/site/site.ts";
import { committedFiles } from "../support/committed.ts";

describe("the build's checked data (src/site/site.ts)", () => {
  const site = siteOf("en");

  it("reads the same files as data:check, through the one reader, and publishes each of them", () => {
    expect(site.files.map((f) => f.path)).toEqual(committedFiles.map((f) => f.path).sort());
  });

  it("dates the page by the edition and knows every figure the registry declares", () => {
    const editions = committedFiles
      .filter((f) => f.path.startsWith("data/edition/"))
      .map((f) => JSON.parse(new TextDecoder().decode(f.bytes)) as { version: number; asOf: string });
    expect(site.asOf).toBe(editions.sort((a, b) => b.version - a.version)[0].asOf);
    expect([...site.figures.keys()]).toEqual([
      "ukraine-map",
      "front-by-date",
      "army-chart",
      "occupied-share",
      "talks-timeline",
      "proposals-matrix",
      "guarantees",
    ]);
  });

  it("gives the Ukrainian edition the same files and figures, with the words of its language", () => {
    const uk = siteOf("uk");
    // The same files, published as written; only their titles are read in the edition's language.
    expect(uk.files.map((f) => [f.path, f.text])).toEqual(site.files.map((f) => [f.path, f.text]));
    expect(uk.files.find((f) => f.path === "data/proposals/proposals.v5.json")!.title).not.toBe(
      site.files.find((f) => f.path === "data/proposals/proposals.v5.json")!.title,
    );
    expect([...uk.figures.keys()]).toEqual([...site.figures.keys()]);
    expect(uk.strings.lang).toBe("uk");
    expect(uk.facts.get("occupied-km2@latest")!.text).toMatch(/^\d{1,3}(\s\d{3})*\sкм²$/u);
    expect(site.facts.get("occupied-km2@latest")!.text).toMatch(/^\d{1,3}(,\d{3})* km²$/);
  });
});
