import { z } from "zod";
import { envelope } from "./common.ts";

const geometryCollection = z.looseObject({
  type: z.literal("GeometryCollection"),
  geometries: z.array(z.looseObject({ type: z.string(), id: z.string().optional() })),
});

/** data/geo/ukraine.vN.topo.json: a TopoJSON topology carrying the usual envelope. */
export const geoFileSchema = z.looseObject({
  ...envelope,
  /** TopoJSON marker. */
  type: z.literal("Topology"),
  /** Quantization transform. */
  transform: z.strictObject({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  /** The layers: Ukraine's oblasts and the neighbouring countries. */
  objects: z.looseObject({
    /** Ukraine's 27 units, keyed by ISO 3166-2 code. */
    oblasts: geometryCollection,
    /** Neighbouring countries clipped to the map's extent. */
    neighbours: geometryCollection,
  }),
  /** Shared arcs. */
  arcs: z.array(z.array(z.array(z.number()))),
});
