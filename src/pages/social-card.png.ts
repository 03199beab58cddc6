import type { APIRoute } from "astro";
import { Resvg } from "@resvg/resvg-js";
import tokens from "../styles/tokens.css?raw";
import theme from "../styles/theme.css?raw";
import { CARD, lightTokens, socialCardSvg } from "../lib/socialCard.ts";
import { leadOf } from "../site/lead.ts";
import { DEFAULT_LANG } from "../i18n/langs.ts";

/** The social card: the opening's map as a PNG, drawn at build from the shapes and scene the page shows; a map without words, so both editions share it. */
export const GET: APIRoute = () => {
  const { figure, scene } = leadOf(DEFAULT_LANG);
  const svg = socialCardSvg(figure, scene, lightTokens(tokens, theme));
  const png = new Resvg(svg, { fitTo: { mode: "width", value: CARD.width } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
