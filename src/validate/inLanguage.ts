import { LANGS, type Lang } from "../i18n/langs.ts";
import { jsonPath } from "./jsonPath.ts";

/** Whether a value is text given in the editions' languages: an object whose every field is a language ("en", "uk"). */
const isLocalised = (value: object): boolean => {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => (LANGS as readonly string[]).includes(key));
};

/**
 * A parsed data file as one edition reads it. Any text in a data file may be written in every
 * language of the explainer, as `{"en": "…", "uk": "…"}`; this puts each such text's `lang` wording
 * in its place, so the schemas and everything after them see plain text. Text given in some
 * languages but not all, or as anything but text, is a problem naming its path. Walks without
 * recursion, so no nesting can overflow the stack.
 */
export function inLanguage(data: unknown, lang: Lang): { value: unknown } | { problems: string[] } {
  const problems: string[] = [];
  // Its own copy: the parsed file is left as it was read.
  const root = { value: structuredClone(data) };
  const stack: Array<{ holder: Record<PropertyKey, unknown>; key: PropertyKey; path: PropertyKey[] }> = [{ holder: root, key: "value", path: [] }];
  while (stack.length) {
    const { holder, key, path } = stack.pop()!;
    const value = holder[key];
    if (value === null || typeof value !== "object") continue;
    if (!Array.isArray(value) && isLocalised(value)) {
      const texts = value as Record<string, unknown>;
      const missing = LANGS.filter((l) => typeof texts[l] !== "string" || (texts[l] as string).trim() === "");
      if (missing.length) {
        problems.push(
          `${jsonPath(path)}: expected the text in every language of the explainer (${LANGS.map((l) => `"${l}"`).join(", ")}), found none in ${missing.map((l) => `"${l}"`).join(", ")}`,
        );
        continue;
      }
      holder[key] = texts[lang];
      continue;
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (const [k] of entries) stack.push({ holder: value as Record<PropertyKey, unknown>, key: k, path: [...path, k] });
  }
  if (problems.length) return { problems: problems.reverse() };
  return { value: root.value };
}
