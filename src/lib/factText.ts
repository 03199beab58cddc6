/** What a figure in the text counts. */
export type FactUnit = "km2" | "share" | "people" | "troops" | "count" | "day";

/**
 * A figure as the text prints it in a locale: km² rounded to the nearest hundred when the figure
 * comes from the project's approximate map, shares as percentages with one decimal, counts in full
 * ("115,300 km²", "19.3%" in en-GB; "115 300 км²", "19,3 %" in uk-UA), and a day (given as its
 * time in milliseconds, UTC) as the page prints dates.
 */
export function factText(value: number, unit: FactUnit, locale: string, approximate = false): string {
  switch (unit) {
    case "km2":
      return `${new Intl.NumberFormat(locale).format(approximate ? Math.round(value / 100) * 100 : Math.round(value))} ${locale.startsWith("uk") ? "км²" : "km²"}`;
    case "share":
      return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
    case "day":
      return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(value));
    case "people":
    case "troops":
    case "count":
      return new Intl.NumberFormat(locale).format(Math.round(value));
  }
}
