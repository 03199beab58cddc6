import { z } from "zod";

/**
 * The JSON Schema (draft 2020-12) of a dataset's files, generated from the zod schema the checks use,
 * so a newsroom's tools can check a file before the build does. Rules JSON Schema cannot state (a
 * date that exists in the calendar, a ring that closes) are left to the build's own checks.
 */
export function jsonSchemaText(schema: z.ZodType, title: string, id: string): string {
  const generated = z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as Record<string, unknown>;
  return `${JSON.stringify({ $id: id, title, ...generated }, null, 2)}\n`;
}
