import { describe, expect, it } from "vitest";
import { scrollyFigures } from "../../src/lib/scrollyFigures.ts";

describe("scrollyFigures(...mdx)", () => {
  it("lists each figure a scrolly moves once, across sections, and no figure placed outside a scrolly", () => {
    const first = '<Scrolly figure="ukraine-map">\n<Step id="a" />\n</Scrolly>\n<StaticFigure figure="occupied-share" />';
    const second = '<Scrolly figure="army-size"></Scrolly><Scrolly figure="ukraine-map"></Scrolly>';
    expect([...scrollyFigures(first, second)]).toEqual(["ukraine-map", "army-size"]);
  });
});
