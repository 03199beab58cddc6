const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A month written in full or abbreviated ("Feb", "Sept."), as its number. */
const month = (name: string) => String(MONTHS.findIndex((m) => m.startsWith(name.replace(".", "").slice(0, 3))) + 1).padStart(2, "0");
const names = `(?:${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|${m.slice(3, 4)}\\.?|\\.)?`).join("|")})`;
// Ukrainian months: a day's ("15 грудня 2025"), and a month's alone, named or "in" it ("грудень 2025", "у грудні 2025").
const DAY_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];
const ALONE_MONTHS = [
  ["січень", "січні"],
  ["лютий", "лютому"],
  ["березень", "березні"],
  ["квітень", "квітні"],
  ["травень", "травні"],
  ["червень", "червні"],
  ["липень", "липні"],
  ["серпень", "серпні"],
  ["вересень", "вересні"],
  ["жовтень", "жовтні"],
  ["листопад", "листопаді"],
  ["грудень", "грудні"],
];
const ukDay = (name: string) => String(DAY_MONTHS.indexOf(name.toLowerCase()) + 1).padStart(2, "0");
const ukAlone = (name: string) => String(ALONE_MONTHS.findIndex((forms) => forms.includes(name.toLowerCase())) + 1).padStart(2, "0");
// (\b does not see Cyrillic letters as word characters, so a Ukrainian month is bounded by what is not a letter.)
const ukDayPattern = new RegExp(`(?<!\\d)(\\d{1,2}) (${DAY_MONTHS.join("|")}) (\\d{4})(?!\\d)`, "giu");
const ukAlonePattern = new RegExp(`(?<!\\p{L})(${ALONE_MONTHS.flat().join("|")}) (\\d{4})(?!\\d)`, "giu");
const patterns: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [ukDayPattern, (m) => `${m[3]}-${ukDay(m[2])}-${m[1].padStart(2, "0")}`],
  [ukAlonePattern, (m) => `${m[2]}-${ukAlone(m[1])}-01`],
  [new RegExp(`\\b(\\d{1,2}) (${names}) (\\d{4})\\b`, "g"), (m) => `${m[3]}-${month(m[2])}-${m[1].padStart(2, "0")}`],
  [new RegExp(`\\b(${names}) (\\d{1,2}),? (\\d{4})\\b`, "g"), (m) => `${m[3]}-${month(m[1])}-${m[2].padStart(2, "0")}`],
  // A month alone ("January 2026") is dated by its first day: it is after a date only if all of it is.
  [new RegExp(`\\b(${names}) (\\d{4})\\b`, "g"), (m) => `${m[2]}-${month(m[1])}-01`],
];

/**
 * The days a text names, as YYYY-MM-DD with the words that name them: "2025-12-15", "15 December
 * 2025", "20 Feb 2026", "December 15, 2025", "February 20 2026", "January 2026", and in Ukrainian
 * "15 грудня 2025", "грудень 2025", "у грудні 2025".
 */
export function datesInText(text: string): Array<{ date: string; written: string }> {
  const found: Array<{ date: string; written: string }> = [];
  let rest = text;
  for (const [pattern, iso] of patterns) {
    for (const m of rest.matchAll(pattern)) found.push({ date: iso(m), written: m[0] });
    // A date read once is not read again by a looser pattern ("1 January 2026" is not also "January 2026").
    rest = rest.replace(pattern, " ");
  }
  return found;
}
