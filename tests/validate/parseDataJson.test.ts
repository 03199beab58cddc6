import { describe, expect, it } from "vitest";
import { parseDataJson } from "../../src/validate/parseDataJson.ts";

describe("parseDataJson(text)", () => {
  it("gives the value of valid JSON", () => {
    expect(parseDataJson('{"a": [1, "two", null]}')).toEqual({ value: { a: [1, "two", null] } });
  });

  it.each([
    ['{"a": [1, 2,]}', "line 1 column 13: expected a value, found none (a comma before a closing bracket?)"],
    ['{\n  "a": NaN\n}', "line 2 column 8: expected a value, found something JSON does not allow (NaN, Infinity, or a word without quotes?)"],
    ['{"a": 1', "line 1 column 8: expected a closing brace }, found none (is the file cut short?)"],
    ['{"a": 1} // note', "line 1 column 10: expected JSON, found a comment, which JSON does not allow"],
    ["", "expected JSON, found an empty file"],
  ])("says where %j stops parsing, and why", (text, problem) => {
    expect(parseDataJson(text)).toEqual({ problems: [problem] });
  });

  it("refuses a field given twice, which JSON.parse would resolve silently in favour of the last", () => {
    expect(parseDataJson('{"places": [{"lat": 50.45, "lat": 47.0}]}')).toEqual({
      problems: ['places[0]: expected each field once, found "lat" twice (line 1 column 28): JSON keeps only the last, so remove one'],
    });
  });

  it("refuses numbers that cannot be stored, or not exactly, quoting them as written", () => {
    expect(parseDataJson('{"km2": 1e400}')).toEqual({ problems: ["expected a number that can be stored, found 1e400 (line 1 column 9), which is too large"] });
    expect(parseDataJson('{"troops": 9007199254740993}')).toEqual({
      problems: ["expected a whole number up to 9007199254740991, found 9007199254740993 (line 1 column 12), which cannot be stored exactly"],
    });
  });

  it("refuses nesting deeper than any data file needs, whatever brackets a string holds", () => {
    expect(parseDataJson(`${"[".repeat(33)}${"]".repeat(33)}`)).toEqual({
      problems: ["expected objects and lists nested at most 32 deep, found deeper nesting"],
    });
    expect(parseDataJson(JSON.stringify({ text: "[".repeat(100) }))).toEqual({ value: { text: "[".repeat(100) } });
  });
});
