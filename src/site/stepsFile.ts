import { hashedName } from "./hashedName.ts";

/**
 * The views of one scrolly's steps, by step id, as the file the browser moves its sticky figure
 * with: the page's markup need not carry them. Named after the first step and the content:
 * figures/steps-donbas-region.1a2b3c4d.json.
 */
export function stepsFile(steps: Array<{ id: string; view: unknown }>): { name: string; json: string } {
  const json = JSON.stringify(Object.fromEntries(steps.map((step) => [step.id, step.view])));
  return { name: hashedName(`steps-${steps[0]?.id ?? "none"}`, "json", json), json };
}
