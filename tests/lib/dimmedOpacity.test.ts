import { describe, expect, it } from "vitest";
import { dimmedOpacity } from "../../src/lib/dimmedOpacity.ts";

describe("dimmedOpacity(id)", () => {
  it("fades a block by the scene's dim level down to the floor, unless the scene focuses on it", () => {
    expect(dimmedOpacity("nato")).toBe("calc(var(--dim-floor) + (1 - var(--dim-floor)) * var(--d-nato,var(--dim,1)))");
  });
});
