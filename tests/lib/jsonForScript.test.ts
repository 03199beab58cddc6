import { describe, expect, it } from "vitest";
import { jsonForScript } from "../../src/lib/jsonForScript.ts";

describe("jsonForScript(value)", () => {
  it("writes no '<', so no text can close the script element or open a comment", () => {
    const text = jsonForScript({ legend: "</script><script>alert(1)</script><!--" });
    expect(text).not.toContain("<");
    expect(text).toBe('{"legend":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u003c!--"}');
  });

  it("reads back as the same value", () => {
    const value = { a: "</SCRIPT>", b: ["<", "\u2028", "Київ"], c: 1 };
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
  });
});
