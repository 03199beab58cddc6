import type { Lang } from "../i18n/langs.ts";
import { withFacts } from "../lib/withFacts.ts";
import { siteOf } from "./site.ts";

/** An alt text with the figures it names in braces printed in an edition's formats; a name that matches no figure stops the build, saying where. */
export function describedWithFacts(lang: Lang, alt: string, where: string): string {
  const { facts } = siteOf(lang);
  const { text, missing } = withFacts(alt, facts);
  if (missing.length) {
    const near = [...facts.keys()].filter((id) => missing.some((m) => id.split("@")[0] === m.split("@")[0])).slice(0, 6);
    throw new Error(
      `${where}: alt: {${missing[0]}} names no figure computed from the data${near.length ? ` (such as ${near.map((id) => `{${id}}`).join(", ")})` : ""}`,
    );
  }
  return text;
}
