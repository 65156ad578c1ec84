// Downloads: the chart as SVG and the plotted data as CSV and JSON, named after the view,
// matching what is on screen, with the source, period, basis and grade of every value.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, withOpen, tableRows } from './app.mjs';

async function download(page, kind, encoding = 'utf8') {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=download-${kind}]`)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), encoding) };
}

/** A PNG's pixel size, from its IHDR chunk. */
const pngSize = (bytes) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe('downloads', { timeout: 120_000 }, () => {
  let env;
  before(async () => { env = await startApp(); });
  after(() => env?.close());

  it('SVG, CSV and JSON of the current view match the chart and table', () =>
    withOpen(env.browser, `${env.server.url}trend/?v=3&metric=bio-va`, async (page) => {
      await page.waitForSelector('[data-testid=chart] svg');
      const title = await page.locator('#chart-title').textContent();
      const rows = await tableRows(page);

      const svg = await download(page, 'svg');
      assert.equal(svg.name, 'shenzhen-trend-bio-va.svg');
      assert.ok(svg.text.startsWith('<svg') && svg.text.includes(`<title id="chart-title">${title}</title>`));
      // The picture leads back to the view: its address, as a reader types it, and the day seen.
      const drawn = svg.text.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&');
      assert.ok(drawn.includes(`${env.server.url.replace(/^https?:\/\//, '')}en/trend/?v=3&metric=bio-va`), 'the address in the picture');
      assert.match(drawn, /\(accessed \d{4}-\d{2}-\d{2}\)/);

      const csv = await download(page, 'csv', null);
      assert.equal(csv.name, 'shenzhen-trend-bio-va.csv');
      assert.notDeepEqual([...csv.text.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 without a byte order mark');
      const lines = csv.text.toString('utf8').trim().split('\r\n');
      assert.equal(lines[0], 'place,sector,metric,period,value,value_unit,published_value,published_unit,basis,qualifier,grade,source,url,figure_id,label,detail');
      const h1 = lines.find((l) => l.startsWith('shenzhen,biomed,bio-va,2024H1,13,'));
      assert.ok(h1, `the H1 2024 row, plotted in bn yuan: ${lines.join('\n')}`);
      assert.match(h1, /,13000000000,cny,value-added,exact,A,"?Xinhua/);

      const json = JSON.parse((await download(page, 'json')).text);
      assert.equal(json.title, title);
      assert.equal(json.rows.length, lines.length - 1, 'the same rows as the CSV');
      assert.equal(json.licence.data, 'CC BY 4.0');
      assert.ok(json.link.endsWith('/en/trend/?v=3&metric=bio-va'), json.link);
      assert.deepEqual(json.columns.map((c) => c.name), lines[0].split(','));
      for (const row of json.rows) {
        for (const key of ['period', 'basis', 'grade', 'source']) assert.ok(row[key], `${key} in ${JSON.stringify(row)}`);
        assert.equal(typeof row.value, 'number');
      }
      assert.ok(rows.length > 0);
    }, { acceptDownloads: true }));

  it('PNG at twice the SVG pixel size, named after the view, in the chosen language', () =>
    withOpen(env.browser, `${env.server.url}zh/cities/`, async (page) => {
      await page.waitForSelector('[data-testid=chart] svg');
      const svg = await download(page, 'svg');
      const [, w, h] = svg.text.match(/<svg[^>]*width="(\d+)"[^>]*height="(\d+)"/);
      assert.match(svg.text, /深圳/);
      assert.match(svg.text, /访问于\d{4}-\d{2}-\d{2}/, 'the day of access, in Chinese');
      const png = await download(page, 'png', null);
      assert.equal(png.name, 'shenzhen-cities-zh.png');
      assert.deepEqual([...png.text.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
      assert.deepEqual(pngSize(png.text), { width: 2 * Number(w), height: 2 * Number(h) });
      assert.equal(await page.textContent('[data-testid=download-status]'), '');
    }, { acceptDownloads: true }));
  it('a view with no options links its CSV and JSON at the addresses the build wrote, in the page\'s language; with options, makes them', () =>
    withOpen(env.browser, `${env.server.url}trend/`, async (page) => {
      const root = await page.evaluate(() => window.__explorerRoot);
      const href = (kind) => page.getAttribute(`[data-testid=download-${kind}]`, 'href');
      assert.equal(await href('csv'), `${root}en/trend/data.csv`);
      assert.equal(await href('json'), `${root}en/trend/data.json`);
      const saved = await download(page, 'csv');
      assert.equal(saved.name, 'shenzhen-trend.csv');
      const served = await page.evaluate((u) => fetch(u).then((r) => r.text()), `${root}en/trend/data.csv`);
      assert.equal(saved.text, served, 'the download is the file at the address');
      // The file's rows are the chart's marks: a row per mark, in the chart's order.
      const marks = await page.$$eval('[data-testid=chart] svg [data-mark]', (ms) => ms.length);
      assert.equal(saved.text.trim().split('\r\n').length - 1, marks, 'a row per mark on the chart');
      // Another language: its own file.
      await page.click('[data-testid=lang-fr]');
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      assert.equal(await href('csv'), `${root}fr/trend/data.csv`);
      // Options: no file at an address; the download is made for the view on screen.
      await page.click('[data-testid=scale-log]');
      await page.waitForFunction(() => document.querySelector('[data-testid=download-csv]').getAttribute('href') === '#');
      const made = await download(page, 'csv');
      assert.equal(made.name, 'shenzhen-trend-log-fr.csv');
    }, { acceptDownloads: true }));
});
