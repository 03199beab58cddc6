import { en } from "./en.ts";
import { uk } from "./uk.ts";
import type { Lang } from "./langs.ts";
import type { Strings } from "./strings.ts";

/** The words of each edition. */
export const stringsOf: Record<Lang, Strings> = { en, uk };
