import { createServer, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pipeline } from "node:stream";
import { createGzip } from "node:zlib";
import sirv from "sirv";

// What a web server compresses; PNG, JPEG and fonts are compressed already.
const TEXT = /^(text\/(html|css|javascript)|application\/json|image\/svg\+xml)(;|$)/;

/**
 * Serves a built site from `root` under `base` (e.g. "/graphics/ukraine-talks/") on a free loopback port, as a host
 * serving the build's compressed copies would: a text file's Brotli copy to a browser that accepts Brotli, else its
 * gzip copy, and a text file without copies gzipped on the way; with `headers` (a security policy, say) on every response.
 */
export async function serveStatic(root: string, base = "/", headers: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  // Outside dev mode sirv lists the files of root once and answers only with those, looked up by name: no spelling of
  // a path, escaped or not, reaches the file system. The site is built before it is served, so the list is complete.
  const files = sirv(root, {
    extensions: ["html"],
    brotli: true,
    gzip: true,
    setHeaders: (response) => {
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    },
  });
  const server = createServer((request, response) => {
    const url = request.url ?? "";
    if (!url.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    request.url = url.slice(base.length - 1);
    if (/\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) gzipText(response);
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    // A reader can hold every byte of a file while sirv has yet to end the response, and keeps the connection for the
    // next request: waiting for either would hold up closing until the connection times out.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Gzips a text response on its way out, so what is measured is what readers download, where sirv found no compressed
 * copy of the file (one smaller than a packet, or a site not built by scripts/build.ts): this takes over the headers
 * sirv writes and the file it pipes in.
 */
function gzipText(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response);
  // Typed as sirv and Node call it, with a status and at most an object of headers: neither passes a status message.
  response.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
    // A range request (206) names byte offsets in the file, which a compressed body would not match.
    if (status !== 200 || headers["Content-Encoding"] || !TEXT.test(String(headers["Content-Type"]))) return writeHead(status, headers);
    const sent: OutgoingHttpHeaders = { ...headers, "Content-Encoding": "gzip", Vary: "Accept-Encoding" };
    delete sent["Content-Length"];
    response.once("pipe", (file) => {
      file.unpipe(response);
      // Errors end the response; a reader who left early is no failure of the server's.
      pipeline(file, createGzip(), response, () => {});
    });
    return writeHead(status, sent);
  }) as ServerResponse["writeHead"];
}
