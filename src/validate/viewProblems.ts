import { viewSchema } from "../schemas/view.ts";
import type { FigureIndex } from "../lib/types.ts";
import { jsonPath } from "./jsonPath.ts";

const list = (values: string[]) => (values.length > 12 ? `${values.slice(0, 12).join(", ")}, ...` : values.join(", "));
const FIELDS = viewSchema.keyof().options;

/**
 * What is wrong with a step's view for a figure, one message per problem, each naming the field
 * (`view.layers[1]`), what the figure offers and what the step asked for. An id the figure names by
 * meaning (a snapshot, "occupied@latest") must be named that way, never by its date-bearing id, and
 * one that resolves to nothing lists the names that exist. Empty when the view is fine.
 */
export function viewProblems(view: unknown, figure: FigureIndex): string[] {
  const parsed = viewSchema.safeParse(view, { reportInput: true });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const path = jsonPath(["view", ...issue.path]);
      if (issue.code === "unrecognized_keys")
        return `${path}: expected only ${FIELDS.slice(0, -1).join(", ")} and ${FIELDS.at(-1)}, found ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
      if (issue.code === "invalid_type")
        return `${path}: expected ${issue.expected === "array" ? "a list of ids" : issue.expected === "string" ? "an id" : issue.expected}, found ${typeof (issue as { input?: unknown }).input}`;
      return `${path}: expected ${issue.message}`;
    });
  }
  const aliases = figure.aliases ?? {};
  const named = new Map<string, string[]>();
  for (const [name, id] of Object.entries(aliases)) named.set(id, [...(named.get(id) ?? []), name]);
  const layerIds = figure.layers.map((l) => l.id);
  const markIds = new Set(figure.marks.map((m) => m.id));
  const problems: string[] = [];
  for (const field of FIELDS) {
    (parsed.data[field] ?? []).forEach((raw, i) => {
      const at = `view.${field}[${i}]`;
      if (named.has(raw)) {
        problems.push(`${at}: expected a name by meaning (${named.get(raw)!.join(" or ")}), found the dated id "${raw}"`);
        return;
      }
      if (raw.includes("@") && !(raw in aliases)) {
        const stem = raw.split("@")[0];
        const same = Object.keys(aliases).filter((name) => name.startsWith(`${stem}@`));
        problems.push(
          `${at}: expected ${same.length ? `one of ${list(same)}` : `a name by meaning of "${figure.id}" (${list(Object.keys(aliases))})`}, found "${raw}"`,
        );
        return;
      }
      const id = aliases[raw] ?? raw;
      if (field === "layers" && !layerIds.includes(id))
        problems.push(`${at}: expected one of the layers of "${figure.id}" (${list(layerIds.map((l) => named.get(l)?.at(-1) ?? l))}), found "${raw}"`);
      if (field === "focus" && !markIds.has(id) && !layerIds.includes(id))
        problems.push(`${at}: expected the id of a layer, feature or place on "${figure.id}", found "${raw}"`);
      if ((field === "highlight" || field === "labels") && !markIds.has(id))
        problems.push(`${at}: expected the id of a feature or place on "${figure.id}", found "${raw}"`);
    });
  }
  return problems;
}
