/**
 * The opacity of a text block or label in a chart scene, as CSS: full when it is focused or nothing
 * is, otherwise faded to the tokens' level (--dim-level), but never below --dim-floor, so dimmed text
 * stays legible. Every chart writes its dimming through this one expression.
 */
export function dimmedOpacity(id: string): string {
  return `calc(var(--dim-floor) + (1 - var(--dim-floor)) * var(--d-${id},var(--dim,1)))`;
}
