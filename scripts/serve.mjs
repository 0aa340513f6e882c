// `npm run serve`: a tiny static server for www/ (node:http, no dependency).
// Correct MIME types (wasm must be application/wasm for streaming
// compilation), GET/HEAD only, no way out of the served folder.
// PORT (default 8080) and HOST (default 127.0.0.1) come from the environment.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './lib.mjs';

export const wwwRoot = join(root, 'www');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * The page's Content-Security-Policy (also in www/index.html's meta tag):
 * scripts, workers, styles and connections from this origin only, no inline
 * script, WebAssembly allowed. The server adds what a meta tag cannot say.
 */
export const pageCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The MIME type served for `path`. */
export function mimeType(path) {
  return types[extname(path).toLowerCase()] || 'application/octet-stream';
}

/**
 * The file under `base` that `urlPath` names, or null when the path is
 * malformed or would leave `base` (after decoding: `..`, `%2e%2e`, `%2f`, `\`).
 */
export function resolveFile(base, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((part) => part === '..')) return null;
  const full = resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const baseDir = resolve(base);
  if (full !== baseDir && !full.startsWith(baseDir + sep)) return null;
  return full;
}

function send(res, status, message) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(message) });
  res.end(message);
}

/** A node:http server for the files under `base`. */
export function createStaticServer(base = wwwRoot) {
  return createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'method not allowed\n');
      return;
    }
    let file = resolveFile(base, req.url || '/');
    if (!file) {
      send(res, 400, 'bad path\n');
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'Content-Type': mimeType(file),
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': `${pageCsp}; frame-ancestors 'none'`,
        'Referrer-Policy': 'no-referrer',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      send(res, 404, 'not found\n');
    }
  });
}

/** Starts serving `base`; resolves to `{ server, url }` once listening (port 0 = any free port). */
export function startServer({ base = wwwRoot, port = 8080, host = '127.0.0.1' } = {}) {
  const server = createStaticServer(base);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      done({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT || 8080);
  const host = process.env.HOST || '127.0.0.1';
  startServer({ port, host })
    .then(({ url }) => console.log(`Aitty is served at ${url}  (Ctrl+C stops it)`))
    .catch((error) => {
      console.error(`FAILED: cannot serve on ${host}:${port}: ${error.message}`);
      process.exit(1);
    });
}
