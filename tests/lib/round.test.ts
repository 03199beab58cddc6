import { describe, expect, it } from "vitest";
import { round } from "../../src/lib/round.ts";

describe("round(value, digits)", () => {
  it("keeps one decimal by default, as figure coordinates do, and any number of digits when asked", () => {
    expect(round(12.345)).toBe(12.3);
    expect(round(0.193456, 4)).toBe(0.1935);
    expect(round(-0.04)).toBe(-0);
  });
});
