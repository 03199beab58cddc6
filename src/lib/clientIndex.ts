import type { FigureIndex } from "./types.ts";

/**
 * The part of a figure's index the browser needs to compute scenes: what can be focused (bounds),
 * which marks are shapes and how they start, which are labelled in every scene, the layers, a
 * map's scale, the names by meaning and where each label is anchored (a phone frames the places a step names).
 * Names are already in the page's markup, so they are left out.
 */
export function clientIndex(figure: FigureIndex): FigureIndex {
  return {
    id: figure.id,
    focusMode: figure.focusMode,
    width: figure.width,
    height: figure.height,
    layers: figure.layers,
    ...(figure.kmPerUnit ? { kmPerUnit: figure.kmPerUnit } : {}),
    ...(figure.aliases ? { aliases: figure.aliases } : {}),
    marks: figure.marks.map(({ id, kind, bounds, anchor, shownByDefault, defaultRole, labelByDefault }) => ({
      id,
      kind,
      name: "",
      bounds,
      anchor,
      shownByDefault,
      ...(defaultRole ? { defaultRole } : {}),
      ...(labelByDefault ? { labelByDefault } : {}),
    })),
  };
}
