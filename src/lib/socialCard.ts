import { DASHED, OUTLINED, STROKED } from "./figureSvg.ts";
import type { DrawnFigure, Scene } from "./types.ts";

/** A colour as an SVG renderer without CSS takes it: an sRGB colour and an opacity. */
export interface Paint {
  colour: string;
  opacity: number;
}

/** The width and height of a social card, as the networks that show one ask for it. */
export const CARD = { width: 1200, height: 630 };

/**
 * The light theme's colours from the tokens stylesheet and a newsroom's theme, which overrides them,
 * by custom property name: each value a hex colour, an `rgb()` with an alpha, another property
 * (`var(--…)`) or a colour mixed with transparency, resolved to a colour and an opacity. A value of
 * another form stops the build, naming it.
 */
export function lightTokens(css: string, theme = ""): Map<string, Paint> {
  const root = /:root\s*\{([\s\S]*?)\}/.exec(css);
  if (!root) throw new Error("the tokens stylesheet: expected a :root { … } block of custom properties, found none");
  const declared = (block: string) => [...block.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()] as const);
  const overrides = /:root\s*\{([\s\S]*?)\}/.exec(theme.replace(/\/\*[\s\S]*?\*\//g, ""));
  const raw = new Map([...declared(root[1]), ...(overrides ? declared(overrides[1]) : [])]);
  const resolved = new Map<string, Paint>();
  const resolve = (name: string, seen: string[] = []): Paint => {
    const known = resolved.get(name);
    if (known) return known;
    const value = raw.get(name);
    if (value === undefined) throw new Error(`the tokens stylesheet: ${seen.at(-1) ?? name} refers to ${name}, which :root does not set`);
    if (seen.includes(name)) throw new Error(`the tokens stylesheet: ${name} refers to itself through ${seen.join(", ")}`);
    const paint = parse(value, (other) => resolve(other, [...seen, name]), name);
    resolved.set(name, paint);
    return paint;
  };
  for (const name of raw.keys()) if (/^--(role|paper|ink)/.test(name)) resolve(name);
  return resolved;
}

function parse(value: string, lookup: (name: string) => Paint, name: string): Paint {
  if (/^#[0-9a-f]{3,8}$/i.test(value)) return { colour: value, opacity: 1 };
  const reference = /^var\((--[a-z0-9-]+)\)$/.exec(value);
  if (reference) return lookup(reference[1]);
  const rgb = /^rgb\(\s*(\d+)\s+(\d+)\s+(\d+)\s*(?:\/\s*([\d.]+))?\s*\)$/.exec(value);
  if (rgb) return { colour: `rgb(${rgb[1]},${rgb[2]},${rgb[3]})`, opacity: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  const mix = /^color-mix\(in srgb,\s*(.+?)\s+(\d+)%,\s*transparent\)$/.exec(value);
  if (mix) {
    const base = parse(mix[1], lookup, name);
    return { colour: base.colour, opacity: (base.opacity * Number(mix[2])) / 100 };
  }
  throw new Error(`the tokens stylesheet: ${name}: expected a hex colour, rgb(), var() or color-mix(… transparent), found ${JSON.stringify(value)}`);
}

/**
 * A figure in one scene as a standalone SVG of the social card's size, every paint resolved from the
 * tokens (a renderer without CSS reads no custom property): the shapes the page draws for that
 * scene, zoomed as the scene zooms, on the paper, with no labels (a renderer at build has no fonts
 * to set them in).
 */
export function socialCardSvg(figure: DrawnFigure, scene: Scene, tokens: Map<string, Paint>): string {
  const paint = (role: string) => {
    const found = tokens.get(`--role-${role}`);
    if (!found) throw new Error(`the social card of ${figure.id}: no colour --role-${role} in the tokens`);
    return found;
  };
  const { k, x, y } = scene.zoom;
  // What the scene frames, in the figure's coordinates, widened to the card's shape about its centre:
  // the card shows all the frame's height and more land to either side.
  const height = figure.height / k;
  const width = (height * CARD.width) / CARD.height;
  const [left, top] = [(figure.width / 2 - x) / k - width / 2, (figure.height / 2 - y) / k - height / 2];
  const box = [left, top, width, height].map((n) => Number(n.toFixed(2)));
  const shapes = figure.marks
    .filter((mark) => mark.id in figure.paths && mark.defaultRole)
    .flatMap((mark) => {
      const state = scene.marks[mark.id];
      const opacity = state?.opacity ?? (mark.shownByDefault ? 1 : 0);
      if (opacity === 0) return [];
      const role = paint(state?.role ?? mark.defaultRole!);
      const stroked = STROKED[mark.kind];
      const alpha = (opacity * role.opacity).toFixed(3);
      if (stroked) {
        const cap = stroked.cap ? ` stroke-linecap="${stroked.cap}"` : "";
        return [
          `<path d="${figure.paths[mark.id]}" fill="none" stroke="${role.colour}" stroke-opacity="${alpha}" stroke-width="${(stroked.width / k).toFixed(3)}"${cap}/>`,
        ];
      }
      const outlined = OUTLINED[mark.defaultRole!];
      const edge = outlined ? paint(`${mark.defaultRole}-edge`) : paint("border");
      const dash = DASHED[mark.defaultRole!] ? ` stroke-dasharray="${DASHED[mark.defaultRole!]}"` : "";
      return [
        `<path d="${figure.paths[mark.id]}" fill="${role.colour}" fill-opacity="${alpha}" stroke="${edge.colour}" stroke-opacity="${(opacity * edge.opacity).toFixed(3)}" stroke-width="${((outlined ?? 0.6) / k).toFixed(3)}"${dash}/>`,
      ];
    });
  const paper = tokens.get("--paper") ?? { colour: "#ffffff", opacity: 1 };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="${box.join(" ")}">`,
    `<rect x="${box[0]}" y="${box[1]}" width="${box[2]}" height="${box[3]}" fill="${paper.colour}"/>`,
    `<g stroke-linejoin="round">`,
    ...shapes,
    "</g></svg>",
    "",
  ].join("\n");
}
