// The app's parts (src/app/parts.rs): the core's and each part's bytes (brotli, as sent),
// when the part arrives on a cold throttled load of the default link (CPU 4x slower,
// 9 Mbit/s, 40 ms), and how long a press on the part's control takes, made the moment the
// core is ready (`data-app=ready`), to its result on screen. Printed figures, not
// assertions; the target is a result within 150 ms of the press.
import { readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser } from '../e2e/browser.mjs';
import { throttledPage, median } from './cold-load.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 15);
const DIST = process.env.APP_ROOT || fileURLToPath(new URL('../dist/', import.meta.url));

/** Each part's control: what to press, and the result that says it answered. */
const PRESSES = {
  'share: cite (default link)': { query: '', press: '[data-testid=cite-toggle]', done: `() => (document.querySelector('[data-testid=cite-text]')?.value || '') !== ''` },
  // A view with options: its data is made in the browser (at its defaults, a file the build wrote).
  'share: CSV download (trend/?v=3&scale=log)': { query: 'trend/?v=3&scale=log', press: '[data-testid=download-csv]', done: `() => (document.querySelector('[data-testid=download-csv]')?.getAttribute('href') || '').startsWith('data:')` },
};

/** Pressed by the page at the first frame its app is ready; the result noted as it happens. */
const PRESS_AT_READY = ({ press, done }) => `(() => {
  document.addEventListener('click', (e) => { if (e.target.closest('[data-kind]') && e.target.hasAttribute('data-made')) e.preventDefault(); }, true);
  new MutationObserver((_, observer) => {
    if (document.documentElement.dataset.app !== 'ready') return;
    observer.disconnect();
    const pressed = performance.now();
    document.querySelector(${JSON.stringify(press)}).click();
    const check = () => { if ((${done})()) { console.debug('bench:answered ' + (performance.now() - pressed)); } else requestAnimationFrame(check); };
    check();
  // The document, not <html>: an init script runs before <html> exists.
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
})()`;

async function pressOnce(browser, url, control) {
  const { context, page, cdp } = await throttledPage(browser);
  const urls = new Map();
  let start;
  const arrivals = {};
  cdp.on('Network.requestWillBeSent', (e) => { urls.set(e.requestId, e.request.url); start ??= e.timestamp; });
  cdp.on('Network.loadingFinished', (e) => {
    const u = urls.get(e.requestId) || '';
    const m = u.match(/parts\/[0-9a-f]+\/(.+\.wasm)$/);
    if (m) arrivals[m[1]] = (e.timestamp - start) * 1000;
  });
  await context.addInitScript(PRESS_AT_READY(control));
  const answered = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('bench:answered'), timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = Number((await answered).text().split(' ')[1]);
  await page.waitForSelector('html[data-parts=fetched]', { timeout: 60_000 });
  const ready = await page.evaluate(() => performance.getEntriesByType('navigation')[0].startTime);
  await context.close();
  return { ms, arrivals, ready };
}

async function sizes() {
  const brotli = async (f) => (await stat(`${f}.br`)).size;
  const rows = [['core', await brotli(`${DIST}shenzhen-explorer_bg.wasm`)]];
  const [build] = await readdir(`${DIST}parts`);
  for (const f of (await readdir(`${DIST}parts/${build}`)).filter((n) => n.endsWith('.wasm'))) rows.push([f, await brotli(`${DIST}parts/${build}/${f}`)]);
  return rows;
}

for (const [name, bytes] of await sizes()) console.log(`${name.padEnd(22)} ${(bytes / 1000).toFixed(1).padStart(6)} KB brotli`);
const server = await startServer({ root: DIST, prefix: '/' });
const browser = await launchBrowser();
try {
  const results = Object.fromEntries(Object.keys(PRESSES).map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [name, control] of Object.entries(PRESSES)) results[name].push(await pressOnce(browser, server.url + control.query, control));
  }
  const arrived = {};
  for (const runs of Object.values(results)) for (const r of runs) for (const [f, ms] of Object.entries(r.arrivals)) (arrived[f] ??= []).push(ms);
  for (const [f, times] of Object.entries(arrived)) console.log(`bench part_arrives part=${f} ms=${median(times).toFixed(0)} (from the page's request, median of ${times.length})`);
  for (const [name, runs] of Object.entries(results)) {
    const ms = median(runs.map((r) => r.ms));
    console.log(`bench part_press control="${name}" press_to_result_ms=${ms.toFixed(0)} (pressed at data-app=ready, median of ${runs.length}) target<=150`);
  }
} finally {
  await browser.close();
  await server.close();
}
