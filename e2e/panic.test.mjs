// A panic shows a readable panel with a link to the default view, not a dead page (the
// loader, public/boot.js, shows it when the WebAssembly stops). Checked
// on the test-only build (scripts/test.sh builds dist-panic/ with --features panic-test,
// where `#panic-test` panics on start); the production build has no such trigger.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { launchBrowser, openPage } from './browser.mjs';
import { DIST, assertNoErrors } from './app.mjs';

const PANIC_DIST = fileURLToPath(new URL('../dist-panic/', import.meta.url));

describe('panic panel', { timeout: 120_000 }, () => {
  let browser;
  let testBuild;
  let production;
  before(async () => {
    browser = await launchBrowser();
    testBuild = await startServer({ root: PANIC_DIST, prefix: '/' });
    production = await startServer({ root: DIST, prefix: '/' });
  });
  after(async () => {
    await browser?.close();
    await testBuild?.close();
    await production?.close();
  });

  it('a panic shows the panel, and its link opens a working default view', async () => {
    const app = await openPage(browser, `${testBuild.url}#panic-test`);
    try {
      const { page } = app;
      const panel = page.locator('[data-testid=panic-panel]');
      await panel.waitFor({ timeout: 20_000 });
      assert.match(await panel.textContent(), /stopped because of an error in its own code/);
      // The WebAssembly aborts at once on a panic (no unwinding, no message): the panel names
      // the error the browser reports.
      assert.match(await panel.textContent(), /RuntimeError/);
      assert.ok(app.consoleErrors.some((m) => /The explorer stopped/.test(m)), 'the failure is also logged');
      await page.click('[data-testid=panic-default-view]');
      await page.waitForSelector('html[data-app=ready] [data-testid=chart] svg', { timeout: 20_000 });
      assert.equal(await page.locator('[data-testid=panic-panel]').count(), 0);
    } finally {
      await app.close();
    }
  });

  it('the production build has no way to trigger it', async () => {
    const app = await openPage(browser, `${production.url}#panic-test`);
    try {
      await app.page.waitForSelector('html[data-app=ready] [data-testid=chart] svg', { timeout: 20_000 });
      assert.equal(await app.page.locator('[data-testid=panic-panel]').count(), 0);
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });
});
