// One small driver API over three browser engines, so the same scenarios run in each:
// - chromium: Debian's Chromium through playwright-core (the reference the others match);
// - firefox: Debian's Firefox ESR over WebDriver BiDi, through puppeteer-core;
// - webkit: WebKitGTK's MiniBrowser (Safari's engine) through WebKitWebDriver and
//   selenium-webdriver; it needs a display, so run under `xvfb-run -a`.
//
//   const b = await openEngine('firefox');
//   await b.goto(url); await b.ready(); await b.click('[data-testid=view-trend]');
//   const title = await b.eval(() => document.querySelector('#chart-title').textContent);
//   b.errors(); await b.close();

import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../e2e/browser.mjs';

export const VIEWPORT = { width: 1280, height: 800 };
export const ENGINES = ['chromium', 'firefox', 'webkit'];
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free TCP port on the loopback interface, for WebKitWebDriver. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// Errors the page reports, collected in the page itself: the one way that works alike in
// every engine (WebKitWebDriver has no log API). Installed after each navigation, so it
// catches what happens once the page runs; a failed start shows as a page never ready.
const COLLECT_ERRORS = `if (!window.__pageErrors) {
  window.__pageErrors = [];
  addEventListener('error', (e) => window.__pageErrors.push(String(e.error || e.message)));
  addEventListener('unhandledrejection', (e) => window.__pageErrors.push(String(e.reason)));
}`;

/** Opens a browser of `engine` with a fresh profile; returns the driver API. */
export async function openEngine(engine) {
  const downloads = await mkdtemp(path.join(tmpdir(), `explorer-${engine}-downloads-`));
  const api = engine === 'chromium' ? await chromium() : engine === 'firefox' ? await firefox(downloads) : await webkit();
  const pageErrors = [];
  const collectErrors = () => api.eval(`(() => { ${COLLECT_ERRORS} })()`);
  return {
    engine,
    /** Where the engine saves downloads, or null where its driver cannot. */
    downloads: api.canDownload ? downloads : null,
    async goto(url) {
      await api.goto(url);
      await collectErrors();
    },
    /** Waits until the app has taken over and drawn its chart. */
    async ready(timeout = 20_000) {
      await this.waitFor(() => document.documentElement.dataset.app === 'ready' && !!document.querySelector('[data-testid=chart] svg'), timeout);
    },
    /** Runs `fn` (a function, serialized) in the page with JSON arguments; returns its result. */
    eval: (fn, ...args) => api.eval(`(${fn})(...${JSON.stringify(args)})`),
    async waitFor(fn, timeout = 10_000, ...args) {
      const end = Date.now() + timeout;
      for (;;) {
        let ok = false;
        try { ok = await this.eval(fn, ...args); } catch { /* the page may be navigating */ }
        if (ok) return;
        if (Date.now() > end) throw new Error(`${engine}: timed out waiting for ${String(fn).slice(0, 200)}`);
        await sleep(50);
      }
    },
    click: (selector) => api.click(selector),
    select: (selector, value) => api.select(selector, value),
    // Each of these opens a new document (the reload gave the entry a document of its own),
    // whose errors are collected as goto's are.
    back: () => api.back().then(collectErrors),
    forward: () => api.forward().then(collectErrors),
    reload: () => api.reload().then(collectErrors),
    url: () => api.url(),
    /** Errors seen so far: the driver's own reports and the page's. */
    async errors() {
      let inPage = [];
      try { inPage = await api.eval('window.__pageErrors || []'); } catch { /* navigating */ }
      return [...pageErrors, ...api.errors(), ...inPage];
    },
    /** Files saved in the downloads folder, with their contents: only downloads that have
     * finished (Firefox first makes an empty file under the final name and writes into a
     * `.part` beside it, which it renames over the empty one at the end). */
    async savedFiles() {
      const all = await readdir(downloads);
      const names = all.filter((n) => !n.endsWith('.part') && !all.includes(`${n}.part`));
      const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(downloads, name), 'utf8') })));
      return files.filter((f) => f.text !== '');
    },
    close: () => api.close(),
  };
}

/** The driver API over a Playwright or Puppeteer page, whose calls are alike but for `select`. */
function pageDriver(page, { select, canDownload, close }) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message || e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return {
    canDownload,
    goto: (url) => page.goto(url).then(() => {}),
    eval: (source) => page.evaluate(source),
    click: (selector) => page.click(selector),
    select: (selector, value) => select(selector, value).then(() => {}),
    back: () => page.goBack().then(() => {}),
    forward: () => page.goForward().then(() => {}),
    reload: () => page.reload().then(() => {}),
    url: async () => page.url(),
    errors: () => errors,
    close,
  };
}

async function chromium() {
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  return pageDriver(page, { select: (s, v) => page.selectOption(s, v), canDownload: false, close: () => browser.close() });
}

async function firefox(downloads) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Downloads go to a folder of the test's without asking.
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,image/svg+xml,image/png',
      'pdfjs.disabled': true,
    },
  });
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  return pageDriver(page, { select: (s, v) => page.select(s, v), canDownload: true, close: () => browser.close() });
}

async function webkit() {
  const { Builder, By } = await import('selenium-webdriver');
  const port = await freePort();
  const server = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const serverUrl = `http://127.0.0.1:${port}`;
  // The driver takes a moment to listen.
  for (let i = 0; i < 100; i++) {
    try { await fetch(`${serverUrl}/status`); break; } catch { await sleep(100); }
  }
  const driver = await new Builder()
    .usingServer(serverUrl)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
  await driver.manage().window().setRect({ width: VIEWPORT.width, height: VIEWPORT.height });
  return {
    canDownload: false, // WebKitWebDriver has no download API: the page's link is checked instead
    goto: (url) => driver.get(url),
    eval: (source) => driver.executeScript(`return (${source});`),
    click: async (selector) => (await driver.findElement(By.css(selector))).click(),
    select: async (selector, value) => (await driver.findElement(By.css(`${selector} option[value="${value}"]`))).click(),
    back: () => driver.navigate().back(),
    forward: () => driver.navigate().forward(),
    reload: () => driver.navigate().refresh(),
    url: () => driver.getCurrentUrl(),
    errors: () => [],
    close: async () => {
      try { await driver.quit(); } finally { server.kill(); }
    },
  };
}
