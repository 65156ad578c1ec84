// The first screen: the prerendered default view is the app's own chart, the app takes it
// over without anything moving, no link ever shows another view or language first, a press
// before the app is ready is kept, and each link's chart is in the first screen.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, waitForApp, assertNoErrors, expectAddress, addressOf } from './app.mjs';
import { openPage } from './browser.mjs';
import { holdRequests } from './hold.mjs';

const SCREENS = { laptop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };

/** The visible chart's SVG as the browser serializes it, with the prerender's per-width ids
 * named back as the app names them. */
const visibleSvg = (page) => page.evaluate(() => {
  const svg = [...document.querySelectorAll('[data-testid=chart] svg')].find((s) => s.getClientRects().length > 0);
  return svg && svg.outerHTML.replace(/chart-(title|desc)-\d+/g, 'chart-$1');
});

/** The title of the chart on screen (the prerender has one drawing per layout width). */
const shownTitle = (page) => page.evaluate(() => [...document.querySelectorAll('[data-testid=chart] svg')].find((s) => s.getClientRects().length > 0)?.querySelector('title')?.textContent);

// From now on, the page's layout shifts not caused by input, summed (window.__shift).
const COUNT_SHIFTS = () => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift' });
};

// Every frame, the title of the chart on screen and the page's language: what a reader saw.
const RECORD_FRAMES = () => {
  window.__frames = [];
  const sample = () => {
    const svg = [...document.querySelectorAll('[data-testid=chart] svg')].find((s) => s.getClientRects().length > 0);
    const title = svg?.querySelector('title')?.textContent;
    if (title) {
      const last = window.__frames[window.__frames.length - 1];
      if (last !== title) window.__frames.push(title);
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
};

describe('first screen', { timeout: 240_000 }, () => {
  let env;
  before(async () => { env = await startApp(); });
  // A page that opens nothing yet, so scripts and routes can be set before the app loads.
  const blank = (options = {}) => openPage(env.browser, 'about:blank', { allowedHost: new URL(env.server.url).host, ...options });
  after(() => env?.close());

  for (const [name, viewport] of Object.entries(SCREENS)) {
    it(`the prerendered chart is the app's chart (${name})`, async () => {
      const still = await openPage(env.browser, env.server.url, { viewport, javaScriptEnabled: false });
      const live = await blank({ viewport });
      try {
        const prerendered = await visibleSvg(still.page);
        assert.ok(prerendered, 'a prerendered chart is on screen');
        await live.page.goto(env.server.url);
        await waitForApp(live.page);
        assert.equal(await visibleSvg(live.page), prerendered, 'same text, same marks, same size');
        assertNoErrors(live);
      } finally {
        await still.close();
        await live.close();
      }
    });

    it(`the app takes over without layout shift (${name})`, async () => {
      const app = await blank({ viewport });
      try {
        await app.context.addInitScript(COUNT_SHIFTS);
        await app.page.goto(env.server.url);
        await waitForApp(app.page);
        await app.page.waitForTimeout(500);
        const shift = await app.page.evaluate(() => window.__shift);
        assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
        assertNoErrors(app);
      } finally {
        await app.close();
      }
    });
  }

  const FIRST_SHOWN = [
    ['a view\'s address, as the app writes it', 'trend/', {}, 'Shenzhen NEV production, 2021-2024'],
    ['a view\'s address naming its language, as Copy link writes it', 'en/ratios/', {}, 'Ratios, with the work shown'],
    ['a French reader with a view\'s address', 'trend/', { locale: 'fr-FR' }, /^Production de VEN à Shenzhen/],
    ['a French view\'s address, as Copy link writes it', 'fr/trend/', {}, /^Production de VEN à Shenzhen/],
    ['the Chinese default view\'s address', 'zh/', {}, /同比增速/],
    ['a French reader with the plain link', '', { locale: 'fr-FR' }, /^Croissance/],
    ['a Chinese reader of a French address', 'fr/cities/', { locale: 'zh-CN' }, /^Production de VEN par année/],
    // Links the build wrote no page for: the app writes their first screen.
    ['an older link to another view', '?view=trend', {}, 'Shenzhen NEV production, 2021-2024'],
    ['an older link in French', '?v=2&view=trend&lang=fr', {}, /^Production de VEN à Shenzhen/],
    ['an older link in Chinese', '?lang=zh', {}, /同比增速/],
    ['a link with options', 'trend/?v=3&scale=log', {}, 'Shenzhen NEV production, 2021-2024'],
    ['an embed link', 'cities/?v=3&embed=1', {}, "NEV production by year: Shenzhen, Shanghai, Xi'an"],
    ['a hand-written link', '?cities=beijing~shenzhen&view=cities', {}, /^NEV production by year: Shenzhen/],
    ['a French link with options', 'fr/trend/?v=3&scale=index&base=2021', {}, /^Production de VEN à Shenzhen/],
    ['a Chinese link with options', 'zh/scale/?v=3&cur=usd', {}, /./],
    ['a hostile link', '?view=%3Cscript%3Ealert(1)%3C/script%3E&lang=zz&base=99999', {}, "Year-on-year growth of each sector's headline indicator"],
  ];
  for (const [what, query, options, expected] of FIRST_SHOWN) {
    it(`${what} never shows another chart or language first`, async () => {
      const app = await blank(options);
      try {
        await app.context.addInitScript(RECORD_FRAMES);
        await app.context.addInitScript(COUNT_SHIFTS);
        await app.page.goto(env.server.url + query);
        await waitForApp(app.page);
        await app.page.waitForTimeout(300);
        const frames = await app.page.evaluate(() => window.__frames);
        assert.equal(frames.length, 1, `charts shown: ${JSON.stringify(frames)}`);
        const shift = await app.page.evaluate(() => window.__shift);
        assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
        if (typeof expected === 'string') assert.equal(frames[0], expected);
        else assert.match(frames[0], expected);
        assertNoErrors(app);
      } finally {
        await app.close();
      }
    });
  }

  /** Runs `test({ app, release })` on a page whose WebAssembly is held back until `await
   * release()` (which waits for the page's request first), so presses come before the app;
   * closes the page after. */
  async function withHeld(options, test) {
    const app = await blank(options);
    const hold = holdRequests(() => true);
    try {
      await app.page.route('**/*.wasm', async (route) => { await hold.gate(route.request().url()); await route.continue(); });
      await test({ app, release: () => hold.release() });
    } finally {
      hold.open();
      await app.close();
    }
  }
  // The first screen's nodes a reader sees, marked before the WebAssembly runs: the app must
  // adopt them, not build the page again.
  const MARK_FIRST_SCREEN = () => {
    const visible = (e) => !!e && e.getClientRects().length > 0;
    const pick = {
      title: document.querySelector('#prerender h1'),
      lede: document.querySelector('#prerender .lede'),
      tab: document.querySelector('#prerender [data-key=view][aria-pressed=true]'),
      chart: [...document.querySelectorAll('#prerender [data-testid=chart] svg')].find(visible),
      cards: document.querySelector('#prerender [data-testid^=card-]'),
      sources: document.querySelector('#prerender .sources'),
    };
    window.__marked = pick;
    return Object.fromEntries(Object.entries(pick).map(([k, e]) => [k, !!e]));
  };
  const STILL_THERE = () => Object.fromEntries(Object.entries(window.__marked).map(([k, e]) => [k, !!e && e.isConnected && (k === 'sources' || e.getClientRects().length > 0)]));

  const ADOPTED = [
    ['the default link', '', {}],
    ['a view\'s address', 'trend/', {}],
    ['a French reader', '', { locale: 'fr-FR' }],
    ['a French view\'s address', 'fr/cities/', {}],
    ['a French reader of a view\'s address', 'scale/', { locale: 'fr-FR' }],
  ];
  for (const [what, query, options] of ADOPTED) {
    it(`the app adopts the first screen's own nodes: ${what}`, () => withHeld(options, async ({ app, release }) => {
      await app.page.goto(env.server.url + query, { waitUntil: 'commit' });
      await app.page.waitForFunction(() => document.readyState !== 'loading' && !document.documentElement.classList.contains('hide-prerender') && [...document.querySelectorAll('#prerender [data-testid=chart] svg')].some((s) => s.getClientRects().length > 0));
      const all = { title: true, lede: true, tab: true, chart: true, cards: true, sources: true };
      assert.deepEqual(await app.page.evaluate(MARK_FIRST_SCREEN), all, 'the first screen shows each of them');
      await release();
      await waitForApp(app.page);
      assert.deepEqual(await app.page.evaluate(STILL_THERE), all, 'the same nodes, in the page and visible, after the app');
      assertNoErrors(app);
    }));
  }

  // The head the build wrote (the tab's title, the description) already names the view the app
  // opens in: the app writes it again only when the state changes.
  const WATCH_HEAD = () => {
    window.__headWrites = 0;
    const count = (records) => { window.__headWrites += records.length; };
    new MutationObserver(count).observe(document.querySelector('title'), { childList: true, characterData: true, subtree: true });
    new MutationObserver(count).observe(document.querySelector('meta[name=description]'), { attributes: true });
  };
  const headOf = () => [document.title, document.querySelector('meta[name=description]').content];
  for (const [what, query] of [['the default link', ''], ['a French view\'s address', 'fr/cities/']]) {
    it(`the app leaves the head the build wrote as it is until a change: ${what}`, () => withHeld({}, async ({ app, release }) => {
      await app.page.goto(env.server.url + query, { waitUntil: 'domcontentloaded' });
      const before = await app.page.evaluate(headOf);
      await app.page.evaluate(WATCH_HEAD);
      await release();
      await waitForApp(app.page);
      await app.page.waitForTimeout(500);
      assert.equal(await app.page.evaluate(() => window.__headWrites), 0, 'nothing written to the title or the description');
      assert.deepEqual(await app.page.evaluate(headOf), before);
      await app.page.click('[data-testid=view-trend]');
      await app.page.waitForFunction((title) => document.title !== title, before[0]);
      const [title, description] = await app.page.evaluate(headOf);
      assert.match(title, /^(Shenzhen NEV production|Production de VEN à Shenzhen)/, 'a change writes the title');
      assert.notEqual(description, before[1], 'and the description');
      assertNoErrors(app);
    }));
  }

  // A link the build wrote no page for, but whose view's page in its language is the one the
  // address serves (options, a hand-written query): the loading shell shows until the app,
  // which then adopts that page (hidden until then) and rewrites only what the link changes
  // (the chart, its summary and table, the controls), so the rest are the build's own nodes.
  const ADOPTED_HIDDEN = [
    ['a link with options', 'trend/?v=3&scale=log', /^Shenzhen NEV production, 2021-2024[^]*By period, log scale/],
    ['a hand-written link', '?view=cities&cities=beijing~shenzhen', /^NEV production by year: Shenzhen/],
    ['a French link with options', 'fr/scale/?v=3&cur=usd', /^Tailles[^]*milliards de dollars US/],
  ];
  const MARK_HIDDEN_PAGE = () => {
    const pick = {
      title: document.querySelector('#prerender h1'),
      lede: document.querySelector('#prerender .lede'),
      cards: document.querySelector('#prerender [data-testid^=card-]'),
      sources: document.querySelector('#prerender .sources'),
    };
    window.__marked = pick;
    return Object.fromEntries(Object.entries(pick).map(([k, e]) => [k, !!e && e.getClientRects().length === 0]));
  };
  const shownText = (page) => page.evaluate(() => [...document.querySelectorAll('[data-testid=chart] svg')].find((s) => s.getClientRects().length > 0)?.textContent);
  for (const [what, query, chart] of ADOPTED_HIDDEN) {
    it(`the app adopts the page the build wrote for the link's view and language: ${what}`, () => withHeld({}, async ({ app, release }) => {
      await app.page.goto(env.server.url + query, { waitUntil: 'commit' });
      await app.page.waitForFunction(() => document.readyState !== 'loading' && document.documentElement.classList.contains('hide-prerender'));
      const all = { title: true, lede: true, cards: true, sources: true };
      assert.deepEqual(await app.page.evaluate(MARK_HIDDEN_PAGE), all, 'the build\'s page is there, hidden behind the loading shell');
      await release();
      await waitForApp(app.page);
      assert.deepEqual(await app.page.evaluate(STILL_THERE), all, 'the same nodes, in the page and visible, after the app');
      assert.match(await shownText(app.page), chart, 'the link\'s own chart');
      assert.equal(await app.page.locator('[data-testid=chart] svg').count(), 1, 'one drawing');
      assertNoErrors(app);
    }));
  }

  // When the app's files are asked for: by a link with a query, whose first screen is the
  // loading shell, as its head is read (its chart 105-117 ms sooner, throttled); by a plain
  // link after the first paint, which they would otherwise count in Lighthouse's simulated
  // largest paint (2,050 ms against 1,107 for the default link, asked at its first frame).
  const REQUESTED = () => {
    const start = (suffix) => performance.getEntriesByType('resource').find((r) => r.name.endsWith(suffix))?.startTime;
    return { wasm: start('_bg.wasm'), data: start('/data.txt'), paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime };
  };
  for (const [what, query, when, options = {}] of [['a link with options', 'trend/?v=3&scale=log', 'before'], ['an embed link', 'cities/?v=3&embed=1', 'before'], ['the plain link', '', 'after'], ['a French reader of the plain link', '', 'after', { locale: 'fr-FR' }]]) {
    it(`the WebAssembly and the data are asked for ${when} the first paint: ${what}`, async () => {
      const app = await blank(options);
      try {
        await app.page.goto(env.server.url + query);
        await waitForApp(app.page);
        const { wasm, data, paint } = await app.page.evaluate(REQUESTED);
        assert.ok(wasm !== undefined && data !== undefined && paint !== undefined, `requests and paint seen: ${JSON.stringify({ wasm, data, paint })}`);
        for (const [file, at] of [['WebAssembly', wasm], ['data', data]]) {
          assert.ok(when === 'before' ? at < paint : at > paint, `the ${file} asked for at ${at.toFixed(1)} ms, the first paint at ${paint.toFixed(1)} ms`);
        }
        assertNoErrors(app);
      } finally {
        await app.close();
      }
    });
  }

  for (const [name, viewport] of Object.entries(SCREENS)) {
    it(`a view tab pressed before the app is ready shows that view at once, and the app takes it over unchanged (${name})`, () => withHeld({ viewport }, async ({ app, release }) => {
      await app.context.addInitScript(RECORD_FRAMES);
      await app.page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
      await app.page.evaluate(() => { window.__samePage = true; });
      await app.page.click('#prerender [data-testid=view-trend]');
      assert.equal(await shownTitle(app.page), 'Shenzhen NEV production, 2021-2024', 'the trend chart, before the app');
      assert.equal(await app.page.locator('[data-testid=view-trend]').getAttribute('aria-pressed'), 'true');
      assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.testid), 'view-trend', 'the pressed tab keeps focus');
      assert.match(await app.page.locator('[data-testid=chart-summary]').textContent(), /NEV/, 'the summary is the trend\'s');
      assert.equal(await app.page.locator('[data-testid=still-loading]').isVisible(), false, 'nothing to wait for');
      assert.equal(app.page.url(), `${env.server.url}trend/`, 'the address is the view\'s');
      assert.ok(await app.page.evaluate(() => window.__samePage), 'no reload');
      const shown = await visibleSvg(app.page);
      await app.page.evaluate(COUNT_SHIFTS);
      await release();
      await waitForApp(app.page);
      await app.page.waitForTimeout(300);
      assert.equal(await visibleSvg(app.page), shown, 'the app draws the chart that was shown');
      const shift = await app.page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.01, `cumulative layout shift on takeover ${shift}`);
      const frames = await app.page.evaluate(() => window.__frames);
      assert.deepEqual(frames.map((t) => t.slice(0, 20)), ['Year-on-year growth ', 'Shenzhen NEV product'], 'no other chart in between');
      // Back to the first view, now from the app.
      await app.page.click('[data-testid=view-growth]');
      assert.match(await shownTitle(app.page), /^Year-on-year growth/);
      assertNoErrors(app);
    }));
  }

  it('a charted view\'s address shows that view before the app', () => withHeld({}, async ({ app, release }) => {
    await app.page.goto(`${env.server.url}cities/`, { waitUntil: 'domcontentloaded' });
    await app.page.waitForFunction(() => !document.documentElement.classList.contains('hide-prerender'));
    assert.match(await shownTitle(app.page), /^NEV production by year: Shenzhen/);
    assert.equal(await app.page.locator('#shell').isVisible(), false);
    assert.equal(await app.page.locator('[data-testid=view-cities]').getAttribute('aria-pressed'), 'true');
    // Each view's own address, before the app as after it.
    await app.page.click('#prerender [data-testid=view-growth]');
    assert.match(await shownTitle(app.page), /^Year-on-year growth/);
    assert.equal(app.page.url(), env.server.url);
    await app.page.click('#prerender [data-testid=view-cities]');
    assert.equal(app.page.url(), `${env.server.url}cities/`);
    const shown = await visibleSvg(app.page);
    await release();
    await waitForApp(app.page);
    await app.page.waitForTimeout(300);
    assert.equal(await visibleSvg(app.page), shown, 'the app draws the chart that was shown');
    assertNoErrors(app);
  }));

  it('an address in another language than the reader\'s, as Copy link writes it, keeps that language in every address before the app, as the app writes them', () => withHeld({}, async ({ app, release }) => {
    await app.page.goto(`${env.server.url}fr/trend/`, { waitUntil: 'domcontentloaded' });
    await app.page.waitForFunction(() => !document.documentElement.classList.contains('hide-prerender'));
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'fr');
    assert.match(await shownTitle(app.page), /^Production de VEN à Shenzhen/);
    await app.page.click('#prerender [data-testid=view-scale]');
    assert.equal(app.page.url(), `${env.server.url}fr/scale/`);
    await app.page.click('#prerender [data-testid=view-growth]');
    assert.equal(app.page.url(), `${env.server.url}fr/`);
    await release();
    await waitForApp(app.page);
    await app.page.waitForTimeout(300);
    await expectAddress(app.page, 'fr/');
    assert.equal(await app.page.evaluate(() => document.title), 'Croissance sur un an de l\'indicateur phare de chaque secteur · Les industries prioritaires de Shenzhen');
    assert.match(await shownTitle(app.page), /^Croissance sur un an/);
    assertNoErrors(app);
  }));

  const OWN_PAGES = [
    ['French', 'fr-FR', 'fr', /^Croissance sur un an/, /^Production de VEN à Shenzhen/],
    ['Chinese', 'zh-CN', 'zh-Hans', /^各产业主要指标的同比增速/, /^深圳新能源汽车产量/],
  ];
  for (const [language, locale, lang, growth, trend] of OWN_PAGES) {
    it(`a ${language} reader of the plain link sees the default page in ${language} before the app, and its tabs work`, () => withHeld({ locale }, async ({ app, release }) => {
      await app.context.addInitScript(RECORD_FRAMES);
      await app.page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
      await app.page.waitForFunction(() => !document.documentElement.classList.contains('hide-prerender'));
      assert.equal(await app.page.evaluate(() => document.documentElement.lang), lang);
      assert.match(await shownTitle(app.page), growth);
      assert.equal(await app.page.locator('#shell').isVisible(), false, 'the shell has made way');
      assert.equal(await app.page.locator(`#prerender [data-testid=lang-${lang.slice(0, 2)}]`).getAttribute('aria-pressed'), 'true');
      await app.page.click('#prerender [data-testid=view-trend]');
      assert.match(await shownTitle(app.page), trend, `the ${language} trend view, before the app`);
      const shown = await visibleSvg(app.page);
      await release();
      await waitForApp(app.page);
      await app.page.waitForTimeout(300);
      assert.equal(await visibleSvg(app.page), shown, 'the app draws the chart that was shown');
      await expectAddress(app.page, 'trend/');  // the reader's own language implied, as the app writes it
      const frames = await app.page.evaluate(() => window.__frames);
      assert.equal(frames.length, 2, `charts shown: ${JSON.stringify(frames)}`);
      assert.match(frames[0], growth);
      assert.match(frames[1], trend);
      assertNoErrors(app);
    }));
  }

  it('view tabs pressed back and forth before the app is ready end on the last one', () => withHeld({}, async ({ app, release }) => {
    await app.page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
    for (const view of ['scale', 'growth', 'cities', 'ratios']) {
      await app.page.click(`#prerender [data-testid=view-${view}]`);
      assert.equal(await app.page.locator(`[data-testid=view-${view}]`).getAttribute('aria-pressed'), 'true', view);
    }
    const ratios = await shownTitle(app.page);
    assert.match(ratios, /^Ratios/);
    assert.equal(app.page.url(), `${env.server.url}ratios/`);
    await release();
    await waitForApp(app.page);
    assert.equal(await shownTitle(app.page), ratios);
    assertNoErrors(app);
  }));

  it('a view with nothing prerendered, then two that have, leave each tab and note as it should be', () => withHeld({}, async ({ app, release }) => {
    await app.page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
    const state = () => app.page.evaluate(() => ({
      pressed: [...document.querySelectorAll('#prerender [data-key=view][aria-pressed=true]')].map((t) => t.dataset.value),
      note: !document.querySelector('#prerender [data-testid=still-loading]').hidden,
      title: [...document.querySelectorAll('[data-testid=chart] svg')].find((s) => s.getClientRects().length > 0)?.querySelector('title')?.textContent.slice(0, 20),
    }));
    await app.page.click('#prerender [data-testid=view-figures]');
    assert.deepEqual(await state(), { pressed: ['figures'], note: true, title: 'Year-on-year growth ' }, 'figures: noted, the page says it is loading');
    await app.page.click('#prerender [data-testid=view-trend]');
    assert.deepEqual(await state(), { pressed: ['trend'], note: false, title: 'Shenzhen NEV product' }, 'trend: shown, nothing left to wait for');
    await app.page.click('#prerender [data-testid=view-growth]');
    assert.deepEqual(await state(), { pressed: ['growth'], note: false, title: 'Year-on-year growth ' }, 'growth again: as built, not as the figures press left it');
    await app.page.click('#prerender [data-testid=sector-ai]');
    await app.page.click('#prerender [data-testid=view-trend]');
    assert.deepEqual(await state(), { pressed: ['trend'], note: true, title: 'Shenzhen NEV product' }, 'an option is still to apply');
    await release();
    await app.page.waitForSelector('html[data-app=ready]');
    assert.match(await addressOf(app.page), /^trend\/(\?|$)/);
    assertNoErrors(app);
  }));

  it('a view pressed while the page is still arriving is shown once it has been read, before the app', () => withHeld({}, async ({ app, release }) => {
    // Pressed as soon as the tab exists, before the rest of the page is read.
    await app.context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const tab = document.querySelector('#prerender [data-testid=view-cities]');
        if (!tab) return;
        observer.disconnect();
        window.__pressedWhile = document.readyState;
        tab.click();
      }).observe(document, { childList: true, subtree: true });
    });
    await app.page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
    await app.page.waitForFunction(() => location.pathname.endsWith('/cities/'));
    assert.equal(await app.page.evaluate(() => window.__pressedWhile), 'loading');
    assert.match(await shownTitle(app.page), /^NEV production by year: Shenzhen/);
    await release();
    await waitForApp(app.page);
    await expectAddress(app.page, 'cities/');
    assertNoErrors(app);
  }));

  it('a press with nothing prerendered for it (the figures table, an option) says the page is still loading, and is applied when the app takes over', () => withHeld({}, async ({ app, release }) => {
    await app.page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
    await app.page.click('#prerender [data-testid=view-figures]');
    assert.ok(await app.page.locator('[data-testid=still-loading]').isVisible(), 'the page says it is still loading');
    assert.equal(app.page.url(), env.server.url, 'the press did not reload or navigate');
    await release();
    await app.page.waitForSelector('html[data-app=ready] [data-testid=figures]');
    await expectAddress(app.page, 'figures/');
    assert.equal(await app.page.locator('[data-testid=still-loading]').count(), 0);
    assertNoErrors(app);
  }));

  const LINKS = ['', 'scale/', 'trend/', 'cities/', 'ratios/', 'fr/', 'zh/'];
  for (const [name, viewport] of Object.entries(SCREENS)) {
    it(`every view's chart is at least half in the first screen (${name})`, async () => {
      const misses = [];
      for (const query of LINKS) {
        const app = await blank({ viewport });
        try {
          await app.page.goto(env.server.url + query);
          await waitForApp(app.page);
          const seen = await app.page.evaluate(() => {
            const svg = document.querySelector('[data-testid=chart] svg');
            const box = svg.getBoundingClientRect();
            const firstPanel = svg.querySelector('.panel-area')?.getBoundingClientRect();
            const visible = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
            return { top: Math.round(box.top), height: Math.round(box.height), visible: Math.round(visible), firstPanelBottom: Math.round(firstPanel?.bottom ?? Infinity), screen: innerHeight };
          });
          // Half the chart; or, for a chart taller than the screen, its title (the
          // drawing's top) and its first panel whole.
          const shown = seen.visible >= seen.height / 2
            || (seen.height > seen.screen && seen.top >= 0 && seen.firstPanelBottom <= seen.screen);
          if (!shown) misses.push(`${query || '(default)'}: ${JSON.stringify(seen)}`);
          assertNoErrors(app);
        } finally {
          await app.close();
        }
      }
      assert.deepEqual(misses, [], 'charts not in the first screen');
    });
  }
});
