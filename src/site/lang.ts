import { DEFAULT_LANG, LANGS, isLang, type Lang } from "../i18n/langs.ts";

/** The edition a page belongs to, from its `lang` parameter (src/pages/[...lang]/; none at the root, which is English). */
export const langOf = (param: string | undefined): Lang => (isLang(param) ? param : DEFAULT_LANG);

/** Something made once for each edition, when first asked for. */
export function perLang<T>(make: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    if (!made.has(lang)) made.set(lang, make(lang));
    return made.get(lang)!;
  };
}

/** The paths of a page that exists once in each edition (the story, its sources, its editions). */
export const editionPaths = () => langParams().map(({ param }) => ({ params: { lang: param } }));

/** The `lang` parameter of each edition's pages (src/pages/[...lang]/): none for the English at the root. */
export const langParams = (): Array<{ lang: Lang; param: string | undefined }> =>
  LANGS.map((lang) => ({ lang, param: lang === DEFAULT_LANG ? undefined : lang }));
