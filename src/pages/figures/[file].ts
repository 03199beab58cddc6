import type { APIRoute, GetStaticPaths } from "astro";
import { figureFiles, indexFiles } from "../../site/figureFiles.ts";
import { stepsFile } from "../../site/stepsFile.ts";
import { sections } from "../../site/sections.ts";
import { sceneSheet } from "../../site/sceneSheet.ts";
import { figureEmbeds } from "../../site/figureEmbeds.ts";

// Each scrolly's views, and each figure's embed page's (the same file where a figure has one scrolly).
const stepsFiles = new Map(
  [
    ...sections.flatMap(({ inventory }) => inventory.scrollies.filter((s) => s.steps.length > 0).map((scrolly) => stepsFile(scrolly.steps))),
    ...[...figureEmbeds.values()].filter((embed) => embed.kind !== "states").map((embed) => stepsFile(embed.steps)),
  ].map((file) => [file.name, file]),
);

// The shapes of each figure, one SVG file per figure, reused by every view of it on the page; and,
// the index the browser moves it with (and, for a figure with states of its own, their views and words);
// and the views of each scrolly's and each embed page's steps; and the stylesheet of every figure's rules and scenes.
export const getStaticPaths: GetStaticPaths = () => [
  { params: { file: sceneSheet.name }, props: { body: sceneSheet.css, type: "text/css" } },
  ...[...figureFiles.values()].map((file) => ({ params: { file: file.name }, props: { body: file.svg, type: "image/svg+xml" } })),
  ...[...indexFiles.values(), ...stepsFiles.values()].map((file) => ({
    params: { file: file.name },
    props: { body: file.json, type: "application/json" },
  })),
];

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": props.type as string } });
