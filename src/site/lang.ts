import { DEFAULT_LANG, LANGS, isLang, type Lang } from "../i18n/langs.ts";

/** The edition a page belongs to, from Astro's `currentLocale` (the root is English). */
export const langOf = (locale: string | undefined): Lang => (isLang(locale) ? locale : DEFAULT_LANG);

/** Something made once for each edition, when first asked for. */
export function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    if (!made.has(lang)) made.set(lang, make(lang));
    return made.get(lang)!;
  };
}

/** The `lang` parameter of each edition's pages (src/pages/[...lang]/): none for the English at the root. */
export const langParams = (): Array<{ lang: Lang; param: string | undefined }> =>
  LANGS.map((lang) => ({ lang, param: lang === DEFAULT_LANG ? undefined : lang }));
