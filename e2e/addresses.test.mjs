// Each view in each language has an address of its own, whose page a crawler reads without
// running a script: its title, description and preview tags say what the app shows there,
// and its preview picture is a 1200x630 PNG of that view, different from every other. Every
// address works as a first screen under the site's strict policy, one or two folders down.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startApp, open, assertNoErrors, expectAddress } from './app.mjs';

const VIEWS = ['growth', 'scale', 'trend', 'cities', 'ratios', 'figures'];
const LANGS = ['en', 'fr', 'zh'];
const HTML_LANG = { en: 'en', fr: 'fr', zh: 'zh-Hans' };
const LOCALE = { en: 'en_US', fr: 'fr_FR', zh: 'zh_CN' };
const path = (lang, view) => `${lang ? `${lang}/` : ''}${view === 'growth' ? '' : `${view}/`}`;
// Every address the build writes: each view in each language, and with no language named.
const ADDRESSES = [null, ...LANGS].flatMap((lang) => VIEWS.map((view) => ({ lang, view, address: path(lang, view) })));

const unescape = (text) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The head's tags as a crawler reads them: no script run, only the markup. */
function tags(html) {
  const head = html.slice(0, html.indexOf('</head>') >= 0 ? html.indexOf('</head>') : html.indexOf('<body'));
  const meta = (attr, name) => [...head.matchAll(new RegExp(`<meta ${attr}="${name}" content="([^"]*)">`, 'g'))].map((m) => unescape(m[1]));
  const link = (rel, extra = '') => [...head.matchAll(new RegExp(`<link rel="${rel}"${extra} href="([^"]*)">`, 'g'))].map((m) => m[1]);
  return {
    title: unescape(head.match(/<title>([^<]*)<\/title>/)?.[1] ?? ''),
    description: meta('name', 'description'),
    og: Object.fromEntries(['title', 'description', 'url', 'image', 'image:width', 'image:height', 'locale', 'locale:alternate', 'type'].map((k) => [k, meta('property', `og:${k}`)])),
    twitter: meta('name', 'twitter:card'),
    canonical: link('canonical'),
    alternates: Object.fromEntries([...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]*)">/g)].map((m) => [m[1], m[2]])),
    htmlLang: html.match(/<html lang="([^"]+)"/)?.[1],
  };
}

