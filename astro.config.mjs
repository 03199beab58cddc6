import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import { fileURLToPath } from "node:url";
import { remarkInventory } from "./src/build/remarkInventory.ts";
import { dataFilesPlugin } from "./src/build/dataFilesPlugin.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

// Newsrooms hosting the build under a path of their own set BASE_PATH, e.g. BASE_PATH=/graphics/donbas/.
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  // And SITE_URL, e.g. SITE_URL=https://news.example.com, so that the social card's address is absolute.
  site: process.env.SITE_URL || undefined,
  trailingSlash: "ignore",
  // English at the root, Ukrainian under uk/: each page of src/pages/[...lang]/ exists in both.
  i18n: { locales: ["en", "uk"], defaultLocale: "en", routing: { prefixDefaultLocale: false } },
  // The unified processor runs remark plugins; this one records what each section holds.
  markdown: { processor: unified({ remarkPlugins: [[remarkInventory, { root }]] }) },
  integrations: [mdx()],
  vite: {
    plugins: [dataFilesPlugin(root)],
    // No asset becomes a data: address: a strict script-src policy refuses scripts from one.
    build: { assetsInlineLimit: 0 },
    // The host pages' script of @newswire/frames, which its package's exports leave out; the site serves it (src/pages/embed/parent/).
    resolve: { alias: [{ find: /^@newswire\/frames\/dist\/frames\.umd\.js/, replacement: `${root}node_modules/@newswire/frames/dist/frames.umd.js` }] },
  },
  // Styles are a file of their own, cached across pages and allowed by a strict style-src policy.
  build: { inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  server: { port: 4321, host: "127.0.0.1" },
  preview: { port: 4321, host: "127.0.0.1" },
});
