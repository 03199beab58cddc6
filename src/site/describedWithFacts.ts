import { withFacts } from "../lib/withFacts.ts";
import { site } from "./site.ts";

/** An alt text with the figures it names in braces printed; a name that matches no figure stops the build, saying where. */
export function describedWithFacts(alt: string, where: string): string {
  const { text, missing } = withFacts(alt, site.facts);
  if (missing.length) {
    const near = [...site.facts.keys()].filter((id) => missing.some((m) => id.split("@")[0] === m.split("@")[0])).slice(0, 6);
    throw new Error(
      `${where}: alt: {${missing[0]}} names no figure computed from the data${near.length ? ` (such as ${near.map((id) => `{${id}}`).join(", ")})` : ""}`,
    );
  }
  return text;
}
