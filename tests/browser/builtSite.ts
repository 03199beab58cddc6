import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../scripts/browser/chromium.ts";
import { serveStatic } from "../../scripts/browser/staticServer.ts";
import { browserTestsEnabled } from "./enabled.ts";

/** The built site served from dist/ and a Chromium to open it in, for a file's browser tests (none where they are skipped); both close after them. */
export function useBuiltSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    if (!browserTestsEnabled) return;
    server = await serveStatic("dist");
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}
