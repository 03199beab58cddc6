import { geoConicConformal, geoDistance, geoPath } from "d3-geo";
import { feature, merge, mesh } from "topojson-client";
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from "geojson";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { FigureIndex, LayerIndex, MarkIndex, Role } from "./types.ts";
import { round } from "./round.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/langs.ts";
import { unitName } from "./unitName.ts";
import { EARTH_RADIUS_KM } from "./areaKm2.ts";

/** Width and height of the map's coordinate space. */
export const MAP_SIZE = { width: 1000, height: 700 } as const;

/** A place the map can mark and label. */
export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  labelSide: "start" | "end";
  /** Present population before the full-scale invasion, which sizes its dot. */
  population?: number;
  /** A site it is known for, marked with its own symbol and named after the place. */
  site?: { kind: "nuclear-plant"; name: string };
}

/** A road the text names, drawn through the places it links. */
export interface MapRoad {
  id: string;
  name: string;
  /** Ids of the places it links, in order. */
  through: string[];
}

/** The water drawn along the Dnipro. */
export interface MapWater {
  water: MultiPolygon;
  formerReservoir: MultiPolygon;
  /** Names of the two marks, e.g. "Former Kakhovka reservoir". */
  names: { water: string; formerReservoir: string };
}

/**
 * The populations from which a city's dot is drawn a size larger: under 100,000 is the smallest
 * dot, a million or more the largest; a place with no count gets a hollow dot.
 */
export const POPULATION_STEPS = [100_000, 300_000, 1_000_000] as const;

/** A group of oblasts a step can paint, e.g. the Donbas. */
export interface MapGroup {
  id: string;
  members: string[];
  legend: string;
  role: Role;
}

/** A name written over land or water: a neighbouring country, a sea, a river. */
export interface MapLabel {
  id: string;
  name: string;
  kind: "neighbour" | "water";
  lon: number;
  lat: number;
}

/** An overlay drawn over the oblasts: an occupied area or a line. */
export interface MapOverlay {
  id: string;
  kind: "area" | "line";
  name: string;
  legend: string;
  role: Role;
  geometry: Geometry;
}

/** What the map is drawn from. */
export interface UkraineMapInput {
  /** The figure's id, when it is not the explainer's main map ("ukraine-map"). */
  id?: string;
  topology: Topology<{ oblasts: GeometryCollection; neighbours: GeometryCollection }>;
  places: MapPlace[];
  labels: MapLabel[];
  groups: MapGroup[];
  overlays: MapOverlay[];
  /** Water drawn over the land and the areas, under the oblast borders. */
  water?: MapWater;
  /** Roads the text names, each a layer a step can switch on. */
  roads?: MapRoad[];
  /** Further layers made of the marks above, e.g. a plan painting whole oblasts. */
  layers: LayerIndex[];
  /** Names by meaning for layers whose ids carry a date (see FigureIndex.aliases). */
  aliases?: Record<string, string>;
  /** The edition whose names of oblasts the marks carry (English when not given). */
  lang?: Lang;
}

/** A figure index plus the SVG path of every drawn mark: what the build needs to draw the map. */
export interface UkraineMap extends FigureIndex {
  /** SVG path data by mark id (places and water labels have none). */
  paths: Record<string, string>;
}

/**
 * Projects the geography once for the whole explainer: a conformal conic fitted to Ukraine, paths
 * at a fixed precision (one decimal in a 1000-unit-wide space), and an index of every mark's extent
 * and label anchor that scenes are computed from.
 */
