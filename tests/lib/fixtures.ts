import type { FigureIndex } from "../../src/lib/types.ts";

/** A small figure: two oblasts side by side, an overlay area and a place, in a 100 x 50 space. */
export const tinyFigure: FigureIndex = {
  id: "tiny-map",
  width: 100,
  height: 50,
  marks: [
    { id: "UA-01", kind: "oblast", name: "West", bounds: [[0, 0], [50, 50]], anchor: [25, 25], shownByDefault: true },
    { id: "UA-02", kind: "oblast", name: "East", bounds: [[50, 0], [100, 50]], anchor: [75, 25], shownByDefault: true },
    { id: "occupied", kind: "area", name: "Occupied", bounds: [[60, 10], [90, 40]], anchor: [75, 25], shownByDefault: false },
    { id: "town", kind: "place", name: "Town", bounds: [[80, 20], [80, 20]], anchor: [80, 20], labelSide: "start", shownByDefault: false },
  ],
  layers: [
    { id: "east", label: "The east", role: "donbas", members: ["UA-02"] },
    { id: "occupied", label: "Occupied area", role: "occupied", members: ["occupied"] },
    { id: "both", label: "", role: "claimed", members: ["UA-01", "UA-02", "town"] },
  ],
};
