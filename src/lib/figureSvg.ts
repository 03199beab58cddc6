import type { DrawnFigure } from "./types.ts";

/** How each kind of shape is stroked, written into the file because page styles do not reach it. */
export const STROKED: Record<string, { width: number; cap?: string }> = {
  line: { width: 2 },
  road: { width: 1.5 },
  boundary: { width: 0.9 },
  axis: { width: 1 },
  dot: { width: 10, cap: "round" },
  event: { width: 9, cap: "round" },
};

/**
 * Areas outlined in their own colour, and how wide: land taken between two days is often a strip
 * narrower than a pixel, which an outline keeps in sight at every zoom.
 */
export const OUTLINED: Partial<Record<string, number>> = { gained: 1.5, "former-water": 1 };

/** Areas whose outline is dashed: the former reservoir, a shore that is no longer there. */
export const DASHED: Partial<Record<string, string>> = { "former-water": "3 2" };

/**
 * The shapes of a figure as a standalone SVG file of one `<g id="geo-…">`, which every view of the
 * figure on the page draws with `<use href="file#geo-…">`. Each shape reads its paint and opacity
 * from custom properties a scene sets on the view, so one file serves every scene; the file is
 * requested once and cached, instead of weighing down the page.
 */
export function figureSvg(figure: DrawnFigure): string {
  const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const shapes = figure.marks
    .filter((mark) => mark.id in figure.paths && mark.defaultRole)
    .map((mark) => {
      const id = mark.id;
      const stroked = STROKED[mark.kind];
      // A party's mark takes the party's colour; any other, its role's.
      const colour = mark.party ? `var(--party-${mark.party})` : `var(--role-${mark.defaultRole})`;
      const opacity =
        mark.kind === "axis"
          ? `var(--m-${id}-o,${mark.shownByDefault ? 1 : 0})`
          : `calc(var(--m-${id}-o,${mark.shownByDefault ? 1 : 0}) * var(--d-${id},var(--dim,1)))`;
      // An emphasised line or dot is drawn in the highlight colour and a little wider (--m-id-w is 2.5).
      const paint = stroked
        ? `fill:none;stroke:var(--m-${id}-s,var(--m-${id}-f,${colour}));stroke-width:calc(${stroked.width}px * (0.6 + 0.4 * var(--m-${id}-w,1)) / var(--k,1))${stroked.cap ? `;stroke-linecap:${stroked.cap}` : ""}`
        : `fill:var(--m-${id}-f,${colour});stroke:var(--m-${id}-s,var(--role-${OUTLINED[mark.defaultRole!] ? `${mark.defaultRole}-edge` : "border"}));stroke-width:calc(var(--m-${id}-w,${OUTLINED[mark.defaultRole!] ?? 0.6}) * 1px / var(--k,1))${DASHED[mark.defaultRole!] ? `;stroke-dasharray:${DASHED[mark.defaultRole!]}` : ""}`;
      return `<path data-id="${attribute(id)}" vector-effect="non-scaling-stroke" d="${figure.paths[id]}" style="${paint};opacity:${opacity}"/>`;
    });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${figure.width} ${figure.height}">`,
    `<style>path{transition:fill var(--t,0s),opacity var(--t,0s),stroke var(--t,0s)}</style>`,
    `<g id="geo-${attribute(figure.id)}" stroke-linejoin="round">`,
    ...shapes,
    "</g></svg>",
    "",
  ].join("\n");
}
