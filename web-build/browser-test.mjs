#!/usr/bin/env node
// Smoke test + screenshot of the Wegwijs web build in headless Debian Chromium.
//
//   node web-build/browser-test.mjs --dir build/web --out OUT_DIR [--query 'lang=ar&screen=welcome']
//        [--size 1280x800] [--name NAME] [--timeout 30000] [--frames 3] [--scale 1]
//        [--measure] [--no-gzip]
//
// Serves DIR on an ephemeral 127.0.0.1 port (serve.mjs), opens index.html?QUERY, waits for
// html[data-wegwijs-ready="1"], takes OUT_DIR/NAME.png and writes OUT_DIR/NAME.log (every console
// message, page error and request). Exits 1, with one line per reason on stderr, when the page is
// not ready in time, logs a console error (or a failed console.assert), throws an uncaught error,
// requests anything from another origin (such requests are also blocked), gets an HTTP error for
// one of its own files, or when the screenshot is blank. Exits 2 on a usage error.
// --measure prints the transfer sizes of the first load as JSON on stdout (the summary line then
// goes to stderr so stdout stays JSON).

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer } from './serve.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, chromiumAndPage, isMainModule } from './chromium.mjs';
import { walkArgs } from './args.mjs';

function usage(code, msg) {
  if (msg) process.stderr.write(`browser-test: ${msg}\n`);
  (code ? process.stderr : process.stdout).write(
    'usage: node web-build/browser-test.mjs --dir DIR --out OUT_DIR [--query Q] [--size WxH] [--name NAME]\n' +
      '         [--timeout MS] [--frames N] [--scale N] [--measure] [--no-gzip]\n');
  process.exit(code);
}

function parseArgs(argv) {
  const o = { dir: 'build/web', out: null, query: '', size: '1280x800', name: null, timeout: 30000,
    frames: 3, scale: 1, measure: false, gzip: true };
  walkArgs(argv, (a, value, raw) => {
    switch (a) {
      case '--dir': o.dir = value(); break;
      case '--out': o.out = value(); break;
      case '--query': o.query = value().replace(/^\?/, ''); break;
      case '--size': o.size = value(); break;
      case '--name': o.name = value(); break;
      case '--timeout': o.timeout = Number(value()); break;
      case '--frames': o.frames = Number(value()); break;
      case '--scale': o.scale = Number(value()); break;
      case '--measure': o.measure = true; break;
      case '--no-gzip': o.gzip = false; break;
      case '-h': case '--help': usage(0); break;
      default: usage(2, `unknown argument ${raw}`);
    }
  }, usage);
  if (!o.out) usage(2, '--out is required');
  const m = /^(\d+)x(\d+)$/.exec(o.size);
  if (!m) usage(2, `--size must be WxH, got ${o.size}`);
  o.width = Number(m[1]);
  o.height = Number(m[2]);
  if (!(o.timeout > 0)) usage(2, '--timeout must be a positive number of ms');
  if (!(Number.isInteger(o.frames) && o.frames >= 0)) usage(2, '--frames must be an integer >= 0');
  if (!(o.scale > 0)) usage(2, '--scale must be > 0');
  if (!o.name) {
    const q = o.query.replace(/[&=]/g, '-').replace(/[^A-Za-z0-9._-]+/g, '_');
    o.name = q ? `web-${q}` : 'web';
  }
  if (/[\/\\]/.test(o.name)) usage(2, '--name must not contain a slash');
  return o;
}

