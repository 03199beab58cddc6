import type { APIRoute, GetStaticPaths } from "astro";

// The versioned data files, published beside the page so readers and newsrooms can download them.
const texts = import.meta.glob<string>("/data/**/*.json", { query: "?raw", import: "default", eager: true });

export const getStaticPaths: GetStaticPaths = () => Object.keys(texts).map((path) => ({ params: { file: path.slice("/data/".length) } }));

export const GET: APIRoute = ({ params }) =>
  new Response(texts[`/data/${params.file}`], { headers: { "content-type": "application/json; charset=utf-8" } });
