import { describe, expect, it } from "vitest";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { sceneStyle } from "../../src/lib/sceneStyle.ts";
import { tinyChart, tinyFigure } from "../fixtures/figures.ts";

describe("sceneStyle(scene)", () => {
  it("writes the zoom, each changed mark, each shown label and legend entry as custom properties", () => {
    const scene = sceneFor({ layers: ["east"], highlight: ["town"], labels: ["town"] }, tinyFigure);
    expect(sceneStyle(scene)).toBe("--zk:1;--zx:0;--zy:0;--m-UA-02-f:var(--role-donbas);--m-UA-02-o:1;--l-town:1;--g-east:flex");
  });

  it("adds the portrait zoom, for a sticky figure, after the zoom", () => {
    const scene = sceneFor({ focus: ["occupied"] }, tinyFigure);
    const { k, x, y } = scene.portrait;
    expect(sceneStyle(scene, true)).toMatch(new RegExp(`^--zk:[^;]+;--zx:[^;]+;--zy:[^;]+;--pk:${k};--px:${x};--py:${y}(;|$)`));
    expect(sceneStyle(scene)).not.toContain("--pk");
  });

  it("adds a highlight stroke to emphasised shapes", () => {
    expect(sceneStyle(sceneFor({ highlight: ["UA-01"] }, tinyFigure))).toContain("--m-UA-01-s:var(--role-highlight);--m-UA-01-w:2.5");
  });

  it("dims a chart's other marks and shows what belongs to the focused ones", () => {
    expect(sceneStyle(sceneFor({ focus: ["c"] }, tinyChart))).toBe("--zk:1;--zx:0;--zy:0;--l-tick-50:1;--dim:var(--dim-level);--d-c:1");
  });
});
