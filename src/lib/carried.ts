import type { Scene, SceneLabel } from "./types.ts";

/**
 * What a figure that moves through `scenes` must carry in its markup: every label any of them shows
 * (each once, as the first scene that shows it has it) and every legend entry, in order of first
 * use. Each scene then shows its own through its switches.
 */
export function carried(scenes: Scene[]): { labels: SceneLabel[]; legend: string[] } {
  const labels = new Map<string, SceneLabel>();
  for (const scene of scenes) for (const label of scene.labels) if (!labels.has(label.id)) labels.set(label.id, label);
  return { labels: [...labels.values()], legend: [...new Set(scenes.flatMap((scene) => scene.legend))] };
}
