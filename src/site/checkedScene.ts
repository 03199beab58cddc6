import { siteOf } from "./site.ts";
import type { Lang } from "../i18n/langs.ts";
import { sceneFor } from "../lib/sceneFor.ts";
import { viewProblems } from "../validate/viewProblems.ts";
import type { DrawnFigure, Scene, View } from "../lib/types.ts";

/**
 * The figure a step or a standalone figure names, in an edition, and the scene its view asks for; a figure that does
 * not exist, or a view naming what the figure lacks, stops the build with a message starting `where`.
 */
export function checkedScene(lang: Lang, figureId: string, view: unknown, where: string, expectation: string): { figure: DrawnFigure; scene: Scene } {
  const site = siteOf(lang);
  const figure = site.figures.get(figureId);
  if (!figure) {
    throw new Error(`${where}: figure: expected ${expectation} naming one of ${[...site.figures.keys()].join(", ")}, found ${JSON.stringify(figureId)}`);
  }
  const problems = viewProblems(view, figure);
  if (problems.length) throw new Error(`${where}:\n  ${problems.join("\n  ")}`);
  return { figure, scene: sceneFor(view as View, figure) };
}
