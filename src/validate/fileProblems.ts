import { datesInText } from "./datesInText.ts";
import { jsonPath } from "./jsonPath.ts";

/** Control characters, invisible format characters (zero-width spaces, direction marks, BOM) and the replacement character. */
const INVISIBLE = /[\p{Cc}\p{Cf}\uFFFD]/u;
/** Fields that date a record (or, in `sources`, a publication). */
const RECORD_DATES = new Set(["date", "endDate"]);
/** Fields of free text that say how data were made: a date written there is a claim about what was known. */
const NOTES = new Set(["note"]);

/**
 * What is wrong inside one parsed data file that its schema cannot see, found by one walk over
 * every value (without recursion, so no nesting can overflow the stack): an id used twice in a
 * list, a record repeated word for word, a cited source the file does not list, the same item twice
 * in a list of ids, invisible or
 * control characters in text, a record dated after the file's `asOf`, and any date after the
 * explainer's edition date, in a date field or written in a note. (A proposal's own text may name
 * a later deadline, so summaries are not read for dates.)
 */
export function fileProblems(data: unknown, edition: string): string[] {
  const problems: string[] = [];
  const root = (data ?? {}) as { asOf?: unknown; sources?: Array<{ id?: unknown }> };
  const asOf = typeof root.asOf === "string" ? root.asOf : undefined;
  const listed = new Set((Array.isArray(root.sources) ? root.sources : []).map((s) => s?.id));
  const stack: Array<{ value: unknown; path: PropertyKey[]; inSources: boolean }> = [{ value: data, path: [], inSources: false }];
  while (stack.length) {
    const { value, path, inSources } = stack.pop()!;
    const key = path.at(-1);
    if (typeof value === "string") {
      if (INVISIBLE.test(value)) {
        const code = value.codePointAt(value.search(INVISIBLE))!.toString(16).toUpperCase().padStart(4, "0");
        problems.push(`${jsonPath(path)}: expected plain text, found the invisible or control character U+${code}: retype the text around it`);
      }
      const days = RECORD_DATES.has(String(key)) || key === "asOf" ? [{ date: value, written: value }] : NOTES.has(String(key)) ? datesInText(value) : [];
      for (const { date, written } of days) {
        if (date > edition)
          problems.push(`${jsonPath(path)}: expected nothing dated after the explainer's edition date (${edition}), found ${JSON.stringify(written)}`);
      }
      if (asOf && !inSources && RECORD_DATES.has(String(key)) && value > asOf) {
        problems.push(`${jsonPath(path)}: expected a date on or before the file's asOf (${asOf}), found "${value}"`);
      }
      continue;
    }
    if (Array.isArray(value)) {
      const ids = new Map<string, number>();
      const strings = new Map<string, number>();
      const records = new Map<string, number>();
      value.forEach((item, index) => {
        // A record repeated word for word (a pasted line twice) counts twice on the page.
        if (item && typeof item === "object" && !Array.isArray(item)) {
          const text = JSON.stringify(item);
          if (records.has(text))
            problems.push(
              `${jsonPath([...path, index])}: expected each record once, found the same record again (first at ${jsonPath([...path, records.get(text)!])})`,
            );
          else records.set(text, index);
        }
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === "string") {
          if (ids.has(id))
            problems.push(`${jsonPath([...path, index, "id"])}: expected a unique id, found "${id}" again (first at ${jsonPath([...path, ids.get(id)!])})`);
          else ids.set(id, index);
        }
        if (typeof item === "string") {
          if (strings.has(item))
            problems.push(
              `${jsonPath([...path, index])}: expected each item once, found "${item}" again (first at ${jsonPath([...path, strings.get(item)!])})`,
            );
          else strings.set(item, index);
        }
      });
      value.forEach((item, index) => {
        stack.push({ value: item, path: [...path, index], inSources: inSources || (path.length === 1 && key === "sources") });
      });
      continue;
    }
    if (value && typeof value === "object") {
      for (const [field, child] of Object.entries(value)) {
        stack.push({ value: child, path: [...path, field], inSources });
      }
    }
  }
  for (const { id, path } of citedSources(data))
    if (!listed.has(id)) problems.push(`${jsonPath(path)}: expected the id of one of this file's sources, found "${id}"`);
  return problems.sort();
}

/**
 * Every source id a file's records cite, with where: the ids in a record's `sources` list and its
 * `source` field (the file's own top-level `sources` is the list they cite from).
 */
export function citedSources(data: unknown): Array<{ id: string; path: PropertyKey[] }> {
  const cited: Array<{ id: string; path: PropertyKey[] }> = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    const key = path.at(-1);
    if (Array.isArray(value)) {
      const cites = (key === "sources" || key === "source") && path.length > 1;
      value.forEach((item, index) => {
        if (cites && typeof item === "string") cited.push({ id: item, path: [...path, index] });
        else stack.push({ value: item, path: [...path, index] });
      });
    } else if (value && typeof value === "object") {
      for (const [field, child] of Object.entries(value)) {
        if (field === "source" && typeof child === "string" && path.length > 0) cited.push({ id: child, path: [...path, field] });
        else stack.push({ value: child, path: [...path, field] });
      }
    }
  }
  return cited;
}
