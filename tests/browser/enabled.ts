import { chromiumPath } from "../../scripts/browser/chromium.ts";

/** Whether the browser tests can run here; with REQUIRE_BROWSER=1 they must. */
export const browserTestsEnabled = Boolean(chromiumPath());

if (!browserTestsEnabled) {
  const message = [
    "",
    "=".repeat(72),
    "BROWSER TESTS SKIPPED: no Chromium found (CHROME_PATH or /usr/bin/chromium).",
    "Install Debian's chromium package or set CHROME_PATH to run them.",
    process.env.REQUIRE_BROWSER === "1" ? "REQUIRE_BROWSER=1 is set, so this run fails." : "",
    "=".repeat(72),
    "",
  ].join("\n");
  process.stderr.write(message);
}
