/** A point in the figure's own coordinates (SVG user units, origin top left). */
export type Point = [number, number];

/** A box in figure coordinates: [[left, top], [right, bottom]]. */
export type Box = [Point, Point];

/** How a mark is painted; each role is a CSS custom property (`--role-…`) newsrooms can restyle. */
export type Role =
  | "land"
  | "context"
  | "donbas"
  | "claimed"
  | "occupied-2014"
  | "occupied"
  | "line"
  | "highlight";

/** What the scene needs to know of one drawable thing: an oblast, a neighbour, an area, a line or a place. */
export interface MarkIndex {
  /** Stable id: ISO 3166-2 code for oblasts, a slug for everything else. */
  id: string;
  /** What kind of thing it is; decides how it is drawn and how it is labelled. */
  kind: "oblast" | "neighbour" | "area" | "line" | "place" | "water";
  /** Name used in labels. */
  name: string;
  /** Extent in figure coordinates, used to zoom to it. */
  bounds: Box;
  /** Where its label goes, in figure coordinates. */
  anchor: Point;
  /** Which side of the anchor a place label sits on. */
  labelSide?: "start" | "end";
  /** Drawn until a step says otherwise: oblasts and neighbours are, overlays and places are not. */
  shownByDefault: boolean;
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
  /** Width of the figure's coordinate space. */
  width: number;
  /** Height of the figure's coordinate space. */
  height: number;
  /** Every mark, in drawing order. */
  marks: MarkIndex[];
  /** Every layer a step may name. */
  layers: LayerIndex[];
}

/** What a step asks the map to show. */
export interface View {
  /** Ids of marks to zoom to; the whole map when absent. */
  focus?: string[];
  /** Layer ids to switch on, in painting order (later wins). */
  layers?: string[];
  /** Ids of marks to emphasise. */
  highlight?: string[];
  /** Ids of marks to label. */
  labels?: string[];
}

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
  side: "start" | "end" | "middle";
  emphasis: boolean;
}

/** The zoom of a scene: figure point p is drawn at p * k + [x, y]. */
export interface Zoom {
  k: number;
  x: number;
  y: number;
}

/** Everything the figure shows at one step. */
export interface Scene {
  zoom: Zoom;
  /** State of every mark whose look differs from its default. */
  marks: Record<string, MarkState>;
  labels: SceneLabel[];
  /** Ids of the layers shown in the legend. */
  legend: string[];
}
