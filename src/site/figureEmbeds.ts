import { perLang } from "./lang.ts";
import { sectionsOf } from "./sections.ts";
import { siteOf } from "./site.ts";
import type { DrawnFigure } from "../lib/types.ts";

/** One figure's embed page, embed/<figure>/: what it shows and what the browser may switch it to. */
export interface FigureEmbed {
  figure: DrawnFigure;
  /**
   * How the page shows it: moved by the steps of its scrollies ("steps": the first is its key state,
   * and `?step=` names any other), as a standalone figure ("static"), or with its own date control ("states").
   */
  kind: "steps" | "static" | "states";
  /** Its steps, the key state first and then in page order, each with the title of its section (a standalone figure: its one view, under its own title and anchor). */
  steps: Array<{ id: string; view: unknown; title: string; alt: string; at: string }>;
}

/** Every figure an edition shows that has steps or stands alone, by figure id, in page order, its key state first. */
export const figureEmbedsOf = perLang((lang): Map<string, FigureEmbed> => {
  const site = siteOf(lang);
  const byFigure = new Map<string, FigureEmbed>();
  for (const { entry, inventory } of sectionsOf(lang)) {
    // A step outside a scrolly has no figure: its own page says so when it is drawn.
    for (const step of inventory.steps.filter((s) => s.figure)) {
      const figure = site.figures.get(step.figure)!;
      const embed = byFigure.get(figure.id) ?? { figure, kind: "steps" as const, steps: [] };
      embed.steps.push({ ...step, title: entry.data.title });
      byFigure.set(figure.id, embed);
    }
    for (const shown of inventory.figures) {
      if (!shown.anchor || byFigure.has(shown.figure)) continue;
      const figure = site.figures.get(shown.figure)!;
      byFigure.set(figure.id, {
        figure,
        kind: figure.states ? "states" : "static",
        steps: [{ id: shown.anchor, view: shown.view ?? {}, title: shown.title ?? entry.data.title, alt: shown.alt ?? "", at: shown.at }],
      });
    }
  }

  // A figure's key state leads its steps: the step its declaration names, or its first.
  for (const embed of byFigure.values()) {
    const key = site.declarations.get(embed.figure.id)!.key;
    if (key === undefined) continue;
    const index = embed.steps.findIndex((step) => step.id === key);
    if (index < 0) {
      throw new Error(
        `src/registry/figures.ts, figure ${JSON.stringify(embed.figure.id)}: key: expected one of its steps (${embed.steps.map((s) => s.id).join(", ")}), found ${JSON.stringify(key)}`,
      );
    }
    embed.steps.unshift(...embed.steps.splice(index, 1));
  }

  return new Map([...byFigure].filter(([, embed]) => embed.steps.length > 0));
});
