// First chart, side by side: the app (dist/) and a Chart.js reference page, each loaded cold
// in headless Chromium with the CPU slowed 4x and the network at 9 Mbit/s down, 40 ms
// latency, cache disabled. Prints medians, bytes on the wire and the ratios app/reference.
// "First chart" is when the chart element enters the document (app: the <svg> inside
// [data-testid=chart]; reference: its canvas marked drawn), observed in the page.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser } from '../e2e/browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 7);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function buildReference() {
  const out = here('./reference/dist/');
  await mkdir(out, { recursive: true });
  await build({ entryPoints: [here('./reference/main.js')], bundle: true, minify: true, treeShaking: true, format: 'esm', outfile: `${out}main.min.js`, logLevel: 'warning' });
  await copyFile(here('./reference/index.html'), `${out}index.html`);
  return out;
}

/** One cold load: ms from navigation start to the first drawn chart, and bytes on the wire. */
async function load(browser, url, drawn) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: (9e6 / 8), uploadThroughput: (9e6 / 8) });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  // The moment the chart is in the document, noted by the page itself: polling from
  // Playwright lags by hundreds of milliseconds on a CPU slowed 4x (measured: ~360 ms).
  await context.addInitScript(`(() => {
    const drawn = ${drawn};
    new MutationObserver((_, observer) => {
      if (drawn()) { window.__firstChart = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  })()`);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstChart !== undefined, null, { polling: 100, timeout: 60_000 });
  const ms = await page.evaluate(() => window.__firstChart);
  await page.waitForLoadState('load');
  await context.close();
  return { ms, bytes };
}

const appServer = await startServer({ root: process.env.APP_ROOT || here('../dist/'), prefix: '/' });
const refServer = await startServer({ root: await buildReference(), prefix: '/' });
const browser = await launchBrowser();
try {
  const targets = {
    app: [appServer.url, () => !!document.querySelector('[data-testid=chart] svg')],
    reference: [refServer.url, () => document.querySelector('[data-testid=chart] canvas')?.dataset.drawn === 'true'],
  };
  const results = { app: [], reference: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const [name, [url, drawn]] of Object.entries(targets)) results[name].push(await load(browser, url, drawn));
  }
  const summary = {};
  for (const [name, runs] of Object.entries(results)) {
    summary[name] = { ms: median(runs.map((r) => r.ms)), kb: median(runs.map((r) => r.bytes)) / 1000 };
    const spread = `${Math.min(...runs.map((r) => r.ms)).toFixed(0)}-${Math.max(...runs.map((r) => r.ms)).toFixed(0)}`;
    console.log(`${name.padEnd(10)} first chart ${summary[name].ms.toFixed(0).padStart(6)} ms (runs ${spread})   on the wire ${summary[name].kb.toFixed(1).padStart(7)} KB   (median of ${RUNS})`);
  }
  const ratio = summary.app.ms / summary.reference.ms;
  console.log(`bench first_chart app_ms=${summary.app.ms.toFixed(0)} reference_ms=${summary.reference.ms.toFixed(0)} ratio=${ratio.toFixed(2)} target<=0.75`);
  console.log(`bench wire app_kb=${summary.app.kb.toFixed(1)} reference_kb=${summary.reference.kb.toFixed(1)} ratio=${(summary.app.kb / summary.reference.kb).toFixed(2)} target_app<=100`);
} finally {
  await browser.close();
  await appServer.close();
  await refServer.close();
}
