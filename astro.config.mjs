import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { fileURLToPath } from "node:url";
import { remarkStepFile } from "./src/lib/remarkStepFile.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

// Newsrooms hosting the build under a path of their own set BASE_PATH, e.g. BASE_PATH=/graphics/donbas/.
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "ignore",
  integrations: [mdx({ remarkPlugins: [[remarkStepFile, { root }]] })],
  build: { inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  server: { port: 4321, host: "127.0.0.1" },
  preview: { port: 4321, host: "127.0.0.1" },
});
