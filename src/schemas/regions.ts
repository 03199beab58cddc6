import { z } from "zod";
import { envelope, isoDate, oblastCode, slug, sourceIds } from "./common.ts";
import { roleSchema } from "./roles.ts";

/** A group of oblasts the explainer talks about, e.g. the Donbas. */
export const regionGroupSchema = z.strictObject({
  /** Id steps name in `view.layers`. */
  id: slug,
  /** Name as the text uses it. */
  name: z.string().min(2),
  /** ISO 3166-2 codes of its units. */
  members: z.array(oblastCode).min(1),
  /** Date of the event that defines the group, if any (e.g. an annexation claim). */
  date: isoDate.optional(),
  /** One sentence on what the group is. */
  description: z.string().min(10),
  /** Legend text when the group is shown on a map. */
  legend: z.string().min(3),
  /** How the map paints the group; each role is a colour newsrooms can restyle. */
  role: roleSchema,
  /** Ids of the file's sources this rests on. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});
export type RegionGroup = z.infer<typeof regionGroupSchema>;

/** data/regions/regions.vN.json */
export const regionsFileSchema = z.strictObject({
  ...envelope,
  /** The groups a step can switch on, by id. */
  groups: z.array(regionGroupSchema).min(1),
});
export type RegionsFile = z.infer<typeof regionsFileSchema>;
