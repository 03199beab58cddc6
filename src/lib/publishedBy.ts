import type { SharePoint, ShareSeries } from "../schemas/control.ts";

/**
 * The points of a series a reader on `date` could have known: describing a day up to `date`, with at
 * least one source published by then. Figures published later stay in the data but off the page.
 */
export function publishedBy(series: ShareSeries, date: string): SharePoint[] {
  const published = new Map(series.sources.map((source) => [source.id, source.date]));
  return series.points.filter((point) => point.date <= date && point.sources.some((id) => (published.get(id) ?? "9999") <= date));
}
