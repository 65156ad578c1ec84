// The explorer in another browser engine behaves as in Chromium: every view draws, every
// control changes the chart as it does in Chromium, links round-trip, Back and Forward, the
// three languages, a hostile link's notice, downloads, and no page errors.
//
//   ENGINE=firefox node --test e2e-engines/
//   ENGINE=webkit xvfb-run -a node --test e2e-engines/
//
// Each scenario runs in the engine and in Chromium (playwright-core), and what the page
// shows after each step is compared: the address, the chart's title and every text drawn in
// the chart (the SVG is made by the same Rust code, so any difference is the engine's).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../e2e/server.mjs';
import { holdRequests } from '../e2e/hold.mjs';
import { openEngine } from './engines.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ENGINE = process.env.ENGINE || 'firefox';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the page shows, as far as this suite compares engines. */
const SHOWN = () => {
  const svg = document.querySelector('[data-testid=chart] svg');
  return {
    // The address relative to the site's root, as the app writes links.
    address: window.__explorerRoot && location.href.startsWith(window.__explorerRoot) ? location.href.slice(window.__explorerRoot.length) : location.href,
    lang: document.documentElement.lang,
    title: document.querySelector('#chart-title')?.textContent ?? null,
    text: svg ? [...svg.querySelectorAll('text')].map((t) => t.textContent.trim()).join(' | ') : null,
    notice: [...document.querySelectorAll('[data-testid=ignored-notice]:not([hidden]) li')].map((li) => li.textContent),
  };
};

/** The offline worker has installed this build and controls the page (or the engine has none). */
const WORKER_ACTIVE = () => !('serviceWorker' in navigator) || !!navigator.serviceWorker.controller;

/** Waits until the page shows something other than `before` (what SHOWN read, as JSON). */
async function changedFrom(b, before, what) {
  const end = Date.now() + 10_000;
  while (JSON.stringify(await b.eval(SHOWN)) === before) {
    if (Date.now() > end) throw new Error(`${b.engine}: ${what} changed nothing on the page in 10 s`);
    await sleep(50);
  }
}

/** What the page shows once it has stopped changing (the address follows the chart). */
async function settled(b) {
  let last = JSON.stringify(await b.eval(SHOWN));
  for (let i = 0; i < 40; i++) {
    await sleep(100);
    const now = JSON.stringify(await b.eval(SHOWN));
    if (now === last) return JSON.parse(now);
    last = now;
  }
  return JSON.parse(last);
}

