import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests measure timing-sensitive behaviour; running files one at a time keeps them steady.
    fileParallelism: false,
  },
});
