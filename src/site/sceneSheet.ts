import { createHash } from "node:crypto";
import { checkedScene } from "./checkedScene.ts";
import { figureEmbedsOf } from "./figureEmbeds.ts";
import { hashedName } from "./hashedName.ts";
import { perLang } from "./lang.ts";
import { leadOf } from "./lead.ts";
import { planScenesOf } from "./planScenes.ts";
import { sectionsOf } from "./sections.ts";
import { siteOf } from "./site.ts";
import type { Lang } from "../i18n/langs.ts";
import { figureRules } from "../lib/figureRules.ts";
import { figureStyle } from "../lib/figureStyle.ts";
import { SCENE_CLASS } from "../lib/sceneStyle.ts";
import type { DrawnFigure, Scene } from "../lib/types.ts";

/** How a figure is placed: with the portrait frame of a phone's sticky figure, and switching labels and legend entries from scene to scene. */
export interface Placement {
  portrait: boolean;
  switches: boolean;
}

const OWN: Placement = { portrait: false, switches: false };
const WHOLE: Placement = { portrait: false, switches: true };
const styleOf = (figure: DrawnFigure, scene: Scene, placement: Placement) =>
  figureStyle(figure, scene, placement.portrait && figure.focusMode === "zoom", placement.switches);
const className = (style: string) => `${SCENE_CLASS}${createHash("sha256").update(style).digest("hex").slice(0, 10)}`;

// Every scene an edition's markup starts a figure in, each written once: a step's own figure, a scrolly's
// sticky figure in its first step, a standalone figure, each day of the map of the front, each plan's
// map, the opening's map, and each figure's embed page in its key state. The browser moves a figure on by setting its
// scenes through the CSSOM, which a strict security policy allows.
const sheetOf = perLang((lang) => {
  const site = siteOf(lang);
  const styles = new Set<string>();
  const add = (figureId: string, view: unknown, where: string, placement: Placement) => {
    const { figure, scene } = checkedScene(lang, figureId, view, where, "a figure");
    styles.add(styleOf(figure, scene, placement));
  };
  for (const { inventory } of sectionsOf(lang)) {
    for (const scrolly of inventory.scrollies) {
      for (const step of scrolly.steps) add(scrolly.figure, step.view, `${inventory.file}, step ${JSON.stringify(step.id)}`, OWN);
      if (scrolly.steps[0])
        add(scrolly.figure, scrolly.steps[0].view, `${inventory.file}, step ${JSON.stringify(scrolly.steps[0].id)}`, { portrait: true, switches: true });
    }
    for (const shown of inventory.figures) if (shown.view) add(shown.figure, shown.view, shown.at, { portrait: true, switches: true });
  }
  for (const figure of site.figures.values()) for (const state of figure.states ?? []) add(figure.id, state.view, `${figure.id}, day ${state.id}`, OWN);
  for (const { figure, scene } of planScenesOf(lang)) styles.add(styleOf(figure, scene, OWN));
  const lead = leadOf(lang);
  styles.add(styleOf(lead.figure, lead.scene, { portrait: false, switches: true }));
  for (const embed of figureEmbedsOf(lang).values()) add(embed.figure.id, embed.steps[0].view, `embed/${embed.figure.id}/`, WHOLE);

  const css = [...[...site.figures.values()].map(figureRules), ...[...styles].sort().map((style) => `.${className(style)}{${style}}`)].join("\n");
  return { styles, sheet: { name: hashedName("scenes", "css", css), css } };
});

/** An edition's one stylesheet of figure rules and scenes, named after its content (both editions share it where it is the same): figures/scenes.1a2b3c4d.css. */
export const sceneSheetOf = (lang: Lang) => sheetOf(lang).sheet;

/**
 * The class that puts a figure in a scene, from the stylesheet. A scene the stylesheet lacks is a
 * place that shows a figure without saying so here: it stops the build rather than draw the figure
 * unstyled.
 */
export function sceneClass(lang: Lang, figure: DrawnFigure, scene: Scene, placement: Placement, where: string): string {
  const style = styleOf(figure, scene, placement);
  if (!sheetOf(lang).styles.has(style))
    throw new Error(`${where}: the figure ${JSON.stringify(figure.id)} is shown in a scene src/site/sceneSheet.ts does not write`);
  return className(style);
}
