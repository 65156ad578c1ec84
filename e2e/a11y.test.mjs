// Accessibility and layout: axe-core finds no violation on any view, in the light and the
// dark theme; at 360 px wide (a small phone) no view scrolls sideways.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { runAxe } from './browser.mjs';
import { startApp, withOpen, waitForApp } from './app.mjs';

const LINKS = ['', 'scale/?v=3&extra=funds', 'trend/?v=3&metric=bio-va', 'cities/?v=3&scale=log', 'ratios/', 'trend/?v=3&embed=1', '?colour=red',
  // French and Chinese: different text lengths and scripts, same rules.
  'fr/scale/', 'zh/cities/', '?colour=red&lang=zh'];

describe('accessibility and small screens', { timeout: 240_000 }, () => {
  let env;
  before(async () => { env = await startApp(); });
  after(() => env?.close());

  for (const colorScheme of ['light', 'dark']) {
    it(`axe finds no violations on any view (${colorScheme} theme)`, async () => {
      for (const link of LINKS) {
        await withOpen(env.browser, env.server.url + link, async (page) => {
          await page.waitForSelector('[data-testid=chart] svg');
          const violations = await runAxe(page);
          const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          assert.deepEqual(summary, [], `${link || '(default)'} in ${colorScheme}`);
          // The chart's fixed inks follow the theme: grid lines in the theme's line colour,
          // not the light theme's pale grey glaring on a dark page.
          const grid = await page.$$eval('[data-testid=chart] svg [stroke="#DDDDDD"]', (els) => [...new Set(els.filter((e) => e.getClientRects().length > 0).map((e) => getComputedStyle(e).stroke))]);
          const line = colorScheme === 'dark' ? 'rgb(58, 58, 58)' : 'rgb(217, 217, 217)';
          assert.ok(grid.length === 0 || (grid.length === 1 && grid[0] === line), `${link || '(default)'} in ${colorScheme}: grid lines ${grid}`);
          // Pale marks (part of a year, computed here) show more of their colour on a dark page,
          // where 35% of it came out near black.
          const pale = await page.$$eval('[data-testid=chart] svg rect[opacity="0.35"]', (els) => [...new Set(els.filter((e) => e.getClientRects().length > 0).map((e) => getComputedStyle(e).opacity))]);
          const opacity = colorScheme === 'dark' ? '0.6' : '0.35';
          assert.ok(pale.every((o) => o === opacity), `${link || '(default)'} in ${colorScheme}: pale marks at ${pale}`);
        }, { colorScheme });
      }
    });
  }

  it('the theme button switches light and dark, remembers the choice, and keeps links clean', () =>
    withOpen(env.browser, env.server.url, async (page) => {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.waitForSelector('[data-testid=chart] svg');
      assert.equal(await background(), 'rgb(255, 255, 255)', 'light system theme');
      await page.click('[data-testid=theme-toggle]'); // system -> light
      await page.click('[data-testid=theme-toggle]'); // light -> dark
      assert.match(await page.textContent('[data-testid=theme-toggle]'), /dark/);
      assert.equal(await background(), 'rgb(18, 18, 18)');
      assert.equal(new URL(page.url()).search, '', 'the theme is not part of the view');
      const chartText = await page.evaluate(() => getComputedStyle(document.querySelector('#chart-title') ? document.querySelector('[data-testid=chart] svg text') : document.body).fill);
      assert.equal(chartText, 'rgb(236, 236, 236)', 'the chart follows the theme');
      assert.deepEqual((await runAxe(page)).map((v) => v.id), [], 'no violations in the chosen dark theme');
      await page.reload();
      await page.waitForSelector('[data-testid=chart] svg');
      assert.equal(await background(), 'rgb(18, 18, 18)', 'remembered after reload, before the app');
      // The press is the app's: before it, the prerendered button only notes the press.
      await waitForApp(page);
      await page.click('[data-testid=theme-toggle]'); // dark -> system
      assert.equal(await background(), 'rgb(255, 255, 255)');
    }, { colorScheme: 'light' }));

  it('no view scrolls sideways at 360 px, and no chart text is cut off', async () => {
    for (const link of LINKS) {
      await withOpen(env.browser, env.server.url + link, async (page) => {
        await page.waitForSelector('[data-testid=chart] svg');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${link || '(default)'} overflows by ${overflow}px`);
        // The SVG clips what passes its edge, so text cut off there would not show above.
        const cut = await page.evaluate(() => {
          const box = document.querySelector('[data-testid=chart] svg').getBoundingClientRect();
          return [...document.querySelectorAll('[data-testid=chart] svg text')]
            .filter((t) => { const r = t.getBoundingClientRect(); return r.left < box.left - 1 || r.right > box.right + 1; })
            .map((t) => t.textContent);
        });
        assert.deepEqual(cut, [], `${link || '(default)'}: chart text cut at the edge`);
      }, { viewport: { width: 360, height: 740 } });
    }
  });
});
