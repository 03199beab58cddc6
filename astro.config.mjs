import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import { fileURLToPath } from "node:url";
import { remarkScrollySteps } from "./src/lib/remarkScrollySteps.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

// Newsrooms hosting the build under a path of their own set BASE_PATH, e.g. BASE_PATH=/graphics/donbas/.
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "ignore",
  // The unified processor runs remark plugins; the one here tells each step its file and figure.
  markdown: { processor: unified({ remarkPlugins: [[remarkScrollySteps, { root }]] }) },
  integrations: [mdx()],
  build: { inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  server: { port: 4321, host: "127.0.0.1" },
  preview: { port: 4321, host: "127.0.0.1" },
});
