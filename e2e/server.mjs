// A tiny static file server for the browser tests: no dependencies, so the
// tests exercise exactly the files in dist/ the way a plain static host would.
//
//   import { startServer } from './server.mjs';
//   const { url, close } = await startServer({ root: 'dist', prefix: '/explorer/' });
//
// or from the command line:
//   node e2e/server.mjs --root dist --prefix /explorer/ --port 8081 \
//        [--header 'Content-Security-Policy: default-src self']
//
// - files are served under `prefix` ('/explorer/index.html' -> dist/index.html);
//   '/explorer' redirects to '/explorer/', a directory serves its index.html;
// - brotli when the client accepts it and scripts/build.sh made a `.br` copy, else gzip when
//   the client accepts it: the precompressed `.gz` if there is one, else compressed here
//   (and cached), as nginx does with brotli_static and gzip_static;
// - `headers` (e.g. a Content-Security-Policy) go on every response;
// - listens on 127.0.0.1 only.

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';

const gzip = promisify(zlib.gzip);

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

// Types worth compressing (images other than SVG and fonts already are).
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.ico',
  '.json', '.webmanifest', '.txt', '.map']);

/** Does an Accept-Encoding header allow `wanted` ("gzip", "br")? ("gzip;q=0" means no.) */
function accepts(header = '', wanted) {
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    if (coding !== wanted && coding !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

async function statOrNull(file) {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** '/explorer' and 'explorer/' both become '/explorer/'; '' becomes '/'. */
function normalizePrefix(prefix) {
  let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
  if (!p.endsWith('/')) p += '/';
  return p;
}

/**
 * Start the server. Resolves to { url, port, close }; `url` ends with the prefix.
 * port 0 picks a free port. `hold(pathname)`, if given, may return a promise that a file's
 * answer waits for; should it resolve to a number, that status is the answer.
 */
export async function startServer({ root = 'dist', prefix = '/', port = 0, headers = {}, hold = null } = {}) {
  const rootDir = path.resolve(root);
  const base = normalizePrefix(prefix);
  const gzCache = new Map(); // file path -> { mtimeMs, body } for on-the-fly gzip

  function send(res, status, extra, body) {
    res.writeHead(status, { ...headers, ...extra, 'Content-Length': body.length });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }
  const sendText = (res, status, text, extra = {}) =>
    send(res, status, { 'Content-Type': 'text/plain; charset=utf-8', ...extra }, Buffer.from(text));

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    }
    const url = new URL(req.url, 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return sendText(res, 400, 'Bad Request\n');
    }
    if (pathname.includes('\0')) return sendText(res, 400, 'Bad Request\n');

    // '/explorer' -> '/explorer/': relative asset URLs only work with the slash.
    if (base !== '/' && pathname === base.slice(0, -1)) {
      return sendText(res, 301, 'Moved Permanently\n', { Location: base + url.search });
    }
    if (!pathname.startsWith(base)) return sendText(res, 404, 'Not Found\n');

    let file = path.join(rootDir, pathname.slice(base.length));
    // path.join normalises '..'; anything that ends up outside root is refused.
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      return sendText(res, 404, 'Not Found\n');
    }
    let stat = await statOrNull(file);
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        return sendText(res, 301, 'Moved Permanently\n', { Location: `${url.pathname}/${url.search}` });
      }
      file = path.join(file, 'index.html');
      stat = await statOrNull(file);
    }
    if (!stat?.isFile()) return sendText(res, 404, 'Not Found\n');
    // A test's hold on a file (the WebAssembly, so that presses come before the app); a
    // hold that ends with a status answers with it (a part that fails to load).
    const held = hold ? await hold(pathname) : undefined;
    if (typeof held === 'number') return sendText(res, held, 'Held back by the test\n');

    const ext = path.extname(file).toLowerCase();
    const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
    const common = { 'Content-Type': type, 'Cache-Control': 'no-cache' };

    const pre = await statOrNull(`${file}.gz`);
    const hasPre = pre?.isFile() && pre.mtimeMs >= stat.mtimeMs; // ignore a stale copy
    if (!(hasPre || COMPRESSIBLE.has(ext))) {
      return send(res, 200, common, await fs.readFile(file));
    }
    common.Vary = 'Accept-Encoding';
    const brotli = await statOrNull(`${file}.br`);
    if (brotli?.isFile() && brotli.mtimeMs >= stat.mtimeMs && accepts(req.headers['accept-encoding'], 'br')) {
      return send(res, 200, { ...common, 'Content-Encoding': 'br' }, await fs.readFile(`${file}.br`));
    }
    if (!accepts(req.headers['accept-encoding'], 'gzip')) {
      return send(res, 200, common, await fs.readFile(file));
    }
    let body;
    if (hasPre) {
      body = await fs.readFile(`${file}.gz`);
    } else {
      const cached = gzCache.get(file);
      if (cached?.mtimeMs === stat.mtimeMs) {
        body = cached.body;
      } else {
        body = await gzip(await fs.readFile(file), { level: 9 });
        gzCache.set(file, { mtimeMs: stat.mtimeMs, body });
      }
    }
    return send(res, 200, { ...common, 'Content-Encoding': 'gzip' }, body);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) sendText(res, 500, `Internal Server Error\n${err.message}\n`);
      else res.destroy(err);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = server.address().port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // don't wait for the browser's keep-alive sockets
      }),
  };
}

// Command-line use.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      prefix: { type: 'string', default: '/' },
      port: { type: 'string', default: '8081' },
      header: { type: 'string', multiple: true, default: [] },
    },
  });
  const headers = {};
  for (const h of values.header) {
    const i = h.indexOf(':');
    if (i < 1) throw new Error(`--header expects 'Name: value', got ${JSON.stringify(h)}`);
    headers[h.slice(0, i).trim()] = h.slice(i + 1).trim();
  }
  const { url, close } = await startServer({ ...values, port: Number(values.port), headers });
  console.log(`serving ${path.resolve(values.root)} at ${url}`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
