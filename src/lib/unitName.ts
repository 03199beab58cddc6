import type { Lang } from "../i18n/langs.ts";

/** What the geography says of a unit: its English name and, for Ukraine's oblasts, its official Ukrainian one. */
export interface UnitNames {
  name?: unknown;
  nameUk?: unknown;
}

/** A unit's name as an edition prints it: the Ukrainian official name where the geography gives one («Донецька область»), else its English name. */
export function unitName(properties: UnitNames | null | undefined, lang: Lang): string | undefined {
  const name = lang === "uk" && typeof properties?.nameUk === "string" ? properties.nameUk : properties?.name;
  return typeof name === "string" ? name : undefined;
}
