import { describe, expect, it } from "vitest";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import { tinyChart, tinyFigure } from "../fixtures/figures.ts";

describe("sceneFor(view, figure)", () => {
  it("shows the whole figure, unchanged, for an empty view, and on a phone's tall figure the whole figure across its width", () => {
    const scene = sceneFor({}, tinyFigure);
    expect(scene).toMatchObject({ zoom: { k: 1, x: 0, y: 0 }, marks: {}, labels: [], legend: [], focused: [] });
    // 100 x 50 figure: a phone shows 0.46 x 50 = 23 units of its width, so k = 0.23, centred in the band from 7.5 to 28.
    expect(scene.portrait.k).toBeCloseTo(0.23, 3);
    // Offsets in whole units: a unit is about a pixel on a phone.
    expect(scene.portrait.x).toBe(Math.round(50 - 0.23 * 50));
    expect(scene.portrait.y).toBe(Math.round((7.5 + 28) / 2 - 0.23 * 25));
  });

  it("frames the focus on a phone's tall figure in the band clear of its key and card, cut to the phone's width", () => {
    const { portrait } = sceneFor({ focus: ["occupied"] }, tinyFigure);
    // The clear band is 0.42 x 50 = 21 wide and 7.5 to 28 high: the 30 x 30 box fits 20.5 * 0.84 / 30.
    const k = (20.5 * 0.84) / 30;
    expect(portrait.k).toBeCloseTo(k, 2);
    const [left, right] = [60 * portrait.k + portrait.x, 90 * portrait.k + portrait.x];
    const [top, bottom] = [10 * portrait.k + portrait.y, 40 * portrait.k + portrait.y];
    expect(left).toBeGreaterThanOrEqual(50 - 10.5);
    expect(right).toBeLessThanOrEqual(50 + 10.5);
    expect(top).toBeGreaterThanOrEqual(7.5);
    expect(bottom).toBeLessThanOrEqual(28);
  });

  it("frames the labels a step names on a phone too, so that none lies under its card", () => {
    const alone = sceneFor({ focus: ["occupied"] }, tinyFigure).portrait;
    const named = sceneFor({ focus: ["occupied"], labels: ["UA-01"] }, tinyFigure).portrait;
    expect(named.k).toBeLessThan(alone.k);
    expect(25 * named.k + named.x).toBeGreaterThanOrEqual(50 - 10.5);
    expect(sceneFor({ focus: ["occupied"], labels: ["UA-01"] }, tinyFigure).zoom).toEqual(sceneFor({ focus: ["occupied"] }, tinyFigure).zoom);
  });

  it("gives a map zoomed in a scale bar of a round distance no longer than a fifth of the map in view, and none where it is not zoomed in", () => {
    // 5 km a unit: the 100-unit-wide figure spans 500 km.
    const map = { ...tinyFigure, kmPerUnit: 5 };
    expect(sceneFor({}, map).scale).toBeUndefined();
    // The 30-unit occupied area is framed at 1.4x: not zoomed in enough to need a bar. On a phone,
    // whose whole view is 0.23x, its 0.57x is: a fifth of the 23 units in view fits 20 km (2.3 drawn).
    expect(sceneFor({ focus: ["occupied"] }, map).scale).toEqual({ portrait: { km: 20, length: 2.3 } });
    // A town is framed at the closest zoom, 8x: a fifth of the 100 units in view is 20, so 10 km (2 units, 16 drawn) fits and 20 km (32) does not.
    const { zoom, scale } = sceneFor({ focus: ["town"] }, map);
    expect(zoom.k).toBe(8);
    expect(scale?.zoom).toEqual({ km: 10, length: 16 });
    // On a phone 0.46 of the figure's height, 23 units, is in view: at 8x even 5 km (8 drawn) is longer than a fifth of it.
    expect(scale?.portrait).toBeUndefined();
    expect(sceneFor({ focus: ["town"] }, tinyFigure).scale).toBeUndefined();
  });

  it("leaves a chart's phone frame as its own: charts are not cut", () => {
    expect(sceneFor({ focus: ["a"] }, tinyChart).portrait).toEqual({ k: 1, x: 0, y: 0 });
  });

  it("paints a layer's members with the layer's role and lists it in the legend", () => {
    const scene = sceneFor({ layers: ["east", "occupied"] }, tinyFigure);
    expect(scene.marks).toEqual({
      "UA-02": { role: "donbas", opacity: 1, emphasis: false },
      occupied: { role: "occupied", opacity: 1, emphasis: false },
    });
    expect(scene.legend).toEqual(["east", "occupied"]);
  });

  it("lets a later layer paint over an earlier one and keeps layers without a legend text out of the legend", () => {
    const scene = sceneFor({ layers: ["east", "both"] }, tinyFigure);
    expect(scene.marks["UA-02"].role).toBe("claimed");
    expect(scene.marks.town).toBeUndefined();
    expect(scene.legend).toEqual(["east"]);
  });

  it("zooms so the focused marks fill the figure, less a margin, centred", () => {
    const { zoom } = sceneFor({ focus: ["occupied"] }, tinyFigure);
    // 30 x 30 box in a 100 x 50 figure with 8% margins: height limits, k = 50 * 0.84 / 30.
    expect(zoom.k).toBeCloseTo(1.4, 2);
    expect(zoom.x).toBeCloseTo(50 - 1.4 * 75, 1);
    expect(zoom.y).toBeCloseTo(25 - 1.4 * 25, 1);
  });

  it("never zooms out below the whole figure nor closer than eight times", () => {
    expect(sceneFor({ focus: ["UA-01", "UA-02"] }, tinyFigure).zoom.k).toBe(1);
    expect(sceneFor({ focus: ["town"] }, tinyFigure).zoom.k).toBe(8);
  });

  it("emphasises highlighted shapes and bolds highlighted labels", () => {
    const scene = sceneFor({ highlight: ["UA-01", "town"], labels: ["town", "UA-02"] }, tinyFigure);
    expect(scene.marks["UA-01"]).toEqual({ role: "land", opacity: 1, emphasis: true });
    expect(scene.labels).toEqual([
      { id: "town", text: "Town", kind: "place", anchor: [80, 20], side: "start", emphasis: true },
      { id: "UA-02", text: "East", kind: "oblast", anchor: [75, 25], side: "middle", emphasis: false },
    ]);
  });

  it("in a chart, keeps the zoom and lists the focused marks, so everything else can be dimmed", () => {
    const scene = sceneFor({ layers: ["early"], focus: ["b"] }, tinyChart);
    expect(scene.zoom).toEqual({ k: 1, x: 0, y: 0 });
    expect(scene.focused).toEqual(["b"]);
    expect(scene.marks.a).toEqual({ role: "party-russia", opacity: 1, emphasis: false });
    expect(scene.marks.b).toEqual({ role: "party-russia", opacity: 1, emphasis: false });
  });

  it("labels the marks that are labelled in every scene, then those the view names", () => {
    expect(sceneFor({ labels: ["c"] }, tinyChart).labels.map((l) => l.id)).toEqual(["tick-50", "c"]);
  });

  it("refuses ids the figure does not have", () => {
    expect(() => sceneFor({ layers: ["west"] }, tinyFigure)).toThrow('figure "tiny-map" has no layer "west"');
    expect(() => sceneFor({ labels: ["city"] }, tinyFigure)).toThrow('figure "tiny-map" has no mark "city"');
  });
});
