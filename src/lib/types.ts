import type { z } from "zod";
import type { Source } from "../schemas/common.ts";
import type { Party, Role } from "../schemas/roles.ts";
import type { viewSchema } from "../schemas/view.ts";
import type { FrontPanel } from "./frontPanel.ts";

/** A point in the figure's own coordinates (SVG user units, origin top left). */
export type Point = [number, number];

/** A box in figure coordinates: [[left, top], [right, bottom]]. */
export type Box = [Point, Point];

/** How a mark is painted; each role is a CSS custom property (`--role-…`) newsrooms can restyle. */
export type { Role };

/** What the scene needs to know of one drawable thing: an oblast, a neighbour, an area, a line or a place. */
export interface MarkIndex {
  /** Stable id: ISO 3166-2 code for oblasts, a slug for everything else. */
  id: string;
  /** What kind of thing it is; decides how it is drawn and how its label looks. */
  kind:
    | "oblast"
    | "neighbour"
    | "area"
    | "line"
    | "road"
    | "boundary"
    | "place"
    | "water"
    | "bar"
    | "axis"
    | "dot"
    | "tick"
    | "event"
    | "value"
    | "row"
    | "note"
    | "panel"
    | "party"
    | "gain";
  /** Name used in labels. */
  name: string;
  /** Extent in figure coordinates, used to zoom to it. */
  bounds: Box;
  /** Where its label goes, in figure coordinates. */
  anchor: Point;
  /** Which side of the anchor a label sits on (places, events). */
  labelSide?: "start" | "end" | "above" | "below";
  /** Drawn until a step says otherwise: oblasts and neighbours are, overlays and places are not. */
  shownByDefault: boolean;
  /** Paint when no layer paints it (shapes only). */
  defaultRole?: Role;
  /** Labelled in every scene (axis ticks, for instance). */
  labelByDefault?: boolean;
  /** How a place is marked: a dot sized by population (p1 smallest to p4, p0 hollow where no count covers it) or a site's symbol. */
  marker?: string;
  /** The party whose colour it takes, in the shape and in its label. */
  party?: Party;
  /** In a figure that turns when narrow, the one way its time runs in which this label is shown: across (wide) or down (narrow). */
  orientation?: "across" | "down";
}

/** A named set of marks a step can switch on, with its legend entry. */
export interface LayerIndex {
  /** Id steps name in `view.layers`. */
  id: string;
  /** Legend text. */
  label: string;
  /** How its members are painted. */
  role: Role;
  /** Ids of the marks it paints or shows. */
  members: string[];
}

/** Everything a scene is computed from: shared by the build and the browser. */
export interface FigureIndex {
  /** Figure id, e.g. "ukraine-map". */
  id: string;
  /** What `focus` does: zoom to the focused marks (maps, timelines) or dim everything else (charts). */
  focusMode: "zoom" | "dim";
  /** Width of the figure's coordinate space. */
  width: number;
  /** Height of the figure's coordinate space. */
  height: number;
  /** Every mark, in drawing order. */
  marks: MarkIndex[];
  /** Every layer a step may name. */
  layers: LayerIndex[];
  /**
   * Its time runs across, and in a narrow frame the stylesheet turns it to run down: the figure's x
   * becomes the frame's y and its y the frame's x, each stretched to the frame's side.
   */
  turnsWhenNarrow?: true;
  /** Kilometres per unit of the figure's coordinate space, for a map's scale bar. */
  kmPerUnit?: number;
  /**
   * Names by meaning for ids that carry a date, e.g. "occupied@latest" or "occupied@2022-02-23" for
   * the layer "occupied-2025-12-15": content names snapshots this way, so a new one moves the page.
   */
  aliases?: Record<string, string>;
}

/** What a step asks its figure to show (see src/schemas/view.ts). */
export type View = z.infer<typeof viewSchema>;

/** How one mark looks in a scene. */
export interface MarkState {
  role: Role;
  opacity: number;
  emphasis: boolean;
}

/** One label shown in a scene. */
export interface SceneLabel {
  id: string;
  text: string;
  kind: MarkIndex["kind"];
  anchor: Point;
  side: "start" | "end" | "middle" | "above" | "below";
  emphasis: boolean;
  /** How a place is marked (see MarkIndex.marker). */
  marker?: string;
  /** See MarkIndex.party and MarkIndex.orientation. */
  party?: MarkIndex["party"];
  orientation?: MarkIndex["orientation"];
}

/** The zoom of a scene: figure point p is drawn at p * k + [x, y]. */
export interface Zoom {
  k: number;
  x: number;
  y: number;
}

/** A map's scale bar in one zoom: a round distance and its length in the figure's units as drawn. */
export interface ScaleBar {
  km: number;
  length: number;
}

/** Everything the figure shows at one step. */
export interface Scene {
  /** How the figure frames the step where it is shown whole. */
  zoom: Zoom;
  /** How a phone's tall figure, cut at the sides and partly covered, frames it (see PORTRAIT_CLEAR in sceneFor). */
  portrait: Zoom;
  /** A map zoomed in shows a scale bar, for each zoom it is zoomed in. */
  scale?: { zoom?: ScaleBar; portrait?: ScaleBar };
  /** State of every mark whose look differs from its default. */
  marks: Record<string, MarkState>;
  labels: SceneLabel[];
  /** Ids of the layers shown in the legend. */
  legend: string[];
  /** In a chart, the marks the step is about; everything else is dimmed. Empty for maps. */
  focused: string[];
}

/** A state a figure's own control can put it in, as a step would: one day of the front, for instance. */
export interface FigureState {
  /** Stable id, written into the address: the day, for a map of days. */
  id: string;
  view: View;
  /** The words shown beside the figure in this state. */
  panel: FrontPanel;
}

/** Where the facts a figure shows come from, for its source line. */
export interface FigureCredit {
  /** Credit lines sources ask for, e.g. "Front line: DeepState (deepstatemap.live), via the deepstate-map-data archive". */
  lines?: string[];
  /** Outlets and institutions of the other sources, in the order first cited. */
  outlets: string[];
  /** The latest "as of" date of the data drawn. */
  asOf: string;
  /** A note readers need, e.g. that a map is approximate. */
  note?: string;
}

/** A figure as the build draws it: its index, the SVG path of each shape, and its credit. */
export interface DrawnFigure extends FigureIndex {
  /** How it is drawn: an SVG of shapes with labels over it, or a component of its own. */
  render: "svg" | "html";
  /** SVG path data by mark id (marks without a shape have none). */
  paths: Record<string, string>;
  /** The states its own control can put it in (one per day, for the map of the front over time), in order. */
  states?: FigureState[];
  /** Word screen readers hear before each step's alt text: "Map", "Chart"... */
  altPrefix: string;
  /** Source line. */
  credit: FigureCredit;
  /** Every source of the data the figure draws. */
  sources: Source[];
  /** Data files it draws on, for "Sources and method". */
  files: string[];
}
