import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

/** Bytes of a built page, gzipped as a server would send them. */
export interface SiteWeight {
  /** The page's HTML, gzipped. */
  html: number;
  /** Every JavaScript file the page loads (module scripts and inline scripts), gzipped. */
  javascript: number;
  /** Its stylesheets, gzipped. */
  css: number;
  /** What else it loads (the figures' shapes, indexes and steps), gzipped. */
  other: number;
  /** Requests the page makes on opening and as the reader nears its figures, the HTML included. */
  requests: number;
  /** Everything the page loads on opening: HTML, scripts, styles, images, gzipped. */
  total: number;
  /** Addresses on another origin the page would load (scripts, styles, images, frames). */
  foreignRequests: string[];
}

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Weighs a built page (`page`, in `dist`) by what its HTML asks the browser to load. */
export function siteWeight(dist = "dist", page = "index.html"): SiteWeight {
  const html = readFileSync(join(dist, page), "utf8");
  const loaded = [
    ...[...html.matchAll(/<(?:script|img|iframe|source)[^>]*\ssrc="([^"]+)"|<link[^>]*\shref="([^"]+)"[^>]*>/g)]
      .filter((m) => m[1] || /rel="(?:stylesheet|preload|modulepreload|icon)"/.test(m[0]))
      .map((m) => m[1] ?? m[2]),
    // Figures draw their shapes from SVG files through <use href="file#id">.
    ...new Set([...html.matchAll(/<use[^>]*\shref="([^"#]+)#[^"]*"/g)].map((m) => m[1])),
    // Scrollies and the date map fetch their figure's index (and a scrolly its steps' views) when the reader comes near.
    ...new Set([...html.matchAll(/\sdata-(?:index|file|steps)="([^"]+)"/g)].map((m) => m[1])),
  ];
  const foreignRequests = loaded.filter((url) => /^(https?:)?\/\//.test(url));
  const files = new Set<string>();
  const local = loaded.filter((url) => !foreignRequests.includes(url) && !url.startsWith("data:"));
  for (const url of local) files.add(url.replace(/^\//, "").split(/[?#]/)[0]);
  // Modules the page's scripts import are loaded too: follow static imports inside the bundle.
  const pending = [...files].filter((f) => f.endsWith(".js"));
  while (pending.length) {
    const file = pending.pop()!;
    for (const [, spec] of readFileSync(join(dist, file), "utf8").matchAll(/import[^"']*["'](\.{0,2}\/[^"']+)["']/g)) {
      const resolved = relative(dist, join(dist, file, "..", spec))
        .split("\\")
        .join("/");
      if (!files.has(resolved)) {
        files.add(resolved);
        pending.push(resolved);
      }
    }
  }
  const inlineScripts = [...html.matchAll(/<script(?![^>]*type="application\/json")(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const scripts = [...files].filter((f) => f.endsWith(".js"));
  const javascript = scripts.reduce((sum, f) => sum + gzip(readFileSync(join(dist, f))), 0) + (inlineScripts ? gzip(inlineScripts) : 0);
  const weigh = (list: string[]) => list.reduce((sum, f) => sum + gzip(readFileSync(join(dist, f))), 0);
  const css = weigh([...files].filter((f) => f.endsWith(".css")));
  const other = weigh([...files].filter((f) => !f.endsWith(".js") && !f.endsWith(".css")));
  const htmlBytes = gzip(html);
  return {
    html: htmlBytes,
    javascript,
    css,
    other,
    requests: files.size + 1,
    total: htmlBytes + weigh(scripts) + css + other,
    foreignRequests,
  };
}
