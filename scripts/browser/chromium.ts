import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The system Chromium: CHROME_PATH, or Debian's /usr/bin/chromium. Never a downloaded browser. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

/** The flags this project's machines need: no sandbox (root), no GPU, and no calls home, which the closed network refuses. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/** Starts the system Chromium headless with the flags this project's machines need. */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("No Chromium found: set CHROME_PATH or install Debian's chromium package");
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}
