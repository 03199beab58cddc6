import { z } from "zod";
import { envelope } from "./common.ts";
import { multiPolygonSchema } from "./control.ts";

/** data/geo/water.vN.json: the water the map draws where the text follows the Dnipro. */
export const waterFileSchema = z.strictObject({
  ...envelope,
  /** Rivers, reservoirs and lagoons, longitude/latitude, exterior rings clockwise as d3-geo draws them. */
  water: multiPolygonSchema,
  /** The Kakhovka reservoir as it was before its dam was destroyed in June 2023: drawn as the former reservoir. */
  formerReservoir: multiPolygonSchema,
});
export type WaterFile = z.infer<typeof waterFileSchema>;
