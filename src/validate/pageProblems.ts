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

/**
 * What differs between an edition and the one it translates, so that a link works in both by
 * changing only the language prefix: the same sections, in the same order, with the same anchors,
 * and in each the same steps (ids and views), the same figures and the same sources cited.
 * `edition` names the translation's language in messages.
 */
export function translationProblems(original: PageSection[], translation: PageSection[], edition: string): string[] {
  const problems: string[] = [];
  const anchors = (sections: PageSection[]) => sections.map((s) => s.anchor).join(", ");
  if (anchors(original) !== anchors(translation)) {
    return [`the ${edition} edition: expected the sections ${anchors(original)}, in that order, found ${anchors(translation) || "none"}`];
  }
  original.forEach(({ inventory: own }, i) => {
    const { inventory: theirs } = translation[i];
    const steps = (inventory: SectionInventory) => inventory.steps.map((s) => `${s.id} ${JSON.stringify(s.view)} ${s.figure}`);
    const mine = steps(own);
    const found = steps(theirs);
    if (mine.join("\n") !== found.join("\n")) {
      // The first place they differ, counting a step one has beyond the other's last.
      const first = Array.from({ length: Math.max(mine.length, found.length) }, (_, j) => j).find((j) => mine[j] !== found[j])!;
      const at = theirs.steps[first]?.at ?? theirs.file;
      const [ownStep, theirStep] = [own.steps[first], theirs.steps[first]];
      const expected = ownStep ? `${ownStep.at}: step "${ownStep.id}"` : `it has ${own.steps.length}`;
      const foundStep = !theirStep ? "no step" : ownStep ? `step "${theirStep.id}" with another id, view or figure` : `step "${theirStep.id}" beyond them`;
      problems.push(`${at}: expected the steps of ${own.file}, each with the same id and view (${expected}), found ${foundStep}`);
    }
    const figures = (inventory: SectionInventory) => inventory.figures.map((f) => `${f.figure} ${f.anchor ?? ""}`).join(", ");
    if (figures(own) !== figures(theirs))
      problems.push(`${theirs.file}: expected the figures of ${own.file} (${figures(own)}), found ${figures(theirs) || "none"}`);
    const cites = (inventory: SectionInventory) => [...new Set(inventory.cites)].sort().join(", ");
    if (cites(own) !== cites(theirs)) problems.push(`${theirs.file}: expected the sources ${own.file} cites (${cites(own)}), found ${cites(theirs) || "none"}`);
  });
  return problems;
}
