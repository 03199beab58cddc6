import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { request, type IncomingHttpHeaders } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serveStatic } from "../../scripts/browser/staticServer.ts";
import { precompress } from "../../scripts/precompress.ts";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * Sends `path` exactly as written: fetch and URL would resolve dot segments and escapes before they reach the server.
 * A server that stopped answering fails the test in seconds rather than at Vitest's timeout.
 */
function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const sent = request({ hostname, port, path, headers, timeout: 5_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    sent.on("timeout", () => sent.destroy(new Error(`no answer to ${path}`)));
    sent.on("error", reject);
    sent.end();
  });
}

const gzip = { "accept-encoding": "gzip, deflate, br" };
const SECRET = "a file beside the site, never part of it";

let dir = "";
let site = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "static-server-"));
  site = join(dir, "site");
  const files: Record<string, string> = {
    "index.html": "<!doctype html><title>Explainer</title><p>The whole story</p>",
    "embed/army-size/index.html": "<!doctype html><title>Army size</title><p>One section</p>",
    "_astro/page.js": "export const steps = ['army-28-point-cap'];",
    "_astro/page.css": ".figure { position: sticky; }",
    "data/control.json": '{"totalKm2": 400}',
    "favicon.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
    // Large enough to be read in many chunks, as a real image is, so its response can still be ending after the last byte arrived.
    "photo.png": "\x89PNG not really".padEnd(1_000_000, "."),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(site, name, ".."), { recursive: true });
    writeFileSync(join(site, name), text);
  }
  mkdirSync(join(dir, "site-leak"));
  writeFileSync(join(dir, "site-leak", "secret.txt"), SECRET);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let close = async () => {};
afterEach(() => close());
async function serve(base?: string) {
  const server = await serveStatic(site, base);
  close = server.close;
  return server.url;
}

describe("the static server for the built site", () => {
  it("listens on a free loopback port and serves index.html for the site root and for each directory", async () => {
    const url = await serve();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const root = await get(url, "/");
    expect(root.status).toBe(200);
    expect(root.headers["content-type"]).toMatch(/^text\/html/);
    expect(root.body.toString()).toContain("The whole story");
    const section = await get(url, "/embed/army-size/");
    expect(section.status).toBe(200);
    expect(section.body.toString()).toContain("One section");
  });

  it("answers 404 for a file the build does not have", async () => {
    const url = await serve();
    expect((await get(url, "/missing.js")).status).toBe(404);
    expect((await get(url, "/embed/missing/")).status).toBe(404);
  });

  it("sends HTML, CSS, JavaScript, JSON and SVG gzipped to a browser that accepts gzip, as a web server would", async () => {
    const url = await serve();
    for (const [path, file, type] of [
      ["/", "index.html", "text/html"],
      ["/_astro/page.css", "_astro/page.css", "text/css"],
      ["/_astro/page.js", "_astro/page.js", "text/javascript"],
      ["/data/control.json", "data/control.json", "application/json"],
      ["/favicon.svg", "favicon.svg", "image/svg+xml"],
    ]) {
      const answer = await get(url, path, gzip);
      expect(answer.status, path).toBe(200);
      expect(answer.headers["content-type"], path).toMatch(new RegExp(`^${type.replace("+", "\\+")}`));
      expect(answer.headers["content-encoding"], path).toBe("gzip");
      expect(answer.headers["content-length"], path).toBeUndefined();
      expect(gunzipSync(answer.body).equals(readFileSync(join(site, file))), path).toBe(true);
    }
  });

  it("sends images other than SVG as they are, and everything as it is to a client that does not accept gzip", async () => {
    const url = await serve();
    const png = await get(url, "/photo.png", gzip);
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.body.equals(readFileSync(join(site, "photo.png")))).toBe(true);
    const html = await get(url, "/");
    expect(html.headers["content-encoding"]).toBeUndefined();
    expect(html.body.equals(readFileSync(join(site, "index.html")))).toBe(true);
  });

  it("answers a malformed percent-escape with an error status and goes on serving the next request", async () => {
    const url = await serve();
    for (const path of ["/%", "/%E0%A4%A", "/_astro/%zz.js"]) {
      expect([400, 404], path).toContain((await get(url, path)).status);
    }
    expect((await get(url, "/")).status).toBe(200);
  });

  it("never serves a file from a sibling directory whose name starts with the site's", async () => {
    const url = await serve();
    for (const path of ["/..%2fsite-leak/secret.txt", "/%2e%2e%2fsite-leak%2fsecret.txt", "/../site-leak/secret.txt", "/%2e%2e/site-leak/secret.txt"]) {
      const answer = await get(url, path);
      expect([403, 404], path).toContain(answer.status);
      expect(answer.body.toString(), path).not.toContain(SECRET);
    }
  });

  it("refuses paths that climb out of the site, carry a NUL byte or name an absolute file", async () => {
    const url = await serve();
    for (const path of ["/../x", "/../../../../etc/passwd", "/%00", "/index.html%00", "/index.html%00.png", "//etc/passwd", "//etc/passwd%00"]) {
      expect([400, 403, 404], path).toContain((await get(url, path)).status);
    }
    expect((await get(url, "/")).status).toBe(200);
  });

  it("closes at once after serving files to a client that keeps its connection open", async () => {
    for (let round = 0; round < 20; round++) {
      const url = await serve();
      await get(url, "/");
      await get(url, "/photo.png");
      const started = performance.now();
      await close();
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });

  it("serves the site under a base path, as a newsroom hosts it, and nothing outside that path", async () => {
    const url = await serve("/graphics/ukraine-talks/");
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphics\/ukraine-talks\/$/);
    const root = await get(url, "/graphics/ukraine-talks/");
    expect(root.status).toBe(200);
    expect(root.body.toString()).toContain("The whole story");
    expect((await get(url, "/graphics/ukraine-talks/embed/army-size/")).body.toString()).toContain("One section");
    expect((await get(url, "/graphics/ukraine-talks/_astro/page.js")).status).toBe(200);
    for (const path of ["/", "/index.html", "/other/", "/graphics/", "/graphics/ukraine-talks/..%2f..%2fsite-leak/secret.txt"]) {
      expect((await get(url, path)).status, path).toBe(404);
    }
  });
});

