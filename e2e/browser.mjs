// Headless Chromium for the browser tests, driven by playwright-core.
//
// We use Debian's /usr/bin/chromium (installed by scripts/setup.sh) because
// Playwright's own browser downloads are not reachable from our machines.
// CHROMIUM_PATH overrides the path.
//
//   const browser = await launchBrowser();
//   const { page, consoleErrors, pageErrors, foreignRequests } = await openPage(browser, url);

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root, where Chromium's sandbox refuses to start
  '--disable-gpu', // no GPU on the machines
  '--disable-quic',
  '--no-first-run',
  // Keep Chromium itself quiet on the network, so that any request we see
  // comes from the page.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch headless Chromium. Close it with `await browser.close()`. */
export function launchBrowser(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * Open `url` in a fresh browser context and record what a test should check:
 * - consoleErrors, consoleWarnings: console messages as "text (url:line)";
 * - pageErrors: uncaught exceptions in the page (e.g. a Rust panic);
 * - foreignRequests: URLs of requests to any host other than the server's
 *   host:port (the app must work fully offline / self-hosted);
 * - failedResponses: "status url" of responses with status >= 400.
 * The listeners are attached before navigation, so nothing from page load is missed.
 *
 * opts: any Playwright newContext() option (viewport, colorScheme, locale,
 *   reducedMotion, javaScriptEnabled, ...), plus
 *   waitUntil ('load' by default; see page.goto), and
 *   allowedHost (host:port treated as local; defaults to the host of `url`).
 * Returns { page, context, close, consoleErrors, consoleWarnings, pageErrors,
 *   foreignRequests, failedResponses }; close() closes the context.
 */
export async function openPage(browser, url, opts = {}) {
  const { waitUntil = 'load', allowedHost = new URL(url).host, ...contextOptions } = opts;
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();

  const consoleErrors = [];
  const consoleWarnings = [];
  const pageErrors = [];
  const foreignRequests = [];
  const failedResponses = [];

  page.on('console', (msg) => {
    const { url: src, lineNumber } = msg.location();
    const where = src ? ` (${src}:${lineNumber})` : '';
    if (msg.type() === 'error') consoleErrors.push(msg.text() + where);
    else if (msg.type() === 'warning') consoleWarnings.push(msg.text() + where);
  });
  page.on('pageerror', (err) => pageErrors.push(err.stack || String(err)));
  page.on('request', (req) => {
    const u = new URL(req.url());
    // data:, blob: and about: URLs never leave the browser.
    if (['data:', 'blob:', 'about:'].includes(u.protocol)) return;
    if (u.host !== allowedHost) foreignRequests.push(req.url());
  });
  page.on('response', (res) => {
    if (res.status() >= 400) failedResponses.push(`${res.status()} ${res.url()}`);
  });

  await page.goto(url, { waitUntil });
  return {
    page,
    context,
    close: () => context.close(),
    consoleErrors,
    consoleWarnings,
    pageErrors,
    foreignRequests,
    failedResponses,
  };
}

/**
 * Run axe-core (WCAG checks) on the page as it is now; resolves to axe's
 * `violations` array (empty when clean). `options` go to axe.run, e.g.
 * { runOnly: ['wcag2a', 'wcag2aa'] }. axe is injected via page.evaluate, which
 * a strict Content-Security-Policy does not block (a <script> tag would be).
 */
export async function runAxe(page, options = {}) {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate((opts) => window.axe.run(document, opts).then((r) => r.violations), options);
}
