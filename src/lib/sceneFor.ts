import type { Box, FigureIndex, MarkIndex, MarkState, Scene, SceneLabel, View, Zoom } from "./types.ts";

/** Margin left around a focused area, as a share of the figure's size. */
const FOCUS_PADDING = 0.08;
/** Closest zoom allowed, so a single place does not fill the screen. */
const MAX_ZOOM = 8;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

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
    x: round(width / 2 - zoom * ((x0 + x1) / 2)),
    y: round(height / 2 - zoom * ((y0 + y1) / 2)),
  };
}

/**
 * The scene a view asks for: the zoom that frames `focus`, the look of every mark the layers and
 * highlights change, the labels and the legend. A pure function of the view and the figure index,
 * run at build to draw each step's figure and in the browser to move the sticky figure.
 */
export function sceneFor(view: View, figure: FigureIndex): Scene {
  const marksById = new Map(figure.marks.map((m) => [m.id, m]));
  const layersById = new Map(figure.layers.map((l) => [l.id, l]));
  const mark = (id: string): MarkIndex => {
    const found = marksById.get(id);
    if (!found) throw new Error(`figure "${figure.id}" has no mark "${id}"`);
    return found;
  };

  const marks: Record<string, MarkState> = {};
  for (const layerId of view.layers ?? []) {
    const layer = layersById.get(layerId);
    if (!layer) throw new Error(`figure "${figure.id}" has no layer "${layerId}"`);
    for (const id of layer.members) {
      if (mark(id).kind === "place") continue;
      marks[id] = { role: layer.role, opacity: 1, emphasis: false };
    }
  }
  const highlighted = new Set(view.highlight ?? []);
  for (const id of highlighted) {
    const target = mark(id);
    if (target.kind === "place") continue;
    const current = marks[id] ?? { role: target.kind === "oblast" ? "land" : "line", opacity: 1, emphasis: false };
    marks[id] = { ...current, opacity: 1, emphasis: true };
  }

  const labelIds = [...new Set(view.labels ?? [])];
  const labels: SceneLabel[] = labelIds.map((id) => {
    const target = mark(id);
    return {
      id,
      text: target.name,
      kind: target.kind,
      anchor: target.anchor,
      side: target.kind === "place" ? (target.labelSide ?? "end") : "middle",
      emphasis: highlighted.has(id),
    };
  });

  return {
    zoom: zoomTo((view.focus ?? []).map((id) => mark(id).bounds), figure.width, figure.height),
    marks,
    labels,
    legend: (view.layers ?? []).filter((id) => layersById.get(id)!.label !== ""),
  };
}
