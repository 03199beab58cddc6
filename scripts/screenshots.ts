// Screenshots of every step, and of every day of the date control, at phone, tablet and desktop widths,
// with JavaScript on and off, the editions page, and a printed PDF, for looking at the built site
// (npm run build first). Usage: npm run shots [-- --out shots]
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium } from "./browser/chromium.ts";
import { serveStatic } from "./browser/staticServer.ts";

const out = process.argv.includes("--out") ? process.argv[process.argv.indexOf("--out") + 1] : "shots";
mkdirSync(out, { recursive: true });
const server = await serveStatic("dist");
const browser = await launchChromium();
try {
  for (const [width, height] of [
    [390, 844],
    [768, 1024],
    [1440, 900],
  ]) {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled, reducedMotion: "reduce" });
      const page = await context.newPage();
      await page.goto(server.url);
      const steps = await page.$$eval(".step", (nodes) => nodes.map((n) => n.id));
      const tag = `${width}-${javaScriptEnabled ? "js" : "nojs"}`;
      await page.screenshot({ path: join(out, `${tag}-00-top.png`) });
      for (const [i, id] of steps.entries()) {
        await page.goto(`${server.url}#${id}`);
        await page.waitForTimeout(javaScriptEnabled ? 400 : 50);
        if (!javaScriptEnabled) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(out, `${tag}-${String(i + 1).padStart(2, "0")}-${id}.png`) });
      }
      // The map of the front on every day its date control offers; without JavaScript, its small multiples.
      for (const control of await page.$$eval("[data-date-control]", (nodes) =>
        nodes.map((n) => ({ figure: n.closest(".date-map")!.id, days: (n as HTMLElement).dataset.days!.split(" ") })),
      )) {
        for (const day of javaScriptEnabled ? control.days : [control.days.at(-1)!]) {
          await page.goto(`${server.url}?date=${day}#${control.figure}`);
          await page.waitForTimeout(javaScriptEnabled ? 400 : 50);
          if (!javaScriptEnabled) await page.locator(`#${control.figure}`).scrollIntoViewIfNeeded();
          await page.screenshot({ path: join(out, `${tag}-${control.figure}-${javaScriptEnabled ? day : "multiples"}.png`) });
        }
      }
      await page.goto(`${server.url}editions/`);
      await page.screenshot({ path: join(out, `${tag}-editions.png`) });
      if (javaScriptEnabled && width === 1440) await page.pdf({ path: join(out, "print.pdf"), format: "A4", printBackground: true });
      await context.close();
    }
  }
  process.stderr.write(`screenshots in ${out}/\n`);
} finally {
  await browser.close();
  await server.close();
}
