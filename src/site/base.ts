import { DEFAULT_LANG, type Lang } from "../i18n/langs.ts";

/** Where the site is served from, ending in a slash ("/" or a newsroom's "/graphics/ukraine-talks/"). */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** Where an edition's pages are: the site's base for the English, `uk/` under it for the Ukrainian. Figures, data and scripts are shared, under `base`. */
export const homeOf = (lang: Lang): string => (lang === DEFAULT_LANG ? base : `${base}${lang}/`);
