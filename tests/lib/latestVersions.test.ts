import { describe, expect, it } from "vitest";
import { latestVersions } from "../../src/lib/latestVersions.ts";

describe("latestVersions(files)", () => {
  it("keeps the highest version of each dataset, comparing versions as numbers", () => {
    const files = new Map([
      ["data/places/places.v2.json", "two"],
      ["data/places/places.v10.json", "ten"],
      ["data/places/places.v1.json", "one"],
      ["data/geo/ukraine.v1.topo.json", "geo"],
    ]);
    expect([...latestVersions(files)]).toEqual([
      ["data/places/places", { path: "data/places/places.v10.json", data: "ten" }],
      ["data/geo/ukraine", { path: "data/geo/ukraine.v1.topo.json", data: "geo" }],
    ]);
  });
});
