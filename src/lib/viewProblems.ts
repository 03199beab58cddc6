import { viewSchema } from "../schemas/view.ts";
import type { FigureIndex } from "./types.ts";

const list = (values: string[]) => (values.length > 12 ? `${values.slice(0, 12).join(", ")}, ...` : values.join(", "));

/**
 * What is wrong with a step's view for a figure, one message per problem, each naming the field
 * (`view.layers[1]`), what the figure offers and what the step asked for. Empty when the view is fine.
 */
export function viewProblems(view: unknown, figure: FigureIndex): string[] {
  const parsed = viewSchema.safeParse(view);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const path = ["view", ...issue.path].map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${String(p)}` : String(p))).join("");
      return issue.code === "unrecognized_keys"
        ? `${path}: expected only focus, layers, highlight and labels, found ${issue.keys.map((k) => `"${k}"`).join(", ")}`
        : `${path}: ${issue.message}`;
    });
  }
  const problems: string[] = [];
  const layerIds = figure.layers.map((l) => l.id);
  const markIds = new Set(figure.marks.map((m) => m.id));
  (parsed.data.layers ?? []).forEach((id, i) => {
    if (!layerIds.includes(id)) problems.push(`view.layers[${i}]: expected one of the layers of "${figure.id}" (${list(layerIds)}), found "${id}"`);
  });
  (parsed.data.focus ?? []).forEach((id, i) => {
    if (!markIds.has(id) && !layerIds.includes(id)) problems.push(`view.focus[${i}]: expected the id of a layer, feature or place on "${figure.id}", found "${id}"`);
  });
  for (const field of ["highlight", "labels"] as const) {
    (parsed.data[field] ?? []).forEach((id, i) => {
      if (!markIds.has(id)) problems.push(`view.${field}[${i}]: expected the id of a feature or place on "${figure.id}", found "${id}"`);
    });
  }
  return problems;
}
