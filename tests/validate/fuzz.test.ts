import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { checkExplainerData } from "../../src/validate/checkExplainerData.ts";
import { bytes, committedFiles } from "../support/committed.ts";

/** A small seeded generator (mulberry32), so every run tries the same mutations and a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNICODE = ["\u200b", "\u202e", "\u00a0", "\ufeff", "\ufffd", "\u0000", "\u0456", "\u0301", "😀", "</script><script>alert(1)</script>"];
const MUTATIONS = ["delete a key", "change a type", "change a number", "duplicate an item", "insert unicode"] as const;
const SEED = 20251215;
const COUNT = 520;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a value where a mutation can land: [container, key]. */
function places(value: Json, found: Array<[Json[] | Record<string, Json>, string | number]> = []) {
  const stack: Json[] = [value];
  while (stack.length) {
    const current = stack.pop()!;
    if (Array.isArray(current)) {
      current.forEach((child, i) => {
        found.push([current, i]);
        stack.push(child);
      });
    } else if (current && typeof current === "object") {
      for (const [key, child] of Object.entries(current)) {
        found.push([current, key]);
        stack.push(child);
      }
    }
  }
  return found;
}

/** One mutation of a file's JSON, as a person editing it by hand (or a broken tool) might make it. */
function mutate(data: Json, kind: (typeof MUTATIONS)[number], pick: () => number): string {
  const all = places(data);
  const choose = <T>(items: T[]) => items[Math.floor(pick() * items.length)];
  const [container, key] = choose(all);
  const get = () => (container as Record<string | number, Json>)[key];
  const set = (value: Json) => void ((container as Record<string | number, Json>)[key] = value);
  switch (kind) {
    case "delete a key":
      if (Array.isArray(container)) container.splice(key as number, 1);
      else delete container[key];
      return `deleted ${key}`;
    case "change a type": {
      const value = get();
      set(
        typeof value === "string"
          ? 42
          : typeof value === "number"
            ? String(value)
            : Array.isArray(value)
              ? {}
              : value && typeof value === "object"
                ? []
                : "text",
      );
      return `changed the type at ${key}`;
    }
    case "change a number": {
      const numbers = all.filter(([c, k]) => typeof (c as Record<string | number, Json>)[k] === "number");
      if (!numbers.length) return "no number";
      const [c, k] = choose(numbers);
      const target = c as Record<string | number, Json>;
      target[k] = choose([(target[k] as number) * 10, -(target[k] as number), 0, (target[k] as number) + 0.5, 1e308, -1e-9, 2 ** 53 + 2]);
      return `changed the number at ${k}`;
    }
    case "duplicate an item": {
      const lists = all.filter(([c, k]) => Array.isArray((c as Record<string | number, Json>)[k]) && (c as Record<string | number, Json[]>)[k].length > 0);
      if (!lists.length) return "no list";
      const [c, k] = choose(lists);
      const list = (c as Record<string | number, Json[]>)[k];
      list.push(structuredClone(choose(list)));
      return `duplicated an item of ${k}`;
    }
    case "insert unicode": {
      const strings = all.filter(([c, k]) => typeof (c as Record<string | number, Json>)[k] === "string");
      if (!strings.length) return "no string";
      const [c, k] = choose(strings);
      const target = c as Record<string | number, string>;
      const at = Math.floor(pick() * (target[k].length + 1));
      target[k] = `${target[k].slice(0, at)}${choose(UNICODE)}${target[k].slice(at)}`;
      return `inserted unicode at ${k}`;
    }
  }
}

// Mutations are spread over the datasets, not the files: the control snapshots, one file a day, would
// otherwise take most of them, and each costs a measurement of its geometry.
const byDataset = Object.values(Object.groupBy(committedFiles, (f) => f.path.replace(/(-\d{4}-\d{2}-\d{2})?\.v\d+\.(topo\.)?json$/, "")));

describe("checkExplainerData on mutated copies of the real data files (seeded fuzz)", () => {
  // Allowed three minutes: a mutated geography makes every snapshot be measured again, a few seconds each time.
  it(`never crashes, and every refusal names the changed file, over ${COUNT} mutations (seed ${SEED})`, () => {
    const pick = random(SEED);
    const outcomes = { rejected: 0, accepted: 0 };
    const failures: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const dataset = byDataset[Math.floor(pick() * byDataset.length)]!;
      const file = dataset[Math.floor(pick() * dataset.length)];
      const kind = MUTATIONS[Math.floor(pick() * MUTATIONS.length)];
      const data = JSON.parse(new TextDecoder().decode(file.bytes)) as Json;
      const what = mutate(data, kind, pick);
      const files = committedFiles.map((f) => (f === file ? { path: f.path, bytes: bytes(JSON.stringify(data, null, 2)) } : f));
      try {
        const { problems } = checkExplainerData(files, en);
        if (problems.length) outcomes.rejected++;
        else outcomes.accepted++;
        const unnamed = problems.filter((p) => !/^data\/\S+\.json[:,]/.test(p));
        if (unnamed.length) failures.push(`#${i} ${file.path}, ${what}: a refusal names no file: ${unnamed[0]}`);
        // The file that was changed must be among those named: a journalist looks where the message points.
        else if (problems.length && !problems.some((p) => p.includes(file.path)))
          failures.push(`#${i} ${file.path}, ${what}: the refusal names other files: ${problems[0]}`);
      } catch (error) {
        failures.push(`#${i} ${file.path}, ${what}: crashed: ${(error as Error).stack?.split("\n").slice(0, 3).join(" | ")}`);
      }
    }
    expect(failures).toEqual([]);
    // Most mutations break a rule; a few land where any value is allowed (a note's wording).
    expect(outcomes.rejected).toBeGreaterThan(COUNT / 2);
  }, 180_000);
});
