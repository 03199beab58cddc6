import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { LANGS } from "../../src/i18n/langs.ts";
import { stringsOf } from "../../src/i18n/locales.ts";
import { checkExplainerData } from "../../src/validate/checkExplainerData.ts";
import { launchChromium } from "../../scripts/browser/chromium.ts";
import { serveStatic } from "../../scripts/browser/staticServer.ts";
import { bytes, committedFiles } from "../support/committed.ts";
import { buildCopy } from "../support/buildCopy.ts";
import { browserTestsEnabled } from "./enabled.ts";

/** Payloads that would run if a string from data reached the page unescaped, longest first (fields have length limits). */
const PAYLOADS = [
  '</script><script>window.__ran="script"</script><img src=x onerror="window.__ran=\'img\'">',
  '" onerror="window.__ran=\'attr\'" x="',
  "</script><svg onload=window.__ran=1>",
  '"><img src=x onerror=window.__ran=2>',
  "<b onclick=x>",
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every string of a file, as a setter and the value it had. */
function strings(value: Json): Array<{ path: string; set: (text: string) => void; original: string }> {
  const found: Array<{ path: string; set: (text: string) => void; original: string }> = [];
  const stack: Array<{ value: Json; path: string }> = [{ value, path: "" }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    for (const [key, child] of Object.entries(current)) {
      const at = `${path}/${key}`;
      if (typeof child === "string") found.push({ path: at, original: child, set: (text) => void ((current as Record<string, Json>)[key] = text) });
      else stack.push({ value: child, path: at });
    }
  }
  return found;
}

/**
 * The committed data with a payload in every text field that can hold one and still pass the data
 * checks: each field gets the longest payload its schema allows, and keeps its text when none fits
 * (ids, dates, links). Returns the files and how many fields carry a payload.
 */
function poisoned() {
  const parsed = committedFiles.map((file) => ({ path: file.path, data: JSON.parse(new TextDecoder().decode(file.bytes)) as Json }));
  const fields = parsed.flatMap((file) => strings(file.data).map((field) => ({ ...field, file: file.path, payload: 0 })));
  const render = () => parsed.map((file) => ({ path: file.path, bytes: bytes(JSON.stringify(file.data)) }));
  for (;;) {
    for (const field of fields) field.set(field.payload < PAYLOADS.length ? `${field.original.slice(0, 3)} ${PAYLOADS[field.payload]}` : field.original);
    // Both editions read the files, each its own words.
    const problems = LANGS.flatMap((lang) => checkExplainerData(render(), stringsOf[lang]).problems);
    if (problems.length === 0) return { files: render(), count: fields.filter((f) => f.payload < PAYLOADS.length).length };
    // Each refused field tries the next, shorter payload; a field no payload fits keeps its text.
    const refused = new Set(problems.map((p) => p.split(": ").slice(0, 2).join(": ")));
    let changed = false;
    for (const field of fields) {
      // A text written in both languages is named by the path of the pair.
      const at = `${field.file}: ${field.path
        .replace(/\/(en|uk)$/, "")
        .slice(1)
        .replace(/\/(\d+)(?=\/|$)/g, "[$1]")
        .replace(/\//g, ".")}`;
      if (field.payload < PAYLOADS.length && [...refused].some((r) => r === at || r.startsWith(`${at}.`) || r.startsWith(`${at}[`))) {
        field.payload++;
        changed = true;
      } else if (field.payload < PAYLOADS.length && [...refused].some((r) => at.startsWith(`${r}.`) || at.startsWith(`${r}[`))) {
        // A refusal of a whole record (the same record twice) is settled by restoring that record's text.
        field.payload = PAYLOADS.length;
        changed = true;
      }
    }
    // A refusal that names no field (an id clash between files, a reference, an outlet the outlets
    // file no longer lists under that name) is settled by restoring all ids and the names that key it.
    if (!changed)
      for (const field of fields)
        if (
          field.path.endsWith("/id") ||
          /\/(sources|members|whole|frozen)\/\d+$/.test(field.path) ||
          /\/sources\/\d+\/(outlet|via)$|\/(outlets|republishers)\/\d+\/name$/.test(field.path)
        )
          field.payload = PAYLOADS.length;
  }
}

describe.skipIf(!browserTestsEnabled)("text from data is escaped wherever it lands", () => {
  let browser: Browser;
  let build: ReturnType<typeof buildCopy>;
  let count = 0;

  beforeAll(async () => {
    const data = poisoned();
    count = data.count;
    build = buildCopy((copy) => {
      for (const file of data.files) writeFileSync(join(copy, file.path), file.bytes);
    });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    build?.remove();
  });

  it("builds with a payload in most text fields of the data", () => {
    expect(build.status, build.output).toBe(0);
    expect(count).toBeGreaterThan(300);
  });

  it("publishes figure files with no script and no event handler in them", () => {
    const svgs = build.distFiles().filter((f) => f.startsWith("figures/") && f.endsWith(".svg"));
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) expect(build.read(`dist/${svg}`), svg).not.toMatch(/<script|\son\w+=|javascript:/i);
  });

  it.each(["", "sources/", "embed/the-rest-of-donetsk/", "embed/security-guarantees/", "embed/guarantees/?step=us-offer"])(
    "runs nothing from the data on the page /%s, and still shows its figures",
    async (page) => {
      const served = await serveStatic(build.dist);
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: "reduce" });
      try {
        const tab = await context.newPage();
        const dialogs: string[] = [];
        const errors: string[] = [];
        tab.on("dialog", (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));
        tab.on("pageerror", (error) => errors.push(error.message));
        await tab.goto(`${served.url}${page}`);
        await tab.waitForLoadState("load");
        // Scroll through every step, so every label, legend and text chart is shown.
        const steps = await tab.$$eval(".step", (nodes) => nodes.map((n) => n.id));
        for (const id of steps) await tab.evaluate((step) => document.getElementById(step)!.scrollIntoView({ block: "center" }), id);
        await tab.waitForTimeout(300);
        expect(await tab.evaluate(() => (window as unknown as { __ran?: unknown }).__ran)).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
        // The payloads are on the page as text: escaped, not dropped.
        expect(await tab.evaluate(() => document.body.textContent!.includes("onerror="))).toBe(true);
        expect(
          await tab.$$eval("script", (nodes) => nodes.filter((n) => n.getAttribute("type") !== "application/json" && n.textContent!.includes("__ran")).length),
        ).toBe(0);
        expect(await tab.$$eval("[onerror], [onload], [onclick]", (nodes) => nodes.length)).toBe(0);
        // The page moves its sticky figures; a section's embed page shows each step's own.
        if (steps.length && !page.startsWith("embed/")) expect(await tab.getAttribute("scrolly-story .scrolly__figure .figure", "data-step")).not.toBeNull();
        if (steps.length && page.startsWith("embed/")) expect(await tab.isVisible(`#${steps[0]} .step__figure .figure`)).toBe(true);
        if (page.includes("?step=")) await expect.poll(() => tab.textContent("h1")).toBe('What "Article 5-like" means');
      } finally {
        await context.close();
        await served.close();
      }
    },
  );
});
