import { siteOf } from "./site.ts";
import { checkedScene } from "./checkedScene.ts";
import { perLang } from "./lang.ts";

/** The plan comparison's anchor, and the name of its embed page: embed/plans-side-by-side/. */
export const PLANS_ID = "plans-side-by-side";

/** Each plan with its map in the plan comparison, in an edition: the scene of the map of Ukraine that shows what it would hand over. */
export const planScenesOf = perLang((lang) => {
  const site = siteOf(lang);
  // Framed on every oblast any plan touches and on the land any plan has handed back, and drawn with
  // the line of the snapshot the areas are measured on: the land Russia holds, what Ukraine would
  // give up and what Russia would hand back.
  const layers = new Set(site.figures.get("ukraine-map")!.layers.map((l) => l.id));
  const returned = site.plans.data.plans.map((p) => `${p.id}-returned`).filter((id) => layers.has(id));
  const focus = [...new Set(site.plans.data.plans.flatMap((p) => p.whole)), ...returned];
  return site.plans.data.plans.map((plan) => ({
    plan,
    ...checkedScene(
      lang,
      "ukraine-map",
      { focus, layers: ["occupied@latest", ...[`${plan.id}-ceded`, `${plan.id}-returned`].filter((id) => layers.has(id)), "front@latest"] },
      "the plan comparison",
      "a figure",
    ),
  }));
});
