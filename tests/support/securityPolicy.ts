import { readFileSync } from "node:fs";

/** The headers the sample _headers file gives every page (its `/*` block), by name: what a host following it sends. */
export function sampleHeaders(): Record<string, string> {
  const block = /^\/\*\n((?:[ \t]+\S.*\n?)+)/m.exec(readFileSync("public/_headers", "utf8"))?.[1] ?? "";
  return Object.fromEntries(
    block
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => {
        const [name, ...value] = line.trim().split(":");
        return [name, value.join(":").trim()];
      }),
  );
}
