// Languages: English, French and Chinese for every string, chart text included; `lang` in the
// link, else the browser's language; numbers, units and periods written the reader's way.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appFixture, settle, svgText, tableRows, expectAddress, waitForApp } from './app.mjs';

const VIEWS = ['growth', 'scale', 'trend', 'cities', 'ratios'];
const cardValue = (page, sector) => page.locator(`[data-testid=card-${sector}] [data-testid=card-value]`).textContent();

// Latin words a Chinese page may still show: source and company names, codes, file types.
const LATIN_ALLOWED = new Set(['ZAKER', 'Xinhua', 'CnEVPost', 'HK01', 'Home', 'Jiemian', 'ITBEAR', 'China', 'News', 'Service', 'Shenzhen',
  'Customs', 'trulynews', 'Special', 'Zone', 'Daily', 'mirror', 'reworded', 'copy', 'official', 'growth', 'rate', 'via', 'government',
  'work', 'report', 'quoted', 'from', 'Tang', 'Shangxing', 'volume', 'share', 'autochina', 'top',
  // Written as is in Chinese too.
  'GDP']);

describe('languages', { timeout: 240_000 }, () => {
  const app = appFixture();

  it('a French link reads in French, with French numbers and periods', () =>
    app.withPage('?lang=fr', async (page) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'fr');
      assert.equal(await page.locator('h1').textContent(), 'Les industries prioritaires de Shenzhen');
      assert.equal(await cardValue(page, 'nev'), '> 1,73 million de véhicules');
      assert.equal(await cardValue(page, 'ai'), '> 300 milliards de yuans');
      const svg = await svgText(page);
      assert.match(svg, /1er semestre 2024/);
      assert.match(svg, /\+104,2\u00a0%/);
      assert.match(await page.title(), /Les industries prioritaires de Shenzhen$/);
      assert.equal(await page.locator('[data-testid=view-trend]').textContent(), 'Évolution');
    }));

  it('a Chinese browser gets Chinese without asking: 万 for vehicles, 亿 for yuan', () =>
    app.withPage('', async (page) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      assert.equal(await cardValue(page, 'nev'), '> 173万辆');
      assert.equal(await cardValue(page, 'ai'), '> 3000亿元');
      assert.match(await svgText(page), /2024年上半年/);
      await expectAddress(page, '');
      await page.click('[data-testid=view-scale]');
      await settle(() => svgText(page), (t) => t.includes('亿元'));
    }, { locale: 'zh-CN' }));

  it('the language switch changes every text and the link, and Back restores nothing else', () =>
    app.withPage('trend/', async (page) => {
      await page.click('[data-testid=lang-zh]');
      await settle(() => page.locator('h1').textContent(), (t) => t === '深圳重点产业');
      await expectAddress(page, 'zh/trend/');
      assert.equal(await page.getAttribute('[data-testid=lang-zh]', 'aria-pressed'), 'true');
      assert.match(await svgText(page), /深圳/);
      const rows = await tableRows(page);
      assert.ok(rows.some((r) => r[0] === '2024年' && r[1] === '2,935,300辆'), JSON.stringify(rows));
      // The controls were rebuilt in Chinese and still work.
      await page.selectOption('[data-testid=metric]', 'gdp');
      await expectAddress(page, 'zh/trend/?v=3&metric=gdp');
      await settle(() => svgText(page), (t) => t.includes('地区生产总值') || t.includes('亿元'));
    }));

  it('a French browser that picks English keeps English after a reload', () =>
    app.withPage('', async (page) => {
      assert.equal(await page.getAttribute('html', 'lang'), 'fr');
      await page.click('[data-testid=lang-en]');
      await expectAddress(page, 'en/');
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await cardValue(page, 'nev'), '> 1.73 million vehicles');
    }, { locale: 'fr-FR' }));

  it('the notice about a bad link is explained again in the language the reader switches to', () =>
    app.withPage('?view=trend&colour=red', async (page) => {
      const notice = () => page.locator('[data-testid=ignored-notice]').textContent();
      assert.match(await notice(), /colour: not a setting of this explorer/);
      await page.click('[data-testid=lang-zh]');
      await settle(notice, (t) => t.includes('colour：') || t.includes('不是本工具的设置项'));
      assert.match(await notice(), /此链接的部分内容无法使用/);
      assert.match(await notice(), /不是本工具的设置项/);
    }));

  it('the notice punctuates each part the way its language does', () =>
    app.withPage('fr/trend/?colour=red', async (page) => {
      const items = await page.locator('[data-testid=ignored-notice] li').allTextContents();
      assert.deepEqual(items, ['colour\u00a0: pas un réglage de cet explorateur']);
    }));

  for (const view of VIEWS) {
    it(`the ${view} view in Chinese has no English left in its chart`, () =>
      app.withPage(view === 'growth' ? 'zh/' : `zh/${view}/`, async (page) => {
        const text = `${await svgText(page)} ${await page.locator('[data-testid=chart-summary]').textContent()}`;
        const english = (text.match(/[A-Za-z]{3,}/g) || []).filter((w) => !LATIN_ALLOWED.has(w));
        assert.deepEqual(english, [], text);
      }));
  }
});

// The reader's language by one rule, in the first-screen script and in the app: the cases
// src/handshake/tests.rs checks natively (`languages ; language ; lang` a line).
const READER_LANGUAGES = readFileSync(new URL('../tests/reader-languages.txt', import.meta.url), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split(';').map((p) => p.trim()))
  .map(([languages, language, lang]) => ({ languages: languages ? languages.split(/\s+/) : [], language, lang }));
const HTML_TAG = { en: 'en', fr: 'fr', zh: 'zh-Hans' };

describe('the reader\'s language', { timeout: 240_000 }, () => {
  const app = appFixture();
  for (const { languages, language, lang } of READER_LANGUAGES) {
    it(`navigator.languages [${languages}], navigator.language "${language}": ${lang}`, () =>
      app.withPage('', async (page) => {
        assert.equal(await page.evaluate(() => window.__openLang), lang, 'the first-screen script');
        assert.equal(await page.getAttribute('html', 'lang'), HTML_TAG[lang], 'the app');
      }, {
        init: `Object.defineProperty(Navigator.prototype, 'languages', { get: () => ${JSON.stringify(languages)} });
               Object.defineProperty(Navigator.prototype, 'language', { get: () => ${JSON.stringify(language)} });`,
      }));
  }
});