// ---- minimal PNG decoder (8/16-bit, non-interlaced; Chromium writes 8-bit RGBA) ---------------
export function decodePng(buf) {
  const sig = '89504e470d0a1a0a';
  if (buf.subarray(0, 8).toString('hex') !== sig) throw new Error('not a PNG');
  let pos = 8, width = 0, height = 0, depth = 0, ctype = 0, interlace = 0, palette = null;
  const idat = [];
  while (pos + 8 <= buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    pos += 12 + len;
    if (type === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4);
      depth = data[8]; ctype = data[9]; interlace = data[12];
    } else if (type === 'PLTE') palette = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
  }
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[ctype];
  if (!(depth === 8 || (depth === 16 && ctype !== 3)) || !channels || interlace) throw new Error(`unsupported PNG (depth ${depth}, colour type ${ctype}, interlace ${interlace})`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bps = depth / 8; // bytes per sample; of 16-bit samples only the high byte is used
  const bpp = channels * bps;
  const stride = width * bpp;
  const px = Buffer.alloc(width * height * 4);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    const filter = raw[at];
    const row = Buffer.from(raw.subarray(at + 1, at + 1 + stride));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? row[x - bpp] : 0;
      const b = prev[x];
      const c = x >= bpp ? prev[x - bpp] : 0;
      let p;
      switch (filter) {
        case 0: p = 0; break;
        case 1: p = a; break;
        case 2: p = b; break;
        case 3: p = (a + b) >> 1; break;
        case 4: {
          const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
          p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new Error(`bad PNG filter ${filter}`);
      }
      row[x] = (row[x] + p) & 255;
    }
    for (let x = 0; x < width; x++) {
      const s = x * bpp, d = (y * width + x) * 4;
      if (ctype === 0 || ctype === 4) {
        px[d] = px[d + 1] = px[d + 2] = row[s];
        px[d + 3] = ctype === 4 ? row[s + bps] : 255;
      } else if (ctype === 3) {
        const i = row[s] * 3;
        px[d] = palette[i]; px[d + 1] = palette[i + 1]; px[d + 2] = palette[i + 2]; px[d + 3] = 255;
      } else {
        px[d] = row[s]; px[d + 1] = row[s + bps]; px[d + 2] = row[s + 2 * bps];
        px[d + 3] = ctype === 6 ? row[s + 3 * bps] : 255;
      }
    }
    prev = row;
  }
  return { width, height, rgba: px };
}

