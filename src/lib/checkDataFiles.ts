import type { z } from "zod";

/** A data file as read from disk. */
export interface DataFileText {
  /** Path relative to the project, e.g. data/places/places.v1.json. */
  path: string;
  text: string;
}

/** How a kind of data file is recognised and checked. */
export interface DataFileKind {
  pattern: RegExp;
  /** How such a file is named, for messages, e.g. data/places/places.vN.json. */
  name: string;
  kind: string;
  schema: z.ZodType;
}

/** The outcome of checking every data file. */
export interface DataCheck {
  /** One line per problem: file, JSON path, what was expected, what was found. */
  problems: string[];
  /** Parsed contents of the files that passed, by path. */
  files: Map<string, unknown>;
}

const jsonPath = (path: PropertyKey[]): string =>
  path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "") || "(the whole file)";

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

/** Problems no schema can see alone: cited sources that are not listed, and ids used twice. */
function referenceProblems(data: unknown): string[] {
  const problems: string[] = [];
  const root = data as { sources?: Array<{ id: string }> };
  const sourceIds = new Set((root.sources ?? []).map((s) => s.id));
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      const seen = new Map<string, number>();
      value.forEach((item, index) => {
        const id = (item as { id?: unknown } | null)?.id;
        if (typeof id === "string") {
          if (seen.has(id)) problems.push(`${jsonPath([...path, index, "id"])}: expected a unique id, found "${id}" again (first at ${jsonPath([...path, seen.get(id)!])})`);
          else seen.set(id, index);
        }
        visit(item, [...path, index]);
      });
    } else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        if ((key === "sources" || key === "source") && path.length > 0) {
          const cited = Array.isArray(child) ? child : [child];
          cited.forEach((id, index) => {
            if (typeof id === "string" && !sourceIds.has(id)) {
              const at = Array.isArray(child) ? [...path, key, index] : [...path, key];
              problems.push(`${jsonPath(at)}: expected the id of one of this file's sources, found "${id}"`);
            }
          });
        }
        visit(child, [...path, key]);
      }
    }
  };
  visit(data, []);
  return problems;
}

/**
 * Checks every data file: that it is JSON, that its name says which kind it is and which version,
 * that it matches its schema, that every cited source is listed and no id is used twice. Messages
 * name the file, the JSON path, what was expected and what was found.
 */
export function checkDataFiles(texts: DataFileText[], kinds: DataFileKind[]): DataCheck {
  const problems: string[] = [];
  const files = new Map<string, unknown>();
  for (const { path, text } of texts) {
    const kind = kinds.find((k) => k.pattern.test(path));
    if (!kind) {
      problems.push(`${path}: expected a file named like one of the known data files (${kinds.map((k) => k.name).join(", ")}), found an unknown name`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push(`${path}: expected valid JSON, found a file that does not parse (${(error as Error).message})`);
      continue;
    }
    const result = kind.schema.safeParse(data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${path}: ${jsonPath(issue.path)}: ${issueText(issue)}`);
      continue;
    }
    const fileVersion = Number(/\.v(\d+)\./.exec(path)?.[1]);
    const version = (data as { version: number }).version;
    if (fileVersion !== version) {
      problems.push(`${path}: version: expected ${fileVersion}, the version in the file's name, found ${version}`);
      continue;
    }
    const references = referenceProblems(data).map((p) => `${path}: ${p}`);
    problems.push(...references);
    if (references.length === 0) files.set(path, result.data);
  }
  return { problems, files };
}
