import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** What a section's front matter holds. */
const frontMatter = z.strictObject({
  /** Heading of the section. */
  title: z.string().min(3),
  /** Position on the page, from 1. */
  order: z.number().int().positive(),
  /** Anchor of the section (#id), stable for links. */
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  /** One sentence shown in the table of contents. */
  summary: z.string().min(10),
});

/** The explainer's narrative sections, one MDX file each, shown in `order`: in English, and translated into Ukrainian with the same anchors and steps. */
const sections = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./src/content/sections" }), schema: frontMatter });
const sectionsUk = defineCollection({ loader: glob({ pattern: "*.mdx", base: "./src/content/sections-uk" }), schema: frontMatter });

export const collections = { sections, sectionsUk };
