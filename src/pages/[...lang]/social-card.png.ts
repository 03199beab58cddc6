import type { APIRoute } from "astro";
import { Resvg } from "@resvg/resvg-js";
import tokens from "../../styles/tokens.css?raw";
import theme from "../../styles/theme.css?raw";
import { CARD, lightTokens, socialCardSvg } from "../../lib/socialCard.ts";
import { leadOf } from "../../site/lead.ts";
import { langOf, langParams } from "../../site/lang.ts";

/** Each edition's card: social-card.png, uk/social-card.png. */
export const getStaticPaths = () => langParams().map(({ param }) => ({ params: { lang: param } }));

/** The social card: the opening's map as a PNG, drawn at build from the shapes and scene the page shows. */
export const GET: APIRoute = ({ currentLocale }) => {
  const { figure, scene } = leadOf(langOf(currentLocale));
  const svg = socialCardSvg(figure, scene, lightTokens(tokens, theme));
  const png = new Resvg(svg, { fitTo: { mode: "width", value: CARD.width } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
