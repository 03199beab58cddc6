import { checkedScene } from "./checkedScene.ts";
import { perLang } from "./lang.ts";

/**
 * The opening's map: the land Russia holds and the part of Donetsk oblast it demands, framed on the
 * oblasts the war is fought over, with the line of the latest snapshot.
 */
export const LEAD_VIEW = {
  focus: ["UA-14", "UA-09", "UA-23", "UA-65", "UA-43"],
  layers: ["occupied@latest", "donetsk-withdrawal", "front@latest"],
  labels: ["kramatorsk", "donetsk", "kherson"],
};

/** The anchor of the opening's map. */
export const LEAD_ID = "at-a-glance";

/** The map of Ukraine and the scene the opening shows it in, in an edition. */
export const leadOf = perLang((lang) => checkedScene(lang, "ukraine-map", LEAD_VIEW, "the opening's map (src/site/lead.ts)", "a figure"));
