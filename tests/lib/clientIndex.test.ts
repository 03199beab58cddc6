import { describe, expect, it } from "vitest";
import { clientIndex } from "../../src/lib/clientIndex.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { sceneStyle } from "../../src/lib/sceneStyle.ts";
import type { FigureIndex, View } from "../../src/lib/types.ts";
import { tinyChart, tinyFigure } from "../fixtures/figures.ts";

/** Puts a figure in each view from the full index and from the browser's, and compares the two, phone frame included. */
const expectSameScenes = (figure: FigureIndex, views: View[]) => {
  const client = clientIndex(figure);
  for (const view of views) expect(sceneStyle(sceneFor(view, client), true), JSON.stringify(view)).toBe(sceneStyle(sceneFor(view, figure), true));
};

describe("clientIndex(figure)", () => {
  it("keeps the figure's id, size, focus mode and layers", () => {
    const client = clientIndex(tinyFigure);
    expect([client.id, client.width, client.height, client.focusMode]).toEqual(["tiny-map", 100, 50, "zoom"]);
    expect(client.layers).toEqual(tinyFigure.layers);
  });

  it("keeps each mark's id, kind, bounds, anchor and the flags scenes need, and drops names", () => {
    expect(clientIndex(tinyFigure).marks).toEqual([
      {
        id: "UA-01",
        kind: "oblast",
        name: "",
        bounds: [
          [0, 0],
          [50, 50],
        ],
        anchor: [25, 25],
        shownByDefault: true,
        defaultRole: "land",
      },
      {
        id: "UA-02",
        kind: "oblast",
        name: "",
        bounds: [
          [50, 0],
          [100, 50],
        ],
        anchor: [75, 25],
        shownByDefault: true,
        defaultRole: "land",
      },
      {
        id: "occupied",
        kind: "area",
        name: "",
        bounds: [
          [60, 10],
          [90, 40],
        ],
        anchor: [75, 25],
        shownByDefault: false,
        defaultRole: "occupied",
      },
      {
        id: "town",
        kind: "place",
        name: "",
        bounds: [
          [80, 20],
          [80, 20],
        ],
        anchor: [80, 20],
        shownByDefault: false,
      },
    ]);
    expect(clientIndex(tinyChart).marks.find((m) => m.id === "tick-50")).toMatchObject({ labelByDefault: true });
  });

  it("leaves out flags a mark does not have, so the page carries no empty keys", () => {
    const town = clientIndex(tinyFigure).marks.find((m) => m.id === "town")!;
    expect(Object.keys(town)).not.toContain("defaultRole");
    expect(Object.keys(town)).not.toContain("labelByDefault");
  });

  it("gives the browser the same scenes as the build for the small fixtures", () => {
    expectSameScenes(tinyFigure, [
      {},
      { layers: ["east", "occupied"] },
      { focus: ["occupied"], highlight: ["UA-01", "town"], labels: ["town", "UA-02"] },
      { focus: ["both"], layers: ["both"] },
    ]);
    expectSameScenes(tinyChart, [{}, { layers: ["early"], focus: ["b"] }, { labels: ["c"], highlight: ["a"] }]);
  });
});
