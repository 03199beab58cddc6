import type { FigureIndex } from "./types.ts";

/**
 * The part of a figure's index the browser needs to compute scenes: what can be focused (bounds),
 * which marks are shapes and how they start, which are labelled in every scene, the layers and the
 * names by meaning.
 * Names and label anchors are already in the page's markup, so they are left out.
 */
export function clientIndex(figure: FigureIndex): FigureIndex {
  return {
    id: figure.id,
    focusMode: figure.focusMode,
    width: figure.width,
    height: figure.height,
    layers: figure.layers,
    ...(figure.aliases ? { aliases: figure.aliases } : {}),
    marks: figure.marks.map(({ id, kind, bounds, shownByDefault, defaultRole, labelByDefault }) => ({
      id,
      kind,
      name: "",
      bounds,
      anchor: [0, 0],
      shownByDefault,
      ...(defaultRole ? { defaultRole } : {}),
      ...(labelByDefault ? { labelByDefault } : {}),
    })),
  };
}
