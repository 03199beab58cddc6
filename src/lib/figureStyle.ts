import { sceneStyle } from "./sceneStyle.ts";
import type { FigureIndex, Scene } from "./types.ts";

/**
 * The style of a figure's root element in a scene: its size, which the layout reads, then the
 * scene's custom properties. The build writes it as a class of the stylesheet of scenes for every
 * step's own figure and the browser sets it on the sticky figure, so both are the same string for the same step, the sticky one with the
 * portrait zoom (`portrait`) added; a step's own figure, which carries only the labels and legend
 * entries its scene shows, leaves out their switches (`switches`).
 */
export function figureStyle(figure: Pick<FigureIndex, "width" | "height">, scene: Scene, portrait = false, switches = true): string {
  return `--fw:${figure.width};--fh:${figure.height};${sceneStyle(scene, portrait, switches)}`;
}
