import { z } from "zod";

/**
 * The parties to the talks. Every chart that shows who holds a position, who met whom or whose
 * figure a bar is paints it with the party's one colour (`--party-…` in the tokens), so a colour
 * means the same party in every chart of the page.
 */
export const partySchema = z.enum(["us", "russia", "ukraine", "europe", "e3"]);
export type Party = z.infer<typeof partySchema>;

/**
 * How a mark is painted: each role is a colour custom property (`--role-…`) in the stylesheet's
 * tokens, which newsrooms can restyle. Data that paints something names one of these.
 */
export const roleSchema = z.enum([
  "land",
  "context",
  "donbas",
  "claimed",
  "occupied-2014",
  "occupied",
  "gained",
  "held",
  "ceded",
  "returned",
  "zone",
  "freeze",
  "water",
  "former-water",
  "road",
  "line",
  "boundary",
  "highlight",
  "axis",
  "event",
  "actual",
  // A mark painted as its party's: `--role-party-us` is `--party-us`, so a chart that paints by role can paint by party.
  ...partySchema.options.map((party) => `party-${party}` as const),
]);
export type Role = z.infer<typeof roleSchema>;
