import { describe, expect, it } from "vitest";
import { textFigureIndex } from "../../src/lib/textFigureIndex.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { sceneStyle } from "../../src/lib/sceneStyle.ts";

const blocks = [
  { id: "territory", name: "Territory" },
  { id: "army-size", name: "Size of Ukraine's army" },
  { id: "nato", name: "NATO membership" },
];
const matrix = textFigureIndex("proposals-matrix", blocks);

describe("textFigureIndex(id, blocks)", () => {
  it("gives one focusable mark per block, in the blocks' order, named as the block", () => {
    expect(matrix.id).toBe("proposals-matrix");
    expect(matrix.marks.map((m) => [m.id, m.name, m.kind])).toEqual([
      ["territory", "Territory", "panel"],
      ["army-size", "Size of Ukraine's army", "panel"],
      ["nato", "NATO membership", "panel"],
    ]);
    expect(matrix.marks.every((m) => m.shownByDefault && m.defaultRole === undefined)).toBe(true);
    expect(matrix.layers).toEqual([]);
  });

  it("lists exactly the focused block, so every other block is dimmed and the figure does not move", () => {
    expect(matrix.focusMode).toBe("dim");
    const scene = sceneFor({ focus: ["army-size"] }, matrix);
    expect(scene.focused).toEqual(["army-size"]);
    expect(scene.zoom).toEqual({ k: 1, x: 0, y: 0 });
    expect(scene.marks).toEqual({});
    expect(sceneStyle(scene)).toBe("--zk:1;--zx:0;--zy:0;--dim:var(--dim-level);--d-army-size:1");
  });

  it("dims nothing in a step that focuses on no block", () => {
    expect(sceneFor({}, matrix).focused).toEqual([]);
  });
});
