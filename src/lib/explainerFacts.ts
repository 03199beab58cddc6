import polygonClipping from "polygon-clipping";
import type { MultiPolygon } from "geojson";
import type { Source } from "../schemas/common.ts";
import type { CheckpointsFile, ControlSnapshot, ShareSeries } from "../schemas/control.ts";
import type { ProposalsFile } from "../schemas/proposals.ts";
import type { PublishedFiguresFile } from "../schemas/facts.ts";
import type { ForcesFile } from "../schemas/forces.ts";
import type { TerritoryPlansFile } from "../schemas/plans.ts";
import { areaKm2 } from "./areaKm2.ts";
import { factText, type FactUnit } from "./factText.ts";
import { multiPolygonFromClipping } from "./multiPolygonFromClipping.ts";
import { clippingGeometry } from "./clippingGeometry.ts";

/** A figure the text can state through <Num of="id">, with where it comes from. */
export interface Fact {
  id: string;
  value: number;
  unit: FactUnit;
  /** The figure as printed. */
  text: string;
  /** Computed from the project's approximate map rather than published. */
  approximate: boolean;
  /** Data file it comes from. */
  dataset: string;
  /** Sources behind it. */
  sources: Source[];
}

/** The data the text's figures come from. */
export interface FactInputs {
  ukraineKm2: number;
  snapshots: Array<{ path: string; data: ControlSnapshot }>;
  /** Land measured for the text, by layer id: the part of Donetsk Ukraine holds, each plan. */
  land: Map<string, MultiPolygon>;
  plans: { path: string; data: TerritoryPlansFile };
  published: { path: string; data: PublishedFiguresFile };
  series: { path: string; data: ShareSeries };
  forces: { path: string; data: ForcesFile };
  checkpoints: { path: string; data: CheckpointsFile };
  proposals: { path: string; data: ProposalsFile };
}


/**
 * Every figure the text may state, computed from the data files: occupied areas and shares from the
 * control snapshots, the land each plan would give Russia from its geometry, and published figures
 * (population, army sizes, shares reported by trackers) as their files give them.
 */
export function explainerFacts(inputs: FactInputs): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const add = (id: string, value: number, unit: FactUnit, approximate: boolean, dataset: string, sources: Source[]) =>
    facts.set(id, { id, value, unit, text: factText(value, unit, approximate), approximate, dataset, sources });

  const sorted = [...inputs.snapshots].sort((a, b) => a.data.date.localeCompare(b.data.date));
  for (const { path, data } of sorted) {
    add(`occupied-${data.date}-km2`, data.areas.totalKm2, "km2", true, path, data.sources);
    add(`occupied-${data.date}-share`, data.areas.shareOfUkraine, "share", true, path, data.sources);
    for (const [oblast, area] of Object.entries(data.areas.byOblast)) {
      add(`occupied-${data.date}-${oblast}-share`, area.share, "share", true, path, data.sources);
      add(`occupied-${data.date}-${oblast}-km2`, area.km2, "km2", true, path, data.sources);
    }
  }
  const latest = sorted.at(-1);
  const overlay = (id: string) => inputs.land.get(id);
  if (latest) {
    const held = overlay(`held-UA-14-${latest.data.date}`);
    if (held) {
      add(`held-UA-14-${latest.data.date}-km2`, areaKm2(held), "km2", true, latest.path, latest.data.sources);
      add(`held-UA-14-${latest.data.date}-share`, 1 - (latest.data.areas.byOblast["UA-14"]?.share ?? 0), "share", true, latest.path, latest.data.sources);
    }
    for (const plan of inputs.plans.data.plans) {
      const land = overlay(plan.id);
      if (!land) continue;
      const sources = [...inputs.plans.data.sources.filter((s) => plan.sources.includes(s.id)), ...latest.data.sources];
      const km2 = areaKm2(land);
      add(`${plan.id}-km2`, km2, "km2", true, inputs.plans.path, sources);
      add(`${plan.id}-share`, km2 / inputs.ukraineKm2, "share", true, inputs.plans.path, sources);
      const gained = areaKm2(multiPolygonFromClipping(polygonClipping.difference(clippingGeometry(land), clippingGeometry(latest.data.occupied))));
      const returned = areaKm2(multiPolygonFromClipping(polygonClipping.difference(clippingGeometry(latest.data.occupied), clippingGeometry(land))));
      add(`${plan.id}-gained-km2`, gained, "km2", true, inputs.plans.path, sources);
      add(`${plan.id}-returned-km2`, returned, "km2", true, inputs.plans.path, sources);
    }
  }
  for (const figure of inputs.published.data.figures) {
    add(figure.id, figure.value, figure.unit, false, inputs.published.path, inputs.published.data.sources.filter((s) => figure.sources.includes(s.id)));
  }
  for (const point of inputs.series.data.points) {
    const id = `share-${point.date}-${point.sources[0]}`;
    if (!facts.has(id)) add(id, point.share, "share", false, inputs.series.path, inputs.series.data.sources.filter((s) => point.sources.includes(s.id)));
  }
  for (const figure of inputs.forces.data.figures) {
    const sources = inputs.forces.data.sources.filter((s) => figure.sources.includes(s.id));
    add(`${figure.id}-low`, figure.value.low, "troops", false, inputs.forces.path, sources);
    add(`${figure.id}-high`, figure.value.high, "troops", false, inputs.forces.path, sources);
  }
  const byDate = Map.groupBy(inputs.checkpoints.data.checkpoints, (checkpoint) => checkpoint.date);
  for (const [date, checkpoints] of byDate) add(`checkpoints-${date}-count`, checkpoints.length, "count", false, inputs.checkpoints.path, inputs.checkpoints.data.sources);
  add("proposals-count", inputs.proposals.data.proposals.length, "count", false, inputs.proposals.path, []);
  add("questions-count", inputs.proposals.data.questions.length, "count", false, inputs.proposals.path, []);
  return facts;
}
