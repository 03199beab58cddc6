// Benchmark of the built site (run `npm run build` first, or use `npm run bench`, which builds):
// bytes against the budgets, Lighthouse 12.2.3 mobile scores, and the long tasks a phone meets
// while scrolling the whole page with its CPU slowed fourfold. A measurement, not a test.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, chromiumPath, launchChromium } from "./browser/chromium.ts";
import { serveStatic } from "./browser/staticServer.ts";
import { siteWeight } from "./siteWeight.ts";

const KB = 1024;

/**
 * The long tasks (over 50 ms) a 390 x 844 phone with a fourfold slower CPU runs while a reader
 * scrolls the page from top to bottom, a screen's fifth at a time: their durations, in ms.
 */
async function longTasksWhileScrolling(url: string): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url, { waitUntil: "load" });
    await page.evaluate(() => {
      const seen: number[] = [];
      new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
      (window as unknown as { longTasks: number[] }).longTasks = seen;
    });
    for (;;) {
      const more = await page.evaluate(() => {
        scrollBy(0, innerHeight / 5);
        return innerHeight + scrollY < document.documentElement.scrollHeight - 1;
      });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      if (!more) break;
    }
    await page.waitForTimeout(500);
    return await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  } finally {
    await browser.close();
  }
}
const weight = siteWeight("dist");
const row = (name: string, value: string, budget: string, ok: boolean) =>
  `${name.padEnd(34)} ${value.padStart(10)}   budget ${budget.padEnd(10)} ${ok ? "ok" : "OVER"}`;
const lines = [
  row("JavaScript shipped (gzip)", `${(weight.javascript / KB).toFixed(1)} KB`, "40 KB", weight.javascript <= 40 * KB),
  row("HTML (gzip)", `${(weight.html / KB).toFixed(1)} KB`, "60 KB", weight.html <= 60 * KB),
  row("Everything the page loads (gzip)", `${(weight.total / KB).toFixed(1)} KB`, "350 KB", weight.total <= 350 * KB),
  row("Requests to another origin", String(weight.foreignRequests.length), "0", weight.foreignRequests.length === 0),
];

const executable = chromiumPath();
if (!executable) {
  lines.push("Lighthouse: skipped, no Chromium (set CHROME_PATH or install Debian's chromium)");
} else {
  const server = await serveStatic("dist");
  const profile = mkdtempSync(join(tmpdir(), "bench-chromium-"));
  const chrome = spawn(executable, ["--headless=new", ...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"]);
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let text = "";
      chrome.stderr.on("data", (chunk) => {
        text += chunk;
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
        if (match) resolve(Number(match[1]));
      });
      chrome.on("exit", () => reject(new Error(`Chromium exited before it was ready:\n${text}`)));
    });
    const result = await lighthouse(server.url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    const categories = result!.lhr.categories;
    const performance = Math.round((categories.performance.score ?? 0) * 100);
    const accessibility = Math.round((categories.accessibility.score ?? 0) * 100);
    lines.push(row("Lighthouse mobile performance", String(performance), ">= 95", performance >= 95));
    lines.push(row("Lighthouse mobile accessibility", String(accessibility), "100", accessibility === 100));
    const audits = result!.lhr.audits;
    for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]) {
      lines.push(`  ${audits[id].title.padEnd(32)} ${audits[id].displayValue}`);
    }
    const tasks = await longTasksWhileScrolling(server.url);
    lines.push(
      row("Long tasks scrolling, 4x slower CPU", String(tasks.length), "0", tasks.length === 0),
      `  ${"Longest".padEnd(32)} ${tasks.length ? `${Math.round(Math.max(...tasks))} ms` : "none"}`,
    );
  } finally {
    chrome.kill();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
process.stdout.write(`${lines.join("\n")}\n`);
