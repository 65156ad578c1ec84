// Where the main thread's time goes in one throttled cold load (CPU 4x, 9 Mbit/s, 40 ms):
// a Chromium trace summarised as the renderer main thread's top-level tasks (longer than
// MIN ms), each with what it was busy with, beside when each file arrived and the first
// paints. A diagnosis aid, not part of bench.sh. ROOT=dir measures another site, QUERY=?…
// another link, MIN=ms the shortest task listed (default 4), PRESS=1 presses the Trend tab
// as the bench does (marks bench:switched when the chart has changed).
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { launchBrowser } from '../e2e/browser.mjs';
import { APP_WATCH, WATCH, throttledPage } from './cold-load.mjs';

const MIN = Number(process.env.MIN || 4);
const server = await startServer({ root: process.env.ROOT || fileURLToPath(new URL('../dist/', import.meta.url)), prefix: '/' });
const browser = await launchBrowser();
try {
  const { context, page } = await throttledPage(browser);
  if (process.env.PRESS) await context.addInitScript(WATCH(APP_WATCH));
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'loading', 'v8.wasm', 'disabled-by-default-v8.wasm'] });
  await page.goto(server.url + (process.env.QUERY || ''), { waitUntil: 'commit' });
  // A fixed wait, not waitForFunction: that first runs Playwright's injected script in the
  // page, 35-45 ms of main-thread work that would show up in the load being traced.
  await page.waitForTimeout(Number(process.env.WAIT || 3000));
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming' )?.ts
    ?? events.find((e) => e.name === 'ResourceSendRequest')?.ts;
  const at = (ts) => ((ts - nav) / 1000).toFixed(0).padStart(5);
  const mainPid = events.find((e) => e.name === 'ResourceSendRequest')?.pid;
  const tid = events.find((e) => e.pid === mainPid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const lines = [];
  for (const e of events) {
    if (e.name === 'ResourceFinish' && e.pid === mainPid) lines.push([e.ts, `file done  ${e.args.data.requestId} ${(e.args.data.encodedDataLength / 1000).toFixed(1)} KB`]);
    if (e.name === 'ResourceSendRequest') lines.push([e.ts, `request    ${e.args.data.url.replace(server.url, '/')} (${e.args.data.requestId})`]);
    if (e.cat?.includes('blink.user_timing') && e.name.startsWith('__') && e.pid === mainPid) lines.push([e.ts, `mark       ${e.name}`]);
    if (['firstPaint', 'firstContentfulPaint', 'domContentLoadedEventEnd', 'MarkDOMContent', 'MarkLoad'].includes(e.name) && e.pid === mainPid) lines.push([e.ts, `mark       ${e.name}`]);
  }
  const tasks = events.filter((e) => e.pid === mainPid && e.tid === tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur / 1000 >= MIN);
  for (const t of tasks) {
    const inside = events.filter((e) => e.pid === mainPid && e.tid === tid && e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts + (e.dur || 0) <= t.ts + t.dur && e.dur / 1000 >= MIN / 2 && !/RunTask/.test(e.name));
    const what = {};
    for (const e of inside) what[e.name] = (what[e.name] || 0) + e.dur / 1000;
    const top = Object.entries(what).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${d.toFixed(0)}`).join(', ');
    const scripts = inside.filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'FunctionCall').map((e) => `${e.args?.data?.url?.replace(server.url, '/') || e.args?.data?.functionName || '?'}:${e.args?.data?.lineNumber ?? ''}`);
    lines.push([t.ts, `task ${(t.dur / 1000).toFixed(0).padStart(4)} ms: ${top}${scripts.length ? ` [${[...new Set(scripts)].join(' ')}]` : ''}`]);
  }
  for (const e of events) if (e.pid === mainPid && e.tid !== tid && e.ph === 'X' && /wasm|Wasm/.test(e.name) && e.dur > 2000) lines.push([e.ts, `off-main   ${e.name} ${(e.dur / 1000).toFixed(0)} ms`]);
  lines.sort((a, b) => a[0] - b[0]);
  for (const [ts, text] of lines) console.log(`${at(ts)} ms  ${text}`);
} finally {
  await browser.close();
  await server.close();
}
