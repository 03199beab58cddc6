import type { Datasets } from "../registry/datasets.ts";
import { oblastNames } from "../lib/oblasts.ts";
import type { CheckedFile } from "./checkDataFiles.ts";

const list = (ids: Iterable<string>) => [...ids].join(", ");

/**
 * The rules between data files, in one place: a source cited under one id is the same source in
 * every file; the map has exactly Ukraine's 27 units; every oblast code, place, proposal and
 * question a record names exists; every proposal answers every question exactly once.
 */
export function crossFileProblems(data: Datasets, latest: CheckedFile[]): string[] {
  const problems: string[] = [];

  // A source cited under one id in several files: the copy most files agree on is the source; each other copy is the one to mend.
  const copies = new Map<string, Array<{ path: string; index: number; source: Record<string, string>; text: string }>>();
  for (const file of latest) {
    (file.data as { sources?: Array<Record<string, string>> }).sources?.forEach((source, index) => {
      copies.set(source.id, [...(copies.get(source.id) ?? []), { path: file.path, index, source, text: JSON.stringify(source) }]);
    });
  }
  for (const [id, all] of copies) {
    const count = (text: string) => all.filter((c) => c.text === text).length;
    const agreed = [...all].sort((a, b) => count(b.text) - count(a.text))[0];
    for (const copy of all.filter((c) => c.text !== agreed.text)) {
      const differs = Object.keys({ ...agreed.source, ...copy.source }).filter((k) => agreed.source[k] !== copy.source[k]);
      problems.push(
        `${copy.path}: sources[${copy.index}]: expected source "${id}" to be the same as in ${agreed.path} (sources[${agreed.index}]), found a different ${differs.join(", ")}`,
      );
    }
  }

  const { geo } = data;
  const units = geo.data.objects.oblasts.geometries.map((g) => g.id);
  const ukraine = new Set(oblastNames.map((o) => o.id));
  const missing = [...ukraine].filter((id) => !units.includes(id));
  const unknown = units.filter((id) => !ukraine.has(id));
  if (missing.length || unknown.length) {
    problems.push(
      `${geo.path}: objects.oblasts.geometries: expected Ukraine's ${ukraine.size} units (ISO 3166-2:UA), found ${units.length}` +
        `${missing.length ? `, without ${list(missing)}` : ""}${unknown.length ? `, with unknown ${list(unknown)}` : ""}`,
    );
  }
  const onMap = new Set(units);
  const oblast = (path: string, at: string, id: string) => {
    if (!onMap.has(id)) problems.push(`${path}: ${at}: expected the id of an oblast on the map (${geo.path}), found "${id}"`);
  };
  const { regions, places, checkpoints, plans, proposals, guarantees } = data;
  regions.data.groups.forEach((group, g) => group.members.forEach((id, m) => oblast(regions.path, `groups[${g}].members[${m}]`, id)));
  places.data.places.forEach((place, p) => oblast(places.path, `places[${p}].oblast`, place.oblast));
  const placeIds = new Set(places.data.places.map((p) => p.id));
  places.data.roads.forEach((road, r) =>
    road.through.forEach((id, i) => {
      if (!placeIds.has(id)) problems.push(`${places.path}: roads[${r}].through[${i}]: expected the id of one of the file's places, found "${id}"`);
    }),
  );
  checkpoints.data.checkpoints.forEach((checkpoint, c) => oblast(checkpoints.path, `checkpoints[${c}].oblast`, checkpoint.oblast));

  const proposalIds = new Set(proposals.data.proposals.map((p) => p.id));
  const questionIds = new Set(proposals.data.questions.map((q) => q.id));
  const proposal = (path: string, at: string, id: string) => {
    if (!proposalIds.has(id)) problems.push(`${path}: ${at}: expected the id of a proposal in ${proposals.path} (${list(proposalIds)}), found "${id}"`);
  };
  plans.data.plans.forEach((plan, p) => {
    plan.whole.forEach((id, i) => oblast(plans.path, `plans[${p}].whole[${i}]`, id));
    if (plan.frozen !== "everywhere") plan.frozen.forEach((id, i) => oblast(plans.path, `plans[${p}].frozen[${i}]`, id));
    proposal(plans.path, `plans[${p}].proposal`, plan.proposal);
  });
  // A column that sets out a party's offer is one of the proposals; a treaty's column is not.
  guarantees.data.columns.forEach((column, c) => {
    if (column.party) proposal(guarantees.path, `columns[${c}].id`, column.id);
  });

  const pairs = new Map<string, number>();
  proposals.data.positions.forEach((position, i) => {
    proposal(proposals.path, `positions[${i}].proposal`, position.proposal);
    if (!questionIds.has(position.question))
      problems.push(`${proposals.path}: positions[${i}].question: expected the id of a question (${list(questionIds)}), found "${position.question}"`);
    const pair = `${position.proposal} / ${position.question}`;
    if (pairs.has(pair))
      problems.push(
        `${proposals.path}: positions[${i}]: expected one position per proposal and question, found ${pair} again (first at positions[${pairs.get(pair)}])`,
      );
    pairs.set(pair, i);
  });
  for (const p of proposalIds) {
    for (const q of questionIds) if (!pairs.has(`${p} / ${q}`)) problems.push(`${proposals.path}: positions: expected a position for ${p} / ${q}, found none`);
  }
  return problems;
}
