import type { FrontPanel } from "../lib/frontPanel.ts";
import type { FigureIndex, View } from "../lib/types.ts";

/** What the build writes for each figure: its index and, for a figure with states of its own, each state's view and words. */
export interface FigureFile {
  index: FigureIndex;
  states?: Array<{ id: string; view: View; panel: FrontPanel }>;
}

const files = new Map<string, Promise<FigureFile>>();

/** A figure's file, fetched once per page however many views of the figure ask for it (and cached by the browser across pages). */
export function figureFile(url: string): Promise<FigureFile> {
  if (!files.has(url))
    files.set(
      url,
      fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json() as Promise<FigureFile>;
      }),
    );
  return files.get(url)!;
}
