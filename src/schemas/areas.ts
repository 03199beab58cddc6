import { z } from "zod";
import { envelope, oblastCode, sourceIds } from "./common.ts";

/** One unit's official area. */
export const officialAreaSchema = z.strictObject({
  /** ISO 3166-2 code of the unit, e.g. UA-14. */
  id: oblastCode,
  /** Its area in km², as the statistics office publishes it. */
  km2: z.number().positive(),
  /** Ids of the file's sources. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});

/**
 * data/geo/official-areas.vN.json: Ukraine's official area and its units', which every share on
 * the page is taken over. The map's simplified outline is only for drawing.
 */
export const officialAreasFileSchema = z.strictObject({
  ...envelope,
  /** Ukraine's official area within its internationally recognised borders, km². */
  ukraine: z.strictObject({ km2: z.number().positive(), sources: sourceIds.min(1, { message: "at least one source id" }) }),
  /** The units an occupied area reaches (or may), each with its official area. */
  units: z.array(officialAreaSchema).min(1),
});
export type OfficialAreasFile = z.infer<typeof officialAreasFileSchema>;

/** Official areas as the measurements take them: Ukraine's and each unit's, in km². */
export interface OfficialAreas {
  ukraineKm2: number;
  units: Record<string, number>;
}

/** The official areas a file gives, keyed by unit. */
export const officialAreasOf = (file: OfficialAreasFile): OfficialAreas => ({
  ukraineKm2: file.ukraine.km2,
  units: Object.fromEntries(file.units.map((u) => [u.id, u.km2])),
});
