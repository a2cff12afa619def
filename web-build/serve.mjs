#!/usr/bin/env node
// Tiny static file server for the Wegwijs web build (node:http only, no dependencies).
//
//   node web-build/serve.mjs [DIR] [--port N] [--host 127.0.0.1] [--no-gzip]
//
// DIR defaults to build/web. Binds to a loopback address only. Every response carries
// `Cache-Control: no-cache`; compressible files are gzipped when the client accepts it.
// Tests import { startServer } and use an ephemeral port:
//
//   const { url, close } = await startServer('build/web');   // url ends with '/'
//   ...; await close();

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Already-compressed formats are sent as they are.
const NOT_COMPRESSIBLE = new Set(['.png', '.woff', '.woff2', '.ico', '.gz', '.br']);

export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

function isLoopback(host) {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Serve `dir` on http://host:port/ (port 0 = pick a free one).
 * Resolves to { url, port, close, server }; close() resolves when the server has stopped.
 * Options: host (loopback only, default 127.0.0.1), gzip (default true),
 * log (function called with one line per request, default none).
 */
export async function startServer(dir, port = 0, { host = '127.0.0.1', gzip = true, log = null } = {}) {
  const root = path.resolve(dir);
  const st = await fsp.stat(root).catch(() => null);
  if (!st || !st.isDirectory()) throw new Error(`serve: not a directory: ${root}`);
  if (!isLoopback(host)) throw new Error(`serve: refusing to bind to non-loopback host ${host}`);

  const gzCache = new Map(); // file -> { mtimeMs, size, buf }

  async function gzipped(file, fst) {
    const hit = gzCache.get(file);
    if (hit && hit.mtimeMs === fst.mtimeMs && hit.size === fst.size) return hit.buf;
    const raw = await fsp.readFile(file);
    const buf = await new Promise((res, rej) => zlib.gzip(raw, (e, b) => (e ? rej(e) : res(b))));
    gzCache.set(file, { mtimeMs: fst.mtimeMs, size: fst.size, buf });
    return buf;
  }

  async function handle(req, res) {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (pathname.includes('\0')) return send(400, 'bad request\n');
    let file = path.join(root, path.normalize(pathname));
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'forbidden\n');

    let fst = await fsp.stat(file).catch(() => null);
    if (fst && fst.isDirectory()) {
      if (!pathname.endsWith('/')) {
        const u = new URL(req.url, 'http://localhost');
        return send(301, 'moved\n', { Location: u.pathname + '/' + u.search });
      }
      file = path.join(file, 'index.html');
      fst = await fsp.stat(file).catch(() => null);
    }
    if (!fst || !fst.isFile()) return send(404, 'not found\n');

    const ext = path.extname(file).toLowerCase();
    const headers = {
      'Content-Type': mimeType(file),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Last-Modified': fst.mtime.toUTCString(),
    };
    const acceptsGzip = /\bgzip\b/i.test(req.headers['accept-encoding'] || '');
    if (gzip && !NOT_COMPRESSIBLE.has(ext)) headers['Vary'] = 'Accept-Encoding';

    const buf = gzip && acceptsGzip && !NOT_COMPRESSIBLE.has(ext) && fst.size > 0 ? await gzipped(file, fst) : null;
    if (buf && buf.length < fst.size) {
      headers['Content-Encoding'] = 'gzip';
      headers['Content-Length'] = buf.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : buf);
      return;
    }
    headers['Content-Length'] = fst.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = fs.createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  const server = http.createServer((req, res) => {
    res.on('finish', () => log && log(`${res.statusCode} ${req.method} ${req.url}`));
    handle(req, res).catch((e) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`internal error: ${e.message}\n`);
      } else {
        res.destroy();
      }
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${actualPort}/`;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
    });
  return { url, port: actualPort, close, server };
}

function usage(code) {
  const msg = 'usage: node web-build/serve.mjs [DIR] [--port N] [--host 127.0.0.1] [--no-gzip] [--quiet]\n' +
    '  DIR defaults to build/web; --port 0 (the default) picks a free port.\n';
  (code ? process.stderr : process.stdout).write(msg);
  process.exit(code);
}

async function main(argv) {
  let dir = 'build/web';
  let port = 0;
  let host = '127.0.0.1';
  let gzip = true;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(2);
      return argv[++i];
    };
    if (a === '--port') port = Number(value());
    else if (a.startsWith('--port=')) port = Number(a.slice(7));
    else if (a === '--host') host = value();
    else if (a.startsWith('--host=')) host = a.slice(7);
    else if (a === '--no-gzip') gzip = false;
    else if (a === '--quiet') quiet = true;
    else if (a === '-h' || a === '--help') usage(0);
    else if (a.startsWith('-')) usage(2);
    else dir = a;
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`serve: bad --port\n`);
    process.exit(2);
  }
  let srv;
  try {
    srv = await startServer(dir, port, { host, gzip, log: quiet ? null : (l) => process.stderr.write(l + '\n') });
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  if (!fs.existsSync(path.join(path.resolve(dir), 'index.html')))
    process.stderr.write(`serve: warning: ${path.resolve(dir)} has no index.html\n`);
  process.stdout.write(`serving ${path.resolve(dir)} at ${srv.url}\n`);
  const stop = () => srv.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const isMain = (() => {
  try {
    return process.argv[1] && fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (isMain) main(process.argv.slice(2));
