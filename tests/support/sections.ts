import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compile } from "@mdx-js/mdx";
import { remarkInventory, type SectionInventory } from "../../src/build/remarkInventory.ts";

const DIR = "src/content/sections";

/** Every section's inventory, read from its syntax tree by the same plugin the build runs. */
export async function sectionInventories(): Promise<SectionInventory[]> {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith(".mdx"))
    .sort();
  return Promise.all(
    files.map(async (name) => {
      const path = resolve(DIR, name);
      const compiled = await compile({ path, value: readFileSync(path, "utf8") }, { remarkPlugins: [[remarkInventory, { root: resolve(".") }]] });
      return (compiled.data as { astro: { frontmatter: { inventory: SectionInventory } } }).astro.frontmatter.inventory;
    }),
  );
}
