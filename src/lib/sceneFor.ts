import type { Box, FigureIndex, MarkIndex, MarkState, ScaleBar, Scene, SceneLabel, View, Zoom } from "./types.ts";
import { round } from "./round.ts";

/** Margin left around a focused area, as a share of the figure's size. */
const FOCUS_PADDING = 0.08;
/** Closest zoom allowed, so a single place does not fill the screen. */
const MAX_ZOOM = 8;

/**
 * Where a phone's tall figure shows the map clear of what lies over it, as shares of the figure's
 * height: the frame fills the screen, so a figure wider than it is cut at the sides (about 0.46 of
 * its height stays in view on a 390 x 844 phone, and labels run to the side of their places), the
 * key sits across the top and the step card rises over the lower part from the trigger line (0.6 of
 * the screen, src/styles/layout.css), a little below the band so a label's text clears the card.
 * The subject of a step, and every place, oblast or water it names, is framed into what is left.
 */
export const PORTRAIT_CLEAR = { width: 0.42, top: 0.15, bottom: 0.56 } as const;

/** The width of a phone's tall figure, as a share of the figure's height (390 x 844): a whole map spans it. */
const PORTRAIT_VISIBLE = 0.46;

/** A map zoomed in at least this far beyond its whole view shows a scale bar. */
const SCALE_FROM = 1.5;
/** The round distances a scale bar may show, in km. */
const SCALE_KM = [5, 10, 20, 50, 100, 200, 500];
/** The longest a scale bar may be, as a share of the width of the map in view. */
const SCALE_SHARE = 0.2;

/**
 * The scale bar for zoom `k` of a map with `kmPerUnit`, whose whole view is zoom `whole`, where
 * `visible` units of its width are in view: the longest round distance that fits, or none where the
 * map is not zoomed in or no round distance is short enough.
 */
function scaleBar(k: number, whole: number, kmPerUnit: number, visible: number): ScaleBar | undefined {
  if (k < SCALE_FROM * whole) return undefined;
  const km = [...SCALE_KM].reverse().find((d) => (d / kmPerUnit) * k <= SCALE_SHARE * visible);
  return km === undefined ? undefined : { km, length: round((km / kmPerUnit) * k, 1) };
}

/**
 * The zoom that centres `boxes` in `region`, as large as fits less a margin (`padding`, a share of
 * it), between `least` and MAX_ZOOM, to `digits` decimals for the offsets.
 */
function zoomInto(boxes: Box[], region: Box, least: number, padding = FOCUS_PADDING, digits = 2): Zoom {
  const x0 = Math.min(...boxes.map((b) => b[0][0]));
  const y0 = Math.min(...boxes.map((b) => b[0][1]));
  const x1 = Math.max(...boxes.map((b) => b[1][0]));
  const y1 = Math.max(...boxes.map((b) => b[1][1]));
  const [[rx0, ry0], [rx1, ry1]] = region;
  const usableWidth = (rx1 - rx0) * (1 - 2 * padding);
  const usableHeight = (ry1 - ry0) * (1 - 2 * padding);
  const k = Math.min(MAX_ZOOM, usableWidth / Math.max(x1 - x0, 1), usableHeight / Math.max(y1 - y0, 1));
  const zoom = Math.max(least, k);
  return {
    k: round(zoom, 3),
    x: round((rx0 + rx1) / 2 - zoom * ((x0 + x1) / 2), digits),
    y: round((ry0 + ry1) / 2 - zoom * ((y0 + y1) / 2), digits),
  };
}

/**
 * The scene a view asks for: the zoom that frames `focus` in the whole figure, and the one that
 * frames it in the part a phone's tall figure leaves clear (or, in a chart, the marks left undimmed),
 * the look of every mark the layers and highlights change, the labels (those shown in every scene,
 * the labels of the layers switched on, and those the view names) and the legend. Ids named by
 * meaning ("occupied@latest") are resolved through the figure's aliases first. A pure function of the
 * view and the figure index, run at build to draw each step's figure and in the browser to move the
 * sticky figure.
 */
