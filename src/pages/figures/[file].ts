import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS } from "../../i18n/langs.ts";
import { figureFilesOf, indexFilesOf } from "../../site/figureFiles.ts";
import { stepsFile } from "../../site/stepsFile.ts";
import { sectionsOf } from "../../site/sections.ts";
import { sceneSheetOf } from "../../site/sceneSheet.ts";
import { figureEmbedsOf } from "../../site/figureEmbeds.ts";

// Each scrolly's views, and each figure's embed page's (the same file where a figure has one scrolly).
const stepsFiles = LANGS.flatMap((lang) => [
  ...sectionsOf(lang).flatMap(({ inventory }) => inventory.scrollies.filter((s) => s.steps.length > 0).map((scrolly) => stepsFile(scrolly.steps))),
  ...[...figureEmbedsOf(lang).values()].filter((embed) => embed.kind !== "states").map((embed) => stepsFile(embed.steps)),
]);

// The shapes of each figure, one SVG file per figure, reused by every view of it on the page; and,
// the index the browser moves it with (and, for a figure with states of its own, their views and words);
// and the views of each scrolly's and each embed page's steps; and the stylesheet of every figure's rules and scenes.
// Each edition's files, once: a file named after its content is the same file in both editions.
const files = new Map(
  LANGS.flatMap((lang) => {
    const sheet = sceneSheetOf(lang);
    return [
      { name: sheet.name, body: sheet.css, type: "text/css" },
      ...[...figureFilesOf(lang).values()].map((file) => ({ name: file.name, body: file.svg, type: "image/svg+xml" })),
      ...[...indexFilesOf(lang).values(), ...stepsFiles].map((file) => ({ name: file.name, body: file.json, type: "application/json" })),
    ];
  }).map((file) => [file.name, file]),
);

export const getStaticPaths: GetStaticPaths = () => [...files.values()].map(({ name, body, type }) => ({ params: { file: name }, props: { body, type } }));

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": props.type as string } });
