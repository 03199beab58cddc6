import { scaleLinear } from "d3-scale";
import type { ForceFigure, RangeEnd } from "../schemas/forces.ts";
import { longDate } from "./longDate.ts";
import { barPath } from "./barPath.ts";
import type { FigureIndex, LayerIndex, MarkIndex, Role } from "./types.ts";
import type { Strings } from "../i18n/strings.ts";
import { round as r } from "./round.ts";

/** The army-size chart: its index and the path of every bar and grid line. */
export type ArmySizeChart = FigureIndex & { paths: Record<string, string> };

/**
 * The chart's units: about as wide as tall, so that on a 390 px phone a bar is 20 px thick and its
 * name and figure keep their size beside it, and a wide screen shows it at a width of its own
 * (army-size.css) rather than as a strip.
 */
const WIDTH = 600;
/** Room above the rows for the band's name. */
const TOP = 50;
const ROW = 84;
const BAR = 30;
/** Height of one line of the notes under the rows, which say what each end of a range is. */
const NOTE = 64;

/** How a figure reads on the chart in a locale: "85,000" or, where figures differ, "800,000–980,000". */
export function troopLabel(value: { low: number; high: number }, locale: string): string {
  const troops = new Intl.NumberFormat(locale);
  return value.low === value.high ? troops.format(value.low) : `${troops.format(value.low)}–${troops.format(value.high)}`;
}

/**
 * Lays out the sizes proposed for Ukraine's army as horizontal bars on one scale from zero, each
 * with its name above and its figure at its end, painted in the colour of the party whose figure it
 * is (`party-…` roles are the party tokens, the same in every chart). The army's actual size, which
 * depends on what is counted, is a band from its low to its high figure behind every row, so each
 * proposal reads against it; a note at each edge of the band says what that figure counts and whose
 * it is. Each figure is a layer, so a step reveals bars one by one, and `focus` dims the others.
 */
export function armySizeChart(figures: ForceFigure[], strings: Pick<Strings, "locale" | "army">): ArmySizeChart {
  const { locale } = strings;
  const endNote = (figure: number, end: RangeEnd) =>
    strings.army.rangeEnd(new Intl.NumberFormat(locale).format(figure), end.counts, end.by, longDate(end.date, locale, "short"));
  const proposals = figures.filter((f) => f.kind !== "actual");
  const actual = figures.filter((f) => f.kind === "actual");
  const rowsBottom = TOP + proposals.length * ROW;
  const notesBottom = rowsBottom + actual.length * 2 * NOTE;
  const height = notesBottom + 40;
  const max = Math.max(...figures.map((f) => f.value.high));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([20, WIDTH - 150]);
  const marks: MarkIndex[] = [];
  const paths: Record<string, string> = {};
  const layers: LayerIndex[] = [];
  const point = (at: [number, number]): [[number, number], [number, number]] => [at, at];

  // A tick every 200 units at most: the figures under them, a seven-digit number among them, never run together on a phone.
  for (const tick of x.ticks(WIDTH / 200)) {
    const id = `tick-${tick}`;
    const at = r(x(tick));
    paths[`${id}-line`] = `M${at},${TOP - 10}V${notesBottom}`;
    marks.push({
      id: `${id}-line`,
      kind: "axis",
      name: "",
      bounds: [
        [at, TOP - 10],
        [at, notesBottom],
      ],
      anchor: [at, notesBottom],
      shownByDefault: true,
      defaultRole: "axis",
    });
    marks.push({
      id,
      kind: "tick",
      name: new Intl.NumberFormat(locale).format(tick),
      bounds: point([at, height - 22]),
      anchor: [at, height - 22],
      shownByDefault: true,
      labelByDefault: true,
    });
  }

  // The band goes first, so the bars are drawn over it.
  actual.forEach((figure, i) => {
    const x0 = x(figure.value.low);
    const x1 = Math.max(x(figure.value.high), x0 + 2);
    paths[figure.id] = barPath(x0, TOP - 10, x1, rowsBottom);
    marks.push({
      id: figure.id,
      kind: "bar",
      name: figure.label,
      bounds: [
        [x0, TOP - 10],
        [x1, rowsBottom],
      ],
      anchor: [x1, TOP - 24],
      shownByDefault: false,
      defaultRole: "actual",
    });
    marks.push({
      id: `${figure.id}-name`,
      kind: "row",
      name: figure.label,
      bounds: point([x1, TOP - 24]),
      anchor: [x1, TOP - 24],
      labelSide: "start",
      shownByDefault: false,
    });
    const members = [figure.id, `${figure.id}-name`];
    if (figure.ends) {
      const y = rowsBottom + i * 2 * NOTE + NOTE / 2;
      const ends = [
        { id: `${figure.id}-low`, name: endNote(figure.value.low, figure.ends.low), at: [x0, y] as [number, number] },
        { id: `${figure.id}-high`, name: endNote(figure.value.high, figure.ends.high), at: [x1, y + NOTE] as [number, number] },
      ];
      for (const end of ends)
        marks.push({ id: end.id, kind: "note", name: end.name, bounds: point(end.at), anchor: end.at, labelSide: "start", shownByDefault: false });
      members.push(...ends.map((e) => e.id));
    }
    layers.push({ id: figure.id, label: "", role: "actual", members });
  });

  proposals.forEach((figure, i) => {
    const y = TOP + i * ROW + 30;
    const x0 = x(0);
    const x1 = x(figure.value.high);
    const role: Role = `party-${figure.party}`;
    paths[figure.id] = barPath(x0, y, x1, y + BAR);
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
      party: figure.party,
    });
    marks.push({
      id: `${figure.id}-name`,
      kind: "row",
      name: figure.label,
      bounds: point([x0, y - 18]),
      anchor: [x0, y - 18],
      labelSide: "end",
      shownByDefault: false,
      party: figure.party,
    });
    marks.push({
      id: `${figure.id}-value`,
      kind: "value",
      name: troopLabel(figure.value, locale),
      bounds: point([x1, y]),
      anchor: [x1 + 8, y + BAR / 2],
      labelSide: "end",
      shownByDefault: false,
    });
    layers.push({ id: figure.id, label: "", role, members: [figure.id, `${figure.id}-name`, `${figure.id}-value`] });
  });

  return { id: "army-chart", focusMode: "dim", width: WIDTH, height, marks, layers, paths };
}
