// A small static file server for dist/: GET and HEAD only, no directory listings, correct content types
// (.wasm as application/wasm, so streaming compilation works). Used by scripts/serve.sh, scripts/e2e.sh and the tests.
// How a real web server serves the build (pre-compressed files, cache and security headers) is tested and
// measured with nginx and Apache and the README's configuration files themselves: see hosting.mjs.
//
//   node tests/e2e/server.mjs DIR PORT    (PORT 0 = a free port; prints the base URL on stdout)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Security-Policy in the meta tag of `html`, or null. */
export function metaCsp(html) {
  const tag = html.match(/<meta\s[^>]*http-equiv="Content-Security-Policy"[^>]*>/i)?.[0];
  return tag?.match(/\scontent="([^"]*)"/)?.[1] ?? null;
}

/** How long a test waits for the server to stop before it gives up, instead of hanging. */
const CLOSE_LIMIT_MS = 5000;

/**
 * Stops the server and every connection to it. A browser keeps idle keep-alive connections open, and
 * `server.close()` alone waits for them for ever; under load that hung the whole suite.
 */
export function closeFully(server) {
  return new Promise((resolve, reject) => {
    const limit = setTimeout(
      () => reject(new Error(`the test server did not stop within ${CLOSE_LIMIT_MS} ms`)),
      CLOSE_LIMIT_MS,
    );
    limit.unref();
    server.close(() => {
      clearTimeout(limit);
      resolve();
    });
    server.closeIdleConnections();
    server.closeAllConnections();
  });
}

/** Starts serving `root` on 127.0.0.1:`port`; resolves to { url, close, requests }. */
export function startServer(root, port = 0) {
  const base = path.resolve(root);
  const requests = [];
  const server = createServer({ keepAliveTimeout: 1000 }, async (req, res) => {
    requests.push({ method: req.method, url: req.url });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(base, '.' + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const headers = {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      };
      const body = await readFile(file);
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://127.0.0.1:${actual}`,
        requests,
        close: () => closeFully(server),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer(root, Number(port));
  console.log(url);
  const stop = () => process.exit(0);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
