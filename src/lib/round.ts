/** Digits kept in figure coordinates: one decimal in a 1000-unit-wide space, so the same input always gives the same SVG. */
export const FIGURE_DIGITS = 1;

/** A number rounded to `digits` decimals (figure coordinates by default), as a number. */
export function round(value: number, digits = FIGURE_DIGITS): number {
  return Number(value.toFixed(digits));
}
