import type { Scene } from "./types.ts";

/** What the class of each scene in the site's stylesheet of scenes starts with (src/site/sceneSheet.ts). */
export const SCENE_CLASS = "scene-";

/**
 * The scene as CSS custom properties for the figure's root element. Every part of a figure reads
 * its look from these (zoom, each mark's paint and opacity, which labels and legend entries show), so
 * one string puts a figure in a scene, and CSS transitions animate between two of them. Properties a
 * scene leaves out fall back to each element's default. In a chart, `--dim` fades every mark but
 * the focused ones (`--d-id`). A sticky figure also gets the portrait zoom (`--pk`, `--px`, `--py`),
 * which a phone's tall layout uses instead; a figure shown whole never needs it. A map zoomed in
 * gets its scale bar's length and distance for each zoom (`--zb`, `--zbk`; `--pb`, `--pbk`), the
 * distance as a string the bar prints (a counter would do, but changing one makes the browser
 * recount every list of the page). Which labels and legend entries show (`--l-id`, `--g-id`) is set only where the figure carries more of
 * them than the scene shows (`switches`): a step's own figure holds just its own.
 */
export function sceneStyle(scene: Scene, portrait = false, switches = true): string {
  const parts = [`--zk:${scene.zoom.k}`, `--zx:${scene.zoom.x}`, `--zy:${scene.zoom.y}`];
  if (scene.scale?.zoom) parts.push(`--zb:${scene.scale.zoom.length}`, `--zbk:"${scene.scale.zoom.km}"`);
  if (portrait) parts.push(`--pk:${scene.portrait.k}`, `--px:${scene.portrait.x}`, `--py:${scene.portrait.y}`);
  if (portrait && scene.scale?.portrait) parts.push(`--pb:${scene.scale.portrait.length}`, `--pbk:"${scene.scale.portrait.km}"`);
  for (const [id, state] of Object.entries(scene.marks)) {
    parts.push(`--m-${id}-f:var(--role-${state.role})`, `--m-${id}-o:${state.opacity}`);
    if (state.emphasis) parts.push(`--m-${id}-s:var(--role-highlight)`, `--m-${id}-w:2.5`);
  }
  if (switches) {
    for (const label of scene.labels) parts.push(`--l-${label.id}:1`);
    for (const id of scene.legend) parts.push(`--g-${id}:flex`);
  }
  if (scene.focused.length) parts.push("--dim:var(--dim-level)");
  for (const id of scene.focused) parts.push(`--d-${id}:1`);
  return parts.join(";");
}
