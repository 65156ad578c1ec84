// A page for every figure (src/page/figure_page.rs): read with no WebAssembly, its copy
// buttons working under the strict policy, named in full in its citations, linked from the
// figures table and each chart's table in the reader's language, and kept for offline
// reading once visited (the worker caches it then, not at install).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, withOpen, waitForApp, DIST } from './app.mjs';
import { openPage, runAxe } from './browser.mjs';
import { startServer } from './server.mjs';

const SEED = 'sz-seed-nev-prod-2023';

describe('figure pages', { timeout: 180_000 }, () => {
  let env;
  before(async () => { env = await startApp(); });
  after(() => env?.close());

  it('says the figure as its source qualifies it, and copies a sentence that names its page in full', async () => {
    const app = await openPage(env.browser, `${env.server.url}en/figure/${SEED}/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const { page } = app;
      assert.equal(await page.textContent('h1'), 'NEV production, Shenzhen, 2023');
      assert.equal(await page.textContent('[data-testid=figure-value]'), 'more than 1.73 million vehicles');
      const sentence = `New-energy vehicle (NEV) production in Shenzhen was more than 1.73 million vehicles in 2023 (Xinhua, 2024-10-26; via ${env.server.url}en/figure/${SEED}/).`;
      assert.equal(await page.inputValue('[data-testid=sentence]'), sentence);
      await page.click('[data-testid=copy-sentence]');
      await page.waitForFunction(() => document.querySelector('[data-testid=figure-status]').textContent !== '');
      assert.equal(await page.textContent('[data-testid=figure-status]'), 'Copied.');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sentence);
      await page.click('[data-testid=copy-cite-ris]');
      const ris = await page.evaluate(() => navigator.clipboard.readText());
      assert.match(ris, /^TY {2}- DATA\r\n/);
      assert.ok(ris.includes(`UR  - ${env.server.url}en/figure/${SEED}/\r\n`), ris);
      assert.deepEqual((await runAxe(page)).map((v) => v.id), [], 'axe finds no violations');
      assert.deepEqual([app.consoleErrors, app.pageErrors], [[], []], 'no errors (the policy allows its script)');
      assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm'))), false, 'no WebAssembly');
    } finally {
      await app.close();
    }
  });

  it('is linked from the figures table and from a chart\'s table, in the page\'s language', () =>
    withOpen(env.browser, `${env.server.url}fr/figures/`, async (page) => {
      const link = page.locator(`tr[data-figure=${SEED}] td[data-column=value] a`);
      assert.equal(await link.getAttribute('href'), `${env.server.url}fr/figure/${SEED}/`);
      await page.click('[data-testid=view-trend]');
      await page.waitForSelector('[data-testid=chart-table] a[data-to]');
      const hrefs = await page.$$eval('[data-testid=chart-table] a[data-to]', (as) => as.map((a) => [a.href, a.dataset.to]));
      assert.ok(hrefs.length > 0 && hrefs.every(([href, to]) => href === `${env.server.url}${to}` && to.startsWith('fr/figure/')), JSON.stringify(hrefs));
      await Promise.all([page.waitForURL(/\/fr\/figure\//), page.locator('[data-testid=chart-table] a[data-to]').first().click()]);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      assert.match(await page.textContent('h1'), /^Production de VEN, Shenzhen, /);
    }, { ready: (p) => p.waitForSelector('html[data-app=ready] [data-testid=figures]') }));

  it('opens offline once visited, though the worker did not cache it at install', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'explorer-figures-'));
    await cp(DIST, site, { recursive: true });
    const server = await startServer({ root: site, prefix: '/' });
    const context = await env.browser.newContext();
    try {
      const view = await context.newPage();
      await view.goto(`${server.url}trend/`);
      await waitForApp(view);
      await view.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.active, null, { timeout: 30_000 });
      await view.reload();
      await view.waitForFunction(() => !!navigator.serviceWorker.controller);
      const precached = await view.evaluate(async () => (await (await caches.open((await caches.keys()).find((n) => n.startsWith('explorer-')))).keys()).map((r) => r.url));
      assert.ok(!precached.some((u) => u.includes('/figure/')), 'no figure page at install');
      const figure = await context.newPage();
      await figure.goto(`${server.url}fr/figure/${SEED}/`);
      await server.close();
      const again = await context.newPage();
      await again.goto(`${server.url}fr/figure/${SEED}/`);
      assert.equal(await again.textContent('[data-testid=figure-value]'), 'plus de 1,73 million de véhicules');
    } finally {
      await context.close();
      await server.close().catch(() => {});
      await rm(site, { recursive: true, force: true });
    }
  });
});