/** A PNG's width and height, from its header. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('an address for each view and language', { timeout: 300_000 }, () => {
  let env;
  before(async () => {
    env = await startApp();
  });
  after(() => env?.close());
  const fetchText = async (address) => {
    const response = await fetch(env.server.url + address);
    assert.equal(response.status, 200, address);
    return response.text();
  };

  it('every page tells a crawler its own view, in its own language, with its own picture', async () => {
    const pictures = new Map();
    for (const { lang, view, address } of ADDRESSES) {
      const page = new URL(address, env.server.url);
      const t = tags(await fetchText(address));
      const shown = lang ?? 'en';
      const at = (relative) => new URL(relative, page).href;
      assert.equal(t.htmlLang, HTML_LANG[shown], `${address}: <html lang>`);
      assert.equal(t.og.title.length, 1, `${address}: one og:title`);
      assert.ok(t.title.startsWith(`${t.og.title[0]} · `), `${address}: the title starts with the chart's: ${t.title}`);
      assert.deepEqual(t.og.description, t.description, `${address}: og:description is the description`);
      assert.ok(t.description[0].length > 20, `${address}: a summary, not a word: ${t.description[0]}`);
      assert.deepEqual(t.og.url.map(at), [page.href], `${address}: og:url`);
      assert.deepEqual(t.canonical.map(at), [page.href], `${address}: canonical`);
      assert.deepEqual(t.og.type, ['website']);
      assert.deepEqual(t.twitter, ['summary_large_image'], `${address}: a large picture`);
      assert.deepEqual(t.og.locale, [LOCALE[shown]], `${address}: og:locale`);
      assert.deepEqual(t.og['locale:alternate'].sort(), LANGS.filter((l) => l !== shown).map((l) => LOCALE[l]).sort(), `${address}: the other locales`);
      assert.deepEqual(Object.fromEntries(Object.entries(t.alternates).map(([k, v]) => [k, at(v)])), {
        en: at(`${new URL(path('en', view), env.server.url).href}`),
        fr: at(`${new URL(path('fr', view), env.server.url).href}`),
        'zh-Hans': at(`${new URL(path('zh', view), env.server.url).href}`),
        'x-default': at(`${new URL(path(null, view), env.server.url).href}`),
      }, `${address}: hreflang alternates`);
      assert.deepEqual([t.og['image:width'], t.og['image:height']], [['1200'], ['630']]);
      const image = at(t.og.image[0]);
      assert.ok(image.startsWith(`${env.server.url}preview/${shown}-${view}.png`), `${address}: ${image}`);
      if (!pictures.has(image)) {
        const response = await fetch(image);
        assert.equal(response.status, 200, image);
        const bytes = Buffer.from(await response.arrayBuffer());
        assert.deepEqual(pngSize(bytes), [1200, 630], image);
        pictures.set(image, createHash('sha256').update(bytes).digest('hex'));
      }
    }
    assert.equal(pictures.size, VIEWS.length * LANGS.length, 'a picture per view and language');
    assert.equal(new Set(pictures.values()).size, pictures.size, 'no two pictures alike');
  });

  it('what the page tells a crawler is what the app shows there', async () => {
    for (const { lang, view, address } of ADDRESSES.filter((a) => a.lang !== 'en')) {
      const t = tags(await fetchText(address));
      const ready = view === 'figures' ? (p) => p.waitForSelector('html[data-app=ready] [data-testid=figures]') : undefined;
      // A reader of another language than the page's, where the page names one.
      const locale = lang === 'zh' ? 'fr-FR' : 'en-US';
      const app = await open(env.browser, env.server.url + address, { ready, locale });
      try {
        const [title, summary, htmlLang] = await app.page.evaluate(() => [document.title, document.querySelector('[data-testid=chart-summary]')?.textContent, document.documentElement.lang]);
        assert.equal(title, t.title, `${address}: the tab's title`);
        assert.equal(htmlLang, t.htmlLang, `${address}: the language`);
        if (view !== 'figures') assert.equal(summary, t.description[0], `${address}: the summary`);
        assertNoErrors(app);
      } finally {
        await app.close();
      }
    }
  });

  it('an address that names its language keeps naming it, for a reader of that language too', async () => {
    const app = await open(env.browser, `${env.server.url}fr/cities/`, { locale: 'fr-FR' });
    try {
      await expectAddress(app.page, 'fr/cities/');
      await app.page.click('[data-testid=view-trend]');
      await expectAddress(app.page, 'fr/trend/');
      assertNoErrors(app);
    } finally {
      await app.close();
    }
    // An address that names none keeps leaving the reader's own language out.
    const plain = await open(env.browser, `${env.server.url}cities/`, { locale: 'fr-FR' });
    try {
      await plain.page.click('[data-testid=view-trend]');
      await expectAddress(plain.page, 'trend/');
      assertNoErrors(plain);
    } finally {
      await plain.close();
    }
  });

  it('a page two folders down runs under the strict policy with no violation', async () => {
    const app = await open(env.browser, `${env.server.url}zh/cities/`, {
      init: () => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
      },
    });
    try {
      await app.page.click('[data-testid=view-trend]');
      await app.page.waitForFunction(() => location.pathname.endsWith('/zh/trend/'));
      await app.page.locator('.mark-target').first().hover();
      assert.deepEqual(await app.page.evaluate(() => window.__violations), []);
      assert.deepEqual(app.failedResponses, [], 'every file found from two folders down');
      assertNoErrors(app);
    } finally {
      await app.close();
    }
  });

  it('every page carries the same inline script and stylesheet, so one policy serves the site', async () => {
    const inline = (html) => [html.match(/<script>[\s\S]*?<\/script>/)?.[0], html.match(/<style>[\s\S]*?<\/style>/)?.[0], html.match(/Content-Security-Policy" content="[^"]*"|content="([^"]*)" http-equiv=Content-Security-Policy/)?.[0]];
    const root = inline(await fetchText(''));
    assert.ok(root.every(Boolean), 'the root page has its script, stylesheet and policy');
    for (const { address } of ADDRESSES) assert.deepEqual(inline(await fetchText(address)), root, address);
  });
});
