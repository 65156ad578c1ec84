// embed=1: only the chart (title and source line inside it) and a link to the full view;
// the "Embed this chart" control gives an iframe snippet for the current view.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, open, assertNoErrors, TITLES, expectTitle } from './app.mjs';

describe('embedding', { timeout: 120_000 }, () => {
  let env;
  before(async () => { env = await startApp(); });
  after(() => env?.close());

  it('embed=1 shows the chart and a link to the full view, nothing else', async () => {
    const app = await open(env.browser, `${env.server.url}?v=2&view=trend&embed=1`);
    try {
      const { page } = app;
      await expectTitle(page, TITLES.trend);
      assert.match(await page.locator('[data-testid=chart] svg').textContent(), /Sources?: /);
      assert.equal(await page.locator('[data-testid=card-ai]').count(), 0, 'no sector cards');
      assert.equal(await page.locator('[data-testid=chart-table]').count(), 0, 'no table');
      assert.equal(await page.locator('[data-testid=view-trend]').count(), 0, 'no controls');
      const href = await page.getAttribute('[data-testid=full-view-link]', 'href');
      assert.equal(href, `${env.server.url}?v=2&view=trend&lang=en`);
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  it('the embed control gives an iframe snippet of the current view', async () => {
    const app = await open(env.browser, `${env.server.url}?v=2&view=cities&scale=log`);
    try {
      const { page } = app;
      assert.equal(await page.isVisible('[data-testid=embed-snippet]'), false);
      await page.click('[data-testid=embed-toggle]');
      const snippet = await page.inputValue('[data-testid=embed-snippet]');
      assert.ok(snippet.startsWith('<iframe src="'), snippet);
      assert.ok(snippet.includes(`${env.server.url}?v=2&view=cities&scale=log&embed=1`), snippet);
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
});
