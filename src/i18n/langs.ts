/** The explainer's editions: English at the site's root, Ukrainian under uk/. */
export const LANGS = ["en", "uk"] as const;
export type Lang = (typeof LANGS)[number];
/** The edition at the site's root. */
export const DEFAULT_LANG: Lang = "en";

/** Each language by its own name, as a link to its edition reads. */
export const LANG_NAMES: Record<Lang, string> = { en: "English", uk: "Українська" };

/** Whether a value names one of the editions' languages. */
export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);
