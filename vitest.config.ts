/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Tests run inside Astro's Vite config, so build-time modules (the checked data through the
// data-files plugin, astro:content) can be tested as the build uses them.
export default getViteConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests measure timing-sensitive behaviour; running files one at a time keeps them steady.
    fileParallelism: false,
  },
});
