import { z } from "zod";

const ids = z.array(z.string().min(1));

/** What a step asks its figure to show, declared in MDX as `view={{ ... }}`. */
export const viewSchema = z.strictObject({
  /** Ids of marks (oblasts, places, areas) to zoom to; the whole map when absent. */
  focus: ids.optional(),
  /** Layers to switch on, in painting order: later layers paint over earlier ones. */
  layers: ids.optional(),
  /** Ids of marks to emphasise. */
  highlight: ids.optional(),
  /** Ids of marks to label. */
  labels: ids.optional(),
});
