import { z } from "zod";
import { LANGS } from "../i18n/langs.ts";

type Node = Record<string, unknown>;

/**
 * A schema in which text may also be written in every language of the explainer, as the checks read
 * it (src/validate/inLanguage.ts): each free text (a string with no pattern, format or fixed values,
 * which ids, dates and links have) becomes that text or an object of it in each language.
 */
function inEveryLanguage(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(inEveryLanguage);
  if (node === null || typeof node !== "object") return node;
  const own = Object.fromEntries(Object.entries(node as Node).map(([key, value]) => [key, inEveryLanguage(value)]));
  const free = own.type === "string" && !("pattern" in own || "format" in own || "enum" in own || "const" in own);
  if (!free) return own;
  return {
    anyOf: [own, { type: "object", properties: Object.fromEntries(LANGS.map((lang) => [lang, own])), required: [...LANGS], additionalProperties: false }],
  };
}

/**
 * The JSON Schema (draft 2020-12) of a dataset's files, generated from the zod schema the checks use,
 * so a newsroom's tools can check a file before the build does; text may be given in every language
 * of the explainer. Rules JSON Schema cannot state (a date that exists in the calendar, a ring that
 * closes) are left to the build's own checks.
 */
export function jsonSchemaText(schema: z.ZodType, title: string, id: string): string {
  const generated = inEveryLanguage(z.toJSONSchema(schema, { unrepresentable: "any", io: "input" })) as Node;
  return `${JSON.stringify({ $id: id, title, ...generated }, null, 2)}\n`;
}
