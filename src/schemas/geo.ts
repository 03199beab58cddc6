import { z } from "zod";
import { envelope, oblastCode } from "./common.ts";

/** An arc index: a whole number (negative ~i means arc i reversed, as TopoJSON writes it). */
const arcIndex = z.number().int();
/** A ring as TopoJSON writes it: the arcs that go round it. */
const arcRing = z.array(arcIndex).min(1);

/** A polygon or multipolygon of the topology, with the properties the map labels it by. */
const unit = <P extends z.ZodType, I extends z.ZodType>(properties: P, id: I) =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("Polygon"), id, arcs: z.array(arcRing).min(1), properties }),
    z.strictObject({ type: z.literal("MultiPolygon"), id, arcs: z.array(z.array(arcRing).min(1)).min(1), properties }),
  ]);

/** data/geo/ukraine.vN.topo.json: a quantized TopoJSON topology carrying the usual envelope. */
export const geoFileSchema = z
  .strictObject({
    ...envelope,
    /** TopoJSON marker. */
    type: z.literal("Topology"),
    /** Extent, [west, south, east, north]. */
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    /** Quantization transform. */
    transform: z.strictObject({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
    /** The layers: Ukraine's oblasts and the neighbouring countries. */
    objects: z.strictObject({
      /** Ukraine's units, keyed by ISO 3166-2 code, with their English and Ukrainian names. */
      oblasts: z.strictObject({
        type: z.literal("GeometryCollection"),
        geometries: z.array(unit(z.strictObject({ name: z.string().min(2), nameUk: z.string().min(2) }), oblastCode)).min(1),
      }),
      /** Neighbouring countries clipped to the map's extent, keyed by ISO 3166-1 numeric code. */
      neighbours: z.strictObject({
        type: z.literal("GeometryCollection"),
        geometries: z.array(
          unit(
            z.strictObject({ name: z.string().min(2) }),
            z.union([z.number().int().nonnegative(), z.string().regex(/^\d{3}$/, { message: "an ISO 3166-1 numeric code such as 643" })]),
          ),
        ),
      }),
    }),
    /** Shared arcs: quantized, so a first position and then whole-number steps. */
    arcs: z.array(z.array(z.tuple([z.number().int(), z.number().int()])).min(2)),
  })
  .superRefine((file, context) => {
    // topojson-client follows arc indices blindly: one that points nowhere must stop here, named.
    const count = file.arcs.length;
    for (const layer of ["oblasts", "neighbours"] as const) {
      file.objects[layer].geometries.forEach((geometry, g) => {
        const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs;
        polygons.forEach((rings, p) =>
          rings.forEach((ring, r) =>
            ring.forEach((index, i) => {
              if (index >= count || ~index >= count) {
                const path = ["objects", layer, "geometries", g, "arcs", ...(geometry.type === "Polygon" ? [] : [p]), r, i];
                context.addIssue({
                  code: "custom",
                  path,
                  message: `the index of one of the ${count} arcs (0 to ${count - 1}, or ~0 to ~${count - 1} reversed)`,
                  input: index,
                });
              }
            }),
          ),
        );
      });
    }
  });
export type GeoFile = z.infer<typeof geoFileSchema>;
