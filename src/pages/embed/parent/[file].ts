import type { APIRoute, GetStaticPaths } from "astro";
import pym from "pym.js/dist/pym.v1.min.js?raw";
import frames from "@newswire/frames/dist/frames.umd.js?raw";

// The host pages' side of the two resizing protocols the embed pages speak, served from the site
// itself so an embed code needs nothing from elsewhere: the packages' own builds, as published.
export const getStaticPaths: GetStaticPaths = () => [
  { params: { file: "pym.v1.min.js" }, props: { body: pym } },
  { params: { file: "frames.umd.js" }, props: { body: frames } },
];

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": "text/javascript" } });
