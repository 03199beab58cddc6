import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The explainer's narrative sections, one MDX file each, shown in `order`. */
const sections = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/sections" }),
  schema: z.strictObject({
    /** Heading of the section. */
    title: z.string().min(3),
    /** Position on the page, from 1. */
    order: z.number().int().positive(),
    /** Anchor of the section (#id), stable for links. */
    anchor: z.string().regex(/^[a-z0-9-]+$/),
    /** One sentence shown in the table of contents. */
    summary: z.string().min(10),
  }),
});

export const collections = { sections };
