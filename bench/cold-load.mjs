// One cold, throttled load of a page, as the first-screen bench measures it (CPU slowed 4x,
// 9 Mbit/s down, 40 ms, cache disabled, 1280x800): when a chart is first on screen, when a
// control first works, and the bytes on the wire. Shared by bench/first-chart.mjs (the
// record) and bench/variants.mjs (trying a lever on copies of dist/).
import { stat } from 'node:fs/promises';
import path from 'node:path';

export const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
export const quartiles = (xs) => [sorted(xs)[Math.floor((xs.length - 1) / 4)], sorted(xs)[Math.ceil(3 * (xs.length - 1) / 4)]];

// Noted by the page itself: polling from Playwright lags by hundreds of milliseconds on a
// CPU slowed 4x (measured: ~360 ms). The mutation observer only notes that a chart is in the
// document (no layout is forced while the page is parsed); whether it is visible is asked in
// the next animation frames, where the frame lays the page out anyway.
export const WATCH = ({ chart, shown, press, changed, ready = '() => true' }) => `(() => {
  const chart = ${chart};
  const shown = ${shown};
  const changed = ${changed};
  const ready = ${ready};
  const done = () => {
    if (window.__onScreen !== undefined && window.__switched !== undefined && window.__ready !== undefined) console.debug('bench:done');
  };
  const whenReady = () => requestAnimationFrame(() => {
    if (ready()) { window.__ready = performance.now(); performance.mark('__ready'); done(); } else whenReady();
  });
  whenReady();
  const frame = (name) => requestAnimationFrame(() => { window[name] = performance.now(); performance.mark(name); done(); });
  const whenShown = () => requestAnimationFrame(() => {
    if (shown()) { window.__onScreen = performance.now(); performance.mark('__onScreen'); done(); } else whenShown();
  });
  new MutationObserver((_, observer) => {
    if (chart()) { observer.disconnect(); whenShown(); }
  }).observe(document, { childList: true, subtree: true, attributes: true });
  // Pressed every 25 ms; the change is noticed as it happens (a mutation observer), not at
  // the next press, which a long task (the app's takeover) could hold back after the page
  // had already drawn the new chart.
  let seen = false;
  const switched = () => {
    if (seen) return;
    seen = true;
    clearInterval(pressing);
    frame('__switched');
  };
  let watching = false;
  const pressing = setInterval(() => {
    if (changed()) return switched();
    const target = document.querySelector(${JSON.stringify(press)});
    if (!target) return;
    if (!watching) {
      watching = true;
      new MutationObserver((_, observer) => {
        if (changed()) { observer.disconnect(); switched(); }
      }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    }
    target.click();
  }, 25);
})()`;

/** A fresh context and page, 1280x800, with the bench's conditions: CPU slowed 4x, 9 Mbit/s
 * down, 40 ms, cache disabled. Returns the context, the page and its DevTools session. */
export async function throttledPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 9e6 / 8, uploadThroughput: 9e6 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page, cdp };
}

/** What a file would weigh as gzip -9 (its `.gz` copy in `root`), else as it was sent. */
async function gzipSize(root, url, sent) {
  const file = decodeURIComponent(new URL(url).pathname.replace(/\/$/, '/index.html'));
  try {
    return (await stat(`${path.join(root, file)}.gz`)).size;
  } catch {
    return sent;
  }
}

/** One cold load: ms to chart on screen, ms to first working switch, ms until the page is
 * ready (the app: every control works), bytes on the wire until the switch worked (as sent:
 * brotli where the site has .br copies) and the same files as gzip. */
export async function load(browser, url, watch, root, contextOptions = {}) {
  const { context, page, cdp } = await throttledPage(browser, contextOptions);
  const urls = new Map();
  const finished = []; // [url, bytes as sent, ms after the page's request]
  let start;
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    start ??= e.timestamp;
  });
  cdp.on('Network.loadingFinished', (e) => { finished.push([urls.get(e.requestId), e.encodedDataLength, (e.timestamp - start) * 1000]); });
  await context.addInitScript(WATCH(watch));
  // Told by the page (a console message) rather than polled: Playwright's waitForFunction
  // first evaluates its own injected script in the page, 35-45 ms of the main thread on a
  // CPU slowed 4x (traced), which landed in the middle of the load being measured.
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:done', timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await done;
  const times = await page.evaluate(() => ({ onScreen: window.__onScreen, switched: window.__switched, ready: window.__ready }));
  // The page's clock starts at navigation, a little before its request: a file counts as
  // arrived before the switch if it did by the request's clock, which errs towards counting.
  const until = (ms) => finished.filter(([, , at]) => at <= ms);
  const sent = (files) => files.reduce((sum, [, n]) => sum + n, 0);
  const asGzip = async (files) => (await Promise.all(files.map(([u, n]) => (u ? gzipSize(root, u, n) : n)))).reduce((a, b) => a + b, 0);
  const beforeSwitch = until(times.switched);
  const beforeReady = until(times.ready);
  const result = { ...times, bytes: sent(beforeSwitch), gzip: await asGzip(beforeSwitch), readyBytes: sent(beforeReady), readyGzip: await asGzip(beforeReady) };
  await context.close();
  return result;
}

export const present = (selector) => `() => !!document.querySelector(${JSON.stringify(selector)})`;
export const visible = (selector) => `() => [...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 0)`;

/** The app's first screen: its chart (prerendered or drawn), and pressing the Trend tab
 * until the chart's title is the trend's, in any of the three languages (the title of each drawing, the prerender having one
 * per layout width: reading which one is on screen would force a layout on every check). */
export const APP_WATCH = {
  chart: present('[data-testid=chart] svg'),
  shown: visible('[data-testid=chart] svg'),
  // The tab on screen: the prerendered page's unless the first-screen script hid it (the
  // English page, for a French reader), else the app's (mounted straight into <body>).
  press: ':root:not(.hide-prerender) #prerender [data-testid=view-trend], body > main [data-testid=view-trend]',
  changed: `() => { const titles = [...document.querySelectorAll('[data-testid=chart] svg > title')]; return titles.length > 0 && titles.every((t) => /^(Shenzhen NEV production|Production de VEN à Shenzhen|深圳新能源汽车产量)/.test(t.textContent)); }`,
  // Every control works (the app has taken over), not only the view tabs.
  ready: `() => document.documentElement.dataset.app === 'ready'`,
};

/** A page without the app's view tabs (the floor, a static page): its chart alone. */
export const STATIC_WATCH = { ...APP_WATCH, press: 'nothing', changed: '() => true', ready: '() => true' };
