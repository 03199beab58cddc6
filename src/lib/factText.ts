import { format } from "d3-format";

/** What a figure in the text counts. */
export type FactUnit = "km2" | "share" | "people" | "troops" | "count";

const thousands = format(",");

/**
 * A figure as the text prints it: km² rounded to the nearest hundred when the figure comes from the
 * project's approximate map, shares as percentages with one decimal, counts in full.
 */
export function factText(value: number, unit: FactUnit, approximate = false): string {
  switch (unit) {
    case "km2":
      return `${thousands(approximate ? Math.round(value / 100) * 100 : Math.round(value))} km²`;
    case "share":
      return `${(value * 100).toFixed(1)}%`;
    case "people":
    case "troops":
    case "count":
      return thousands(Math.round(value));
  }
}
