// The first screen, side by side: the app (dist/), a Chart.js reference page with one toggle,
// and the floor (a static HTML page holding the app's default chart as inline SVG), each
// loaded cold in headless Chromium with the CPU slowed 4x and the network at 9 Mbit/s down,
// 40 ms latency, cache disabled. For each: when the chart is first on screen, when a control
// first works, and the bytes on the wire. Prints medians, spreads and the ratios to the
// reference. Printed figures, not assertions.
//
// "On screen": the first rendering frame (requestAnimationFrame) in which a chart is in the
// document and visible; a hidden prerender does not count. "First working switch": from
// navigation start the page keeps pressing a view tab (the reference: its toggle) every
// 25 ms until the chart changes, then the next frame.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser } from '../e2e/browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 11);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.APP_ROOT || here('../dist/');
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const quartiles = (xs) => [sorted(xs)[Math.floor((xs.length - 1) / 4)], sorted(xs)[Math.ceil(3 * (xs.length - 1) / 4)]];

async function buildReference() {
  const out = here('./reference/dist/');
  await mkdir(out, { recursive: true });
  await build({ entryPoints: [here('./reference/main.js')], bundle: true, minify: true, treeShaking: true, format: 'esm', outfile: `${out}main.min.js`, logLevel: 'warning' });
  await copyFile(here('./reference/index.html'), `${out}index.html`);
  return out;
}

/** The floor: the prerendered default chart (720 px layout) alone in a static page. */
async function buildFloor() {
  const html = await readFile(`${DIST}index.html`, 'utf8');
  const svg = html.match(/<div class="?at-720"?>(<svg[\s\S]*?<\/svg>)<\/div>/)?.[1];
  if (!svg) throw new Error('no prerendered 720 px chart in dist/index.html: run scripts/build.sh');
  const out = here('./floor/');
  await mkdir(out, { recursive: true });
  await writeFile(`${out}index.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor: the chart as inline SVG</title><link rel="icon" href="data:,"></head><body><div data-testid="chart" style="max-width:720px">${svg}</div></body></html>`);
  return out;
}

// Noted by the page itself: polling from Playwright lags by hundreds of milliseconds on a
// CPU slowed 4x (measured: ~360 ms). The mutation observer only notes that a chart is in the
// document (no layout is forced while the page is parsed); whether it is visible is asked in
// the next animation frames, where the frame lays the page out anyway.
const WATCH = ({ chart, shown, press, changed }) => `(() => {
  const chart = ${chart};
  const shown = ${shown};
  const changed = ${changed};
  const frame = (name) => requestAnimationFrame(() => { window[name] = performance.now(); });
  const whenShown = () => requestAnimationFrame(() => {
    if (shown()) window.__onScreen = performance.now(); else whenShown();
  });
  new MutationObserver((_, observer) => {
    if (chart()) { observer.disconnect(); whenShown(); }
  }).observe(document, { childList: true, subtree: true, attributes: true });
  const pressing = setInterval(() => {
    if (changed()) { clearInterval(pressing); frame('__switched'); return; }
    document.querySelector(${JSON.stringify(press)})?.click();
  }, 25);
})()`;

/** What a file would weigh as gzip -9 (its `.gz` copy in `root`), else as it was sent. */
async function gzipSize(root, url, sent) {
  const file = decodeURIComponent(new URL(url).pathname.replace(/\/$/, '/index.html'));
  try {
    return (await stat(`${path.join(root, file)}.gz`)).size;
  } catch {
    return sent;
  }
}

/** One cold load: ms to chart on screen, ms to first working switch, bytes on the wire (as
 * sent: brotli where the site has .br copies) and the same files as gzip. */
