import { createHash } from "node:crypto";
import type { z } from "zod";
import { publishedEnvelopeSchema } from "../schemas/common.ts";
import { datasets, type DatasetName } from "../registry/datasets.ts";
import { datasetOfPath, type FileName } from "./datasetOfPath.ts";
import { decodeDataText } from "./decodeDataText.ts";
import { fileProblems } from "./fileProblems.ts";
import { jsonPath } from "./jsonPath.ts";
import { parseDataJson } from "./parseDataJson.ts";
import { inLanguage } from "./inLanguage.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/langs.ts";

/** A data file as the one reader (scripts/readDataFiles.ts) hands it over: its path and its bytes. */
export interface DataFile {
  /** Path relative to the project, e.g. data/places/places.v1.json. */
  path: string;
  bytes: Uint8Array;
}

/** A data file that passed every check of its own. */
export interface CheckedFile {
  path: string;
  dataset: DatasetName;
  /** The day of a daily dataset's file, else "". */
  day: string;
  version: number;
  /** The highest version of its dataset (and day): checked against the full schema; older ones only against the envelope. */
  latest: boolean;
  data: unknown;
  /** The text as published. */
  text: string;
}

const describe = (value: unknown): string => {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
};

function issueText(issue: z.core.$ZodIssue & { input?: unknown }): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}, found ${describe(issue.input)}`;
    case "unrecognized_keys":
      return `unexpected field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${describe(issue.input)}`;
    case "invalid_union":
      return `expected ${issue.message === "Invalid input" ? "one of the allowed shapes" : issue.message}, found ${describe(issue.input)}`;
    case "too_small":
    case "too_big": {
      const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
      const bound = `${issue.code === "too_small" ? "at least" : "at most"} ${limit}`;
      const noun = issue.origin === "array" ? " item" : issue.origin === "string" ? " character" : "";
      const unit = noun && limit !== 1 ? `${noun}s` : noun;
      const custom = !/^Too (small|big)/.test(issue.message);
      return `expected ${custom ? issue.message : `${bound}${unit}`}, found ${describe(issue.input)}`;
    }
    default:
      return `expected ${issue.message}, found ${describe(issue.input)}`;
  }
}

/**
 * One file on its own, as checkDataFiles describes: its problems, or the file as checked. Pure, so
 * its result is kept for the file's bytes: the build, data:check and the tests check the same
 * files many times, and a snapshot's geometry takes a while to parse and check.
 */
function checkFile(path: string, bytes: Uint8Array, name: FileName, latest: boolean, edition: string, lang: Lang): { problems: string[]; file?: CheckedFile } {
  const decoded = decodeDataText(bytes);
  if ("problem" in decoded) return { problems: [`${path}: ${decoded.problem}`] };
  const json = parseDataJson(decoded.text);
  if ("problems" in json) return { problems: json.problems.map((p) => `${path}: ${p}`) };
  // Text written in every language is read in the edition's.
  const read = inLanguage(json.value, lang);
  if ("problems" in read) return { problems: read.problems.map((p) => `${path}: ${p}`) };
  const schema = latest ? datasets[name.dataset].schema : publishedEnvelopeSchema;
  const result = schema.safeParse(read.value, { reportInput: true });
  if (!result.success) return { problems: result.error.issues.map((issue) => `${path}: ${jsonPath(issue.path)}: ${issueText(issue)}`) };
  const version = (read.value as { version: number }).version;
  if (version !== name.version) return { problems: [`${path}: version: expected ${name.version}, the version in the file's name, found ${version}`] };
  // Every version is published, so each is held to the edition date and the rules of text, ids
  // and cited sources, which do not change; only the schema of its records may have moved on.
  const own = fileProblems(read.value, edition).map((p) => `${path}: ${p}`);
  return own.length ? { problems: own } : { problems: [], file: { path, ...name, data: result.data, text: decoded.text, latest } };
}

const checkedFiles = new Map<string, { problems: string[]; file?: CheckedFile }>();

/**
 * Checks every data file on its own: that its name says which dataset and version it is, that it is
 * UTF-8 JSON with no field given twice, that no two files claim one version, that it matches its
 * schema (the latest version of a dataset the full schema, older ones the envelope they were
 * published with), that its version matches its name, and, for every version, `fileProblems`:
 * ids, cited sources, invisible characters and dates, none after `edition`; and that a later
 * version is not dated before the one it corrects. Text written in every language
 * (`{"en": …, "uk": …}`) is read in `lang`'s words. Messages name the file, the JSON path,
 * what was expected and what was found.
 */
export function checkDataFiles(files: DataFile[], edition: string, lang: Lang = DEFAULT_LANG): { problems: string[]; checked: CheckedFile[] } {
  const problems: string[] = [];
  const named = [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((file) => {
      const name = datasetOfPath(file.path);
      if ("problem" in name) {
        problems.push(`${file.path}: ${name.problem}`);
        return [];
      }
      return [{ ...file, name }];
    });
  // The latest version is the one a file's name claims, whether or not that file turns out readable.
  const key = (file: { dataset: string; day: string }) => `${file.dataset}/${file.day}`;
  // (Versions are written without leading zeros, so no two files can claim the same one.)
  const highest = new Map<string, number>();
  for (const { name } of named) highest.set(key(name), Math.max(highest.get(key(name)) ?? 0, name.version));

  const checked: CheckedFile[] = [];
  for (const { path, bytes, name } of named) {
    const latest = highest.get(key(name)) === name.version;
    const memo = `${path}\u0000${latest}\u0000${edition}\u0000${lang}\u0000${createHash("sha256").update(bytes).digest("hex")}`;
    if (!checkedFiles.has(memo)) checkedFiles.set(memo, checkFile(path, bytes, name, latest, edition, lang));
    const result = checkedFiles.get(memo)!;
    problems.push(...result.problems);
    if (result.file) checked.push(result.file);
  }
  // A later version describes the same or a later day than the one it corrects.
  const versions = [...checked].sort((a, b) => key(a).localeCompare(key(b)) || a.version - b.version);
  const asOf = (file: CheckedFile) => (file.data as { asOf: string }).asOf;
  versions.forEach((file, i) => {
    const previous = versions[i - 1];
    if (previous && key(previous) === key(file) && asOf(file) < asOf(previous)) {
      problems.push(`${file.path}: asOf: expected a date on or after the asOf of version ${previous.version} (${asOf(previous)}), found "${asOf(file)}"`);
    }
  });
  // A version that names the edition publishing it names one that exists, on or after its own day.
  const editions = new Set(checked.filter((f) => f.dataset === "edition").map(asOf));
  // (A file checked alone, as the importer checks its snapshot, has no editions to name.)
  for (const file of editions.size ? checked : []) {
    const named = (file.data as { edition?: string }).edition;
    if (named === undefined) continue;
    if (!editions.has(named)) problems.push(`${file.path}: edition: expected the date of an edition (${[...editions].sort().join(", ")}), found "${named}"`);
    else if (named < asOf(file)) problems.push(`${file.path}: edition: expected an edition on or after the file's asOf (${asOf(file)}), found "${named}"`);
  }
  return { problems, checked };
}
