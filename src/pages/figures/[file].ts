import type { APIRoute, GetStaticPaths } from "astro";
import { figureFiles } from "../../site/figureFiles.ts";

// The shapes of each figure, one SVG file per figure, reused by every view of it on the page.
export const getStaticPaths: GetStaticPaths = () => [...figureFiles.values()].map((file) => ({ params: { file: file.name }, props: { svg: file.svg } }));

export const GET: APIRoute = ({ props }) => new Response(props.svg as string, { headers: { "content-type": "image/svg+xml" } });