async function load(browser, url, watch, root) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: (9e6 / 8), uploadThroughput: (9e6 / 8) });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  const urls = new Map();
  const finished = [];
  cdp.on('Network.requestWillBeSent', (e) => { urls.set(e.requestId, e.request.url); });
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; finished.push([urls.get(e.requestId), e.encodedDataLength]); });
  await context.addInitScript(WATCH(watch));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__onScreen !== undefined && window.__switched !== undefined, null, { polling: 100, timeout: 60_000 });
  const times = await page.evaluate(() => ({ onScreen: window.__onScreen, switched: window.__switched }));
  const wire = bytes; // everything that arrived until the switch worked
  const asGzip = (await Promise.all(finished.slice().map(([u, sent]) => (u ? gzipSize(root, u, sent) : sent)))).reduce((a, b) => a + b, 0);
  await context.close();
  return { ...times, bytes: wire, gzip: asGzip };
}

const present = (selector) => `() => !!document.querySelector(${JSON.stringify(selector)})`;
const visible = (selector) => `() => [...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 0)`;
const TARGETS = {
  app: {
    root: DIST,
    watch: {
      chart: present('[data-testid=chart] svg'),
      shown: visible('[data-testid=chart] svg'),
      press: '[data-testid=view-trend]',
      changed: `() => document.querySelector('#chart-title')?.textContent.startsWith('Shenzhen NEV production')`,
    },
  },
  reference: {
    root: null,
    watch: {
      chart: `() => document.querySelector('[data-testid=chart] canvas')?.dataset.drawn === 'true'`,
      shown: `() => true`,
      press: '[data-testid=toggle]',
      changed: `() => document.querySelector('[data-testid=chart] canvas')?.dataset.view === 'other'`,
    },
  },
  floor: {
    root: null,
    watch: { chart: present('[data-testid=chart] svg'), shown: visible('[data-testid=chart] svg'), press: 'nothing', changed: '() => true' },
  },
};

TARGETS.reference.root = await buildReference();
TARGETS.floor.root = await buildFloor();
const servers = {};
for (const [name, t] of Object.entries(TARGETS)) servers[name] = await startServer({ root: t.root, prefix: '/' });
const browser = await launchBrowser();
try {
  const results = Object.fromEntries(Object.keys(TARGETS).map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, t] of Object.entries(TARGETS)) results[name].push(await load(browser, servers[name].url, t.watch, t.root));
  }
  const summary = {};
  const spread = (xs) => `runs ${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}, middle half ${quartiles(xs).map((x) => x.toFixed(0)).join('-')}`;
  for (const [name, runs] of Object.entries(results)) {
    const on = runs.map((r) => r.onScreen);
    const sw = runs.map((r) => r.switched);
    summary[name] = { onScreen: median(on), switched: median(sw), kb: median(runs.map((r) => r.bytes)) / 1000, gzipKb: median(runs.map((r) => r.gzip)) / 1000 };
    console.log(`${name.padEnd(10)} chart on screen ${median(on).toFixed(0).padStart(5)} ms (${spread(on)})`);
    if (name !== 'floor') console.log(`${''.padEnd(10)} first working switch ${median(sw).toFixed(0).padStart(5)} ms (${spread(sw)})`);
    console.log(`${''.padEnd(10)} on the wire ${summary[name].kb.toFixed(1).padStart(7)} KB   (median of ${RUNS}; the same files as gzip -9: ${summary[name].gzipKb.toFixed(1)} KB)`);
  }
  const { app, reference, floor } = summary;
  console.log(`bench first_chart app_ms=${app.onScreen.toFixed(0)} reference_ms=${reference.onScreen.toFixed(0)} floor_ms=${floor.onScreen.toFixed(0)} ratio=${(app.onScreen / reference.onScreen).toFixed(2)} target<=0.5`);
  console.log(`bench first_switch app_ms=${app.switched.toFixed(0)} reference_ms=${reference.switched.toFixed(0)} ratio=${(app.switched / reference.switched).toFixed(2)} target<=1.0`);
  console.log(`bench wire app_kb=${app.kb.toFixed(1)} app_gzip_kb=${app.gzipKb.toFixed(1)} reference_kb=${reference.kb.toFixed(1)} floor_kb=${floor.kb.toFixed(1)} target_app<=100`);
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close();
}
