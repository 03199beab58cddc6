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
  /** Locale the figures are printed in. */
  locale: string;
}

/**
 * Every figure the text may state, computed from the data files: occupied areas and shares from the
 * control snapshots, the land each plan would give Russia from its geometry, and published figures
 * (population, army sizes, shares reported by trackers) as their files give them. A snapshot's
 * figures are named by meaning: by its day ("occupied-share@2022-02-23") and, for the latest, as
 * "@latest" ("occupied-UA-14-share@latest", "day@latest"), so a new snapshot moves the text.
 */
export function explainerFacts(inputs: FactInputs): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const add = (id: string, value: number, unit: FactUnit, approximate: boolean, dataset: string, sources: Source[]) =>
    facts.set(id, { id, value, unit, text: factText(value, unit, inputs.locale, approximate), approximate, dataset, sources });

  const sorted = [...inputs.snapshots].sort((a, b) => a.data.date.localeCompare(b.data.date));
  const latest = sorted.at(-1);
  const checkpointsByDate = Map.groupBy(inputs.checkpoints.data.checkpoints, (checkpoint) => checkpoint.date);
  const land = (id: string) => inputs.land.get(id);
  for (const { path, data } of sorted) {
    for (const when of data === latest?.data ? [data.date, "latest"] : [data.date]) {
      const snapshot = (name: string, value: number, unit: FactUnit, approximate = true, sources = data.sources) =>
        add(`${name}@${when}`, value, unit, approximate, path, sources);
      const [year, month, day] = data.date.split("-").map(Number);
      snapshot("day", Date.UTC(year, month - 1, day), "day", false);
      snapshot("occupied-km2", data.areas.totalKm2, "km2");
      snapshot("occupied-share", data.areas.shareOfUkraine, "share");
      for (const [oblast, area] of Object.entries(data.areas.byOblast)) {
        snapshot(`occupied-${oblast}-share`, area.share, "share");
        snapshot(`occupied-${oblast}-km2`, area.km2, "km2");
      }
      const held = land(`held-UA-14-${data.date}`);
      if (held) {
        snapshot("held-UA-14-km2", areaKm2(held), "km2");
        snapshot("held-UA-14-share", 1 - (data.areas.byOblast["UA-14"]?.share ?? 0), "share");
      }
      const checkpoints = checkpointsByDate.get(data.date);
      if (checkpoints) add(`checkpoints-count@${when}`, checkpoints.length, "count", false, inputs.checkpoints.path, inputs.checkpoints.data.sources);
    }
  }
  if (latest) {
    for (const plan of inputs.plans.data.plans) {
      const territory = land(plan.id);
      if (!territory) continue;
      const sources = [...inputs.plans.data.sources.filter((s) => plan.sources.includes(s.id)), ...latest.data.sources];
      const km2 = areaKm2(territory);
      const change = (a: MultiPolygon, b: MultiPolygon) =>
        areaKm2(multiPolygonFromClipping(polygonClipping.difference(clippingGeometry(a), clippingGeometry(b))));
      add(`${plan.id}-km2`, km2, "km2", true, inputs.plans.path, sources);
      add(`${plan.id}-share`, km2 / inputs.ukraineKm2, "share", true, inputs.plans.path, sources);
      add(`${plan.id}-gained-km2`, change(territory, latest.data.occupied), "km2", true, inputs.plans.path, sources);
      add(`${plan.id}-returned-km2`, change(latest.data.occupied, territory), "km2", true, inputs.plans.path, sources);
    }
  }
  for (const figure of inputs.published.data.figures) {
    add(
      figure.id,
      figure.value,
      figure.unit,
      false,
      inputs.published.path,
      inputs.published.data.sources.filter((s) => figure.sources.includes(s.id)),
    );
  }
  for (const point of inputs.series.data.points) {
    const id = `share-${point.date}-${point.sources[0]}`;
    if (!facts.has(id))
      add(
        id,
        point.share,
        "share",
        false,
        inputs.series.path,
        inputs.series.data.sources.filter((s) => point.sources.includes(s.id)),
      );
  }
  for (const figure of inputs.forces.data.figures) {
    const sources = inputs.forces.data.sources.filter((s) => figure.sources.includes(s.id));
    add(`${figure.id}-low`, figure.value.low, "troops", false, inputs.forces.path, sources);
    add(`${figure.id}-high`, figure.value.high, "troops", false, inputs.forces.path, sources);
  }
  add("proposals-count", inputs.proposals.data.proposals.length, "count", false, inputs.proposals.path, []);
  add("questions-count", inputs.proposals.data.questions.length, "count", false, inputs.proposals.path, []);
  return facts;
}
