/** A published data file, as the history reads it. */
export interface HistoryFile {
  path: string;
  dataset: string;
  /** The day of a daily dataset's file, else "". */
  day: string;
  version: number;
  title: string;
  asOf: string;
  text: string;
}

/** What one version of a file changed, against the version it replaces. */
export interface VersionChange {
  file: HistoryFile;
  /** The version it replaces; absent for a file's first version. */
  replaces?: HistoryFile;
  /** For a daily dataset's first file of a day, the latest file of the day before it made the same way, which its areas are compared with. */
  after?: HistoryFile;
  /** Records (entries of a list whose items have ids) added, removed and changed, by list: "events", "sources". */
  records: Array<{ list: string; added: string[]; removed: string[]; changed: string[] }>;
  /** Other top-level fields whose value changed: "note", "occupied", "areas". */
  fields: string[];
  /** How the land a snapshot measures moved, against the version it replaces or the day before. */
  area?: { fromKm2: number; toKm2: number; fromShare: number; toShare: number };
}

/** One edition of the explainer: the day it describes, and every file version it published. */
export interface Edition {
  /** The edition date. */
  asOf: string;
  /** The latest version of the edition file with that date, and its path. */
  version: number;
  path: string;
  changes: VersionChange[];
}

type Json = Record<string, unknown>;

const isRecordList = (value: unknown): value is Array<{ id: string }> =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "object" && item !== null && typeof (item as Json).id === "string");

const areasOf = (data: Json) => {
  const areas = data.areas as { totalKm2?: unknown; shareOfUkraine?: unknown } | undefined;
  return typeof areas?.totalKm2 === "number" && typeof areas.shareOfUkraine === "number" ? { km2: areas.totalKm2, share: areas.shareOfUkraine } : undefined;
};

/** What `current` changed against `previous` (records by id, other fields by value), or against nothing for a first version. */
function compare(current: Json, previous: Json | undefined): Pick<VersionChange, "records" | "fields"> {
  const records: VersionChange["records"] = [];
  const fields: string[] = [];
  if (!previous) return { records, fields };
  for (const key of new Set([...Object.keys(previous), ...Object.keys(current)])) {
    if (key === "version") continue;
    const [before, after] = [previous[key], current[key]];
    if (isRecordList(before) && isRecordList(after)) {
      const old = new Map(before.map((r) => [r.id, JSON.stringify(r)]));
      const now = new Map(after.map((r) => [r.id, JSON.stringify(r)]));
      const added = [...now.keys()].filter((id) => !old.has(id));
      const removed = [...old.keys()].filter((id) => !now.has(id));
      const changed = [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id));
      if (added.length || removed.length || changed.length) records.push({ list: key, added, removed, changed });
    } else if (JSON.stringify(before) !== JSON.stringify(after)) fields.push(key);
  }
  return { records, fields };
}

/**
 * The explainer's history, newest edition first, from its published files. Each date the edition
 * file has given is an edition; every version of every other file belongs to the edition its
 * `edition` field names or, without one, to the first edition dated on or after its own "as of".
 * Each version is compared with the one it replaces: records added, removed and changed by id,
 * other fields by value, and, for a snapshot, how its area moved; a day's first snapshot is compared
 * with the latest snapshot of an earlier day made the same way (from the tracker, or drawn by hand).
 */
export function editionHistory(files: HistoryFile[], editionDataset = "edition"): Edition[] {
  const parsed = new Map(files.map((f) => [f.path, JSON.parse(f.text) as Json]));
  const ordered = [...files].sort((a, b) => a.dataset.localeCompare(b.dataset) || a.day.localeCompare(b.day) || a.version - b.version);
  const history: Edition[] = [];
  for (const file of ordered.filter((f) => f.dataset === editionDataset)) {
    const known = history.find((e) => e.asOf === file.asOf);
    if (known) Object.assign(known, { version: file.version, path: file.path });
    else history.push({ asOf: file.asOf, version: file.version, path: file.path, changes: [] });
  }
  history.sort((a, b) => a.asOf.localeCompare(b.asOf));
  const tracked = (f: HistoryFile) => parsed.get(f.path)!.measured !== undefined;
  for (const file of ordered) {
    const replaces = ordered.filter((f) => f.dataset === file.dataset && f.day === file.day && f.version < file.version).at(-1);
    const after =
      replaces || !file.day
        ? undefined
        : ordered.filter((f) => f.dataset === file.dataset && f.day !== "" && f.day < file.day && tracked(f) === tracked(file)).at(-1);
    const current = parsed.get(file.path)!;
    const base = replaces ?? after;
    const [from, to] = [base && areasOf(parsed.get(base.path)!), areasOf(current)];
    const change: VersionChange = {
      file,
      ...(replaces ? { replaces } : {}),
      ...(after ? { after } : {}),
      ...compare(current, replaces && parsed.get(replaces.path)),
      ...(from && to && (from.km2 !== to.km2 || !replaces) ? { area: { fromKm2: from.km2, toKm2: to.km2, fromShare: from.share, toShare: to.share } } : {}),
    };
    const named = typeof current.edition === "string" ? current.edition : undefined;
    const edition = (named ? history.find((e) => e.asOf === named) : history.find((e) => e.asOf >= file.asOf)) ?? history.at(-1);
    edition?.changes.push(change);
  }
  return history.reverse();
}
