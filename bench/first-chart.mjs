// The first screen, side by side: the app (dist/), a Chart.js reference page with one toggle,
// and the floor (a static HTML page holding the app's default chart as inline SVG), each
// loaded cold in headless Chromium with the CPU slowed 4x and the network at 9 Mbit/s down,
// 40 ms latency, cache disabled. For each: when the chart is first on screen, when a control
// first works, and the bytes on the wire. Prints medians, spreads and the ratios to the
// reference. Printed figures, not assertions. The app is loaded a second time by a reader
// whose browser is in French (their own first screen), for the record.
//
// "On screen": the first rendering frame (requestAnimationFrame) in which a chart is in the
// document and visible; a hidden prerender does not count. "First working switch": from
// navigation start the page keeps pressing a view tab (the reference: its toggle) every
// 25 ms until the chart changes, then the next frame.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser } from '../e2e/browser.mjs';
import { APP_WATCH, STATIC_WATCH, load, median, quartiles } from './cold-load.mjs';
import { buildReference } from './reference.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 15);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const DIST = process.env.APP_ROOT || here('../dist/');

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

const TARGETS = {
  app: { root: DIST, watch: APP_WATCH },
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
    watch: STATIC_WATCH,
  },
  // The same link opened by a reader whose browser is in French: their own first screen.
  'app (fr)': { root: DIST, watch: APP_WATCH, reader: { locale: 'fr-FR' } },
  // A link with options, which the build wrote no page for: the app writes its first screen.
  // Already the trend view: the switch pressed is to the cities view (whose chart no hidden
  // page holds, as the default growth view's is held by the build's page under the shell).
  'app (options)': {
    root: DIST,
    query: 'trend/?v=3&scale=log',
    watch: { ...APP_WATCH, press: APP_WATCH.press.replaceAll('view-trend', 'view-cities'), changed: `() => { const titles = [...document.querySelectorAll('[data-testid=chart] svg > title')]; return titles.length > 0 && titles.every((t) => /^NEV production by year/.test(t.textContent)); }` },
  },
  // A view's own address, and the same view's French address: each its own first screen.
  'app (cities/)': { root: DIST, watch: APP_WATCH, query: 'cities/' },
  'app (fr/cities/)': { root: DIST, watch: APP_WATCH, query: 'fr/cities/' },
};

TARGETS.reference.root = await buildReference();
TARGETS.floor.root = await buildFloor();
const servers = {};
for (const [name, t] of Object.entries(TARGETS)) servers[name] = await startServer({ root: t.root ?? DIST, prefix: '/' });
const browser = await launchBrowser();
try {
  const results = Object.fromEntries(Object.keys(TARGETS).map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, t] of Object.entries(TARGETS)) results[name].push(await load(browser, servers[name].url + (t.query ?? ''), t.watch, t.root, t.reader));
  }
  const summary = {};
  const spread = (xs) => `runs ${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}, middle half ${quartiles(xs).map((x) => x.toFixed(0)).join('-')}`;
  for (const [name, runs] of Object.entries(results)) {
    const on = runs.map((r) => r.onScreen);
    const sw = runs.map((r) => r.switched);
    const kb = (key) => median(runs.map((r) => r[key])) / 1000;
    summary[name] = { onScreen: median(on), switched: median(sw), ready: median(runs.map((r) => r.ready)), kb: kb('bytes'), gzipKb: kb('gzip'), readyKb: kb('readyBytes'), readyGzipKb: kb('readyGzip') };
    const s = summary[name];
    console.log(`${name.padEnd(10)} chart on screen ${s.onScreen.toFixed(0).padStart(5)} ms (${spread(on)})`);
    if (name !== 'floor') console.log(`${''.padEnd(10)} first working switch ${s.switched.toFixed(0).padStart(5)} ms (${spread(sw)})`);
    console.log(`${''.padEnd(10)} on the wire until then ${s.kb.toFixed(1).padStart(7)} KB   (median of ${RUNS}; the same files as gzip -9: ${s.gzipKb.toFixed(1)} KB)`);
    if (name.startsWith('app')) {
      // The first switch can come before the app has taken over (a prerendered view swapped
      // in); when every control works, and what had arrived by then, is printed beside it.
      console.log(`${''.padEnd(10)} every control works ${s.ready.toFixed(0).padStart(5)} ms (${spread(runs.map((r) => r.ready))})`);
      console.log(`${''.padEnd(10)} on the wire until then ${s.readyKb.toFixed(1).padStart(7)} KB   (the same files as gzip -9: ${s.readyGzipKb.toFixed(1)} KB)`);
    }
  }
  const { app, reference, floor } = summary;
  console.log(`bench first_chart app_ms=${app.onScreen.toFixed(0)} reference_ms=${reference.onScreen.toFixed(0)} floor_ms=${floor.onScreen.toFixed(0)} ratio=${(app.onScreen / reference.onScreen).toFixed(2)} target<=0.5`);
  console.log(`bench first_switch app_ms=${app.switched.toFixed(0)} reference_ms=${reference.switched.toFixed(0)} ratio=${(app.switched / reference.switched).toFixed(2)} target<=1.0`);
  console.log(`bench wire app_kb=${app.kb.toFixed(1)} app_gzip_kb=${app.gzipKb.toFixed(1)} reference_kb=${reference.kb.toFixed(1)} floor_kb=${floor.kb.toFixed(1)} target_app<=100`);
  console.log(`bench app_ready app_ms=${app.ready.toFixed(0)} app_kb=${app.readyKb.toFixed(1)} app_gzip_kb=${app.readyGzipKb.toFixed(1)}`);
  console.log(`bench every_control app_ms=${app.ready.toFixed(0)} reference_switch_ms=${reference.switched.toFixed(0)} ratio=${(app.ready / reference.switched).toFixed(2)} target<=1.0`);
  const options = summary['app (options)'];
  console.log(`bench options_link chart_ms=${options.onScreen.toFixed(0)} chart_ratio=${(options.onScreen / reference.onScreen).toFixed(2)} ready_ms=${options.ready.toFixed(0)} ready_ratio=${(options.ready / reference.switched).toFixed(2)} kb=${options.readyKb.toFixed(1)} target_chart_ratio<=1.0`);
  const [own, french] = [summary['app (cities/)'], summary['app (fr/cities/)']];
  console.log(`bench view_address cities_chart_ms=${own.onScreen.toFixed(0)} fr_cities_chart_ms=${french.onScreen.toFixed(0)} ratio=${(french.onScreen / own.onScreen).toFixed(2)} cities_ready_ms=${own.ready.toFixed(0)} fr_cities_ready_ms=${french.ready.toFixed(0)} target_ratio<=1.05`);
  const fr = summary['app (fr)'];
  console.log(`bench french_reader chart_ms=${fr.onScreen.toFixed(0)} chart_ratio=${(fr.onScreen / reference.onScreen).toFixed(2)} switch_ms=${fr.switched.toFixed(0)} switch_ratio=${(fr.switched / reference.switched).toFixed(2)} ready_ms=${fr.ready.toFixed(0)} kb=${fr.readyKb.toFixed(1)}`);
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close();
}
