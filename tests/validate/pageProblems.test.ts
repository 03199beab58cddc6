import { describe, expect, it } from "vitest";
import { pageProblems, translationProblems } from "../../src/validate/pageProblems.ts";
import type { SectionInventory } from "../../src/build/remarkInventory.ts";

const inventory = (file: string, steps: string[]): SectionInventory => ({
  file,
  steps: steps.map((id) => ({ id, view: {}, figure: "map", alt: "", at: `${file}:3` })),
  scrollies: [],
  figures: [{ figure: "map", at: `${file}:2` }],
  cites: [],
  nums: [],
});

describe("pageProblems(sections, figureIds, reserved)", () => {
  it("finds nothing wrong with ids of their own", () => {
    expect(pageProblems([{ anchor: "one", inventory: inventory("a.mdx", ["s1"]) }], ["map"], { main: "the page's main element" })).toEqual([]);
  });

  it("names both places of an id used twice", () => {
    expect(pageProblems([{ anchor: "one", inventory: inventory("a.mdx", ["one"]) }], ["map"], {})).toEqual([
      'a.mdx:3, step "one": expected an id of its own, found "one", already used by a.mdx, the section\'s anchor: links to #one would open the first',
    ]);
  });

  it("refuses a figure named like a section, whose embed pages would share one address", () => {
    expect(pageProblems([{ anchor: "map", inventory: inventory("a.mdx", ["s1"]) }], ["map"], {})).toEqual([
      "a.mdx: the section's anchor \"map\" is also a figure's id: expected each its own, as embed/map/ can show only one",
    ]);
  });
});

describe("translationProblems(original, translation, edition)", () => {
  const english = [
    { anchor: "the-donbas", inventory: { ...inventory("sections/01.mdx", ["a", "b"]), cites: ["reuters-1"] } },
    { anchor: "the-talks", inventory: inventory("sections/02.mdx", ["c"]) },
  ];
  const translated = (changes: (sections: typeof english) => void = () => {}) => {
    const moved = (where: string) => where.replace("sections/", "sections-uk/");
    const copy = structuredClone(english).map((s) => ({
      ...s,
      inventory: { ...s.inventory, file: moved(s.inventory.file), steps: s.inventory.steps.map((step) => ({ ...step, at: moved(step.at) })) },
    }));
    changes(copy);
    return copy;
  };

  it("finds nothing wrong with a translation of the same sections, steps, figures and sources", () => {
    expect(translationProblems(english, translated(), "uk")).toEqual([]);
  });

  it("names a section missing or out of order", () => {
    expect(
      translationProblems(
        english,
        translated((s) => s.reverse()),
        "uk",
      ),
    ).toEqual(["the uk edition: expected the sections the-donbas, the-talks, in that order, found the-talks, the-donbas"]);
  });

  it("names the first step whose id or view differs, with where the original is", () => {
    const problems = translationProblems(
      english,
      translated((s) => {
        s[0].inventory.steps[1] = { ...s[0].inventory.steps[1], id: "b-uk" };
      }),
      "uk",
    );
    expect(problems).toEqual([
      'sections-uk/01.mdx:3: expected the steps of sections/01.mdx, each with the same id and view (sections/01.mdx:3: step "b"), found step "b-uk" with another id, view or figure',
    ]);
  });

  it("names a step the translation has beyond the original's, and one it lacks", () => {
    const extra = translated((s) => void s[1].inventory.steps.push({ ...s[1].inventory.steps[0], id: "d", at: "sections-uk/02.mdx:9" }));
    expect(translationProblems(english, extra, "uk")).toEqual([
      'sections-uk/02.mdx:9: expected the steps of sections/02.mdx, each with the same id and view (it has 1), found step "d" beyond them',
    ]);
    const fewer = translated((s) => void s[0].inventory.steps.pop());
    expect(translationProblems(english, fewer, "uk")).toEqual([
      'sections-uk/01.mdx: expected the steps of sections/01.mdx, each with the same id and view (sections/01.mdx:3: step "b"), found no step',
    ]);
  });

  it("names a source the translation no longer cites", () => {
    expect(
      translationProblems(
        english,
        translated((s) => void (s[0].inventory.cites = [])),
        "uk",
      ),
    ).toEqual(["sections-uk/01.mdx: expected the sources sections/01.mdx cites (reuters-1), found none"]);
  });
});
