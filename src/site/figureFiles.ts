import { hashedName } from "./hashedName.ts";
import { perLang } from "./lang.ts";
import { siteOf } from "./site.ts";
import { figureSvg } from "../lib/figureSvg.ts";
import { clientIndex } from "../lib/clientIndex.ts";

/**
 * The SVG file of each drawn figure's shapes in an edition, named after its content, so a newsroom's cache keeps
 * it until the data change (and both editions share it where it is the same): figures/ukraine-map.1a2b3c4d.svg.
 */
export const figureFilesOf = perLang(
  (lang) =>
    new Map(
      [...siteOf(lang).figures.values()]
        .filter((figure) => figure.render === "svg")
        .map((figure) => {
          const svg = figureSvg(figure);
          return [figure.id, { name: hashedName(figure.id, "svg", svg), svg }] as const;
        }),
    ),
);

/**
 * What the browser needs to move each figure, fetched once and cached when a reader nears one: its
 * index and, for a figure with states of its own (the map of the front, one state per day), each
 * state's view and words, in an edition's words. figures/ukraine-map.1a2b3c4d.json.
 */
export const indexFilesOf = perLang(
  (lang) =>
    new Map(
      [...siteOf(lang).figures.values()].map((figure) => {
        const json = JSON.stringify({ index: clientIndex(figure), ...(figure.states ? { states: figure.states } : {}) });
        return [figure.id, { name: hashedName(figure.id, "json", json), json }] as const;
      }),
    ),
);
