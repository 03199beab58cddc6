import { describe, expect, it } from "vitest";
import { withFacts } from "../../src/lib/withFacts.ts";

const facts = new Map([
  ["day@latest", { text: "15 December 2025" }],
  ["occupied-share@latest", { text: "19.2%" }],
]);

describe("withFacts(text, facts)", () => {
  it("with no figures, names every id in braces, in order", () => {
    expect(withFacts("The line of {day@latest}, {occupied-share@latest} of Ukraine.", new Map()).missing).toEqual(["day@latest", "occupied-share@latest"]);
    expect(withFacts("No figure here.", new Map()).missing).toEqual([]);
  });

  it("prints each as the text prints it", () => {
    expect(withFacts("The line of {day@latest}, {occupied-share@latest} of Ukraine.", facts)).toEqual({
      text: "The line of 15 December 2025, 19.2% of Ukraine.",
      missing: [],
    });
  });

  it("names the ids that match no figure, and leaves them as written", () => {
    expect(withFacts("The line of {day@lastest}.", facts)).toEqual({ text: "The line of {day@lastest}.", missing: ["day@lastest"] });
  });
});
