import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { CARD, lightTokens, socialCardSvg } from "../../src/lib/socialCard.ts";
import { sceneFor } from "../../src/lib/sceneFor.ts";
import type { DrawnFigure } from "../../src/lib/types.ts";

const tokens = `:root {
  --paper: #ffffff;
  /* a comment */
  --role-land: #f4f2ec;
  --role-border: rgb(255 255 255 / 0.9);
  --role-occupied: #c9483e;
  --role-line: var(--role-occupied);
  --role-water: #9cc3e4;
  --role-former-water: color-mix(in srgb, var(--role-water) 35%, transparent);
}
@media (prefers-color-scheme: dark) { :root { --role-occupied: #000000; } }`;

const figure: DrawnFigure = {
  id: "map",
  focusMode: "zoom",
  width: 1000,
  height: 700,
  render: "svg",
  altPrefix: "Map",
  credit: { outlets: [], asOf: "2025-12-15" },
  sources: [],
  files: [],
  layers: [{ id: "held", label: "Held", role: "occupied", members: ["east"] }],
  marks: [
    {
      id: "west",
      kind: "oblast",
      name: "West",
      bounds: [
        [0, 0],
        [500, 700],
      ],
      anchor: [250, 350],
      shownByDefault: true,
      defaultRole: "land",
    },
    {
      id: "east",
      kind: "area",
      name: "",
      bounds: [
        [500, 0],
        [1000, 700],
      ],
      anchor: [750, 350],
      shownByDefault: false,
      defaultRole: "occupied",
    },
    {
      id: "front",
      kind: "line",
      name: "",
      bounds: [
        [500, 0],
        [500, 700],
      ],
      anchor: [500, 350],
      shownByDefault: true,
      defaultRole: "line",
    },
    {
      id: "kyiv",
      kind: "place",
      name: "Kyiv",
      bounds: [
        [100, 100],
        [100, 100],
      ],
      anchor: [100, 100],
      shownByDefault: true,
    },
  ],
  paths: { west: "M0,0H500V700H0Z", east: "M500,0H1000V700H500Z", front: "M500,0V700" },
};

describe("lightTokens(css, theme)", () => {
  it("resolves the light theme's colours: hex, rgb() with an alpha, var() and a colour mixed with transparency", () => {
    const paints = lightTokens(tokens);
    expect(paints.get("--role-occupied")).toEqual({ colour: "#c9483e", opacity: 1 });
    expect(paints.get("--role-line")).toEqual({ colour: "#c9483e", opacity: 1 });
    expect(paints.get("--role-border")).toEqual({ colour: "rgb(255,255,255)", opacity: 0.9 });
    expect(paints.get("--role-former-water")).toEqual({ colour: "#9cc3e4", opacity: 0.35 });
  });

  it("takes a newsroom's theme over the tokens", () => {
    expect(lightTokens(tokens, "/* ours */ :root { --role-occupied: #123456; }").get("--role-line")).toEqual({ colour: "#123456", opacity: 1 });
  });

  it("names a value it cannot resolve, and a reference to nothing", () => {
    expect(() => lightTokens(":root { --role-land: hsl(40 20% 95%); }")).toThrow(
      'the tokens stylesheet: --role-land: expected a hex colour, rgb(), var() or color-mix(… transparent), found "hsl(40 20% 95%)"',
    );
    expect(() => lightTokens(":root { --role-land: var(--role-none); }")).toThrow("--role-land refers to --role-none, which :root does not set");
  });

  it("reads every colour of the committed tokens", () => {
    const paints = lightTokens(readFileSync("src/styles/tokens.css", "utf8"));
    for (const [name, paint] of paints) {
      expect(paint.colour, name).toMatch(/^(#[0-9a-f]{3,8}|rgb\(\d+,\d+,\d+\))$/i);
      expect(paint.opacity, name).toBeGreaterThan(0);
    }
  });
});

describe("socialCardSvg(figure, scene, tokens)", () => {
  const paints = lightTokens(tokens);

  it("draws the scene's shapes at the card's size, each in its resolved colour, and leaves out what the scene hides", () => {
    const svg = socialCardSvg(figure, sceneFor({ layers: ["held"] }, figure), paints);
    expect(svg).toContain(`width="${CARD.width}" height="${CARD.height}"`);
    expect(svg).not.toContain("var(");
    expect(svg).toMatch(/<path d="M500,0H1000V700H500Z" fill="#c9483e" fill-opacity="1.000"/);
    expect(svg).toMatch(/<path d="M500,0V700" fill="none" stroke="#c9483e"/);
    expect(svg).toMatch(/<path d="M0,0H500V700H0Z" fill="#f4f2ec"/);
    expect(socialCardSvg(figure, sceneFor({}, figure), paints)).not.toContain("M500,0H1000V700H500Z");
  });

  it("shows the whole height the scene frames, widened to the card's shape about its centre", () => {
    const svg = socialCardSvg(figure, sceneFor({ focus: ["east"] }, figure), paints);
    const [left, top, width, height] = /viewBox="([^"]+)"/.exec(svg)![1].split(" ").map(Number);
    expect(width / height).toBeCloseTo(CARD.width / CARD.height, 2);
    // The focused half of the map lies inside the card.
    expect(left).toBeLessThanOrEqual(500);
    expect(left + width).toBeGreaterThanOrEqual(1000);
    expect(top).toBeLessThanOrEqual(0);
    expect(top + height).toBeGreaterThanOrEqual(700);
  });
});
