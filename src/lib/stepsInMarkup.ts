import type { View } from "./types.ts";

const ENTITIES: Record<string, string> = { "&quot;": '"', "&#34;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };

/**
 * The steps in a scrolly's rendered markup, in order, with the view each declares in its
 * `data-view` attribute. Lets the sticky figure be built from the steps without any shared state
 * between components.
 */
export function stepsInMarkup(html: string): Array<{ id: string; view: View }> {
  const steps: Array<{ id: string; view: View }> = [];
  for (const match of html.matchAll(/<article class="step" id="([^"]+)" data-view="([^"]*)"/g)) {
    const json = match[2].replace(/&(?:quot|#34|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity]);
    steps.push({ id: match[1], view: JSON.parse(json) as View });
  }
  return steps;
}
