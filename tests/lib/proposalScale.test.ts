import { describe, expect, it } from "vitest";
import { scalePlace } from "../../src/lib/proposalScale.ts";
import { committedData } from "../support/committed.ts";

const { proposals, questions, positions } = committedData().proposals.data;
const question = (id: string) => questions.find((q) => q.id === id)!;
const position = (q: string, p: string) => positions.find((x) => x.question === q && x.proposal === p)!;

describe("scalePlace(question, position)", () => {
  it("puts territory from Kyiv's freeze on the line (0) to Moscow's four oblasts (100), the points between evenly spaced", () => {
    const territory = question("territory");
    expect(territory.scale.at(0)!.label).toMatch(/freeze/i);
    expect(territory.scale.at(-1)!.label).toMatch(/four oblasts/i);
    expect(scalePlace(territory, position("territory", "ukraine-position"))).toBe(0);
    expect(scalePlace(territory, position("territory", "russia-demands"))).toBe(100);
    expect(scalePlace(territory, position("territory", "e3-counter"))).toBe(33);
    expect(scalePlace(territory, position("territory", "us-28-point"))).toBe(67);
  });

  it("leaves off the scale a position that is not addressed or not public", () => {
    for (const p of positions.filter((x) => x.status === "not-addressed" || x.status === "unknown")) {
      expect(scalePlace(question(p.question), p)).toBeUndefined();
    }
  });

  it("places Moscow's own position, wherever it is known, at the end of its question's scale", () => {
    const moscow = proposals.find((p) => p.party === "russia")!.id;
    const placed = positions.filter((p) => p.proposal === moscow && p.point);
    expect(placed.length).toBeGreaterThan(8);
    for (const p of placed) expect(scalePlace(question(p.question), p)).toBe(100);
  });

  it("gives each army-size position its figure in words, ordered from 800,000 to a cap with no figure", () => {
    const army = question("army-size");
    expect(army.scale.map((point) => point.label)).toEqual(["800,000 in peacetime", "Cap of 600,000", "A cap, no figure given"]);
    expect(position("army-size", "us-28-point").term).toBe("Cap 600,000");
    expect(scalePlace(army, position("army-size", "us-28-point"))).toBe(50);
  });

  it("refuses a point its question's scale does not have", () => {
    const territory = question("territory");
    expect(() => scalePlace(territory, { ...position("territory", "us-28-point"), point: "half-of-donetsk" })).toThrow(
      'question "territory": no point "half-of-donetsk" on its scale',
    );
  });
});