describe("the build's compressed copies", () => {
  let built = "";
  let count = 0;
  // A page as long as a real one (the story runs to hundreds of KB), a stylesheet, a tiny file and an image.
  const story = `<!doctype html><title>Explainer</title>${Array.from({ length: 400 }, (_, i) => `<p id="step-${i}">Step ${i} of the story</p>`).join("")}`;
  beforeAll(() => {
    built = mkdtempSync(join(tmpdir(), "precompressed-"));
    mkdirSync(join(built, "_astro"));
    writeFileSync(join(built, "index.html"), story);
    writeFileSync(join(built, "_astro/page.css"), ".figure { position: sticky; }\n".repeat(100));
    writeFileSync(join(built, "tiny.json"), '{"km2": 1}');
    writeFileSync(join(built, "photo.png"), "\x89PNG not really".padEnd(5_000, "."));
    count = precompress(built);
  });
  afterAll(() => rmSync(built, { recursive: true, force: true }));

  it("are written beside every text file larger than a packet, as Brotli and gzip of exactly its bytes, and never for images", () => {
    expect(count).toBe(2);
    for (const file of ["index.html", "_astro/page.css"]) {
      const original = readFileSync(join(built, file));
      expect(brotliDecompressSync(readFileSync(join(built, `${file}.br`))).equals(original), file).toBe(true);
      expect(gunzipSync(readFileSync(join(built, `${file}.gz`))).equals(original), file).toBe(true);
    }
    expect(existsSync(join(built, "tiny.json.br"))).toBe(false);
    expect(existsSync(join(built, "photo.png.br"))).toBe(false);
  });

  it("are what the server sends: Brotli to a browser that accepts it, gzip to one that accepts only gzip, the file to one that accepts neither", async () => {
    const server = await serveStatic(built);
    close = server.close;
    const brotli = await get(server.url, "/", gzip);
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["content-type"]).toMatch(/^text\/html/);
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotli.body.equals(readFileSync(join(built, "index.html.br")))).toBe(true);
    expect(brotli.body.length).toBeLessThan(story.length / 5);
    const gzipOnly = await get(server.url, "/_astro/page.css", { "accept-encoding": "gzip" });
    expect(gzipOnly.headers["content-encoding"]).toBe("gzip");
    expect(gzipOnly.headers["content-type"]).toMatch(/^text\/css/);
    expect(gunzipSync(gzipOnly.body).equals(readFileSync(join(built, "_astro/page.css")))).toBe(true);
    const plain = await get(server.url, "/");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(story);
    // A file without copies is still gzipped on the way.
    const tiny = await get(server.url, "/tiny.json", gzip);
    expect(tiny.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(tiny.body).toString()).toBe('{"km2": 1}');
  });
});
