// Tries a lever: the first screen of several builds (copies of dist/ with one change each),
// loaded cold and throttled as bench/first-chart.mjs loads the app, interleaved so that the
// machine's drift hits them alike. Prints, per directory, the median time the chart is on
// screen, the first working switch and the bytes on the wire by then, when every control
// works and the bytes by then. A diagnosis aid; bench.sh is
// the record. Copy builds with `cp -a`: the server ignores a .br/.gz older than its file.
//   BENCH_RUNS=21 node bench/variants.mjs /tmp/before /tmp/after
// LOCALE=fr-FR loads them as a reader whose browser is in French; QUERY=trend/ opens
// that link instead of the default one.
import { startServer } from '../e2e/server.mjs';
import { launchBrowser } from '../e2e/browser.mjs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_WATCH, STATIC_WATCH, load, median } from './cold-load.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 15);
const reader = process.env.LOCALE ? { locale: process.env.LOCALE } : {};
const roots = process.argv.slice(2);
if (roots.length === 0) throw new Error('usage: node bench/variants.mjs DIR [DIR ...]');
const watches = [];
for (const root of roots) watches.push((await readFile(path.join(root, 'index.html'), 'utf8')).includes('view-trend') ? APP_WATCH : STATIC_WATCH);
const servers = [];
for (const root of roots) servers.push(await startServer({ root, prefix: '/' }));
const browser = await launchBrowser();
const results = roots.map(() => []);
try {
  for (let i = 0; i < RUNS; i++) {
    for (const [k, s] of servers.entries()) results[k].push(await load(browser, s.url + (process.env.QUERY || ''), watches[k], roots[k], reader));
  }
  for (const [k, root] of roots.entries()) {
    const m = (key) => median(results[k].map((r) => r[key]));
    console.log(`${m('onScreen').toFixed(0).padStart(5)} ms on screen ${m('switched').toFixed(0).padStart(6)} ms switch ${(m('bytes') / 1000).toFixed(1).padStart(7)} KB ${m('ready').toFixed(0).padStart(6)} ms ready ${(m('readyBytes') / 1000).toFixed(1).padStart(7)} KB  ${root}`);
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
