import type { APIRoute, GetStaticPaths } from "astro";
import folder from "virtual:data-files";
import { site } from "../../site/site.ts";

// The versioned data files, as checked, published beside the page so readers and newsrooms can
// download them, with the licences kept beside the data they cover.
export const getStaticPaths: GetStaticPaths = () => [
  ...site.files.map((file) => ({ params: { file: file.path.slice("data/".length) }, props: { text: file.text, type: "application/json" } })),
  ...folder.licences.map((licence) => ({ params: { file: licence.path.slice("data/".length) }, props: { text: licence.text, type: "text/plain" } })),
];

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { "content-type": `${props.type as string}; charset=utf-8` } });
