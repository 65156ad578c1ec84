// Events on the time axis (data/dataset.toml's [[event]], src/chart/events.rs): numbered
// markers at their dates on the Trend and Cities charts, listed in its notes and summary and in the JSON
// download, on by default, hidden by a link option the checkbox writes; in three languages.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appFixture, expectAddress, svgText } from './app.mjs';

describe('events on the time axis', { timeout: 120_000 }, () => {
  const { withPage, url } = appFixture();

  it('marks the NEV trend\'s events by number, lists them, and hides them when asked', () =>
    withPage('trend/', async (page) => {
      const markers = () => page.$$eval('[data-testid=chart] svg circle', (cs) => cs.length);
      assert.ok(await markers() >= 2, 'a numbered marker per event');
      const text = await svgText(page);
      assert.ok(text.includes('Event 1, 2022-08-01: Shenzhen\'s regulations on intelligent connected vehicles came into force'), text);
      assert.match(await page.textContent('[data-testid=chart-summary]'), /Events marked on the time axis: \(1\) 2022-08-01, ICV rules in force; \(2\) 2024-10-26, Three sector offices; \(3\) 2025-01, Output counted where built\./);
      assert.equal(await page.locator('[data-testid=events-table] tbody tr').count(), 3, 'listed under the chart\'s table');
      assert.equal(await page.isChecked('[data-testid=show-events]'), true, 'on by default');
      await page.click('[data-testid=show-events]');
      await expectAddress(page, 'trend/?v=3&events=0');
      assert.equal(await markers(), 0);
      assert.equal(await page.locator('[data-testid=events-table]').count(), 0);
      assert.ok(!(await svgText(page)).includes('Event 1'));
    }));

  it('gives the events in the JSON download, with their sources\' words and addresses', () =>
    withPage('fr/trend/?v=3&scale=log', async (page) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-json]')]);
      const json = JSON.parse(await readFile(await file.path(), 'utf8'));
      const icv = json.events.find((e) => e.date === '2022-08-01');
      assert.equal(icv.number, 1);
      assert.equal(icv.title, 'Règles VIC en vigueur');
      assert.match(icv.url, /^https:\/\/www\.nationthailand\.com\//);
      assert.match(icv.quote, /scheduled to come into force on Aug 1/);
      // And as a CSV of their own beside the data's, whose header stays as it is.
      const [events] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-events-csv]')]);
      assert.equal(events.suggestedFilename(), 'shenzhen-trend-log-fr-events.csv');
      const lines = (await readFile(await events.path(), 'utf8')).trim().split('\r\n');
      assert.equal(lines[0], 'number,date,place,title,text,source,url,quote,quote_lang');
      assert.ok(lines[1].startsWith('1,2022-08-01,shenzhen,Règles VIC en vigueur,'), lines[1]);
    }, { acceptDownloads: true }));

  it('is only on the views with a time axis, in the reader\'s language', () =>
    withPage('zh/', async (page) => {
      assert.equal(await page.isVisible('[data-testid=show-events]'), false);
      assert.equal(await page.isVisible('[data-testid=download-events-csv]'), false, 'no events CSV without a time axis');
      await page.click('[data-testid=view-trend]');
      await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=chart] svg text')].some((t) => t.textContent.trim().startsWith('事件1')));
      assert.equal(await page.isVisible('[data-testid=show-events]'), true);
      assert.equal(await page.getAttribute('[data-testid=download-events-csv]', 'href'), `${url('')}zh/trend/events.csv`);
    }));
});
