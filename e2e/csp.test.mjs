// The page under a strict Content-Security-Policy: scripts only from its own origin and the
// one inline script by its hash (no 'unsafe-inline', no 'unsafe-eval'; 'wasm-unsafe-eval' for
// the WebAssembly), no inline styles, no objects, no base-uri. Served as a header; every view must raise no violation.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, open, assertNoErrors, expectTitle, TITLES, DIST } from './app.mjs';

// The one inline script (the first-screen script) and the inlined stylesheet are allowed by
// their hashes, which the build writes into the page's own policy; the header names the same
// hashes and nothing more.
const PAGE = readFileSync(`${DIST}index.html`, 'utf8');
const hashes = (directive) => PAGE.match(new RegExp(`${directive} 'self'[^;"]*`))?.[0].match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? [];
const [SCRIPT_HASH] = hashes('script-src');
const [STYLE_HASH] = hashes('style-src');
const POLICY = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${SCRIPT_HASH}; style-src 'self' ${STYLE_HASH}; img-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`;

const VIEWS = ['growth', 'scale', 'trend', 'cities', 'ratios'];

describe('strict Content-Security-Policy', { timeout: 120_000 }, () => {
  let env;
  before(async () => { env = await startApp({ headers: { 'Content-Security-Policy': POLICY } }); });
  after(() => env?.close());

  it('the page allows its one inline script and stylesheet by their hashes, nothing inline else', () => {
    assert.ok(SCRIPT_HASH && STYLE_HASH, 'dist/index.html names a script and a style hash in its policy');
    assert.equal(PAGE.match(/<script>/g)?.length, 1, 'one inline script');
    assert.equal(PAGE.match(/<style>/g)?.length, 1, 'one inline stylesheet');
    assert.doesNotMatch(PAGE, /unsafe-inline/);
  });

  it('every view renders with zero policy violations', async () => {
    const app = await open(env.browser, env.server.url, {
      init: () => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
      },
      acceptDownloads: true,
    });
    try {
      const { page } = app;
      await expectTitle(page, TITLES.growth);
      for (const view of VIEWS) {
        await page.click(`[data-testid=view-${view}]`);
        await page.waitForFunction((v) => location.pathname.endsWith(v === 'growth' ? '/' : `/${v}/`), view);
        await page.waitForSelector('[data-testid=chart] svg');
        // Hover a mark: its target is positioned by inline style properties set from script.
        await page.locator('.mark-target').first().hover();
      }
      await page.click('[data-testid=embed-toggle]');
      await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-csv]')]);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      const cspMessages = [...app.consoleErrors, ...app.consoleWarnings].filter((m) => /Content Security Policy/i.test(m));
      assert.deepEqual(cspMessages, []);
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });
});