export function sceneFor(named: View, figure: FigureIndex): Scene {
  const resolve = (ids: string[] | undefined) => ids?.map((id) => figure.aliases?.[id] ?? id);
  const view: View = { focus: resolve(named.focus), layers: resolve(named.layers), highlight: resolve(named.highlight), labels: resolve(named.labels) };
  const marksById = new Map(figure.marks.map((m) => [m.id, m]));
  const layersById = new Map(figure.layers.map((l) => [l.id, l]));
  const mark = (id: string): MarkIndex => {
    const found = marksById.get(id);
    if (!found) throw new Error(`figure "${figure.id}" has no mark "${id}"`);
    return found;
  };
  const isShape = (m: MarkIndex) => m.defaultRole !== undefined;

  const marks: Record<string, MarkState> = {};
  for (const layerId of view.layers ?? []) {
    const layer = layersById.get(layerId);
    if (!layer) throw new Error(`figure "${figure.id}" has no layer "${layerId}"`);
    for (const id of layer.members) {
      if (isShape(mark(id))) marks[id] = { role: layer.role, opacity: 1, emphasis: false };
    }
  }
  const highlighted = new Set(view.highlight ?? []);
  // A step may focus on a layer as well as on a mark: that means all of the layer's marks.
  const focus = [...new Set((view.focus ?? []).flatMap((id) => layersById.get(id)?.members ?? [id]))];
  const focused = figure.focusMode === "dim" ? focus : [];
  for (const id of highlighted) {
    const target = mark(id);
    if (!isShape(target)) continue;
    const current = marks[id] ?? { role: target.defaultRole!, opacity: target.shownByDefault ? 1 : 0, emphasis: false };
    marks[id] = { ...current, emphasis: true };
  }

  const layerLabels = (view.layers ?? []).flatMap((id) => layersById.get(id)!.members.filter((member) => !isShape(mark(member))));
  const labelIds = [...new Set([...figure.marks.filter((m) => m.labelByDefault).map((m) => m.id), ...layerLabels, ...(view.labels ?? [])])];
  const labels: SceneLabel[] = labelIds.map((id) => {
    const target = mark(id);
    return {
      id,
      text: target.name,
      kind: target.kind,
      anchor: target.anchor,
      side: target.labelSide ?? "middle",
      emphasis: highlighted.has(id),
      ...(target.marker ? { marker: target.marker } : {}),
      ...(target.party ? { party: target.party } : {}),
      ...(target.orientation ? { orientation: target.orientation } : {}),
    };
  });

  const { width, height } = figure;
  const boxes = focus.map((id) => mark(id).bounds);
  const whole: Box = [
    [0, 0],
    [width, height],
  ];
  const clear: Box = [
    [width / 2 - (PORTRAIT_CLEAR.width * height) / 2, PORTRAIT_CLEAR.top * height],
    [width / 2 + (PORTRAIT_CLEAR.width * height) / 2, PORTRAIT_CLEAR.bottom * height],
  ];
  const wide: Box = [
    [width / 2 - (PORTRAIT_VISIBLE * height) / 2, clear[0][1]],
    [width / 2 + (PORTRAIT_VISIBLE * height) / 2, clear[1][1]],
  ];
  const zooms = figure.focusMode === "zoom";
  // A neighbouring country's name is context, wherever its label falls; a place, an oblast or water the step names is its subject.
  const namedLabels = (view.labels ?? [])
    .map(mark)
    .filter((m) => m.kind !== "neighbour")
    .map((m): Box => [m.anchor, m.anchor]);
  const zoom = zooms && boxes.length ? zoomInto(boxes, whole, 1) : { k: 1, x: 0, y: 0 };
  // Without a focus, the whole figure across the phone's width, in the clear band.
  // On a phone the named labels are framed too: whatever the step names must lie clear of its card.
  // (Whole units: a unit is about a pixel on a phone.)
  const wholePortrait = zoomInto([whole], wide, 0, 0, 0);
  const portrait = zooms ? (boxes.length ? zoomInto([...boxes, ...namedLabels], clear, 0, FOCUS_PADDING, 0) : wholePortrait) : { k: 1, x: 0, y: 0 };
  const bars = figure.kmPerUnit
    ? {
        zoom: scaleBar(zoom.k, 1, figure.kmPerUnit, width),
        portrait: scaleBar(portrait.k, wholePortrait.k, figure.kmPerUnit, PORTRAIT_VISIBLE * height),
      }
    : {};
  return {
    zoom,
    portrait,
    ...(bars.zoom || bars.portrait ? { scale: bars } : {}),
    marks,
    labels,
    legend: (view.layers ?? []).filter((id) => layersById.get(id)!.label !== ""),
    focused,
  };
}
