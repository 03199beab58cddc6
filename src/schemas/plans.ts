import { z } from "zod";
import { envelope, oblastCode, slug, sourceIds } from "./common.ts";

/** A plan's territorial terms, written as a rule the map can apply. */
export const territoryPlanSchema = z.strictObject({
  /** Id the plan's layers are named after: plan-…-ceded, plan-…-returned. */
  id: slug,
  /** Name for labels and the legend. */
  name: z.string().min(3),
  /** Id of the proposal in data/proposals this plan's terms come from. */
  proposal: slug,
  /** The terms in one sentence of our own. */
  description: z.string().min(10),
  /** Oblasts Russia would hold whole, within their borders. */
  whole: z.array(oblastCode),
  /** Oblasts where the line of contact would be frozen (Russia keeps what it holds there), or "everywhere". */
  frozen: z.union([z.array(oblastCode), z.literal("everywhere")]),
  /** The plan itself says Russia would hand back the land it holds outside those oblasts: the map draws that land apart. */
  handsBack: z.literal(true).optional(),
  /** Ids of the file's sources. */
  sources: sourceIds.min(1, { message: "at least one source id" }),
});
export type TerritoryPlan = z.infer<typeof territoryPlanSchema>;

/** data/plans/territory-plans.vN.json */
export const territoryPlansFileSchema = z.strictObject({
  ...envelope,
  /** The plans compared. */
  plans: z.array(territoryPlanSchema).min(1),
});
export type TerritoryPlansFile = z.infer<typeof territoryPlansFileSchema>;
