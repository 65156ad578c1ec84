// embed=1: only the chart (title and source line inside it) and a link to the full view;
// the "Embed this chart" control gives an iframe snippet for the current view.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, open, assertNoErrors, TITLES, expectTitle, settle, addressOf } from './app.mjs';
import { openPage } from './browser.mjs';
import { startServer } from './server.mjs';

describe('embedding', { timeout: 120_000 }, () => {
  let env;
  before(async () => { env = await startApp(); });
  after(() => env?.close());

  it('embed=1 shows the chart and a link to the full view, nothing else', async () => {
    const app = await open(env.browser, `${env.server.url}trend/?v=3&embed=1`);
    try {
      const { page } = app;
      await expectTitle(page, TITLES.trend);
      assert.match(await page.locator('[data-testid=chart] svg').textContent(), /Sources?: /);
      assert.equal(await page.locator('[data-testid=card-ai]').count(), 0, 'no sector cards');
      assert.equal(await page.locator('[data-testid=chart-table]').count(), 0, 'no table');
      assert.equal(await page.locator('[data-testid=view-trend]').count(), 0, 'no controls');
      const href = await page.getAttribute('[data-testid=full-view-link]', 'href');
      assert.equal(href, `${env.server.url}en/trend/`);
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  it('the embed control gives an iframe snippet of the current view', async () => {
    const app = await open(env.browser, `${env.server.url}cities/?v=3&scale=log`);
    try {
      const { page } = app;
      assert.equal(await page.isVisible('[data-testid=embed-snippet]'), false);
      await page.click('[data-testid=embed-toggle]');
      const snippet = await page.inputValue('[data-testid=embed-snippet]');
      assert.ok(snippet.startsWith('<iframe src="'), snippet);
      assert.ok(snippet.includes(`${env.server.url}en/cities/?v=3&scale=log&embed=1`), snippet);
      const src = snippet.match(/src="([^"]+)"/)[1];
      const embedded = await open(env.browser, src);
      try {
        await expectTitle(embedded.page, TITLES.cities);
        assertNoErrors(embedded);
      } finally {
        await embedded.close();
      }
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  // The snippet on a page of another origin (another port): the frame fits its content (no
  // inner scrollbar) at 1280 and 360 px, after the host's width changes and after the host
  // gives the frame another view and language; other frames' and origins' messages change
  // nothing.
  it('an embed fits its content on another site, whatever the host does, and only its own messages count', async () => {
    const app = await open(env.browser, `${env.server.url}cities/`);
    const site = await mkdtemp(path.join(tmpdir(), 'explorer-host-'));
    let host;
    try {
      await app.page.click('[data-testid=embed-toggle]');
      const snippet = await app.page.inputValue('[data-testid=embed-snippet]');
      assert.match(snippet, /<iframe [^>]*data-shenzhen-explorer[^>]*><\/iframe><script src="[^"]+\/embed\.js" async><\/script>$/, snippet);
      // A frame of the host's own that posts the same message: it must be ignored.
      const impostor = `<iframe id="impostor" srcdoc="<script>parent.postMessage({sentinel: 'amp', type: 'embed-size', height: 40}, '*')</script>"></iframe>`;
      await writeFile(path.join(site, 'index.html'), `<!doctype html><meta charset="utf-8"><title>Host</title><body style="margin:0"><h1>A host page</h1>${snippet}${impostor}</body>`);
      host = await startServer({ root: site });
      assert.notEqual(new URL(host.url).origin, new URL(env.server.url).origin, 'another origin');
      const page = (await openPage(env.browser, host.url, { viewport: { width: 1280, height: 800 }, allowedHost: '' })).page;
      const frame = () => page.frameLocator('iframe[data-shenzhen-explorer]');
      /** The frame's height on the host and its page's own height, once they agree. */
      const fitted = async (what) => {
        const read = () => page.evaluate(() => {
          const iframe = document.querySelector('iframe[data-shenzhen-explorer]');
          const doc = iframe.contentDocument; // null: another origin
          return { frame: Math.round(iframe.getBoundingClientRect().height), readable: !!doc };
        });
        const inner = async () => frame().locator('html').evaluate((html) => ({
          content: Math.ceil(html.getBoundingClientRect().height),
          scrolls: html.scrollHeight > html.clientHeight + 1,
          title: document.querySelector('#chart-title')?.textContent ?? null,
        }));
        const both = async () => ({ ...(await read()), ...(await inner()) });
        const shown = await settle(both, (s) => s.frame === s.content && !s.scrolls && s.title !== null, 10_000);
        assert.equal(shown.readable, false, `${what}: the frame is of another origin`);
        assert.equal(shown.frame, shown.content, `${what}: frame ${shown.frame} px, content ${shown.content} px`);
        assert.equal(shown.scrolls, false, `${what}: no scrollbar inside the frame`);
        return shown;
      };
      await frame().locator('html[data-app=ready] [data-testid=chart] svg').waitFor();
      const wide = await fitted('at 1280 px');
      assert.notEqual(wide.frame, 620, 'not the fixed height');
      assert.notEqual(wide.frame, 40, 'the impostor frame\'s message was ignored');
      const layout = () => frame().locator('[data-testid=chart] svg').getAttribute('viewBox').then((v) => v.split(' ')[2]);
      assert.equal(await layout(), '720', 'the wide layout at 1280 px');
      await page.setViewportSize({ width: 360, height: 740 });
      assert.equal(await settle(layout, (w) => w === '340'), '340', 'the phone layout once the host is narrow');
      const narrow = await fitted('at 360 px');
      // The chart scales with the frame's width, its notes wrap: the height follows either way.
      assert.notEqual(narrow.frame, wide.frame, 'the frame followed the host\'s new width');
      if (process.env.EMBED_SHOT) await page.screenshot({ path: process.env.EMBED_SHOT, fullPage: true });
      // The host itself posts to its own window: not from our frame, ignored.
      await page.evaluate(() => window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 55 }, '*'));
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      assert.equal((await fitted('after the host\'s own message')).frame, narrow.frame);
      // Another view and language, set by the host.
      const src = new URL('fr/ratios/?v=3&embed=1', env.server.url);
      await page.evaluate((u) => { document.querySelector('iframe[data-shenzhen-explorer]').src = u; }, src.href);
      await frame().locator('html[lang=fr][data-app=ready] [data-testid=chart] svg').waitFor();
      const ratios = await fitted('another view and language');
      assert.match(ratios.title, /^Ratios/);
      assertNoErrors(app);
    } finally {
      await app.close();
      await host?.close();
      await rm(site, { recursive: true, force: true });
    }
  });

  // theme=light|dark: the embedding page chooses the chart's colours, applied before the
  // first frame (the WebAssembly held back) and kept by the app; only embed links carry it.
  it('an embed link sets the chart\'s theme before the first frame, and only an embed link does', async () => {
    const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const [theme, scheme, expected] of [['dark', 'light', 'rgb(18, 18, 18)'], ['light', 'dark', 'rgb(255, 255, 255)']]) {
      const link = `${env.server.url}trend/?v=3&embed=1&theme=${theme}`;
      const early = await openPage(env.browser, 'about:blank', { colorScheme: scheme });
      try {
        await early.page.route('**/*.wasm', () => {});
        await early.page.goto(link, { waitUntil: 'domcontentloaded' });
        assert.equal(await background(early.page), expected, `${theme} before the app, on a ${scheme} system`);
      } finally {
        await early.close();
      }
      const app = await open(env.browser, link, { colorScheme: scheme });
      try {
        assert.equal(await background(app.page), expected, `${theme} with the app`);
        assert.equal(await addressOf(app.page), `trend/?v=3&embed=1&theme=${theme}`, 'kept in the address');
        assertNoErrors(app);
      } finally {
        await app.close();
      }
    }
    const app = await open(env.browser, `${env.server.url}trend/?v=3&theme=dark`, { colorScheme: 'light' });
    try {
      assert.equal(await background(app.page), 'rgb(255, 255, 255)', 'a full page keeps the reader\'s theme');
      const items = await app.page.locator('[data-testid=ignored-notice] li').allTextContents();
      assert.ok(items.length === 1 && items[0].includes('theme') && items[0].includes('a link sets the theme only for an embedded chart'), JSON.stringify(items));
      assert.equal(await addressOf(app.page), 'trend/', 'left out of the address');
    } finally {
      await app.close();
    }
  });
});