export function ukraineMap(input: UkraineMapInput): UkraineMap {
  const { topology } = input;
  const { width, height } = MAP_SIZE;
  const outline = merge(topology, topology.objects.oblasts.geometries as Array<TopoPolygon | TopoMultiPolygon>) as MultiPolygon;
  const projection = geoConicConformal()
    .parallels([45, 50])
    .rotate([-31.5, 0])
    .fitExtent(
      [
        [20, 20],
        [width - 20, height - 20],
      ],
      outline,
    );
  const path = geoPath(projection).digits(1);
  // Neighbours are background: whole units are precise enough, and Ukraine's own borders lie on top.
  const contextPath = geoPath(projection).digits(0);
  const box = (f: Feature | Geometry): MarkIndex["bounds"] => {
    const [[x0, y0], [x1, y1]] = path.bounds(f as Feature);
    return [
      [round(x0), round(y0)],
      [round(x1), round(y1)],
    ];
  };
  // Kilometres per figure unit at the map's centre: the conformal projection keeps the scale within
  // about 2% of it across Ukraine, as close as a scale bar is read.
  const centre = projection.invert!([width / 2, height / 2])!;
  const east = projection.invert!([width / 2 + 1, height / 2])!;
  const kmPerUnit = round(geoDistance(centre, east) * EARTH_RADIUS_KM, 4);
  const point = (lon: number, lat: number): [number, number] => {
    const [x, y] = projection([lon, lat])!;
    return [round(x), round(y)];
  };

  const marks: MarkIndex[] = [];
  const paths: Record<string, string> = {};
  const addShape = (id: string, kind: MarkIndex["kind"], name: string, f: Feature | Geometry, shownByDefault: boolean, defaultRole: Role) => {
    const [x, y] = path.centroid(f as Feature);
    marks.push({ id, kind, name, bounds: box(f), anchor: [round(x), round(y)], shownByDefault, defaultRole });
    paths[id] = (kind === "neighbour" ? contextPath : path)(f as Feature) ?? "";
  };
  const inView = (f: Feature) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    return x1 > 0 && x0 < width && y1 > 0 && y0 < height;
  };

  const neighbours = feature(topology, topology.objects.neighbours) as FeatureCollection;
  for (const f of neighbours.features.filter(inView)) {
    addShape(`country-${f.id}`, "neighbour", String(f.properties?.name), f, true, "context");
  }
  const oblasts = feature(topology, topology.objects.oblasts) as FeatureCollection;
  for (const f of oblasts.features) {
    addShape(String(f.id), "oblast", unitName(f.properties, input.lang ?? DEFAULT_LANG) ?? String(f.id), f, true, "land");
  }
  for (const overlay of input.overlays) {
    addShape(overlay.id, overlay.kind, overlay.name, overlay.geometry, false, overlay.role);
  }
  if (input.water) {
    addShape("water", "area", input.water.names.water, input.water.water, true, "water");
    addShape("former-kakhovka-reservoir", "area", input.water.names.formerReservoir, input.water.formerReservoir, true, "former-water");
  }
  const placesById = new Map(input.places.map((p) => [p.id, p]));
  for (const road of input.roads ?? []) {
    const coordinates = road.through.map((id) => {
      const place = placesById.get(id);
      if (!place) throw new Error(`road "${road.id}" runs through "${id}", which is not a place of the map`);
      return [place.lon, place.lat];
    });
    addShape(road.id, "road", road.name, { type: "LineString", coordinates }, false, "road");
  }
  // The borders between oblasts, drawn over the occupied areas, so a share of an oblast can be seen.
  addShape(
    "oblast-borders",
    "boundary",
    "",
    mesh(topology, topology.objects.oblasts, (a, b) => a !== b),
    true,
    "boundary",
  );
  for (const label of input.labels) {
    const at = point(label.lon, label.lat);
    marks.push({ id: label.id, kind: label.kind, name: label.name, bounds: [at, at], anchor: at, shownByDefault: true });
  }
  for (const place of input.places) {
    const at = point(place.lon, place.lat);
    const size = place.population === undefined ? 0 : 1 + POPULATION_STEPS.filter((step) => place.population! >= step).length;
    marks.push({
      id: place.id,
      kind: "place",
      name: place.site ? `${place.name} (${place.site.name})` : place.name,
      bounds: [at, at],
      anchor: at,
      labelSide: place.labelSide,
      shownByDefault: false,
      marker: place.site?.kind ?? `p${size}`,
    });
  }

  const layers: LayerIndex[] = [
    ...input.groups.map((g) => ({ id: g.id, label: g.legend, role: g.role, members: g.members })),
    ...input.overlays.map((o) => ({ id: o.id, label: o.legend, role: o.role, members: [o.id] })),
    ...(input.roads ?? []).map((r) => ({ id: r.id, label: r.name, role: "road" as const, members: [r.id] })),
    ...input.layers,
  ];

  return {
    id: input.id ?? "ukraine-map",
    focusMode: "zoom",
    width,
    height,
    kmPerUnit,
    marks,
    layers,
    paths,
    ...(input.aliases ? { aliases: input.aliases } : {}),
  };
}
