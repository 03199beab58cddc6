/** Ids of the figures the scrollies of some MDX move (`<Scrolly figure="…">`): the browser needs their indexes. */
export function scrollyFigures(...mdx: string[]): Set<string> {
  return new Set(mdx.flatMap((text) => [...text.matchAll(/<Scrolly\b[^>]*?\sfigure="([^"]+)"/g)].map((m) => m[1])));
}
