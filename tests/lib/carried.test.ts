import { describe, expect, it } from "vitest";
import { carried } from "../../src/lib/carried.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { tinyFigure } from "../fixtures/figures.ts";

describe("carried(scenes)", () => {
  it("holds every label and legend entry any scene shows, each once, in order of first use", () => {
    const scenes = [
      sceneFor({ layers: ["east"], labels: ["town"] }, tinyFigure),
      sceneFor({ layers: ["occupied", "east"], labels: ["town", "UA-01"] }, tinyFigure),
    ];
    const { labels, legend } = carried(scenes);
    expect(labels.map((l) => l.id)).toEqual(["town", "UA-01"]);
    expect(legend).toEqual(["east", "occupied"]);
  });
});
