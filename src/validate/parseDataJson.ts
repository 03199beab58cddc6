import { printParseErrorCode, visit } from "jsonc-parser";

/** How deep a data file's objects and lists may nest; the deepest real file (the topology) needs 6. */
export const MAX_DATA_DEPTH = 32;

const ERRORS: Record<string, string> = {
  InvalidSymbol: "expected a value, found something JSON does not allow (NaN, Infinity, or a word without quotes?)",
  InvalidNumberFormat: "expected a number, found one JSON cannot read (a leading + or 0?)",
  PropertyNameExpected: "expected a field name in double quotes, found none (a comma before a closing brace?)",
  ValueExpected: "expected a value, found none (a comma before a closing bracket?)",
  ColonExpected: "expected a colon after the field name, found none",
  CommaExpected: "expected a comma between items, found none",
  CloseBraceExpected: "expected a closing brace }, found none (is the file cut short?)",
  CloseBracketExpected: "expected a closing bracket ], found none (is the file cut short?)",
  EndOfFileExpected: "expected the end of the file after the last closing brace, found more",
  InvalidCommentToken: "expected JSON, found a comment, which JSON does not allow",
  UnexpectedEndOfComment: "expected JSON, found a comment, which JSON does not allow",
  UnexpectedEndOfString: "expected a closing double quote, found none",
  UnexpectedEndOfNumber: "expected the rest of a number, found none",
  InvalidUnicode: "expected a valid \\u escape, found a broken one",
  InvalidEscapeCharacter: "expected a valid escape after a backslash, found another character",
  InvalidCharacter: "expected no control character inside a string, found one (a tab or a line break?)",
};

/** The deepest nesting of objects and lists in a JSON text, found without recursion (a string's brackets do not count). */
function depthOf(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") deepest = Math.max(deepest, ++depth);
    else if (c === "}" || c === "]") depth--;
  }
  return deepest;
}

const at = (line: number, character: number) => `line ${line + 1} column ${character + 1}`;

/**
 * Parses a data file's text as strict JSON, or says what stops it, with the line and column: a
 * syntax error, a field given twice in one object (JSON.parse would silently keep the last), a
 * number too large to be stored (1e400) or to be stored exactly (an integer beyond 2^53), or
 * nesting deeper than any data file needs.
 */
export function parseDataJson(text: string): { value: unknown } | { problems: string[] } {
  if (text.trim() === "") return { problems: ["expected JSON, found an empty file"] };
  if (depthOf(text) > MAX_DATA_DEPTH) return { problems: [`expected objects and lists nested at most ${MAX_DATA_DEPTH} deep, found deeper nesting`] };
  const problems: string[] = [];
  let syntax = "";
  const keys: Array<Set<string>> = [];
  visit(
    text,
    {
      onObjectBegin: () => void keys.push(new Set()),
      onObjectEnd: () => void keys.pop(),
      onObjectProperty: (property, _offset, _length, line, character, path) => {
        const seen = keys.at(-1)!;
        if (seen.has(property)) {
          const where = path()
            .map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`))
            .join("")
            .replace(/^\./, "");
          problems.push(
            `${where ? `${where}: ` : ""}expected each field once, found "${property}" twice (${at(line, character)}): JSON keeps only the last, so remove one`,
          );
        }
        seen.add(property);
      },
      onLiteralValue: (value, offset, length, line, character) => {
        if (typeof value !== "number") return;
        const written = text.slice(offset, offset + length);
        if (!Number.isFinite(value)) problems.push(`expected a number that can be stored, found ${written} (${at(line, character)}), which is too large`);
        else if (/^-?\d+$/.test(written) && !Number.isSafeInteger(value)) {
          problems.push(`expected a whole number up to 9007199254740991, found ${written} (${at(line, character)}), which cannot be stored exactly`);
        }
      },
      onError: (code, _offset, _length, line, character) => {
        // The first syntax error is the one to mend; what follows it is mostly its echo.
        if (syntax) return;
        const name = printParseErrorCode(code);
        syntax = `${at(line, character)}: ${ERRORS[name] ?? `expected valid JSON, found ${name}`}`;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (syntax) return { problems: [syntax] };
  if (problems.length) return { problems };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { problems: [`expected valid JSON, found a file that does not parse (${(error as Error).message})`] };
  }
}
