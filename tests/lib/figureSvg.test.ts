import { describe, expect, it } from "vitest";
import { figureSvg } from "../../src/lib/figureSvg.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { sceneStyle } from "../../src/lib/sceneStyle.ts";
import type { DrawnFigure } from "../../src/lib/types.ts";
import { tinyChart, tinyFigure } from "../fixtures/figures.ts";

const drawn = (figure: Omit<DrawnFigure, "render" | "altPrefix" | "credit" | "sources" | "files">): DrawnFigure => ({
  ...figure,
  render: "svg",
  files: [],
  altPrefix: "Map",
  credit: { outlets: ["Outlet"], asOf: "2025-12-15" },
  sources: [],
});

// The tiny map with a line, an axis and a dot added; East (UA-02) and the town have no path.
const map = drawn({
  ...tinyFigure,
  marks: [
    ...tinyFigure.marks,
    {
      id: "front",
      kind: "line",
      name: "",
      bounds: [
        [60, 10],
        [60, 40],
      ],
      anchor: [60, 10],
      shownByDefault: false,
      defaultRole: "line",
    },
    {
      id: "grid",
      kind: "axis",
      name: "",
      bounds: [
        [0, 45],
        [100, 45],
      ],
      anchor: [0, 45],
      shownByDefault: true,
      defaultRole: "axis",
    },
    {
      id: "talks-dot",
      kind: "dot",
      name: "",
      bounds: [
        [30, 45],
        [30, 45],
      ],
      anchor: [30, 45],
      shownByDefault: true,
      defaultRole: "event",
    },
  ],
  paths: {
    "UA-01": "M0,0H50V50H0Z",
    occupied: "M60,10H90V40H60Z",
    front: "M60,10V40",
    grid: "M0,45H100",
    "talks-dot": "M30,45h0",
  },
});
const svg = figureSvg(map);

/** Every path in the file, by data-id. */
const paths = (text: string) =>
  new Map(
    [...text.matchAll(/<path data-id="([^"]+)" vector-effect="non-scaling-stroke" d="([^"]*)" style="([^"]*)"\/>/g)].map((m) => [
      m[1],
      { d: m[2], style: m[3] },
    ]),
  );
const style = (id: string) => paths(svg).get(id)!.style;

describe("figureSvg(figure)", () => {
  it("writes a standalone SVG file of the figure's size holding one group named after the figure", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">')).toBe(true);
    expect(svg.endsWith("</g></svg>\n")).toBe(true);
    expect(svg.match(/<g /g)).toHaveLength(1);
    expect(svg).toContain('<g id="geo-tiny-map"');
  });

  it("draws one path per shape, in drawing order, keyed by its data-id and carrying its path data", () => {
    expect([...paths(svg).keys()]).toEqual(["UA-01", "occupied", "front", "grid", "talks-dot"]);
    for (const [id, { d }] of paths(svg)) expect(d).toBe(map.paths[id]);
    expect(svg.match(/<path /g)).toHaveLength(5);
  });

  it("leaves out marks without a path, such as places and shapes too small to draw", () => {
    expect(svg).not.toContain('data-id="UA-02"');
    expect(svg).not.toContain('data-id="town"');
  });

  it("fills an area from the scene's custom property, with the mark's default role as fallback", () => {
    expect(style("UA-01")).toContain("fill:var(--m-UA-01-f,var(--role-land))");
    expect(style("occupied")).toContain("fill:var(--m-occupied-f,var(--role-occupied))");
    expect(style("UA-01")).toContain("stroke:var(--m-UA-01-s,var(--role-border))");
  });

  it("starts shapes shown by default opaque and overlays transparent, until a scene says otherwise", () => {
    expect(style("UA-01")).toContain("opacity:calc(var(--m-UA-01-o,1) * var(--d-UA-01,var(--dim,1)))");
    expect(style("occupied")).toContain("opacity:calc(var(--m-occupied-o,0) * var(--d-occupied,var(--dim,1)))");
    // Axes are never dimmed: they are what the reader reads every figure against.
    expect(style("grid")).toMatch(/opacity:var\(--m-grid-o,1\)$/);
  });

  it("strokes lines, axes and dots in their paint instead of filling them, wider and in the highlight colour when emphasised", () => {
    expect(style("front")).toMatch(
      /^fill:none;stroke:var\(--m-front-s,var\(--m-front-f,var\(--role-line\)\)\);stroke-width:calc\(2px \* \(0\.6 \+ 0\.4 \* var\(--m-front-w,1\)\) \/ var\(--k,1\)\);/,
    );
    expect(style("grid")).toMatch(/^fill:none;stroke:var\(--m-grid-s,var\(--m-grid-f,var\(--role-axis\)\)\);stroke-width:calc\(1px /);
    expect(style("talks-dot")).toMatch(
      /^fill:none;stroke:var\(--m-talks-dot-s,var\(--m-talks-dot-f,var\(--role-event\)\)\);stroke-width:calc\(10px \* \(0\.6 \+ 0\.4 \* var\(--m-talks-dot-w,1\)\) \/ var\(--k,1\)\);stroke-linecap:round;/,
    );
    expect(style("UA-01")).not.toContain("fill:none");
  });

  it("reads every custom property a scene sets for the shapes it draws", () => {
    const scene = sceneStyle(sceneFor({ layers: ["occupied"], highlight: ["UA-01", "occupied"] }, map));
    const properties = [...scene.matchAll(/(--m-[\w-]+-[fosw]):/g)].map((m) => m[1]);
    expect(properties).toEqual([
      "--m-occupied-f",
      "--m-occupied-o",
      "--m-occupied-s",
      "--m-occupied-w",
      "--m-UA-01-f",
      "--m-UA-01-o",
      "--m-UA-01-s",
      "--m-UA-01-w",
    ]);
    for (const property of properties) expect(svg).toContain(`var(${property},`);
  });

  it("dims every shape but the focused ones through the properties a chart's scene sets", () => {
    const chart = drawn({ ...tinyChart, paths: { a: "M0,0H30V10H0Z", b: "M0,20H60V30H0Z", c: "M0,40H90V50H0Z" } });
    const scene = sceneStyle(sceneFor({ layers: ["early"], focus: ["b"] }, chart));
    expect(scene).toContain("--dim:var(--dim-level);--d-b:1");
    for (const id of ["a", "b", "c"]) expect(paths(figureSvg(chart)).get(id)!.style).toContain(`var(--d-${id},var(--dim,1))`);
  });

  it("paints a party's mark in the party's colour, which a scene's highlight still overrides", () => {
    const timeline = drawn({
      ...tinyChart,
      marks: [
        {
          id: "riyadh-us",
          kind: "event",
          name: "",
          bounds: [
            [10, 10],
            [10, 10],
          ],
          anchor: [10, 10],
          shownByDefault: true,
          defaultRole: "event",
          party: "us",
        },
      ],
      paths: { "riyadh-us": "M10,10h0" },
    });
    const style = paths(figureSvg(timeline)).get("riyadh-us")!.style;
    expect(style).toContain("stroke:var(--m-riyadh-us-s,var(--m-riyadh-us-f,var(--party-us)))");
    expect(style).toContain("stroke-linecap:round");
    expect(style).not.toContain("--role-event");
  });

  it("gives the same file for the same figure, so it can be cached", () => {
    expect(figureSvg(map)).toBe(svg);
    expect(figureSvg(structuredClone(map))).toBe(svg);
  });
});
