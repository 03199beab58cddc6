import type { FigureIndex } from "../../src/lib/types.ts";

/** A small figure: two oblasts side by side, an overlay area and a place, in a 100 x 50 space. */
export const tinyFigure: FigureIndex = {
  id: "tiny-map",
  focusMode: "zoom",
  width: 100,
  height: 50,
  marks: [
    { id: "UA-01", kind: "oblast", name: "West", bounds: [[0, 0], [50, 50]], anchor: [25, 25], shownByDefault: true, defaultRole: "land" },
    { id: "UA-02", kind: "oblast", name: "East", bounds: [[50, 0], [100, 50]], anchor: [75, 25], shownByDefault: true, defaultRole: "land" },
    { id: "occupied", kind: "area", name: "Occupied", bounds: [[60, 10], [90, 40]], anchor: [75, 25], shownByDefault: false, defaultRole: "occupied" },
    { id: "town", kind: "place", name: "Town", bounds: [[80, 20], [80, 20]], anchor: [80, 20], labelSide: "start", shownByDefault: false },
  ],
  layers: [
    { id: "east", label: "The east", role: "donbas", members: ["UA-02"] },
    { id: "occupied", label: "Occupied area", role: "occupied", members: ["occupied"] },
    { id: "both", label: "", role: "claimed", members: ["UA-01", "UA-02", "town"] },
  ],
};

/** A small chart: three bars and an axis tick, where focus dims everything else. */
export const tinyChart: FigureIndex = {
  id: "tiny-chart",
  focusMode: "dim",
  width: 100,
  height: 60,
  marks: [
    { id: "a", kind: "bar", name: "A", bounds: [[0, 0], [30, 10]], anchor: [32, 5], shownByDefault: false, defaultRole: "demand" },
    { id: "b", kind: "bar", name: "B", bounds: [[0, 20], [60, 30]], anchor: [62, 25], shownByDefault: false, defaultRole: "offer" },
    { id: "c", kind: "bar", name: "C", bounds: [[0, 40], [90, 50]], anchor: [92, 45], shownByDefault: true, defaultRole: "cap" },
    { id: "tick-50", kind: "tick", name: "50", bounds: [[50, 55], [50, 55]], anchor: [50, 55], shownByDefault: true, labelByDefault: true },
  ],
  layers: [{ id: "early", label: "", role: "demand", members: ["a", "b"] }],
};