// How much of the image differs from its dominant colour. "Blank" = fewer than
// max(minPixels, minFraction of all) pixels differ from it by more than `tolerance` in some
// channel. (One 14 px word on a 1920x1080 screen is ~0.013% of the pixels: not blank.)
export function imageDetail(png, { tolerance = 24, minFraction = 0.00002, minPixels = 16 } = {}) {
  const { width, height, rgba } = decodePng(png);
  const n = width * height;
  const counts = new Map();
  for (let i = 0; i < n; i++) {
    const k = rgba.readUInt32BE(i * 4) >>> 8; // RGB, alpha ignored
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  let mode = 0, best = -1;
  for (const [k, c] of counts) if (c > best) { best = c; mode = k; }
  const mr = (mode >> 16) & 255, mg = (mode >> 8) & 255, mb = mode & 255;
  let differing = 0;
  for (let i = 0; i < n; i++) {
    const d = i * 4;
    if (Math.abs(rgba[d] - mr) > tolerance || Math.abs(rgba[d + 1] - mg) > tolerance || Math.abs(rgba[d + 2] - mb) > tolerance) differing++;
  }
  const fraction = n ? differing / n : 0;
  return {
    width, height, colours: counts.size,
    dominant: '#' + mode.toString(16).padStart(6, '0'),
    differingFraction: fraction,
    differing,
    blank: differing < Math.max(minPixels, minFraction * n),
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const within = (p, ms, fallback) => Promise.race([p, sleep(ms).then(() => fallback)]);

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const tag = `browser-test ${o.name}`;
  const failures = [];
  const fail = (reason) => failures.push(reason);
  const info = (line) => (o.measure ? process.stderr : process.stdout).write(line + '\n');

  // Hard stop in case Chromium wedges; Playwright kills its browser on process exit.
  setTimeout(() => {
    process.stderr.write(`${tag}: FAIL: gave up after ${o.timeout + 60000} ms in total (browser hung?)\n`);
    process.exit(1);
  }, o.timeout + 60000).unref();

  const { chromium, dir } = await chromiumAndPage(tag, o.dir);
  fs.mkdirSync(o.out, { recursive: true });
  const shotPath = path.join(o.out, `${o.name}.png`);
  const failShotPath = path.join(o.out, `${o.name}-failed.png`);
  const logPath = path.join(o.out, `${o.name}.log`);
  for (const f of [shotPath, failShotPath]) fs.rmSync(f, { force: true });

  const server = await startServer(dir, 0, { gzip: o.gzip });
  const origin = new URL(server.url).origin;
  const pageUrl = `${server.url}index.html${o.query ? '?' + o.query : ''}`;

  const t0 = Date.now();
  const events = []; // log lines
  const ev = (line) => events.push(`${String(Date.now() - t0).padStart(6)} ms  ${line}`);
  const consoleErrors = [];
  const pageErrors = [];
  const foreign = [];
  const httpErrors = [];
  const requests = [];
  let readyMs = null, launchMs = null, readyLogMs = null;
  let browser;

  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, timeout: o.timeout });
    launchMs = Date.now() - t0;
    ev(`chromium ${browser.version()} started`);
    const context = await browser.newContext({
      viewport: { width: o.width, height: o.height },
      deviceScaleFactor: o.scale,
      serviceWorkers: 'block',
    });
    const isForeign = (u) => {
      let url;
      try { url = new URL(u); } catch { return true; }
      if (url.protocol === 'data:' || url.protocol === 'about:') return false;
      return url.origin !== origin; // blob:http://127.0.0.1:P/... has the page's origin
    };
    // Let nothing leave the machine: requests to other origins are recorded and aborted.
    await context.route((url) => isForeign(url.href), (route) => route.abort('blockedbyclient'));
    // Page-side timestamp of the moment the ready attribute appears (performance.now() is
    // relative to the navigation start), so the reported time has no polling delay in it.
    await context.addInitScript(() => {
      try {
        const check = () => {
          const root = document.documentElement;
          if (root && root.dataset.wegwijsReady === '1' && window.__wegwijsReadyAt === undefined) window.__wegwijsReadyAt = performance.now();
        };
        new MutationObserver(check).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-wegwijs-ready'] });
        check();
      } catch { /* never break the page under test */ }
    });
    const page = await context.newPage();
    const t1 = Date.now();

    page.on('console', (msg) => {
      const type = msg.type();
      const loc = msg.location();
      const where = loc && loc.url ? ` (${loc.url.replace(origin, '')}:${loc.lineNumber})` : '';
      ev(`console.${type}: ${msg.text()}${where}`);
      // A network error of a foreign request (we block them, and resolve no host names) is
      // reported once, as a foreign request, not again as a console error.
      const urls = [...msg.text().matchAll(/(?:https?|wss?):\/\/[^\s'"]+/g)].map((m) => m[0]);
      if (loc && loc.url) urls.push(loc.url);
      const blockedByUs = /net::ERR_/.test(msg.text()) && urls.some((u) => isForeign(u));
      if ((type === 'error' || type === 'assert') && !blockedByUs) consoleErrors.push(msg.text() + where);
      if (readyLogMs === null && msg.text().includes('wegwijs: ready')) readyLogMs = Date.now() - t1;
    });
    let firstPageError = null;
    const pageErrorSeen = new Promise((r) => { firstPageError = r; });
    page.on('pageerror', (err) => {
      const text = String(err && err.stack ? err.stack : err).split('\n').slice(0, 3).join(' | ');
      ev(`pageerror: ${text}`);
      pageErrors.push(String(err && err.message ? err.message : err));
      firstPageError();
    });
    page.on('crash', () => { ev('page crashed'); pageErrors.push('the page crashed'); firstPageError(); });
    page.on('request', (req) => {
      ev(`request ${req.method()} ${req.url()}`);
      requests.push(req);
      if (isForeign(req.url())) foreign.push(req.url());
    });
    page.on('websocket', (ws) => {
      ev(`websocket ${ws.url()}`);
      if (new URL(ws.url()).host !== new URL(origin).host) foreign.push(ws.url());
    });
    page.on('requestfailed', (req) => ev(`request failed ${req.url()}: ${req.failure()?.errorText}`));
    page.on('response', (res) => {
      ev(`response ${res.status()} ${res.url()}`);
      if (res.status() >= 400 && !isForeign(res.url())) httpErrors.push(`${res.status()} ${res.url().replace(origin, '')}`);
    });

    // Ready = the attribute appears. An uncaught error usually means the app died: then wait
    // only 2 s more before giving up instead of the whole timeout.
    const deadline = t1 + o.timeout;
    const readyWait = (async () => {
      await page.goto(pageUrl, { waitUntil: 'commit', timeout: o.timeout });
      await page.waitForSelector('html[data-wegwijs-ready="1"]', { state: 'attached', timeout: Math.max(1, deadline - Date.now()) });
      return 'ready';
    })().catch((e) => (/Timeout/i.test(e.message) ? 'timeout' : `error: ${e.message.split('\n')[0]}`));
    const outcome = await Promise.race([readyWait, pageErrorSeen.then(() => sleep(2000)).then(() => 'pageerror')]);

    if (outcome === 'ready') {
      const pageReadyAt = await page.evaluate(() => window.__wegwijsReadyAt).catch(() => undefined);
      readyMs = typeof pageReadyAt === 'number' ? Math.round(pageReadyAt) : Date.now() - t1;
      ev('ready attribute set' + (readyLogMs === null ? " (note: 'wegwijs: ready' was not logged to the console)" : ''));
      // Let a few more frames render (ImGui lays out auto-sized windows over the first frames).
      if (o.frames > 0) {
        await within(page.evaluate((n) => new Promise((res) => {
          const step = (k) => (k <= 0 ? res() : requestAnimationFrame(() => step(k - 1)));
          step(n);
        }), o.frames), 5000);
      }
      const png = await page.screenshot({ path: shotPath, timeout: 15000 });
      const detail = imageDetail(png);
      ev(`screenshot ${shotPath}: ${detail.width}x${detail.height}, ${detail.colours} colours, dominant ${detail.dominant}, ${(detail.differingFraction * 100).toFixed(3)}% of pixels differ from it`);
      if (detail.blank)
        fail(`screenshot is blank: ${detail.differing} px (${(detail.differingFraction * 100).toFixed(3)}%) differ from the dominant colour ${detail.dominant} (${detail.colours} colours)`);
    } else {
      const why = outcome === 'timeout' ? `not ready: html[data-wegwijs-ready="1"] did not appear within ${o.timeout} ms`
        : outcome === 'pageerror' ? 'not ready: gave up 2 s after the first uncaught page error'
        : `not ready: ${outcome}`;
      fail(why + (readyLogMs !== null ? ' (although "wegwijs: ready" was logged)' : ''));
      await page.screenshot({ path: failShotPath, timeout: 5000 }).catch(() => {});
    }

    // Settle the network bookkeeping (sizes of finished requests) before judging.
    const measured = [];
    for (const req of requests) {
      const res = await within(req.response().catch(() => null), 2000, null);
      const sizes = res ? await within(req.sizes().catch(() => null), 2000, null) : null;
      let bodyBytes = null;
      if (o.measure && res && !isForeign(req.url())) {
        const body = await within(res.body().catch(() => null), 5000, null);
        bodyBytes = body ? body.length : null;
      }
      measured.push({ req, res, sizes, bodyBytes });
    }
    await sleep(50); // late console/pageerror events

    for (const e of pageErrors) fail(`page error: ${e}`);
    for (const e of consoleErrors) fail(`console error: ${e}`);
    if (foreign.length) fail(`${foreign.length} request(s) to other origins: ${[...new Set(foreign)].join(', ')}`);
    for (const e of httpErrors) fail(`HTTP ${e}`);

    if (o.measure) {
      const byPath = new Map();
      for (const { req, res, sizes, bodyBytes } of measured) {
        if (isForeign(req.url())) continue;
        const p = new URL(req.url()).pathname;
        const h = res ? await within(res.allHeaders().catch(() => ({})), 2000, {}) : {};
        const e = byPath.get(p) || { path: p, requests: 0, status: res ? res.status() : null,
          contentType: h['content-type'] || null, contentEncoding: h['content-encoding'] || null,
          transferBytes: 0, bodyBytes: 0 };
        e.requests++;
        e.transferBytes += sizes ? sizes.responseBodySize : 0;
        e.bodyBytes += bodyBytes || 0;
        byPath.set(p, e);
      }
      const resources = [...byPath.values()];
      const total = resources.reduce((t, r) => ({
        requests: t.requests + r.requests,
        transferBytes: t.transferBytes + r.transferBytes,
        bodyBytes: t.bodyBytes + r.bodyBytes,
      }), { requests: 0, transferBytes: 0, bodyBytes: 0 });
      process.stdout.write(JSON.stringify({
        name: o.name, query: o.query, gzip: o.gzip, readyMs, launchMs, resources, total,
      }, null, 2) + '\n');
    }
    await browser.close();
    browser = null;
  } catch (e) {
    fail(`internal error: ${e.message.split('\n')[0]}`);
  } finally {
    if (browser) await within(browser.close().catch(() => {}), 5000);
    await within(server.close(), 2000);
  }

  const header = [
    `browser-test ${o.name}`, `url: ${pageUrl}`, `viewport: ${o.width}x${o.height} @${o.scale}x`,
    `chromium launch: ${launchMs} ms, ready: ${readyMs === null ? 'never' : readyMs + ' ms'}`, '',
  ];
  const footer = failures.length ? ['', 'FAILURES:', ...failures.map((f) => '  ' + f)] : ['', 'OK'];
  fs.writeFileSync(logPath, [...header, ...events, ...footer].join('\n') + '\n');

  if (failures.length) {
    // Never leave a screenshot under the good name when the run failed.
    if (fs.existsSync(shotPath)) fs.renameSync(shotPath, failShotPath);
    for (const f of failures) process.stderr.write(`${tag}: FAIL: ${f}\n`);
    process.stderr.write(`${tag}: ${failures.length} failure(s); log ${logPath}` +
      (fs.existsSync(failShotPath) ? `, screenshot ${failShotPath}` : '') + '\n');
    process.exit(1);
  }
  info(`${tag}: ready in ${readyMs} ms, ${consoleErrors.length} console errors, ${foreign.length} foreign requests, ` +
    `screenshot ${shotPath} (chromium start ${launchMs} ms)`);
  process.exit(0);
}

if (await isMainModule(import.meta.url)) main();
