import { describe, expect, it } from "vitest";
import { cellId, guaranteeComparison } from "../../src/lib/guaranteeComparison.ts";
import { guaranteesIndex } from "../../src/lib/guaranteesIndex.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { committedData } from "../support/committed.ts";

const file = committedData().guarantees.data;
const index = guaranteesIndex(guaranteeComparison(file));

describe("guaranteesIndex(comparison)", () => {
  it("has a mark for every column head, row head and cell, and a layer for every column and every element", () => {
    const ids = index.marks.map((m) => m.id);
    expect(ids).toHaveLength(file.columns.length + file.elements.length * (1 + file.columns.length));
    expect(new Set(ids).size).toBe(ids.length);
    expect(index.layers.map((l) => l.id)).toEqual([...file.columns.map((c) => c.id), ...file.elements.map((e) => e.id)]);
  });

  it("lets a step focus on a column: its head and its cell of every element, the rest dimmed", () => {
    const scene = sceneFor({ focus: ["us-berlin-offer"] }, index);
    expect(scene.focused).toEqual(["head-us-berlin-offer", ...file.elements.map((e) => cellId(e.id, "us-berlin-offer"))]);
  });

  it("lets a step focus on an element: its row head and its cell in every column", () => {
    const scene = sceneFor({ focus: ["russia-rejects"] }, index);
    expect(scene.focused).toEqual(["row-russia-rejects", ...file.columns.map((c) => cellId("russia-rejects", c.id))]);
  });
});
