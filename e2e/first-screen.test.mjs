// The first screen: the prerendered default view is the app's own chart, the app takes it
// over without anything moving, no link ever shows another view or language first, a press
// before the app is ready is kept, and each link's chart is in the first screen.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, waitForApp, assertNoErrors, chartTitle } from './app.mjs';
import { openPage } from './browser.mjs';

const SCREENS = { laptop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } };

/** The visible chart's SVG as the browser serializes it, with the prerender's per-width ids
 * named back as the app names them. */
const visibleSvg = (page) => page.evaluate(() => {
  const svg = [...document.querySelectorAll('[data-testid=chart] svg')].find((s) => s.getClientRects().length > 0);
  return svg && svg.outerHTML.replace(/chart-(title|desc)-\d+/g, 'chart-$1');
});

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
        await app.context.addInitScript(() => {
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await app.page.goto(env.server.url);
        await waitForApp(app.page);
        await app.page.waitForTimeout(500);
        const shift = await app.page.evaluate(() => window.__shift);
        assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
        assert.equal(await app.page.locator('#prerender').count(), 0, 'the prerender is gone');
        assertNoErrors(app);
      } finally {
        await app.close();
      }
    });
  }

  const FIRST_SHOWN = [
    ['a link to another view', '?view=trend', {}, 'Shenzhen NEV production, 2021-2024'],
    ['a French link', '?lang=fr', {}, /^Croissance/],
    ['a French reader with the plain link', '', { locale: 'fr-FR' }, /^Croissance/],
    ['a Chinese link', '?lang=zh', {}, /同比增速/],
  ];
  for (const [what, query, options, expected] of FIRST_SHOWN) {
    it(`${what} never shows another chart or language first`, async () => {
      const app = await blank(options);
      try {
        await app.context.addInitScript(RECORD_FRAMES);
        await app.page.goto(env.server.url + query);
        await waitForApp(app.page);
        await app.page.waitForTimeout(300);
        const frames = await app.page.evaluate(() => window.__frames);
        assert.equal(frames.length, 1, `charts shown: ${JSON.stringify(frames)}`);
        if (typeof expected === 'string') assert.equal(frames[0], expected);
        else assert.match(frames[0], expected);
        assertNoErrors(app);
      } finally {
        await app.close();
      }
    });
  }

  it('a press on the prerendered page before the app is ready is applied when it takes over', async () => {
    const app = await blank();
    try {
      // Hold the WebAssembly back until the press is made.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await app.page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
      await app.page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
      await app.page.click('#prerender [data-testid=view-trend]');
      assert.ok(await app.page.locator('[data-testid=still-loading]').isVisible(), 'the page says it is still loading');
      assert.equal(new URL(app.page.url()).search, '', 'the press did not reload or navigate');
      release();
      await waitForApp(app.page);
      assert.equal(await chartTitle(app.page), 'Shenzhen NEV production, 2021-2024');
      await app.page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'trend');
      assert.equal(await app.page.locator('[data-testid=still-loading]').count(), 0);
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  const LINKS = ['', '?view=scale', '?view=trend', '?view=cities', '?view=ratios', '?lang=fr', '?lang=zh'];
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
