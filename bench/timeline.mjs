// Where the time to first chart goes: for throttled cold loads (CPU 4x, 9 Mbit/s, 40 ms),
// when each file finished arriving, first paint, and when the chart appeared, medians of a
// few runs. A diagnosis aid, not part of bench.sh. ROOT=dir measures another site (e.g.
// bench/reference/dist/), QUERY=?… another view, LOCALE=fr-FR a reader whose browser is in
// French.
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser } from '../e2e/browser.mjs';
import { median, throttledPage } from './cold-load.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const server = await startServer({ root: process.env.ROOT || fileURLToPath(new URL('../dist/', import.meta.url)), prefix: '/' });
const browser = await launchBrowser();
const rows = {};
try {
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await throttledPage(browser, process.env.LOCALE ? { locale: process.env.LOCALE } : {});
    // Noted by the page itself, as in first-chart.mjs (Playwright's polling lags).
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid=chart] svg, [data-testid=chart] canvas[data-drawn]')) {
          window.__firstChart = performance.now();
          observer.disconnect();
          console.debug('timeline:chart');
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    // Told by a console message: waitForFunction would run Playwright's injected script in
    // the page during the load it measures (bench/cold-load.mjs).
    const charted = page.waitForEvent('console', { predicate: (m) => m.text() === 'timeline:chart', timeout: 60_000 });
    await page.goto(server.url + (process.env.QUERY || ''), { waitUntil: 'commit' });
    await charted;
    await page.waitForTimeout(1500); // the files still arriving
    const t = await page.evaluate(() => {
      const out = { 'first chart': window.__firstChart };
      const nav = performance.getEntriesByType('navigation')[0];
      out['html responseEnd'] = nav.responseEnd;
      out['DOMContentLoaded'] = nav.domContentLoadedEventStart;
      for (const r of performance.getEntriesByType('resource')) {
        // A page (a French reader's own, fetched) by its path, a file by its name.
        const path = new URL(r.name).pathname;
        const file = path.endsWith('/') ? path : path.split('/').pop();
        out[`${file} start`] = r.startTime;
        out[`${file} end`] = r.responseEnd;
      }
      for (const p of performance.getEntriesByType('paint')) out[p.name] = p.startTime;
      for (const m of performance.getEntriesByType('mark')) out[`mark ${m.name}`] = m.startTime;
      return out;
    });
    for (const [k, v] of Object.entries(t)) (rows[k] ||= []).push(v);
    await context.close();
  }
  for (const [k, v] of Object.entries(rows).sort((a, b) => median(a[1]) - median(b[1]))) console.log(`${median(v).toFixed(0).padStart(6)} ms  ${k}`);
} finally {
  await browser.close();
  await server.close();
}
