// Benchmark of the built site (run `npm run build` first, or use `npm run bench`, which builds): for
// the page and every embed page, bytes by type against the budgets, requests, and Lighthouse 12.2.3
// mobile scores (LCP, TBT, CLS); for the page, the long tasks a phone meets while scrolling it with
// its CPU slowed fourfold. With --scale, it also builds synthetic explainers of 100 and 200 steps
// from the real figures (beside the real page) and reports build time, HTML bytes per step and LCP
// at each size, against a one-paragraph page measured in the same run. A measurement, not a test.
// Usage: npm run bench [-- --scale] [-- --report FILE]   (the JSON report defaults to bench-report.json)
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, chromiumPath, launchChromium } from "./browser/chromium.ts";
import { precompress } from "./precompress.ts";
import { serveStatic } from "./browser/staticServer.ts";
import { siteWeight, type SiteWeight } from "./siteWeight.ts";
import { realSteps, syntheticExplainer } from "./syntheticExplainer.ts";

const KB = 1024;
const { values } = parseArgs({ options: { scale: { type: "boolean", default: false }, report: { type: "string", default: "bench-report.json" } } });

/** What Lighthouse's mobile run says of one page. */
interface Scores {
  performance: number;
  accessibility: number;
  /** Milliseconds, or unitless for the layout shift. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

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

/** A headless Chromium for Lighthouse to drive, on a debugging port. */
async function startChromium(executable: string): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), "bench-chromium-"));
  const chrome = spawn(executable, ["--headless=new", ...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"]);
  const port = await new Promise<number>((resolve, reject) => {
    let text = "";
    chrome.stderr.on("data", (chunk) => {
      text += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) resolve(Number(match[1]));
    });
    chrome.on("exit", () => reject(new Error(`Chromium exited before it was ready:\n${text}`)));
  });
  return {
    port,
    stop: () => {
      chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function scores(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
  const { categories, audits } = result!.lhr;
  // Times to the millisecond; the layout shift, which has no unit, to three decimals.
  const value = (id: string, digits = 0) => Number((audits[id].numericValue ?? 0).toFixed(digits));
  return {
    performance: Math.round((categories.performance.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift", 3),
  };
}

const row = (name: string, value: string, budget: string, ok: boolean) =>
  `${name.padEnd(34)} ${value.padStart(10)}   budget ${budget.padEnd(10)} ${ok ? "ok" : "OVER"}`;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const lines: string[] = [];
const report: Record<string, unknown> = { date: new Date().toISOString() };

// The page, its budgets, and every embed page.
const weight = siteWeight("dist");
lines.push(
  row("JavaScript shipped (gzip)", kb(weight.javascript), "40 KB", weight.javascript <= 40 * KB),
  row("HTML (gzip)", kb(weight.html), "60 KB", weight.html <= 60 * KB),
  `  ${"HTML as served to Brotli readers".padEnd(32)} ${kb(statSync("dist/index.html.br").size).padStart(10)}`,
  row("Everything the page loads (gzip)", kb(weight.total), "350 KB", weight.total <= 350 * KB),
  row("Requests to another origin", String(weight.foreignRequests.length), "0", weight.foreignRequests.length === 0),
);
const embeds = readdirSync("dist/embed", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "parent")
  .map((entry) => `embed/${entry.name}/`);
const pages: Array<{ page: string; weight: SiteWeight; scores?: Scores }> = ["", ...embeds].map((page) => ({
  page,
  weight: siteWeight("dist", `${page}index.html`),
}));

const executable = chromiumPath();
if (!executable) {
  lines.push("Lighthouse: skipped, no Chromium (set CHROME_PATH or install Debian's chromium)");
} else {
  const chromium = await startChromium(executable);
  try {
    const server = await serveStatic("dist");
    try {
      for (const entry of pages) entry.scores = await scores(`${server.url}${entry.page}`, chromium.port);
      const main = pages[0].scores!;
      lines.push(
        row("Lighthouse mobile performance", String(main.performance), ">= 95", main.performance >= 95),
        row("Lighthouse mobile accessibility", String(main.accessibility), "100", main.accessibility === 100),
        `  LCP ${main.lcp} ms, TBT ${main.tbt} ms, CLS ${main.cls}, FCP ${main.fcp} ms`,
      );
      const tasks = await longTasksWhileScrolling(server.url);
      report.longTasks = tasks.map(Math.round);
      lines.push(
        row("Long tasks scrolling, 4x slower CPU", String(tasks.length), "0", tasks.length === 0),
        `  ${"Longest".padEnd(32)} ${tasks.length ? `${Math.round(Math.max(...tasks))} ms` : "none"}`,
      );
    } finally {
      await server.close();
    }
    lines.push(
      "",
      `${"page".padEnd(40)} ${"html".padStart(8)} ${"js".padStart(8)} ${"css".padStart(8)} ${"other".padStart(8)} req  perf a11y    LCP   TBT   CLS`,
    );
    for (const { page, weight: w, scores: s } of pages) {
      lines.push(
        `${(page || "(the page)").padEnd(40)} ${kb(w.html).padStart(8)} ${kb(w.javascript).padStart(8)} ${kb(w.css).padStart(8)} ${kb(w.other).padStart(8)} ${String(w.requests).padStart(3)}  ${String(s?.performance).padStart(4)} ${String(s?.accessibility).padStart(4)} ${String(s?.lcp).padStart(6)} ${String(s?.tbt).padStart(5)} ${String(s?.cls).padStart(5)}`,
      );
    }

    if (values.scale) {
      const measure = async (dist: string) => {
        const server = await serveStatic(dist);
        try {
          return (await scores(server.url, chromium.port)).lcp;
        } finally {
          await server.close();
        }
      };
      // What any page here costs at the least: the built site with its page replaced by one paragraph under the same head.
      const onePage = mkdtempSync(join(tmpdir(), "bench-one-paragraph-"));
      let baseline: number;
      try {
        cpSync("dist", onePage, { recursive: true });
        const head = /<head>[\s\S]*?<\/head>/.exec(readFileSync("dist/index.html", "utf8"))![0];
        writeFileSync(
          join(onePage, "index.html"),
          `<!doctype html><html lang="en">${head}<body><main><p>One paragraph of text, and nothing else.</p></main></body></html>`,
        );
        // Its compressed copies too, or the server would send the real page's.
        precompress(onePage);
        baseline = await measure(onePage);
      } finally {
        rmSync(onePage, { recursive: true, force: true });
      }
      const real = realSteps();
      const sizes = [{ steps: real, buildSeconds: undefined as number | undefined, htmlGzip: weight.html, lcp: pages[0].scores!.lcp }];
      for (const wanted of [100, 200]) {
        const dir = mkdtempSync(join(tmpdir(), `bench-scale-${wanted}-`));
        try {
          const steps = syntheticExplainer(dir, wanted);
          const started = performance.now();
          const build = spawnSync(process.execPath, [resolve("node_modules/astro/bin/astro.mjs"), "build", "--root", dir, "--outDir", join(dir, "dist")], {
            encoding: "utf8",
          });
          const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
          if (build.status !== 0) throw new Error(`the synthetic explainer of ${steps} steps did not build:\n${build.stdout}\n${build.stderr}`);
          precompress(join(dir, "dist"));
          const htmlGzip = gzipSync(readFileSync(join(dir, "dist/index.html")), { level: 9 }).length;
          sizes.push({ steps, buildSeconds, htmlGzip, lcp: await measure(join(dir, "dist")) });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      // What one more step costs: the difference between the two synthetic sizes, spread over the steps between them.
      const marginal = Math.round((sizes[2].htmlGzip - sizes[1].htmlGzip) / (sizes[2].steps - sizes[1].steps));
      lines.push("", "Scale: the real page, then synthetic explainers of copies of its sections (50 steps would be fewer than the real page has)");
      for (const size of sizes) {
        const built = size.buildSeconds === undefined ? "(npm run build)" : `${size.buildSeconds} s`;
        lines.push(
          `  ${String(size.steps).padStart(3)} steps   build ${built.padStart(15)}   HTML ${kb(size.htmlGzip).padStart(9)} (${Math.round(size.htmlGzip / size.steps)} B a step)   LCP ${Math.round(size.lcp)} ms (${(size.lcp / baseline).toFixed(2)}x)`,
        );
      }
      lines.push(
        row("HTML for each added step (gzip)", `${marginal} B`, "800 B", marginal <= 800),
        row("LCP against a one-paragraph page", `${(sizes[0].lcp / baseline).toFixed(2)}x`, "1.3x", sizes[0].lcp / baseline <= 1.3),
        `  one-paragraph page: LCP ${Math.round(baseline)} ms`,
      );
      report.scale = { sizes, marginalHtmlPerStep: marginal, onePageLcp: baseline };
    }
  } finally {
    chromium.stop();
  }
}

report.pages = pages;
writeFileSync(values.report!, `${JSON.stringify(report, null, 2)}\n`);
lines.push("", `Report: ${values.report}`);
process.stdout.write(`${lines.join("\n")}\n`);
