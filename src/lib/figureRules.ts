import { dimmedOpacity } from "./dimmedOpacity.ts";
import type { FigureIndex } from "./types.ts";

/**
 * The classes that tie an element to its mark's rules: a label (`l-kyiv`), a legend entry (`g-occupied`),
 * a chart's block (`d-nato`). A class of its own per mark lets the browser look at only that mark's
 * rules when it restyles an element, however many marks the figures have.
 */
export const LABEL_CLASS = "l-";
export const LEGEND_CLASS = "g-";
export const DIM_CLASS = "d-";

/** Kinds of label that frame a chart and never fade: an axis's ticks, the names of a timeline's parties. */
export const FRAME_KINDS: ReadonlySet<string> = new Set(["tick", "party"]);

/** Ids a selector and a custom property's name can carry as they are: slugs and ISO codes. */
const SAFE_ID = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

/**
 * The rules that place and switch a figure's parts whatever its scene, as CSS, so the markup carries
 * no style attribute: each label's anchor (`--ax`, `--ay`); in a figure that switches its labels and
 * legend entries from scene to scene (`.figure--switched`: a sticky figure, or one shown whole), which
 * label and entry each scene's switch (`--l-id`, `--g-id`) shows; and in a chart, the fading of every
 * block the scene does not focus on. A label in a map only shows or hides; in a chart
 * it fades with its mark, like the blocks.
 */
export function figureRules(figure: FigureIndex): string {
  const scope = `.figure--${checked(figure.id, figure.id)}`;
  const rules: string[] = [];
  for (const mark of figure.marks) {
    const id = checked(mark.id, figure.id);
    const dims = !FRAME_KINDS.has(mark.kind) && figure.focusMode === "dim";
    rules.push(`${scope} .${LABEL_CLASS}${id}{--ax:${mark.anchor[0]};--ay:${mark.anchor[1]}}`);
    rules.push(`${scope}.figure--switched .${LABEL_CLASS}${id}{opacity:${dims ? `calc(var(--l-${id},0) * ${dimmedOpacity(id)})` : `var(--l-${id},0)`}}`);
    if (figure.focusMode === "dim") rules.push(`${scope} .${DIM_CLASS}${id}{opacity:${dimmedOpacity(id)}}`);
  }
  for (const layer of figure.layers) {
    const id = checked(layer.id, figure.id);
    rules.push(`${scope}.figure--switched .${LEGEND_CLASS}${id}{display:var(--g-${id},none)}`);
  }
  return rules.join("\n");
}

function checked(id: string, figure: string): string {
  if (!SAFE_ID.test(id))
    throw new Error(`figure ${JSON.stringify(figure)}: id ${JSON.stringify(id)} cannot name a CSS rule; expected letters, digits and hyphens`);
  return id;
}
