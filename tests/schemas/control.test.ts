import { describe, expect, it } from "vitest";
import { checkpointsFileSchema, controlSnapshotSchema, shareSeriesSchema } from "../../src/schemas/control.ts";

const envelope = {
  version: 1,
  asOf: "2025-12-15",
  title: "A test file",
  note: "Made for a test.",
  sources: [{ id: "deepstate-2025-12-15", outlet: "DeepState", title: "DeepState map", date: "2025-12-15", url: "https://deepstatemap.live/en" }],
};
const snapshot = {
  ...envelope,
  date: "2025-12-15",
  occupied: {
    type: "MultiPolygon",
    coordinates: [
      [
        [
          [37, 48],
          [37, 49],
          [38, 49],
          [38, 48],
          [37, 48],
        ],
      ],
    ],
  },
  contactLine: {
    type: "MultiLineString",
    coordinates: [
      [
        [37, 48],
        [37, 49],
      ],
    ],
  },
  areas: { totalKm2: 8000, shareOfUkraine: 0.0134, byOblast: { "UA-14": { km2: 8000, share: 0.3 } } },
  precision: "approximate, ±5 km",
  authoritative: [{ name: "DeepState map", url: "https://deepstatemap.live/en" }],
};
const checkpoint = {
  id: "siversk",
  name: "Siversk",
  oblast: "UA-14",
  status: "contested",
  date: "2025-12-15",
  lon: 38.097,
  lat: 48.865,
  coordinateSource: "cities-json",
  sources: ["deepstate-2025-12-15"],
};

describe("control schemas", () => {
  it("accept a well-formed snapshot, checkpoint list and share series", () => {
    expect(controlSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(checkpointsFileSchema.safeParse({ ...envelope, checkpoints: [checkpoint] }).success).toBe(true);
    expect(shareSeriesSchema.safeParse({ ...envelope, points: [{ date: "2025-12-15", share: 0.192, sources: ["deepstate-2025-12-15"] }] }).success).toBe(true);
  });

  it("reject a coordinate outside Ukraine's region and give its JSON path", () => {
    const bad = structuredClone(snapshot);
    bad.occupied.coordinates[0][0][2] = [2.35, 48.86];
    const result = controlSnapshotSchema.safeParse(bad);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["occupied", "coordinates", 0, 0, 2, 0], "a longitude within Ukraine's region (22 to 41)"],
    ]);
  });

  it("reject a checkpoint's latitude out of range with its path", () => {
    const result = checkpointsFileSchema.safeParse({ ...envelope, checkpoints: [{ ...checkpoint, lat: 58.9 }] });
    expect(result.error?.issues[0].path).toEqual(["checkpoints", 0, "lat"]);
  });

  it("reject a ring that is not closed", () => {
    const open = structuredClone(snapshot);
    open.occupied.coordinates[0][0][4] = [37.5, 48];
    expect(controlSnapshotSchema.safeParse(open).error?.issues[0].message).toMatch(/closed ring/);
  });

  it("reject a series whose points are out of date order", () => {
    const point = { share: 0.19, sources: ["deepstate-2025-12-15"] };
    const result = shareSeriesSchema.safeParse({
      ...envelope,
      points: [
        { ...point, date: "2025-12-15" },
        { ...point, date: "2022-02-23" },
      ],
    });
    expect(result.error?.issues[0].path).toEqual(["points", 1, "date"]);
  });
});
