import { describe, expect, it } from "vitest";
import { stepsInMarkup } from "../../src/lib/stepsInMarkup.ts";

describe("stepsInMarkup(html)", () => {
  it("reads each step's id and view, in order, from rendered markup", () => {
    const html =
      '<article class="step" id="one" data-view="{&quot;layers&quot;:[&quot;donbas&quot;]}"><p>One</p></article>' +
      '<article class="step" id="two" data-view="{}"><p>Two &amp; more</p></article>';
    expect(stepsInMarkup(html)).toEqual([
      { id: "one", view: { layers: ["donbas"] } },
      { id: "two", view: {} },
    ]);
  });

  it("finds no steps in markup without any", () => {
    expect(stepsInMarkup("<p>Prose only</p>")).toEqual([]);
  });
});
