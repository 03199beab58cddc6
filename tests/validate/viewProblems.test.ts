import { describe, expect, it } from "vitest";
import { viewProblems } from "../../src/validate/viewProblems.ts";
import { tinyFigure } from "../fixtures/figures.ts";

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
    expect(viewProblems({ layers: "east" }, tinyFigure)).toEqual(["view.layers: expected a list of ids, found string"]);
  });

  it("takes a snapshot's name by meaning, refuses its dated id, and lists the names that exist", () => {
    const figure = { ...tinyFigure, aliases: { "occupied@latest": "occupied", "occupied@2025-12-15": "occupied" } };
    expect(viewProblems({ layers: ["occupied@latest"], focus: ["occupied@2025-12-15"] }, figure)).toEqual([]);
    expect(viewProblems({ layers: ["occupied"] }, figure)).toEqual([
      'view.layers[0]: expected a name by meaning (occupied@latest or occupied@2025-12-15), found the dated id "occupied"',
    ]);
    expect(viewProblems({ layers: ["occupied@2026-01-01"] }, figure)).toEqual([
      'view.layers[0]: expected one of occupied@latest, occupied@2025-12-15, found "occupied@2026-01-01"',
    ]);
  });
});
