import { describe, expect, it } from "vitest";
import { trackedSnapshots } from "../../src/lib/trackedSnapshots.ts";
import type { ControlSnapshot } from "../../src/schemas/control.ts";

const polygon = { type: "MultiPolygon" as const, coordinates: [] };
const snapshot = (date: string, tracked: boolean) => ({ date, occupied: polygon, ...(tracked ? { measured: polygon } : {}) }) as unknown as ControlSnapshot;

describe("trackedSnapshots(snapshots)", () => {
  it("keeps the snapshots measured on a tracker's polygon, oldest first, and leaves out hand-drawn ones", () => {
    const days = trackedSnapshots([snapshot("2025-12-15", true), snapshot("2022-02-23", false), snapshot("2024-07-08", true)]).map((s) => s.date);
    expect(days).toEqual(["2024-07-08", "2025-12-15"]);
  });
});
