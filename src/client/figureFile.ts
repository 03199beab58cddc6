import type { FigureIndex, FigureState } from "../lib/types.ts";

/** What the build writes for each figure: its index and, for a figure with states of its own, each state's view and words. */
export interface FigureFile {
  index: FigureIndex;
  states?: FigureState[];
}

const files = new Map<string, Promise<FigureFile>>();

/** A figure's file, fetched once per page however many views of the figure ask for it (and cached by the browser across pages). */
export function figureFile(url: string): Promise<FigureFile> {
  if (!files.has(url)) {
    const loading = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<FigureFile>;
    });
    files.set(url, loading);
    // A failed request is not remembered: the next view that asks tries again.
    loading.catch(() => files.delete(url));
  }
  return files.get(url)!;
}
