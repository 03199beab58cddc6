import { SCENE_CLASS } from "../lib/sceneStyle.ts";

/**
 * Puts a figure in a scene in the browser: its style through the CSSOM, which a strict security
 * policy allows, and without the scene class the build gave it, so none of that scene's properties
 * outlive it.
 */
export function applyScene(figure: HTMLElement, style: string): void {
  figure.style.cssText = style;
  for (const name of [...figure.classList]) if (name.startsWith(SCENE_CLASS)) figure.classList.remove(name);
}
