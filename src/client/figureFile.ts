import type { FigureIndex, FigureState } from "../lib/types.ts";

/** What the build writes for each figure: its index and, for a figure with states of its own, each state's view and words. */
export interface FigureFile {
  index: FigureIndex;
  states?: FigureState[];
}

const files = new Map<string, Promise<unknown>>();

/**
 * A file the build writes for the figures (a figure's file by default, or a scrolly's views of its
 * steps), fetched once per page however many views of the figure ask for it (and cached by the
 * browser across pages).
 */
export function figureFile<T = FigureFile>(url: string): Promise<T> {
  if (!files.has(url)) {
    const loading = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    files.set(url, loading);
    // A failed request is not remembered: the next view that asks tries again.
    loading.catch(() => files.delete(url));
  }
  return files.get(url)! as Promise<T>;
}
