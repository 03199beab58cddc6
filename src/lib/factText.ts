import { longDate } from "./longDate.ts";

const formats = new Map<string, Intl.NumberFormat>();
// Building a formatter costs far more than using one, and the text states hundreds of figures.
const format = (locale: string, kind: string, options: Intl.NumberFormatOptions) => {
  const key = `${locale} ${kind}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(locale, options));
  return formats.get(key)!;
};

/** What a figure in the text counts. */
export type FactUnit = "km2" | "share" | "people" | "troops" | "count" | "day";

/**
 * A figure as the text prints it in a locale: km² rounded to the nearest hundred when the figure
 * comes from the project's approximate map, shares as percentages with one decimal, counts in full
 * ("115,300 km²", "19.3%" in en-GB; "115 300 км²", "19,3 %" in uk-UA), and a day (given as its
 * time in milliseconds, UTC) as the page prints dates.
 */
export function factText(value: number, unit: FactUnit, locale: string, approximate = false): string {
  const number = format(locale, "number", {});
  switch (unit) {
    case "km2":
      return `${number.format(approximate ? Math.round(value / 100) * 100 : Math.round(value))} ${locale.startsWith("uk") ? "км²" : "km²"}`;
    case "share":
      // Ukrainian typography sets the sign apart from the number, by a space that does not break ("19,2 %"), where Intl writes it close.
      return format(locale, "share", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 })
        .formatToParts(value)
        .map((part) => (part.type === "percentSign" && locale.startsWith("uk") ? `\u00a0${part.value}` : part.value))
        .join("")
        .replace(/\s+\u00a0%/u, "\u00a0%");
    case "day":
      return longDate(new Date(value).toISOString().slice(0, 10), locale);
    case "people":
    case "troops":
    case "count":
      return number.format(Math.round(value));
  }
}
