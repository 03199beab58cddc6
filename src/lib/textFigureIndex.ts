import type { FigureIndex, MarkIndex } from "./types.ts";

/**
 * The index of a figure made of text blocks rather than shapes (the proposals matrix): one mark per
 * block a step can focus on. Such figures have no geometry, so every mark
 * sits at the origin; what a scene changes is which blocks are focused and which are dimmed.
 */
export function textFigureIndex(id: string, blocks: Array<{ id: string; name: string }>): FigureIndex {
  const marks: MarkIndex[] = blocks.map((block) => ({
    id: block.id,
    kind: "panel",
    name: block.name,
    bounds: [
      [0, 0],
      [0, 0],
    ],
    anchor: [0, 0],
    shownByDefault: true,
  }));
  return { id, focusMode: "dim", width: 1, height: 1, marks, layers: [] };
}
