import type { Box, FigureIndex, MarkIndex, MarkState, Scene, SceneLabel, View, Zoom } from "./types.ts";
import { round } from "./round.ts";

/** Margin left around a focused area, as a share of the figure's size. */
const FOCUS_PADDING = 0.08;
/** Closest zoom allowed, so a single place does not fill the screen. */
const MAX_ZOOM = 8;

function zoomTo(boxes: Box[], width: number, height: number): Zoom {
  if (boxes.length === 0) return { k: 1, x: 0, y: 0 };
  const x0 = Math.min(...boxes.map((b) => b[0][0]));
  const y0 = Math.min(...boxes.map((b) => b[0][1]));
  const x1 = Math.max(...boxes.map((b) => b[1][0]));
  const y1 = Math.max(...boxes.map((b) => b[1][1]));
  const usableWidth = width * (1 - 2 * FOCUS_PADDING);
  const usableHeight = height * (1 - 2 * FOCUS_PADDING);
  const k = Math.min(MAX_ZOOM, usableWidth / Math.max(x1 - x0, 1), usableHeight / Math.max(y1 - y0, 1));
  const zoom = Math.max(1, k);
  return {
    k: round(zoom, 3),
    x: round(width / 2 - zoom * ((x0 + x1) / 2), 2),
    y: round(height / 2 - zoom * ((y0 + y1) / 2), 2),
  };
}

/**
 * The scene a view asks for: the zoom that frames `focus` (or, in a chart, the marks left undimmed),
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
    };
  });

  return {
    zoom:
      figure.focusMode === "zoom"
        ? zoomTo(
            focus.map((id) => mark(id).bounds),
            figure.width,
            figure.height,
          )
        : { k: 1, x: 0, y: 0 },
    marks,
    labels,
    legend: (view.layers ?? []).filter((id) => layersById.get(id)!.label !== ""),
    focused,
  };
}
