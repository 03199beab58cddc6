const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A YYYY-MM-DD date as the page prints it in a locale, the day it names whatever the reader's time
 * zone: "15 December 2025", "15 Dec 2025" in citations, or the month alone, "December 2025" (en-GB).
 */
export function longDate(iso: string, locale: string, style: "long" | "short" | "month" = "long"): string {
  const key = `${locale} ${style}`;
  // Building a formatter costs far more than using one, and the page prints hundreds of dates.
  if (!formats.has(key))
    formats.set(
      key,
      new Intl.DateTimeFormat(
        locale,
        style === "month" ? { month: "long", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: style, year: "numeric", timeZone: "UTC" },
      ),
    );
  return formats.get(key)!.format(new Date(`${iso}T00:00:00Z`));
}
