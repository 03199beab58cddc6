import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { sampleHeaders } from "../support/securityPolicy.ts";

const built = existsSync("dist/index.html");
const pages = built ? readdirSync("dist", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")) : [];

describe("the sample server configurations", () => {
  it("give every page the strict policy the site is built for, in both samples alike", () => {
    const policy = sampleHeaders()["Content-Security-Policy"];
    expect(policy).toBe("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'");
    const nginx = readFileSync("deploy/nginx.conf", "utf8");
    const policies = [...nginx.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)].map((m) => m[1]);
    expect(policies.length).toBe(2);
    for (const found of policies) expect(found).toBe(policy);
  });

  it("cache for good only what is named after its content", () => {
    const headers = readFileSync("public/_headers", "utf8");
    const immutable = [...headers.matchAll(/^(\/\S+)\n\s+Cache-Control: public, max-age=31536000, immutable$/gm)].map((m) => m[1]);
    expect(immutable).toEqual(["/_astro/*", "/figures/*"]);
    expect(readFileSync("deploy/nginx.conf", "utf8")).toMatch(/location ~ \^\/\(_astro\|figures\)\/ \{[^}]*max-age=31536000, immutable/);
  });
});

describe.skipIf(!built)("the built pages under that policy", () => {
  it("carry no style attribute, no style element and no inline script", () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const page of pages) {
      const html = readFileSync(join("dist", page), "utf8");
      expect(html.match(/<[^>]+\sstyle=/g), page).toBeNull();
      expect(html.match(/<style[\s>]/g), page).toBeNull();
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g), page).toBeNull();
      expect(html.match(/\s(href|src)="(javascript|data):/g), page).toBeNull();
    }
  });

  it("load only scripts and styles named after their content, which the immutable caching rules cover", () => {
    const html = readFileSync("dist/index.html", "utf8");
    // (A link to the page in another language loads nothing.)
    const loaded = [...html.matchAll(/<(?:script|link)(?![^>]*rel="alternate")[^>]+(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((url) => !url.endsWith(".svg"));
    expect(loaded.length).toBeGreaterThan(3);
    for (const url of loaded) expect(url).toMatch(/^\/(_astro|figures)\/.+[.-][\w-]{8,}\.(js|css)$/);
  });
});
