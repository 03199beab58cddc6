import { z } from "zod";
import { envelopeFields } from "./common.ts";

/** A web domain written in lower case, e.g. reuters.com: it covers its subdomains (www., en., ...). */
const domain = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: "a domain in lower case, such as reuters.com" });

/** An outlet a source may name, with the domains its own articles are published on. */
export const outletSchema = z.strictObject({
  /** The outlet's name, exactly as sources write it in `outlet`. */
  name: z.string().min(2),
  /** Domains of its own pages. */
  domains: z.array(domain).min(1, { message: "at least one domain" }),
});

/** A licensed republisher a source may name in `via`: it carries other outlets' reports under their bylines. */
export const republisherSchema = z.strictObject({
  /** The republisher's name, exactly as sources write it in `via`. */
  name: z.string().min(2),
  domains: z.array(domain).min(1, { message: "at least one domain" }),
  /** Whose copy it carries, and on what terms, in a sentence. */
  carries: z.string().min(3),
});

/** A domain no source may link, and why. */
export const refusedDomainSchema = z.strictObject({
  domain,
  /** Why it is refused (an aggregator, a mirror, an opinion site, ...), for the journalist who meets it. */
  reason: z.string().min(3),
});

/**
 * data/sources/outlets.vN.json: whose links a source may carry. A source links its outlet's own
 * domain, or, with `via`, a listed republisher's; never a refused domain, never a home page.
 */
export const outletsFileSchema = z.strictObject({
  ...envelopeFields,
  outlets: z.array(outletSchema).min(1),
  republishers: z.array(republisherSchema),
  refused: z.array(refusedDomainSchema),
});
export type OutletsFile = z.infer<typeof outletsFileSchema>;
