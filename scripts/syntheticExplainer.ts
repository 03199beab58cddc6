// A synthetic explainer for the benchmark's scale mode: the real project, copied to a folder of its
// own, with copies of its real sections added until the page has the number of steps asked for, so
// the cost of a bigger story can be measured on the real figures and data.
import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const SECTIONS = "src/content/sections";
/** Each edition's sections: a copy is made in every one, so the editions keep the same steps. */
const EDITIONS = [SECTIONS, "src/content/sections-uk"];
const STEP = /\n[ \t]*<Step\b[\s\S]*?<\/Step>/g;

const stepsIn = (mdx: string) => (mdx.match(/<Step\b/g) ?? []).length;

/** The steps of the real page: the sections as written. */
export function realSteps(root = "."): number {
  return readdirSync(join(root, SECTIONS))
    .filter((f) => f.endsWith(".mdx"))
    .reduce((sum, f) => sum + stepsIn(readFileSync(join(root, SECTIONS, f), "utf8")), 0);
}

/**
 * Writes into `dir` a copy of the project (its node_modules linked, not copied) whose page has
 * `steps` steps: the real sections, then copies of the scrollies of those whose figures move with
 * their steps (each step with its text, its citations and its own figure), each copy's anchor and
 * ids suffixed so the page's ids stay unique, the last copy cut short to land on the number. Fewer steps than the real page has cannot be made without losing what the page cites:
 * then it is the real page. Returns the number of steps written.
 */
export function syntheticExplainer(dir: string, steps: number, root = "."): number {
  mkdirSync(dir, { recursive: true });
  for (const entry of ["src", "scripts", "data", "public", "astro.config.mjs", "package.json", "tsconfig.json"])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(resolve(root, "node_modules"), join(dir, "node_modules"), "dir");
  const files = readdirSync(join(root, SECTIONS)).filter((f) => f.endsWith(".mdx"));
  // A plan comparison and a date map carry ids of their own: copies of their sections would repeat them.
  const pool = files
    .map((f) => ({ file: f, mdx: readFileSync(join(root, SECTIONS, f), "utf8") }))
    .filter(({ mdx }) => /<Scrolly\b/.test(mdx) && !/<(PlanComparison|DateMap)\b/.test(mdx));
  let total = realSteps(root);
  for (let copy = 1; total < steps && pool.length > 0; copy++) {
    for (const { file, mdx } of pool) {
      if (total >= steps) break;
      const own = stepsIn(mdx);
      // Cut the last copy short, keeping at least one step in it.
      const keep = Math.max(1, Math.min(own, steps - total));
      for (const edition of EDITIONS) {
        const source = edition === SECTIONS ? mdx : readFileSync(join(root, edition, file), "utf8");
        // A copy holds the section's scrollies alone, its steps with their text and figures: what a story adds with each step.
        const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(source)![0];
        let text = `${frontmatter}\n${(source.match(/<Scrolly\b[\s\S]*?<\/Scrolly>/g) ?? []).join("\n\n")}\n`
          .replace(/^order: (\d+)$/m, (_, order: string) => `order: ${100 * copy + Number(order)}`)
          .replace(/^anchor: (.+)$/m, (_, anchor: string) => `anchor: ${anchor}-copy-${copy}`)
          .replace(/(<Step\b[^>]*?\sid=")([a-z0-9-]+)"/g, (_, start: string, id: string) => `${start}${id}-copy-${copy}"`);
        let seen = 0;
        if (keep < stepsIn(text)) text = text.replace(STEP, (block) => (++seen > keep ? "" : block));
        writeFileSync(join(dir, edition, `${file.replace(/\.mdx$/, "")}-copy-${copy}.mdx`), text);
      }
      total += keep;
    }
  }
  return total;
}
