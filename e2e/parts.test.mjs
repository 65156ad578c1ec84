// The app's parts (src/app/parts.rs, scripts/wasm.sh): the share part (citations, downloads,
// the chart as an image) is a WebAssembly module of its own, at an address named by its
// build, asked for as the core starts taking the page over and before the service worker's
// install; a press before it arrives says so and shows its result when it does, and a part
// that cannot load says so and loads at the next press.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, waitForApp, assertNoErrors, settle } from './app.mjs';
import { openPage } from './browser.mjs';

const PART = /\/parts\/[0-9a-f]{16}\/split_share\.wasm$/;

/** Opens `url` with `hold(route)` answering each request for a part; returns openPage's app. */
async function openHolding(browser, url, hold, opened = () => {}) {
  const app = await openPage(browser, 'about:blank', { allowedHost: new URL(url).host, acceptDownloads: true });
  await opened(app.page);
  const requests = [];
  app.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await app.page.route(PART, hold);
  await app.page.goto(url);
  await waitForApp(app.page);
  return { ...app, requests };
}

describe('the app in parts', { timeout: 120_000 }, () => {
  let env;
  before(async () => { env = await startApp(); });
  after(() => env?.close());

  it('fetches the share part once the app has taken over, from its build\'s address, before the service worker', async () => {
    const registered = () => navigator.serviceWorker.getRegistration().then((r) => !!r);
    let workerBeforePart = null;
    let page;
    const app = await openHolding(env.browser, `${env.server.url}trend/`, async (route) => {
      workerBeforePart = await page.evaluate(registered);
      await route.continue();
    }, (p) => { page = p; });
    try {
      await app.page.waitForSelector('html[data-parts=fetched]');
      assert.equal(workerBeforePart, false, 'the worker registers after the part is fetched');
      assert.equal(await settle(() => app.page.evaluate(registered), (r) => r), true, 'and then registers');
      const core = app.requests.findIndex((p) => p.endsWith('/shenzhen-explorer_bg.wasm'));
      const part = app.requests.findIndex((p) => PART.test(p));
      assert.ok(core >= 0 && core < part, JSON.stringify(app.requests));
      assert.equal(app.requests.filter((p) => PART.test(p)).length, 1, 'fetched once');
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  it('asks for the share part as it starts taking the page over, so that it downloads meanwhile', async () => {
    // The takeover is one task: with the CPU slowed 4x, as a slow phone's, it lasts well over
    // 20 ms, which separate a request made as it starts from one made as it ends.
    const app = await openHolding(env.browser, `${env.server.url}trend/?v=3&scale=log`, (route) => route.continue(), async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
      // On the document: its root element does not exist yet when this runs.
      new MutationObserver((_, observer) => {
        if (document.documentElement?.dataset.app !== 'ready') return;
        window.__readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
      });
    });
    try {
      await app.page.waitForSelector('html[data-parts=fetched]');
      const { asked, ready } = await app.page.evaluate(() => ({
        asked: performance.getEntriesByType('resource').find((r) => /split_share\.wasm$/.test(r.name))?.startTime,
        ready: window.__readyAt,
      }));
      assert.ok(asked !== undefined && ready !== undefined && asked < ready - 20, `the part asked for at ${asked} ms, the app ready at ${ready} ms`);
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  it('answers a press made before the part arrives once it does, saying meanwhile that it is on its way', async () => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const app = await openHolding(env.browser, `${env.server.url}fr/cities/`, async (route) => { await held; await route.continue(); });
    try {
      await app.page.click('[data-testid=cite-toggle]');
      assert.equal(await app.page.textContent('[data-testid=copy-status]'), 'Chargement…');
      assert.equal(await app.page.isVisible('[data-testid=cite-panel]'), false);
      release();
      const text = await settle(() => app.page.inputValue('[data-testid=cite-text]').catch(() => ''), (t) => t !== '');
      assert.match(text, /Production de VEN/);
      assert.equal(await app.page.textContent('[data-testid=copy-status]'), '');
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  it('says where the reader looks when a part cannot load, and loads it at the next press', async () => {
    let online = false;
    // A view with options: its data is made in the browser, by the share part.
    const app = await openHolding(env.browser, `${env.server.url}trend/?v=3&scale=log`, (route) => (online ? route.continue() : route.abort()));
    try {
      await app.page.waitForSelector('html[data-parts=fetched]');
      await app.page.click('[data-testid=download-csv]');
      const said = await settle(() => app.page.textContent('[data-testid=download-status]'), (s) => s !== '' && s !== 'Loading…');
      assert.equal(said, 'This part of the explorer could not be loaded. Press again to try again.');
      online = true;
      const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.click('[data-testid=download-csv]')]);
      assert.equal(file.suggestedFilename(), 'shenzhen-trend-log.csv');
      assert.equal(await app.page.textContent('[data-testid=download-status]'), '');
      // The failed fetches, reported by the browser and by the part's loader: nothing else.
      const unexpected = app.consoleErrors.filter((e) => !/ERR_FAILED|Failed to fetch|TypeError/.test(e));
      assert.deepEqual(unexpected, []);
      assert.deepEqual(app.pageErrors, []);
      assert.equal(await app.page.locator('[data-testid=panic-panel]').count(), 0);
    } finally {
      await app.close();
    }
  });
});
