import type { APIRoute, GetStaticPaths } from "astro";
import { figureFiles, indexFiles } from "../../site/figureFiles.ts";
import { stepsFile } from "../../site/stepsFile.ts";
import { sections } from "../../site/sections.ts";

// The shapes of each figure, one SVG file per figure, reused by every view of it on the page; and,
// the index the browser moves it with (and, for a figure with states of its own, their views and words);
// and the views of each scrolly's steps.
export const getStaticPaths: GetStaticPaths = () => [
  ...[...figureFiles.values()].map((file) => ({ params: { file: file.name }, props: { body: file.svg, type: "image/svg+xml" } })),
  ...[
    ...indexFiles.values(),
    ...sections.flatMap(({ inventory }) => inventory.scrollies.filter((s) => s.steps.length > 0).map((scrolly) => stepsFile(scrolly.steps))),
  ].map((file) => ({
    params: { file: file.name },
    props: { body: file.json, type: "application/json" },
  })),
];

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": props.type as string } });
