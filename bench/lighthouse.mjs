// Lighthouse's performance audit of the app beside the Chart.js reference page, with
// Debian's Chromium (CHROME_PATH) and Lighthouse's own default: a phone on simulated slow 4G
// with the CPU slowed 4x. The pages are audited in turn, RUNS times each (3 by default), and
// the medians printed as `bench lighthouse` lines: performance score, largest contentful
// paint, total blocking time, cumulative layout shift, and the element Lighthouse names as
// the largest paint. Each page is audited in both of Lighthouse's throttling modes: its
// default, `simulate` (Lantern estimates the load from a graph of an unthrottled one, and
// counts an early request against the largest paint), and `devtools` (the throttling applied
// to a real load, which is what a reader's phone does). Printed figures, not assertions.
//
//   node bench/lighthouse.mjs      (scripts/bench.sh installs Lighthouse into .bench-tools/)
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServer } from '../e2e/server.mjs';
import { median } from './cold-load.mjs';
import { buildReference } from './reference.mjs';

const run = promisify(execFile);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const CLI = here('../.bench-tools/node_modules/lighthouse/cli/index.js');
const DIST = process.env.APP_ROOT || here('../dist/');
// The same flags as the browser tests' Chromium: no sandbox as root, no GPU, quiet network.
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

if (!existsSync(CLI)) throw new Error(`no Lighthouse at ${CLI}: scripts/bench.sh installs it`);

/** One audit of `url`: the figures this bench prints. */
async function audit(url, method) {
  const { stdout } = await run(process.execPath, [CLI, url, `--chrome-flags=${FLAGS}`, `--throttling-method=${method}`, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet'], {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stdout);
  const value = (id) => report.audits[id]?.numericValue;
  const element = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '?';
  return { score: report.categories.performance.score, lcp: value('largest-contentful-paint'), tbt: value('total-blocking-time'), cls: value('cumulative-layout-shift'), element };
}

const app = await startServer({ root: DIST, prefix: '/' });
const reference = await startServer({ root: await buildReference(), prefix: '/' });
const PAGES = {
  default: `${app.url}`,
  options: `${app.url}trend/?v=3&scale=log`,
  reference: `${reference.url}`,
};
try {
  for (const method of ['simulate', 'devtools']) {
    const results = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url] of Object.entries(PAGES)) results[name].push(await audit(url, method));
    }
    for (const [name, runs] of Object.entries(results)) {
      const m = (key) => median(runs.map((r) => r[key]));
      const elements = [...new Set(runs.map((r) => r.element))].join(' | ');
      console.log(`bench lighthouse throttling=${method} page=${name} performance=${m('score').toFixed(2)} lcp_ms=${m('lcp').toFixed(0)} tbt_ms=${m('tbt').toFixed(0)} cls=${m('cls').toFixed(3)} runs=${RUNS} lcp_element="${elements}"`);
    }
  }
} finally {
  await app.close();
  await reference.close();
}
