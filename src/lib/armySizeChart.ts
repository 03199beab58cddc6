import { scaleLinear } from "d3-scale";
import type { ForceFigure } from "../schemas/forces.ts";
import { barPath } from "./barPath.ts";
import type { FigureIndex, LayerIndex, MarkIndex, Role } from "./types.ts";
import { round as r } from "./round.ts";

/** The army-size chart: its index and the path of every bar and grid line. */
export type ArmySizeChart = FigureIndex & { paths: Record<string, string> };

const WIDTH = 1000;
const TOP = 40;
const ROW = 84;
const BAR = 26;

/** How a figure reads on the chart in a locale: "85,000" or, where figures differ, "800,000–980,000". */
export function troopLabel(value: { low: number; high: number }, locale: string): string {
  const troops = new Intl.NumberFormat(locale);
  return value.low === value.high ? troops.format(value.low) : `${troops.format(value.low)}–${troops.format(value.high)}`;
}

/**
 * Lays out the sizes proposed for Ukraine's army as horizontal bars on one scale from zero, each
 * with its name above and its figure at its end; a range (the army's actual size, which depends on
 * what is counted) is drawn as a band from its low to its high figure. Each figure is a layer, so a
 * step reveals bars one by one, and `focus` dims the others.
 */
export function armySizeChart(figures: ForceFigure[], locale: string): ArmySizeChart {
  const height = TOP + figures.length * ROW + 40;
  const max = Math.max(...figures.map((f) => f.value.high));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([20, WIDTH - 150]);
  const marks: MarkIndex[] = [];
  const paths: Record<string, string> = {};
  const layers: LayerIndex[] = [];

  for (const tick of x.ticks(5)) {
    const id = `tick-${tick}`;
    const at = r(x(tick));
    paths[`${id}-line`] = `M${at},${TOP - 10}V${height - 40}`;
    marks.push({
      id: `${id}-line`,
      kind: "axis",
      name: "",
      bounds: [
        [at, TOP - 10],
        [at, height - 40],
      ],
      anchor: [at, height - 40],
      shownByDefault: true,
      defaultRole: "axis",
    });
    marks.push({
      id,
      kind: "tick",
      name: new Intl.NumberFormat(locale).format(tick),
      bounds: [
        [at, height - 22],
        [at, height - 22],
      ],
      anchor: [at, height - 22],
      shownByDefault: true,
      labelByDefault: true,
    });
  }

  figures.forEach((figure, i) => {
    const y = TOP + i * ROW + 30;
    const x0 = figure.value.low === figure.value.high ? x(0) : x(figure.value.low);
    const x1 = x(figure.value.high);
    paths[figure.id] = barPath(x0, y, x1, y + BAR);
    const role: Role = figure.kind;
    marks.push({
      id: figure.id,
      kind: "bar",
      name: figure.label,
      bounds: [
        [x0, y],
        [x1, y + BAR],
      ],
      anchor: [x1, y + BAR / 2],
      shownByDefault: false,
      defaultRole: role,
    });
    marks.push({
      id: `${figure.id}-name`,
      kind: "row",
      name: figure.label,
      bounds: [
        [x(0), y - 14],
        [x(0), y - 14],
      ],
      anchor: [x(0), y - 13],
      labelSide: "end",
      shownByDefault: false,
    });
    // A range's figure goes before the band, where there is room for it on a narrow screen.
    const isRange = figure.value.low !== figure.value.high;
    marks.push({
      id: `${figure.id}-value`,
      kind: "value",
      name: troopLabel(figure.value, locale),
      bounds: [
        [x1, y],
        [x1, y],
      ],
      anchor: [isRange ? x0 - 8 : x1 + 8, y + BAR / 2],
      labelSide: isRange ? "start" : "end",
      shownByDefault: false,
    });
    layers.push({ id: figure.id, label: "", role, members: [figure.id, `${figure.id}-name`, `${figure.id}-value`] });
  });

  return { id: "army-chart", focusMode: "dim", width: WIDTH, height, marks, layers, paths };
}
