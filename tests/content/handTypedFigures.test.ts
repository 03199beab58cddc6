import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";

/** Each edition's sections. */
const DIRS = ["src/content/sections", "src/content/sections-uk"];
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const UK_MONTHS = "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня";

/** Names that contain digits but state no figure, in English and in Ukrainian ("план із 28 пунктів", "статті 5"). */
const NAMES = /\b(28-point|Article 5(-like)?|G8|E3)\b|(?<!\p{L})(із 28 пунктів|28 пунктів|[Сс]татт[яіею]{1,2} 5|E3|G8)(?!\p{L})/gu;
/** Dates: "15 December", "14 and 15 December", "14–15 грудня", and years (a four-digit number that counts nothing: not "2000 troops"). */
const DATES = new RegExp(
  `\\b\\d{1,2}( and \\d{1,2})? (${MONTHS})\\b|(?<!\\d)\\d{1,2}([–-]\\d{1,2}| (і|та) \\d{1,2})? (${UK_MONTHS})(?!\\p{L})|\\b(19|20)\\d{2}\\b(?!\\s*(troops|soldiers|people|residents|km|square|per ?cent|%|військов|осіб|людей|км))`,
  "gu",
);

/** The text a reader sees, or hears: prose and the alt texts and titles of figures, without components. */
function readerText(mdx: string): string {
  // Figures an alt text names in braces ("{day@latest}") come from the data.
  const described = [...mdx.matchAll(/\b(?:alt|title)="([^"]*)"/g)].map((m) => m[1].replace(/\{[^}]*\}/g, " "));
  let text = "";
  let depth = 0;
  let quote = "";
  for (let i = 0; i < mdx.length; i++) {
    const c = mdx[i];
    if (depth === 0) {
      if (c === "<" && /[A-Za-z/]/.test(mdx[i + 1] ?? "")) depth = 1;
      else text += c;
      continue;
    }
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === ">" && depth === 1) depth = 0;
  }
  // Front matter the reader never sees (the section's position and anchor) is left out.
  return [text.replace(/^(order|anchor):.*$/gm, ""), ...described].join("\n").replace(NAMES, " ").replace(DATES, " ");
}

/** Figures typed by hand in a section: every number left in what the reader sees, by line. */
function handTypedFigures(mdx: string): string[] {
  return readerText(mdx)
    .split("\n")
    .flatMap((line, i) => [...line.matchAll(/\d[\d,.]*/g)].map((m) => `line ${i + 1}: "${m[0]}" in "${line.trim().slice(0, 80)}"`));
}

describe("the narrative states no figure by hand: numbers come from the data through <Num>", () => {
  it.each(
    DIRS.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith(".mdx"))
        .map((f) => `${dir}/${f}`),
    ),
  )("%s", (path) => {
    expect(handTypedFigures(readFileSync(path, "utf8"))).toEqual([]);
  });

  it("lets Ukrainian dates and names through, and catches a Ukrainian figure", () => {
    expect(handTypedFigures("14–15 грудня 2025 року, план із 28 пунктів, стаття 5; 12 грудня.")).toEqual([]);
    expect(handTypedFigures("Росія контролює 116 000 км² з 2014 року.")).toEqual([
      'line 1: "116" in "Росія контролює 116 000 км² з   року."',
      'line 1: "000" in "Росія контролює 116 000 км² з   року."',
    ]);
  });

  it("catches a figure typed into an alt text", () => {
    expect(handTypedFigures('<Step id="a" alt="A bar of 600,000 troops." view={{}}>Text</Step>')).toEqual(['line 2: "600,000" in "A bar of 600,000 troops."']);
  });

  it("lets through a figure an alt text names from the data in braces", () => {
    expect(handTypedFigures('<Step id="a" alt="The line of {day@2025-12-15}." view={{}}>Text</Step>')).toEqual([]);
  });

  it("catches a number that looks like a year but counts something", () => {
    expect(handTypedFigures("A cap of 2000 troops, set in 2025.")).toEqual(['line 1: "2000" in "A cap of 2000 troops, set in  ."']);
  });

  it("catches a figure typed into the prose, and lets dates, years and names through", () => {
    const mdx = 'Russia held 116,000 km² on 15 December 2025 <Num of="occupied-km2@latest" />, in the 28-point draft, since 2014.';
    expect(handTypedFigures(mdx)).toEqual(['line 1: "116,000" in "Russia held 116,000 km² on     , in the   draft, since  ."']);
  });
});
