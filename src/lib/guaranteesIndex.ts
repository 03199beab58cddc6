import type { GuaranteeComparison } from "./guaranteeComparison.ts";
import type { FigureIndex, LayerIndex, MarkIndex } from "./types.ts";

/**
 * The index of the comparison of guarantees: a mark for every column head, row head and cell, and
 * a layer for every column and every element, so a step focuses on a whole column (the US offer) or
 * a whole row (what Russia rejects) by its id; the heads' marks tell a step's own figure which
 * column or row to set out, and the cells' marks are what a scene dims. Text blocks have no
 * geometry: every mark sits at the origin.
 */
export function guaranteesIndex(comparison: GuaranteeComparison): FigureIndex {
  const mark = (id: string, name: string): MarkIndex => ({
    id,
    kind: "panel",
    name,
    bounds: [
      [0, 0],
      [0, 0],
    ],
    anchor: [0, 0],
    shownByDefault: true,
  });
  const { columns, rows } = comparison;
  const marks: MarkIndex[] = [
    ...columns.map((c) => mark(c.head, c.name)),
    ...rows.flatMap((r) => [mark(r.id, r.element.label), ...r.cells.map((cell) => mark(cell.id, cell.term))]),
  ];
  const layers: LayerIndex[] = [
    ...columns.map((c, i) => ({
      id: c.id,
      label: "",
      role: "highlight" as const,
      members: [c.head, ...rows.map((r) => r.cells[i].id)],
    })),
    ...rows.map((r) => ({ id: r.element.id, label: "", role: "highlight" as const, members: [r.id, ...r.cells.map((cell) => cell.id)] })),
  ];
  return { id: "guarantees", focusMode: "dim", width: 1, height: 1, marks, layers };
}
