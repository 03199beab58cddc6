import type { SectionInventory } from "../build/remarkInventory.ts";

/** A section as the page lists it: its anchor (from its front matter) and what its syntax tree holds. */
export interface PageSection {
  anchor: string;
  inventory: SectionInventory;
}

/**
 * What is wrong with the page as a whole: an id used twice (two steps, a step and a section, or a
 * figure's anchor and either), so a link could open the wrong place, named with both places; a
 * figure no declaration makes; a figure named like a section, whose embed pages would share an
 * address (embed/<id>/). `reserved` are ids the page itself uses, with what uses them.
 */
export function pageProblems(sections: PageSection[], figureIds: string[], reserved: Record<string, string>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>(Object.entries(reserved));
  const claim = (id: string, where: string) => {
    const first = seen.get(id);
    if (first) problems.push(`${where}: expected an id of its own, found "${id}", already used by ${first}: links to #${id} would open the first`);
    else seen.set(id, where);
  };
  for (const { anchor, inventory } of sections) {
    claim(anchor, `${inventory.file}, the section's anchor`);
    for (const step of inventory.steps) claim(step.id, `${step.at}, step "${step.id}"`);
    for (const figure of inventory.figures) {
      if (figure.anchor) claim(figure.anchor, `${figure.at}, <StaticFigure id="${figure.anchor}">`);
      if (!figureIds.includes(figure.figure))
        problems.push(`${figure.at}: figure: expected one of ${figureIds.join(", ")}, found ${JSON.stringify(figure.figure)}`);
    }
  }
  for (const id of figureIds) {
    const section = sections.find((s) => s.anchor === id);
    if (section)
      problems.push(`${section.inventory.file}: the section's anchor "${id}" is also a figure's id: expected each its own, as embed/${id}/ can show only one`);
  }
  return problems;
}
