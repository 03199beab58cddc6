const format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const short = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A YYYY-MM-DD date as the page prints it: "15 December 2025", or "15 Dec 2025" in citations. */
export function longDate(iso: string, style: "long" | "short" = "long"): string {
  return (style === "long" ? format : short).format(new Date(`${iso}T00:00:00Z`));
}
