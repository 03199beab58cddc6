import { describe, expect, it } from "vitest";
import { committedData } from "../support/committed.ts";

const map = committedData().figures.get("ukraine-map")!;
const mark = (id: string) => map.marks.find((m) => m.id === id)!;

describe("ukraineMap(input)", () => {
  it("fits Ukraine inside the 1000 x 700 figure with its 20-unit margin", () => {
    const oblasts = map.marks.filter((m) => m.kind === "oblast");
    const x0 = Math.min(...oblasts.map((m) => m.bounds[0][0]));
    const x1 = Math.max(...oblasts.map((m) => m.bounds[1][0]));
    const y0 = Math.min(...oblasts.map((m) => m.bounds[0][1]));
    const y1 = Math.max(...oblasts.map((m) => m.bounds[1][1]));
    expect(x0).toBeGreaterThanOrEqual(19.9);
    expect(x1).toBeLessThanOrEqual(980.1);
    expect(y0).toBeGreaterThanOrEqual(19.9);
    expect(y1).toBeLessThanOrEqual(680.1);
    expect(Math.max(x1 - x0 - 960, y1 - y0 - 660)).toBeCloseTo(0, 0);
  });

  it("puts places where they are: Kyiv north-west of Donetsk, Kramatorsk just north of Druzhkivka", () => {
    expect(mark("kyiv").anchor[0]).toBeLessThan(mark("donetsk").anchor[0]);
    expect(mark("kyiv").anchor[1]).toBeLessThan(mark("donetsk").anchor[1]);
    expect(mark("kramatorsk").anchor[1]).toBeLessThan(mark("druzhkivka").anchor[1]);
    expect(Math.abs(mark("kramatorsk").anchor[0] - mark("druzhkivka").anchor[0])).toBeLessThan(5);
  });

  it("draws every oblast and neighbour with a path at one-decimal precision", () => {
    for (const m of map.marks.filter((m) => m.kind === "oblast" || m.kind === "neighbour")) {
      if (!(m.id in map.paths)) continue;
      expect(map.paths[m.id]).toMatch(/^M[\d.,LMZ-]+$/);
      expect(map.paths[m.id]).not.toMatch(/\d\.\d\d/);
    }
    expect(Object.keys(map.paths)).toContain("UA-43");
  });

  it("offers the region groups as layers with their legend texts", () => {
    expect(map.layers.slice(0, 3).map((l) => [l.id, l.role])).toEqual([
      ["donbas", "donbas"],
      ["crimea-2014", "occupied-2014"],
      ["annexation-claim-2022", "claimed"],
    ]);
  });

  it("offers each control snapshot's area and line, the part of Donetsk Ukraine holds, what each plan changes, and the H-20 road as layers", () => {
    const ids = map.layers.map((l) => l.id);
    for (const id of [
      "occupied-2022-02-23",
      "front-2022-02-23",
      "occupied-2025-12-15",
      "front-2025-12-15",
      "held-UA-14-2025-12-15",
      "plan-russia-demand-ceded",
      "plan-us-28-point-ceded",
      "plan-us-28-point-returned",
      "donetsk-withdrawal",
      "donetsk-zone",
      "freeze-line",
      "h-20",
    ]) {
      expect(ids).toContain(id);
    }
    // Only the US draft says Russia would hand land back; a freeze changes nothing.
    expect(ids.filter((id) => id.endsWith("-returned"))).toEqual(["plan-us-28-point-returned"]);
    expect(ids.filter((id) => id.startsWith("plan-freeze-line"))).toEqual([]);
    expect(map.marks.find((m) => m.id === "front-2025-12-15")?.kind).toBe("line");
  });

  it("draws the land the US draft has Ukraine give up in the Donbas alone: no sliver along a coast or a border", () => {
    const [[x0, y0], [x1, y1]] = mark("plan-us-28-point-ceded").bounds;
    const donbas = ["UA-14", "UA-09"].map((id) => mark(id).bounds);
    expect(x0).toBeGreaterThanOrEqual(Math.min(...donbas.map((b) => b[0][0])));
    expect(y0).toBeGreaterThanOrEqual(Math.min(...donbas.map((b) => b[0][1])));
    expect(x1).toBeLessThanOrEqual(Math.max(...donbas.map((b) => b[1][0])));
    expect(y1).toBeLessThanOrEqual(Math.max(...donbas.map((b) => b[1][1])));
  });

  it("draws the water and the former Kakhovka reservoir over the areas and under the oblast borders, shown in every scene", () => {
    const order = map.marks.map((m) => m.id);
    for (const id of ["water", "former-kakhovka-reservoir"]) {
      expect(mark(id)).toMatchObject({ kind: "area", shownByDefault: true });
      expect(order.indexOf(id)).toBeGreaterThan(order.indexOf("occupied-2025-12-15"));
      expect(order.indexOf(id)).toBeLessThan(order.indexOf("oblast-borders"));
    }
    expect(mark("former-kakhovka-reservoir").defaultRole).toBe("former-water");
    // The reservoir stretches west of Enerhodar, on its bank, and east of it, and no further west than Nova Kakhovka, by its dam.
    const [[x0], [x1]] = mark("former-kakhovka-reservoir").bounds;
    expect(x0).toBeLessThan(mark("enerhodar").anchor[0]);
    expect(x1).toBeGreaterThan(mark("enerhodar").anchor[0]);
    expect(x0).toBeGreaterThan(mark("nova-kakhovka").anchor[0] - 10);
  });

  it("draws the H-20 road as a line through Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka, in that order", () => {
    expect(mark("h-20").kind).toBe("road");
    const points = [...map.paths["h-20"].matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const places = ["sloviansk", "kramatorsk", "druzhkivka", "kostiantynivka"].map((id) => mark(id).anchor);
    expect(points).toHaveLength(4);
    points.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(places[i][0], 0);
      expect(p[1]).toBeCloseTo(places[i][1], 0);
    });
  });

  it("marks each city by its population before the invasion, a city without a count hollow, and Enerhodar by its nuclear plant", () => {
    expect(mark("kyiv").marker).toBe("p4");
    expect(mark("zaporizhzhia").marker).toBe("p3");
    expect(mark("kramatorsk").marker).toBe("p2");
    expect(mark("druzhkivka").marker).toBe("p1");
    expect(mark("simferopol").marker).toBe("p0");
    expect(mark("enerhodar")).toMatchObject({ marker: "nuclear-plant", name: "Enerhodar (nuclear plant)" });
  });

  it("knows its scale: the distance from Kyiv to Kharkiv on the map matches the distance on the Earth within 3%", () => {
    const [kx, ky] = mark("kyiv").anchor;
    const [hx, hy] = mark("kharkiv").anchor;
    const onMap = Math.hypot(hx - kx, hy - ky) * map.kmPerUnit!;
    // Great-circle distance between the two GeoNames points, by the haversine formula.
    const rad = Math.PI / 180;
    const [lon1, lat1, lon2, lat2] = [30.5238, 50.4547, 36.2548, 49.9818].map((d) => d * rad);
    const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
    const onEarth = 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    expect(Math.abs(onMap - onEarth) / onEarth).toBeLessThan(0.03);
  });
});
