import { round as r } from "./round.ts";
/** SVG path of a rectangle from (x0, y0) to (x1, y1), at one decimal. */
export function barPath(x0: number, y0: number, x1: number, y1: number): string {
  return `M${r(x0)},${r(y0)}H${r(x1)}V${r(y1)}H${r(x0)}Z`;
}
