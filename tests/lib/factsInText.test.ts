import { describe, expect, it } from "vitest";
import { factIds, withFacts } from "../../src/lib/factsInText.ts";

const facts = new Map([
  ["day@latest", { text: "15 December 2025" }],
  ["occupied-share@latest", { text: "19.2%" }],
]);

describe("figures named in a plain text", () => {
  it("finds the ids in braces", () => {
    expect(factIds("The line of {day@latest}, {occupied-share@latest} of Ukraine.")).toEqual(["day@latest", "occupied-share@latest"]);
    expect(factIds("No figure here.")).toEqual([]);
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
