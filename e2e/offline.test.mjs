// Offline after the first visit: the service worker (public/sw.js, versioned by
// examples/service_worker.rs) caches the build, and any link then opens with the server
// stopped, at the root of a host and under a sub-path, each view's address with its own page. Stopping the server matters:
// Playwright's setOffline does not reach a service worker's own fetches, so it could pass a
// worker that caches nothing. A rebuild is used on the next online visit, its cache replaces
// the old one, and the worker's scope is the site's folder and nothing above it.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { DIST, waitForApp } from './app.mjs';

/** Polls `fn` (async, run in the page) until it returns something truthy; returns that. */
async function until(page, fn, arg, timeout = 20_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out: ${String(fn).slice(0, 120)}`);
    await page.waitForTimeout(200);
  }
}

/** The worker's cache once it holds every file of the build: its name, size and scope. */
const cached = (page) => until(page, async () => {
  const names = (await caches.keys()).filter((n) => n.startsWith('explorer-'));
  if (names.length !== 1) return null;
  const entries = await (await caches.open(names[0])).keys();
  const registration = await navigator.serviceWorker.getRegistration();
  return registration?.active && entries.length > 10 ? { name: names[0], entries: entries.length, scope: registration.scope } : null;
});

async function openAndWait(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  return page;
}

describe('offline after the first visit', { timeout: 240_000 }, () => {
  let browser;
  let site;
  before(async () => {
    browser = await launchBrowser();
    // A copy, so the rebuild below changes no file of dist/.
    site = await mkdtemp(path.join(tmpdir(), 'explorer-site-'));
    await cp(DIST, site, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await rm(site, { recursive: true, force: true });
  });

  for (const prefix of ['/', '/explorer/']) {
    it(`opens any view in any language with the server stopped (${prefix})`, async () => {
      const server = await startServer({ root: site, prefix });
      const context = await browser.newContext();
      try {
        const first = await openAndWait(context, server.url);
        const cache = await cached(first);
        assert.equal(cache.scope, server.url, 'the worker covers the site folder and nothing above it');
        await server.close();
        const french = await openAndWait(context, `${server.url}?view=trend&lang=fr`);
        assert.match(await french.locator('#chart-title').textContent(), /^Production de VEN/);
        const chinese = await openAndWait(context, `${server.url}?view=cities&lang=zh`);
        assert.equal(await chinese.evaluate(() => document.documentElement.lang), 'zh-Hans');
        assert.ok(await chinese.locator('[data-testid=chart-table] tbody tr').count() > 0, 'the table is there too');
        // Each view's address answers with its own page, one or two folders down.
        for (const [address, title] of [['trend/', /^Shenzhen NEV production/], ['fr/cities/', /^Production de VEN par année/], ['zh/', /同比增速/]]) {
          const page = await openAndWait(context, server.url + address);
          assert.equal(await page.evaluate(() => document.documentElement.dataset.address), address, `${address}: its own page`);
          assert.match(await page.locator('#chart-title').textContent(), title, address);
          await page.close();
        }
        // Without its last slash, as a hand-typed address may be: sent to the folder's page.
        const unslashed = await openAndWait(context, `${server.url}fr/cities`);
        assert.equal(unslashed.url(), `${server.url}fr/cities/`);
        await unslashed.close();
        const previews = await first.evaluate(async (name) => (await (await caches.open(name)).keys()).filter((r) => r.url.includes('/preview/')).length, cache.name);
        assert.equal(previews, 0, 'the link previews\' pictures are not cached: readers never fetch them');
      } finally {
        await context.close();
        await server.close();
      }
    });
  }

  it('uses a rebuild on the next visit, replaces the old cache, and offline serves the new build', async () => {
    const server = await startServer({ root: site, prefix: '/' });
    const context = await browser.newContext();
    try {
      const first = await openAndWait(context, server.url);
      const before = await cached(first);
      await first.close();
      // A rebuild with a changed file: the loader now marks the page, and the worker names a
      // new version, as examples/service_worker.rs does for any change (its own test).
      await appendFile(path.join(site, 'boot.js'), '\nwindow.__build = "second";\n');
      const worker = await readFile(path.join(site, 'sw.js'), 'utf8');
      await writeFile(path.join(site, 'sw.js'), worker.replace(/const VERSION = "[^"]+";/, 'const VERSION = "second-build";'));
      const next = await openAndWait(context, server.url);
      assert.equal(await next.evaluate(() => window.__build), 'second', 'the next online visit runs the new build');
      const after = await until(next, async (old) => {
        const names = (await caches.keys()).filter((n) => n.startsWith('explorer-'));
        const registration = await navigator.serviceWorker.getRegistration();
        return names.length === 1 && names[0] !== old && registration?.active && !registration.installing && !registration.waiting && names[0];
      }, before.name);
      assert.notEqual(after, before.name, 'one cache, the new build\'s');
      await server.close();
      const offline = await openAndWait(context, `${server.url}?view=ratios`);
      assert.equal(await offline.evaluate(() => window.__build), 'second', 'offline, the new build too');
    } finally {
      await context.close();
      await server.close();
    }
  });
});
