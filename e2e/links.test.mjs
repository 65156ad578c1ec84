// Links from outside: whatever a link holds, the page draws its chart, says which parts
// it could not use (and why), rewrites the address to the clean form without adding a
// history entry, and runs nothing from the link. Also: dismissing the notice, copying a
// link, and the build served under a sub-path.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import {
  startApp, open, assertNoErrors, TITLES, expectTitle, expectAddress, settle, tableRows,
  noticeItems,
} from './app.mjs';

const enc = encodeURIComponent;
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const BREAKOUT = '"><svg onload=window.__pwned=1>';

// listed: the keys the notice must name; shows: text the notice must show literally;
// clean: the address afterwards, relative to the site's root ('' is the plain address).
const BAD_LINKS = [
  { what: 'an unknown key', query: '?view=trend&colour=red', listed: ['colour'], title: TITLES.trend, clean: 'trend/' },
  { what: 'an invalid value', query: '?view=pie&alt=yes', listed: ['view', 'alt'], title: TITLES.growth, clean: '' },
  { what: 'a duplicated key', query: '?view=trend&view=cities&scale=log&scale=linear', listed: ['view', 'scale'], title: TITLES.trend, clean: 'trend/?v=3&scale=log' },
  { what: 'an out-of-range base year', query: '?view=trend&scale=index&base=1999', listed: ['base'], title: TITLES.trend, clean: 'trend/?v=3&scale=index' },
  { what: 'a base year after the last', query: '?view=trend&scale=index&base=2025', listed: ['base'], title: TITLES.trend, clean: 'trend/?v=3&scale=index' },
  { what: 'a 100 KB value', query: `?view=trend&scale=${'x'.repeat(100 * 1024)}`, listed: ['scale'], title: TITLES.trend, clean: 'trend/' },
  { what: 'broken percent-encoding', query: '?view=trend&scale=%E0%A4%A&alt=%ZZ&base=%FF', listed: ['scale', 'alt', 'base'], title: TITLES.trend, clean: 'trend/' },
  { what: 'control characters', query: '?view=trend&scale=lo%00g&alt=%1Bhk01&ke%07y%7F=%0A', listed: ['scale', 'alt', 'ke\ufffdy\ufffd'], title: TITLES.trend, clean: 'trend/' },
  { what: 'Unicode in keys and values', query: `?view=${enc('趋势')}&${enc('😀')}=1&scale=lo${enc('\u200b')}g&cities=${enc('深圳')}`, listed: ['view', '😀', 'scale', 'cities'], shows: ['趋势'], title: TITLES.growth, clean: '' },
  { what: 'markup in a value', query: `?view=trend&scale=${enc(IMG)}`, listed: ['scale'], shows: [IMG], title: TITLES.trend, clean: 'trend/' },
  { what: 'a script in a key', query: `?${enc(SCRIPT)}=1&view=cities`, listed: [SCRIPT], title: TITLES.cities, clean: 'cities/' },
  { what: 'attribute-breaking markup', query: `?view=trend&${enc(BREAKOUT)}=${enc(`'>${IMG}`)}`, listed: [BREAKOUT], title: TITLES.trend, clean: 'trend/' },
  // The cities view disables the index scale; a link must not select it there either.
  { what: 'a scale the view refuses', query: '?view=cities&scale=index', listed: ['scale'], title: TITLES.cities, clean: 'cities/', checked: 'scale-linear' },
];

describe('bad links', { timeout: 180_000 }, () => {
  let env;
  before(async () => {
    env = await startApp();
  });
  after(() => env?.close());

  for (const bad of BAD_LINKS) {
    it(`${bad.what}: chart drawn, notice lists it, address cleaned, nothing runs`, async () => {
      const app = await open(env.browser, env.server.url + bad.query);
      const { page } = app;
      try {
        await expectTitle(page, bad.title);
        assert.ok((await tableRows(page)).length > 0, 'the table lists what is plotted');
        assert.ok(await page.isVisible('[data-testid=ignored-notice]'), 'notice visible');
        const items = await noticeItems(page);
        for (const key of bad.listed) {
          const item = items.find((i) => i.startsWith(`${key}: `));
          assert.ok(item, `notice lists ${JSON.stringify(key)}; it has ${JSON.stringify(items)}`);
          assert.ok(item.length > key.length + 4, `a reason is given for ${key}: ${JSON.stringify(item)}`);
        }
        for (const text of bad.shows ?? []) {
          assert.ok(items.some((i) => i.includes(text)), `notice shows ${text} as text: ${JSON.stringify(items)}`);
        }
        await expectAddress(page, bad.clean);
        if (bad.checked) assert.ok(await page.isChecked(`[data-testid=${bad.checked}]`), `${bad.checked} checked`);
        await page.waitForTimeout(300); // give an injected onerror/onload the chance to fire
        assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'link content ran');
        assert.deepEqual(app.failedResponses, [], 'no request made from link content');
        assertNoErrors(app);
        await page.goBack();
        assert.equal(page.url(), 'about:blank', 'the address was replaced, not pushed');
      } finally {
        await app.close();
      }
    });
  }

  it('Dismiss hides the notice and leaves the chart and address as they are', async () => {
    const app = await open(env.browser, `${env.server.url}?view=trend&colour=red`);
    try {
      const notice = app.page.locator('[data-testid=ignored-notice]');
      assert.ok(await notice.isVisible(), 'notice visible');
      await app.page.click('[data-testid=dismiss-notice]');
      assert.ok(await settle(() => notice.isHidden(), (h) => h), 'notice hidden after Dismiss');
      await expectTitle(app.page, TITLES.trend);
      await expectAddress(app.page, 'trend/');
      await app.page.click('[data-testid=view-cities]');
      await expectTitle(app.page, (t) => t.startsWith(TITLES.cities));
      assert.ok(await notice.isHidden(), 'notice stays dismissed');
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });
});

describe('copy link', { timeout: 120_000 }, () => {
  let env;
  before(async () => {
    env = await startApp();
  });
  after(() => env?.close());

  const LINK = '?view=cities&cities=shenzhen~hefei&scale=log';
  const CLEAN = 'cities/?v=3&cities=shenzhen~hefei&scale=log';
  const status = (page) => page.textContent('[data-testid=copy-status]');

  it('copies the address of the current view', async () => {
    const app = await open(env.browser, env.server.url + LINK, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    try {
      // The app writes its own form of the address just after it draws: the view's own
      // address, the options after it.
      await expectAddress(app.page, CLEAN);
      await app.page.click('[data-testid=copy-link]');
      assert.equal(await settle(() => status(app.page), (s) => s !== ''), 'Link copied.');
      const copied = await app.page.evaluate(() => navigator.clipboard.readText());
      // The address bar leaves out the reader's own language; a copied link names it, so
      // whoever opens it sees this exact view.
      assert.equal(copied, `${env.server.url}en/${CLEAN}`);
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const app = await open(env.browser, env.server.url + LINK, {
      init: () => {
        navigator.clipboard.writeText = () =>
          Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      },
    });
    try {
      // The app writes its own form of the address just after it draws: the copy is of that.
      await expectAddress(app.page, CLEAN);
      await app.page.click('[data-testid=copy-link]');
      const shown = await settle(() => status(app.page), (s) => s !== '');
      assert.equal(shown, `Copy this link: ${env.server.url}en/${CLEAN}`);
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  // A plain-http host (not localhost) is no secure context: navigator.clipboard is absent.
  it('shows the link to copy by hand on a plain-http host without a clipboard', async () => {
    const app = await openPage(env.browser, 'about:blank', { allowedHost: 'explorer.test' });
    try {
      await app.page.route('http://explorer.test/**', async (route) => {
        const u = new URL(route.request().url());
        const response = await route.fetch({ url: new URL(u.pathname.slice(1) + u.search, env.server.url).href });
        await route.fulfill({ response });
      });
      await app.page.goto('http://explorer.test/?view=trend');
      await app.page.waitForSelector('html[data-app=ready] [data-testid=chart] svg', { timeout: 20_000 });
      assert.equal(await app.page.evaluate(() => window.isSecureContext), false);
      await app.page.click('[data-testid=copy-link]');
      const shown = await settle(() => status(app.page), (s) => s !== '');
      assert.equal(shown, 'Copy this link: http://explorer.test/en/trend/');
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });
});

describe('served under a sub-path', { timeout: 120_000 }, () => {
  let env;
  before(async () => {
    env = await startApp({ prefix: '/explorer/' });
  });
  after(() => env?.close());

  it('/explorer/?view=trend renders, loads everything, and keeps the sub-path', async () => {
    const app = await open(env.browser, `${env.server.url}?view=trend`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = app;
    try {
      await expectTitle(page, TITLES.trend);
      assert.equal((await tableRows(page)).length, 4);
      assert.ok(!(await page.isVisible('[data-testid=ignored-notice]')), 'no notice');
      await page.click('[data-testid=view-cities]');
      await expectAddress(page, 'cities/');
      assert.equal(new URL(page.url()).pathname, '/explorer/cities/');
      await page.click('[data-testid=view-growth]');
      await expectTitle(page, TITLES.growth);
      // The address follows the chart a moment later (history is updated after the render).
      assert.equal(await settle(() => page.url(), (u) => u === env.server.url), env.server.url, 'the default view is the plain sub-path address');
      await page.click('[data-testid=copy-link]');
      assert.equal(await settle(() => page.textContent('[data-testid=copy-status]'), (s) => s !== ''), 'Link copied.');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.server.url}en/`, 'a shared link names its language');
      await page.goBack();
      await expectTitle(page, (t) => t.startsWith(TITLES.cities));
      assert.equal(new URL(page.url()).pathname, '/explorer/cities/');
      assertNoErrors(app);
      assert.deepEqual(app.failedResponses, [], 'failed requests');
      assert.deepEqual(app.foreignRequests, [], 'requests to other hosts');
    } finally {
      await app.close();
    }
  });

  // A page two folders down finds every file at the site's root, under the sub-path too,
  // and its switches keep to the site's addresses.
  it('/explorer/fr/cities/ loads everything from the site\'s root and its switches stay under it', async () => {
    const app = await open(env.browser, `${env.server.url}fr/cities/`);
    const { page } = app;
    try {
      await expectTitle(page, (t) => t.startsWith('Production de VEN par année'));
      await page.click('[data-testid=view-trend]');
      await expectAddress(page, 'fr/trend/');
      assert.equal(new URL(page.url()).pathname, '/explorer/fr/trend/');
      await page.click('[data-testid=lang-en]');
      await expectAddress(page, 'en/trend/');  // an address that named its language keeps naming it
      await page.reload();
      await expectTitle(page, TITLES.trend);
      assertNoErrors(app);
      assert.deepEqual(app.failedResponses, [], 'failed requests');
    } finally {
      await app.close();
    }
  });
});
