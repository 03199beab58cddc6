import { describe, expect, it } from "vitest";
import { decodeDataText } from "../../src/validate/decodeDataText.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeDataText(bytes)", () => {
  it("decodes UTF-8, Ukrainian included", () => {
    expect(decodeDataText(utf8('{"name": "Київ"}'))).toEqual({ text: '{"name": "Київ"}' });
  });

  it("names a byte-order mark and UTF-16, and says how to save the file", () => {
    expect(decodeDataText(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({
      problem: "expected UTF-8 text, found a byte-order mark (EF BB BF) at the start: save the file as UTF-8 without BOM",
    });
    expect(decodeDataText(bytes(0xff, 0xfe, 0x7b, 0x00))).toEqual({
      problem: "expected UTF-8 text, found UTF-16 (the file starts with a UTF-16 byte-order mark): save the file as UTF-8",
    });
  });

  it("names the first byte that is not UTF-8, with its offset and line, instead of publishing �", () => {
    const latin1 = bytes(...utf8('{\n"name": "Ky'), 0xef, ...utf8('v"}'));
    expect(decodeDataText(latin1)).toEqual({
      problem:
        "expected UTF-8 text, found the byte 0xEF at offset 13 (line 2), which is not UTF-8: save the file as UTF-8 (this looks like Latin-1 or Windows-1252)",
    });
  });
});
