// Shared helpers for the explorer's browser tests (views.test.mjs, links.test.mjs):
// open the app at a link, read what it shows (chart title, table rows, SVG text, notice),
// wait for the page to settle, and check that it stayed free of errors.
import { before, after } from 'node:test';

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launchBrowser, openPage } from './browser.mjs';

// APP_ROOT: another build (e2e-scale/ runs against the build of ten times the data).
export const DIST = process.env.APP_ROOT || fileURLToPath(new URL('../dist/', import.meta.url));

export const TITLES = {
  growth: "Year-on-year growth of each sector's headline indicator",
  trend: 'Shenzhen NEV production, 2021-2024',
  cities: "NEV production by year: Shenzhen, Shanghai, Xi'an",
};

/** Serve dist/ under `prefix` and launch Chromium; close() stops both. */
export async function startApp({ prefix = '/', headers = {} } = {}) {
  assert.ok(existsSync(`${DIST}index.html`), `no ${DIST}index.html: run scripts/build.sh first`);
  const server = await startServer({ root: DIST, prefix, headers });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

// Node's HTTP server refuses request lines over 16 KB (431), so a link longer than this
// never reaches the app through server.mjs. For such links the browser is handed
// dist/index.html for the document itself; every asset still comes from the server.
const LONG_URL = 8_000;

/** Wait until the app has taken over the page (the prerendered page's chart is there before
 * it, so its presence alone says nothing) and its chart is drawn. */
export async function waitForApp(page, timeout = 20_000) {
  await page.waitForSelector('html[data-app=ready] [data-testid=chart] svg', { timeout });
}

/**
 * Open `url` in a fresh browser context and wait for the app and its chart. `opts` go to openPage
 * (context options such as permissions), plus `init`: a script run in the page before
 * the app (context.addInitScript), and `ready`: what to wait for instead of the chart (a view
 * without one). Returns openPage's result; long URLs (> 8 KB) work too.
 */
export async function open(browser, url, { init, ready = waitForApp, ...opts } = {}) {
  const app = await openPage(browser, 'about:blank', { allowedHost: new URL(url).host, ...opts });
  if (init) await app.context.addInitScript(init);
  await app.page.route(
    (u) => u.href.length > LONG_URL,
    async (route) => route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: await readFile(`${DIST}index.html`),
    }),
  );
  await app.page.goto(url, { waitUntil: opts.waitUntil ?? 'load' });
  await ready(app.page);
  return app;
}

/** No console errors and no uncaught exceptions (e.g. a Rust panic) in this page. */
export function assertNoErrors(app) {
  assert.deepEqual(app.consoleErrors, [], 'console errors');
  assert.deepEqual(app.consoleWarnings, [], 'console warnings');
  assert.deepEqual(app.pageErrors, [], 'uncaught page errors');
  assert.deepEqual(app.foreignRequests, [], 'requests to other hosts');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll `get` until `ok(value)` holds or `timeout` ms pass; returns the last value. */
export async function settle(get, ok, timeout = 5_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await get();
    if (ok(value) || Date.now() > end) return value;
    await sleep(50);
  }
}

export const chartTitle = (page) => page.locator('#chart-title').textContent();

/** Wait for the chart title to be `expected` (or to satisfy a predicate), then assert. */
export async function expectTitle(page, expected) {
  const ok = typeof expected === 'function' ? expected : (t) => t === expected;
  const title = await settle(() => chartTitle(page), ok);
  assert.ok(ok(title), `chart title: ${JSON.stringify(title)}, expected ${expected}`);
  return title;
}

/** The address's query, once it equals `expected` (asserted). '' is the plain address. */
export async function expectAddress(page, expected) {
  const address = await settle(() => addressOf(page), (s) => s === expected);
  assert.equal(address, expected, `address of ${page.url()}`);
}

/** The page's address relative to the site's root, as the app writes links
 * (`fr/cities/?v=3&scale=log`): the root is where the loader is (window.__explorerRoot). */
export async function addressOf(page) {
  const [href, root] = await page.evaluate(() => [location.href, window.__explorerRoot]);
  assert.ok(root && href.startsWith(root), `${href} is not under the site's root ${root}`);
  return href.slice(root.length);
}

/** The chart table's body rows, each as an array of cell texts. */
export const tableRows = (page) =>
  page.$$eval('[data-testid=chart-table] tbody tr', (rows) =>
    rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));

/** The table row whose first cells are `firstCells` (e.g. ['2022'] or ['Hefei']). */
export async function rowStarting(page, ...firstCells) {
  const rows = await tableRows(page);
  return rows.find((r) => firstCells.every((c, i) => r[i] === c));
}

/** All text drawn in the chart's SVG, lines joined by spaces. */
export const svgText = (page) =>
  page.$eval('[data-testid=chart] svg', (svg) =>
    [...svg.querySelectorAll('text')].map((t) => t.textContent.trim()).join(' '));

/** Wait for the chart's SVG text to match `re`, then assert it. */
export async function expectSvg(page, re) {
  assert.match(await settle(() => svgText(page), (t) => re.test(t)), re);
}

/** The aria-labels of the mark targets over the chart. */
export const markLabels = (page) =>
  page.$$eval('.mark-target', (marks) => marks.map((m) => m.getAttribute('aria-label')));

/** The notice's list items (what the link contained that could not be used). */
export const noticeItems = (page) =>
  page.$$eval('[data-testid=ignored-notice] li', (items) => items.map((li) => li.textContent));

export const isPressed = async (page, view) =>
  (await page.getAttribute(`[data-testid=view-${view}]`, 'aria-pressed')) === 'true';

/** The values of a <select>'s options a user can pick (neither hidden nor disabled). */
export const offeredOptions = (page, selector) =>
  page.$eval(selector, (s) => [...s.options].filter((o) => !o.hidden && !o.disabled).map((o) => o.value));

/** What has keyboard focus: its data-testid, whether it is a mark target, its
 * aria-label, and its computed outline (the visible focus indicator). */
export const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return {
      testid: el.getAttribute('data-testid'),
      isMark: el.classList.contains('mark-target'),
      label: el.getAttribute('aria-label'),
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
    };
  });

/** Press `key` (Tab by default) until `ok(await focused(page))` holds, at most `max`
 * times; returns the last focused() value (check it with assert). */
export async function pressUntil(page, ok, { key = 'Tab', max = 60 } = {}) {
  let f = await focused(page);
  for (let i = 0; i < max && !ok(f); i++) {
    await page.keyboard.press(key);
    f = await focused(page);
  }
  return f;
}

/** Opens `url`, runs `body(page, app)`, checks the page stayed error-free, and closes it. */
export async function withOpen(browser, url, body, opts) {
  const app = await open(browser, url, opts);
  try {
    await body(app.page, app);
    assertNoErrors(app);
  } finally {
    await app.close();
  }
}

/**
 * Starts the app once for the enclosing describe block. Returns `withPage(query, body,
 * opts)`, which opens the app at `query` in a fresh context, `browser()` and `url(query)`.
 */
export function appFixture(options) {
  let env;
  before(async () => { env = await startApp(options); });
  after(() => env?.close());
  return {
    browser: () => env.browser,
    url: (query) => env.server.url + query,
    withPage: (query, body, opts) => withOpen(env.browser, env.server.url + query, body, opts),
  };
}