describe(`the explorer in ${ENGINE}, compared with Chromium`, { timeout: 600_000 }, () => {
  let server;
  let engine;
  let chromium;
  const both = () => [engine, chromium];
  /** The errors an engine reported for a part's fetch the test made fail: those alone. */
  const failedFetchErrors = [];

  before(async () => {
    assert.ok(existsSync(`${DIST}index.html`), `no ${DIST}index.html: run scripts/build.sh first`);
    server = await startServer({ root: DIST, prefix: '/' });
    engine = await openEngine(ENGINE);
    chromium = await openEngine('chromium');
  });
  after(async () => {
    await engine?.close();
    await chromium?.close();
    await server?.close();
  });

  /** Runs `steps(b)` in both browsers and asserts they end showing the same thing. A step
   * that changes what a page shows (`changes`: a press) is waited for: its page first shows
   * something else than before (WebKit's driver can return from a click a moment before the
   * page has handled it, and a page that has not changed yet also reads as settled), then
   * stops changing. */
  async function same(what, steps, { changes = false } = {}) {
    const [a, c] = await Promise.all(both().map(async (b) => {
      const before = changes ? JSON.stringify(await b.eval(SHOWN)) : null;
      await steps(b);
      if (changes) await changedFrom(b, before, what);
      return settled(b);
    }));
    assert.deepEqual(a, c, `${what}: ${ENGINE} shows what Chromium shows`);
    return a;
  }

  const open = async (b, query) => { await b.goto(server.url + query); await b.ready(); };

  it('downloads the WebAssembly once', async () => {
    // A <link rel=preload> beside the first-screen script's fetch made WebKit download it twice.
    for (const b of both()) {
      await open(b, '');
      // The core, and the share part once the core has started: each once.
      const requests = await b.eval(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => e.name.replace(/^.*\//, '')));
      assert.equal(requests.filter((name) => name === 'shenzhen-explorer_bg.wasm').length, 1, `${b.engine}: ${JSON.stringify(requests)}`);
      assert.ok(requests.filter((name) => name === 'split_share.wasm').length <= 1, `${b.engine}: ${JSON.stringify(requests)}`);
    }
  });

  it('shows a view pressed before the app is ready at once, and the app keeps it', async () => {
    // The WebAssembly is held back until the press is made: a server of its own for each
    // browser (so the other tests' service worker does not answer), and a hold that keeps
    // every request it holds. The page asks for the WebAssembly only after its first frame,
    // so the test waits for that request before it releases it.
    for (const b of both()) {
      const hold = holdRequests((file) => file.endsWith('.wasm'));
      const slow = await startServer({ root: DIST, prefix: '/', hold: hold.gate });
      try {
        await b.goto(slow.url);
        await b.waitFor(() => !!document.querySelector('#prerender [data-testid=view-trend]') && document.readyState !== 'loading');
        await b.click('#prerender [data-testid=view-trend]');
        const before = await b.eval(() => ({
          address: location.pathname,
          ready: document.documentElement.dataset.app ?? null,
          title: [...document.querySelectorAll('[data-testid=chart] svg')].find((s) => s.getClientRects().length > 0)?.querySelector('title')?.textContent,
        }));
        assert.deepEqual(before, { address: '/trend/', ready: null, title: 'Shenzhen NEV production, 2021-2024' }, `${b.engine}: before the app`);
        await hold.release();
        await b.ready();
        assert.equal(await b.eval(() => document.querySelector('#chart-title')?.textContent), 'Shenzhen NEV production, 2021-2024', `${b.engine}: the app's chart`);
        // The app's last work after taking over is the offline worker's install, which
        // fetches from this server: it has finished before the server goes.
        await b.waitFor(WORKER_ACTIVE, 20_000);
        await b.goto('about:blank');
      } finally {
        hold.open();
        await slow.close();
      }
    }
  });

  it('draws every view, at its own address and in French two folders down', async () => {
    for (const view of ['growth', 'scale', 'trend', 'cities', 'ratios']) {
      const address = view === 'growth' ? '' : `${view}/`;
      const shown = await same(view, (b) => open(b, address));
      assert.ok(shown.title && shown.text, `${view}: a titled chart with text`);
      assert.equal(shown.address, address, `${view}: its address`);
    }
    const french = await same('a French view', (b) => open(b, 'fr/cities/'));
    assert.match(french.title, /^Production de VEN par année/);
    assert.equal(french.lang, 'fr');
  });

  it('changes the chart with every control as Chromium does', async () => {
    const steps = [
      ['scale view', (b) => b.click('[data-testid=view-scale]')],
      ['add GDP', (b) => b.click('[data-testid=extra-gdp]')],
      ['untick AI', (b) => b.click('[data-testid=sector-ai]')],
      ['US dollars', (b) => b.click('[data-testid=cur-usd]')],
      ['unit: m', (b) => b.select('[data-testid=magnitude]', 'm')],
      ['trend view', (b) => b.click('[data-testid=view-trend]')],
      ['measure: GDP', (b) => b.select('[data-testid=metric]', 'gdp')],
      ['index scale', (b) => b.click('[data-testid=scale-index]')],
      ['base year 2023', (b) => b.select('[data-testid=base-year]', '2023')],
      ['measure: NEV production', (b) => b.select('[data-testid=metric]', 'nev-production')],
      ['the other 2022 source', (b) => b.click('[data-testid=alt-source]')],
      ['cities view', (b) => b.click('[data-testid=view-cities]')],
      ['add Hefei', (b) => b.click('[data-testid=city-hefei]')],
      ['log scale', (b) => b.click('[data-testid=scale-log]')],
      ['ratios view', (b) => b.click('[data-testid=view-ratios]')],
      ['growth view', (b) => b.click('[data-testid=view-growth]')],
      ['add exports', (b) => b.click('[data-testid=extra-exports]')],
    ];
    await Promise.all(both().map((b) => open(b, '')));
    let before = await settled(engine);
    for (const [what, step] of steps) {
      const shown = await same(what, step, { changes: true });
      assert.notDeepEqual(shown, before, `${what}: the page changed`);
      before = shown;
    }
  });

  it('opens a link, keeps changes over a reload, walks Back and Forward', async () => {
    const link = 'cities/?v=3&metric=ai-output&cities=shenzhen~beijing&cur=usd';
    const opened = await same('the link', (b) => open(b, link));
    assert.equal(opened.address, link);
    const changed = await same('a change', (b) => b.click('[data-testid=view-trend]'), { changes: true });
    const reloaded = await same('after a reload', async (b) => { await b.reload(); await b.ready(); });
    assert.deepEqual(reloaded, changed, 'the reload shows the changed view');
    // Back and Forward open new documents (the reload gave the entry one of its own): the
    // address is there at once, the app's chart only once it has taken over.
    const shows = (title) => document.querySelector('#chart-title')?.textContent === title;
    const back = await same('Back', async (b) => { await b.back(); await b.ready(); await b.waitFor(shows, 10_000, opened.title); });
    assert.deepEqual(back, opened, 'Back returns to the link');
    const forward = await same('Forward', async (b) => { await b.forward(); await b.ready(); await b.waitFor(shows, 10_000, changed.title); });
    assert.deepEqual(forward, changed);
  });

  it('moves along the chart\'s marks with the arrow keys, one Tab stop a chart', async () => {
    const moved = await Promise.all(both().map(async (b) => {
      await open(b, 'trend/');
      return b.eval(() => {
        const key = (k) => document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
        const label = () => document.activeElement.getAttribute('aria-label');
        document.querySelector('[data-part=chart] .mark-target[tabindex="0"]').focus();
        const seen = [label()];
        key('ArrowRight');
        seen.push(label());
        key('End');
        seen.push(label());
        return { seen, stops: document.querySelectorAll('[data-part=chart] .mark-target[tabindex="0"]').length };
      });
    }));
    assert.deepEqual(moved[0], moved[1], `${ENGINE} moves as Chromium does`);
    assert.match(moved[0].seen[1], /, 2022: /);
    assert.match(moved[0].seen[2], /, 2024: /);
    assert.equal(moved[0].stops, 1);
  });

  it('reads French and Chinese, by link and by switch', async () => {
    const fr = await same('a French link', (b) => open(b, '?lang=fr'));
    assert.equal(fr.lang, 'fr');
    assert.match(fr.title, /^Croissance/);
    const zh = await same('switch to Chinese', async (b) => { await b.click('[data-testid=lang-zh]'); await b.waitFor(() => document.documentElement.lang === 'zh-Hans'); });
    assert.match(zh.title, /同比增速/);
    const en = await same('switch to English', async (b) => { await b.click('[data-testid=lang-en]'); await b.waitFor(() => document.documentElement.lang === 'en'); });
    assert.match(en.title, /^Year-on-year growth/);
  });

  it("lists a hostile link's broken parts in a notice and runs none of it", async () => {
    const hostile = `?view=${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}&cur=${encodeURIComponent('"><script>window.__pwned=1</script>')}&lang=de`;
    const shown = await same('a hostile link', (b) => open(b, hostile));
    assert.ok(shown.notice.length >= 2, `the notice lists what was ignored: ${JSON.stringify(shown.notice)}`);
    assert.equal(await engine.eval(() => window.__pwned ?? null), null, 'nothing from the link ran');
    assert.equal(shown.address, '', 'the address is cleaned');
  });

  it('downloads the chart data: saved as a file where the driver can, else checked in the page', async () => {
    await open(engine, '?view=trend');
    if (engine.downloads) {
      await engine.click('[data-testid=download-csv]');
      let files = [];
      for (let i = 0; i < 50 && !files.some((f) => f.name.endsWith('.csv')); i++) { await sleep(100); files = await engine.savedFiles(); }
      const csv = files.find((f) => f.name.endsWith('.csv'));
      assert.ok(csv, `a CSV was saved: ${JSON.stringify(files.map((f) => f.name))}`);
      assert.match(csv.name, /^shenzhen-trend(-en)?\.csv$/);
      assert.match(csv.text, /2,935,300|2935300/);
    } else {
      // The link names the file the build wrote for the view (it has no options); the test
      // stops the browser from following it (a listener after the app's), then reads what a
      // reader would have saved from that address.
      await engine.eval(() => document.addEventListener('click', (e) => { if (e.target.closest('[data-kind]')) e.preventDefault(); }));
      await engine.click('[data-testid=download-csv]');
      const link = await engine.eval(() => {
        const a = document.querySelector('[data-testid=download-csv]');
        return { name: a.getAttribute('download'), href: a.href };
      });
      assert.match(link.name, /^shenzhen-trend(-en)?\.csv$/);
      assert.equal(link.href, `${server.url}en/trend/data.csv`);
      const text = await engine.eval((u) => fetch(u).then((r) => r.text()), link.href);
      assert.match(text, /2,935,300|2935300/);
    }
  });

  it('copies the link, or shows it to copy by hand where the engine gives no clipboard', async () => {
    await open(engine, '?view=ratios');
    await engine.click('[data-testid=copy-link]');
    await engine.waitFor(() => document.querySelector('[data-testid=copy-status]').textContent !== '');
    const status = await engine.eval(() => document.querySelector('[data-testid=copy-status]').textContent);
    const link = `${server.url}en/ratios/`;
    assert.ok(status === 'Link copied.' || status === `Copy this link: ${link}`, `copy status: ${status}`);
  });

  it('copies the title and link and the chart image, or says how to get them where it cannot', async () => {
    await open(engine, '?view=cities');
    // The status once it differs from what it said before the press (each press says
    // something else).
    const statusAfter = async (testid) => {
      const before = await engine.eval(() => document.querySelector('[data-testid=copy-status]').textContent);
      await engine.click(`[data-testid=${testid}]`);
      // Not the word said while the share part is on its way: what the press did.
      await engine.waitFor((was) => ![was, 'Loading…'].includes(document.querySelector('[data-testid=copy-status]').textContent), 10_000, before);
      return engine.eval(() => document.querySelector('[data-testid=copy-status]').textContent);
    };
    const link = `${server.url}en/cities/`;
    const title = "NEV production by year: Shenzhen, Shanghai, Xi'an";
    const text = await statusAfter('copy-title-link');
    assert.ok(text === 'Title and link copied.' || text === `Copy this: ${title} ${link}`, `copy status: ${text}`);
    const image = await statusAfter('copy-image');
    assert.ok(['Chart image copied.', 'This browser does not let pages copy images: the chart image was downloaded instead.'].includes(image), `copy status: ${image}`);
  });

  it('answers a press made before the share part arrives, and one after it failed to load', async () => {
    // Each phase on a server (an origin) of its own, whose service worker has cached nothing:
    // the part held, then failing and then served.
    let mode = 'hold';
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    const hold = (file) => {
      if (!file.includes('/parts/')) return undefined;
      return mode === 'hold' ? held.then(() => undefined) : mode === 'fail' ? Promise.resolve(503) : undefined;
    };
    const [first, second] = [await startServer({ root: DIST, prefix: '/', hold }), await startServer({ root: DIST, prefix: '/', hold })];
    const status = (testid) => engine.eval((id) => document.querySelector(`[data-testid=${id}]`).textContent, testid);
    try {
      await engine.goto(`${first.url}cities/`);
      await engine.ready();
      await engine.click('[data-testid=cite-toggle]');
      assert.equal(await status('copy-status'), 'Loading…', 'said while the part is on its way');
      release();
      await engine.waitFor(() => (document.querySelector('[data-testid=cite-text]')?.value || '').includes('NEV production'));
      assert.equal(await status('copy-status'), '');
      const before = (await engine.errors()).length;
      mode = 'fail';
      await engine.goto(`${second.url}trend/`);
      await engine.ready();
      await engine.waitFor(() => document.documentElement.dataset.parts === 'fetched');
      await engine.click('[data-testid=cite-toggle]');
      await engine.waitFor(() => document.querySelector('[data-testid=copy-status]').textContent.startsWith('This part'));
      assert.equal(await status('copy-status'), 'This part of the explorer could not be loaded. Press again to try again.');
      assert.equal(await engine.eval(() => document.querySelector('[data-testid=cite-toggle]').getAttribute('aria-expanded')), 'false');
      mode = 'serve';
      await engine.click('[data-testid=cite-toggle]');
      await engine.waitFor(() => (document.querySelector('[data-testid=cite-text]')?.value || '').includes('NEV production'));
      const reported = (await engine.errors()).slice(before);
      // The part's loader logs the error it caught (Puppeteer reads an Error argument as
      // `JSHandle@error`): one for the fetch after the takeover, one for the press.
      assert.ok(reported.length <= 4 && reported.every((e) => /503|fetch|load|network|JSHandle@error/i.test(e)), `only the failed fetch: ${JSON.stringify(reported)}`);
      failedFetchErrors.push(...reported);
      assert.equal(await engine.eval(() => !!document.querySelector('[data-testid=panic-panel]')), false);
    } finally {
      release();
      await first.close();
      await second.close();
    }
  });

  it('raised no page errors', async () => {
    const unexpected = (await engine.errors()).filter((e) => !failedFetchErrors.includes(e));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(await chromium.errors(), []);
  });
});
