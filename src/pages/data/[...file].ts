import type { APIRoute, GetStaticPaths } from "astro";
import { site } from "../../site/site.ts";

// The versioned data files, as checked, published beside the page so readers and newsrooms can download them.
export const getStaticPaths: GetStaticPaths = () => site.files.map((file) => ({ params: { file: file.path.slice("data/".length) }, props: { text: file.text } }));

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { "content-type": "application/json; charset=utf-8" } });
