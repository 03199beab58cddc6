import type { OfficialAreas } from "../schemas/areas.ts";
import type { Source } from "../schemas/common.ts";
import type { CheckpointsFile, ControlSnapshot, ShareSeries } from "../schemas/control.ts";
import type { ProposalsFile } from "../schemas/proposals.ts";
import type { PublishedFiguresFile } from "../schemas/facts.ts";
import type { ForcesFile } from "../schemas/forces.ts";
import type { TerritoryPlansFile } from "../schemas/plans.ts";
import { factText, type FactUnit } from "./factText.ts";

/** A figure the text can state through <Num of="id">, with where it comes from. */
export interface Fact {
  id: string;
  value: number;
  unit: FactUnit;
  /** The figure as printed. */
  text: string;
  /** Computed by the explainer from a map's data rather than published as such. */
  approximate: boolean;
  /** Data file it comes from. */
  dataset: string;
  /** Sources behind it. */
  sources: Source[];
}

/** The data the text's figures come from. */
export interface FactInputs {
  /** Ukraine's and its units' official areas, which every share is taken over. */
  official: OfficialAreas;
  /** The file they come from, and its sources. */
  areas: { path: string; data: { sources: Source[] } };
  snapshots: Array<{ path: string; data: ControlSnapshot }>;
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
 * control snapshots, the land each plan would give Russia from the latest snapshot's areas by oblast
 * and the official areas (an oblast a plan gives Russia whole counts at its official area), and published figures
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
  const { official } = inputs;
  const officialKm2 = (id: string) => {
    const km2 = official.units[id];
    if (km2 === undefined) throw new Error(`${inputs.areas.path}: units: expected the official area of ${id}, which a plan or figure measures, found none`);
    return km2;
  };
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
      const measuredSources = [...data.sources, ...inputs.areas.data.sources];
      snapshot("held-UA-14-km2", Math.max(0, officialKm2("UA-14") - (data.areas.byOblast["UA-14"]?.km2 ?? 0)), "km2", true, measuredSources);
      snapshot("held-UA-14-share", 1 - (data.areas.byOblast["UA-14"]?.share ?? 0), "share", true, measuredSources);
      const checkpoints = checkpointsByDate.get(data.date);
      if (checkpoints) add(`checkpoints-count@${when}`, checkpoints.length, "count", false, inputs.checkpoints.path, inputs.checkpoints.data.sources);
    }
  }
  if (latest) {
    const occupied = latest.data.areas.byOblast;
    const held = (id: string) => occupied[id]?.km2 ?? 0;
    for (const plan of inputs.plans.data.plans) {
      const whole = new Set(plan.whole);
      const frozen = new Set(plan.frozen === "everywhere" ? Object.keys(occupied) : plan.frozen);
      const sources = [...inputs.plans.data.sources.filter((s) => plan.sources.includes(s.id)), ...latest.data.sources, ...inputs.areas.data.sources];
      const wholeKm2 = plan.whole.reduce((sum, id) => sum + officialKm2(id), 0);
      const frozenKm2 = [...frozen].filter((id) => !whole.has(id)).reduce((sum, id) => sum + held(id), 0);
      const gained = plan.whole.reduce((sum, id) => sum + Math.max(0, officialKm2(id) - held(id)), 0);
      const returned = Object.keys(occupied)
        .filter((id) => !whole.has(id) && !frozen.has(id))
        .reduce((sum, id) => sum + held(id), 0);
      add(`${plan.id}-km2`, wholeKm2 + frozenKm2, "km2", true, inputs.plans.path, sources);
      add(`${plan.id}-share`, (wholeKm2 + frozenKm2) / official.ukraineKm2, "share", true, inputs.plans.path, sources);
      add(`${plan.id}-gained-km2`, gained, "km2", true, inputs.plans.path, sources);
      add(`${plan.id}-returned-km2`, returned, "km2", true, inputs.plans.path, sources);
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
