import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import type { ProposalsFile } from "../../src/schemas/proposals.ts";
import { inLanguage } from "../../src/validate/inLanguage.ts";
import { browserTestsEnabled } from "./enabled.ts";
import { useBuiltSite } from "./builtSite.ts";

const site = useBuiltSite();
const version = (name: string) => Number(/\.v(\d+)\.json$/.exec(name)![1]);
const newest = readdirSync("data/proposals")
  .sort((a, b) => version(a) - version(b))
  .at(-1)!;
const latest = readFileSync(`data/proposals/${newest}`, "utf8");
// The English edition's words: text in both languages read as the English page reads it.
const { proposals, questions, positions } = (inLanguage(JSON.parse(latest), "en") as { value: ProposalsFile }).value;
const grid = "scrolly-story:has(#q-territory) .scrolly__figure .matrix__grid";

/** Waits until the step of a question is current, its card active and the sticky table in its scene. */
const waitForStep = (page: Page, id: string) =>
  expect
    .poll(
      () =>
        page.evaluate(
          ([stepId, selector]) =>
            document.getElementById(stepId)!.classList.contains("is-active") &&
            document.querySelector(selector)!.closest(".figure")!.getAttribute("data-step") === stepId,
          [id, grid],
        ),
      { timeout: 10_000 },
    )
    .toBe(true);

describe.skipIf(!browserTestsEnabled)("the proposals table: every position in words, placed on its question's scale", () => {
  describe.each([
    { width: 390, height: 844 },
    { width: 768, height: 1024 },
    { width: 1440, height: 900 },
  ])("at $width x $height", (viewport) => {
    it("shows the whole table within the screen's width, each step's row undimmed and clear of its card, the others dimmed", async () => {
      const context = await site.browser.newContext({ viewport, reducedMotion: "reduce" });
      const page = await context.newPage();
      for (const question of questions) {
        const id = `q-${question.id}`;
        await page.goto(`${site.url}#${id}`);
        await waitForStep(page, id);
        const shown = await page.evaluate(
          ([selector, stepId, focused]) => {
            const table = document.querySelector<HTMLElement>(selector)!;
            const box = (el: Element) => el.getBoundingClientRect();
            const rows = [...table.querySelectorAll<HTMLElement>("tbody tr")].map((row) => ({
              id: row.dataset.id!,
              opacity: Number(getComputedStyle(row).opacity),
            }));
            const row = box(table.querySelector(`tr[data-id="${focused}"]`)!);
            const card = box(document.getElementById(stepId)!.querySelector(".step__card")!);
            return {
              width: box(table).width,
              right: box(table).right,
              rows,
              rowBottom: row.bottom,
              cardTop: card.top,
              cardOverRow: card.top < row.bottom && card.bottom > row.top && card.left < row.right && card.right > row.left,
              overflow: document.documentElement.scrollWidth - innerWidth,
            };
          },
          [grid, id, question.id] as const,
        );
        expect(shown.width, id).toBeGreaterThan(0);
        expect(shown.right, id).toBeLessThanOrEqual(viewport.width);
        expect(shown.overflow, id).toBeLessThanOrEqual(0);
        expect(shown.rows.find((r) => r.id === question.id)!.opacity, id).toBe(1);
        for (const other of shown.rows.filter((r) => r.id !== question.id)) expect(other.opacity, `${id}: ${other.id}`).toBeLessThan(0.8);
        expect(shown.cardOverRow, `${id}: the card covers the row it is about`).toBe(false);
      }
      await context.close();
    });

    it("puts each position's dot where its scale point says, in its party's colour, and its words in the cell", async () => {
      const context = await site.browser.newContext({ viewport, reducedMotion: "reduce" });
      const page = await context.newPage();
      await page.goto(`${site.url}#q-territory`);
      await waitForStep(page, "q-territory");
      const cells = await page.$$eval(`${grid} tbody tr`, (rows) =>
        rows.map((row) =>
          [...row.querySelectorAll("td")].map((td) => {
            const gauge = td.querySelector(".gauge")!;
            const dot = getComputedStyle(gauge, "::after");
            const track = getComputedStyle(gauge);
            const inner = parseFloat(track.width) - parseFloat(track.borderLeftWidth) - parseFloat(track.borderRightWidth);
            const placed = dot.content !== "none";
            return {
              term: td.querySelector(".cell__term")!.textContent,
              // The dot's centre sits at its left offset, across the track inside its end ticks.
              place: placed ? (parseFloat(dot.left) / inner) * 100 : undefined,
              colour: placed ? dot.borderTopColor : undefined,
              party: getComputedStyle(td).getPropertyValue("--party").trim(),
            };
          }),
        ),
      );
      const colours = await page.$$eval(`${grid} thead th[scope="col"]`, (heads) => heads.map((th) => getComputedStyle(th).borderTopColor));
      questions.forEach((question, q) => {
        proposals.forEach((proposal, p) => {
          const position = positions.find((x) => x.question === question.id && x.proposal === proposal.id)!;
          const cell = cells[q][p];
          const at = `${question.id} / ${proposal.id}`;
          expect(cell.term, at).toBe(position.term);
          const point = question.scale.findIndex((s) => s.id === position.point);
          if (point < 0) expect(cell.place, at).toBeUndefined();
          else {
            expect(cell.place, at).toBeCloseTo((100 * point) / (question.scale.length - 1), 0);
            expect(cell.colour, at).toBe(colours[p]);
          }
        });
      });
      // One colour per party: the columns of one party share it, and no two parties have the same.
      const byParty = new Map<string, Set<string>>();
      proposals.forEach((proposal, p) => byParty.set(proposal.party, (byParty.get(proposal.party) ?? new Set()).add(colours[p])));
      for (const set of byParty.values()) expect(set.size).toBe(1);
      expect(new Set([...byParty.values()].map((set) => [...set][0])).size).toBe(byParty.size);
      await context.close();
    });
  });
});
