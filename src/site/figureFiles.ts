import { createHash } from "node:crypto";
import { site } from "./site.ts";
import { figureSvg } from "../lib/figureSvg.ts";

/**
 * The SVG file of each drawn figure's shapes, named after its content, so a newsroom's cache keeps
 * it until the data change: figures/ukraine-map.1a2b3c4d.svg.
 */
export const figureFiles = new Map(
  [...site.figures.values()]
    .filter((figure) => figure.render === "svg")
    .map((figure) => {
      const svg = figureSvg(figure);
      const hash = createHash("sha256").update(svg).digest("hex").slice(0, 8);
      return [figure.id, { name: `${figure.id}.${hash}.svg`, svg }] as const;
    }),
);
