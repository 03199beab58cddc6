import { describe, expect, it } from "vitest";
import { viewProblems } from "../../src/lib/viewProblems.ts";
import { tinyFigure } from "./fixtures.ts";

describe("viewProblems(view, figure)", () => {
  it("finds nothing wrong with a view that names only what the figure has", () => {
    expect(viewProblems({ focus: ["UA-01"], layers: ["east"], highlight: ["town"], labels: ["UA-02"] }, tinyFigure)).toEqual([]);
  });

  it("names an unknown layer and lists the layers the figure has", () => {
    expect(viewProblems({ layers: ["east", "eastt"] }, tinyFigure)).toEqual([
      'view.layers[1]: expected one of the layers of "tiny-map" (east, occupied, both), found "eastt"',
    ]);
  });

  it("names unknown feature or place ids in focus, highlight and labels", () => {
    expect(viewProblems({ focus: ["UA-99"], highlight: ["twon"], labels: ["town", "city"] }, tinyFigure)).toEqual([
      'view.focus[0]: expected the id of a layer, feature or place on "tiny-map", found "UA-99"',
      'view.highlight[0]: expected the id of a feature or place on "tiny-map", found "twon"',
      'view.labels[1]: expected the id of a feature or place on "tiny-map", found "city"',
    ]);
  });

  it("names fields a view cannot have and values of the wrong type", () => {
    expect(viewProblems({ zoom: 3 }, tinyFigure)).toEqual(['view: expected only focus, layers, highlight and labels, found "zoom"']);
    expect(viewProblems({ layers: "east" }, tinyFigure)).toEqual(["view.layers: Invalid input: expected array, received string"]);
  });
});
