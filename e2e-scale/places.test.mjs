// At ten times today's data (bench/scale-data.mjs: 110 places, 865 figures, built by
// scripts/test.sh into dist-10x/ with the same code): the place picker shows the chosen places
// and those a search finds, by a name in any language; ten places are ten colours and an
// eleventh is refused, with the reason; the figures table counts every figure and holds a page of
// them, the rest a press away.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appFixture, chartTitle, DIST, settle, noticeItems } from '../e2e/app.mjs';

const visiblePlaces = (page) => page.locator('[data-group=cities] label[data-names]:visible').allInnerTexts();
// The legend's swatches of the chart on screen: one colour per place.
const legendColours = (page) => page.evaluate(() => {
  const svg = [...document.querySelectorAll('[data-testid=chart] svg')].find((s) => s.getBoundingClientRect().width > 0);
  return [...svg.querySelectorAll('rect[width="14"][height="12"]')].map((r) => r.getAttribute('fill').toLowerCase());
});

describe('ten times the data', { timeout: 180_000 }, () => {
  const { withPage } = appFixture();

  it('the place picker shows the chosen places, and finds any other by a name in any language', async () => {
    await withPage('cities/', async (page) => {
      assert.deepEqual((await visiblePlaces(page)).map((t) => t.trim()), ['Shenzhen', 'Shanghai', "Xi'an"]);
      const all = await page.locator('[data-group=cities] label[data-names]').count();
      assert.equal(all, 90, 'the cities and provinces of ten copies');
      assert.equal(await page.locator('[data-testid=place-count]').innerText(), `${all} places: type a name to find one.`);
      await page.locator('[data-testid=place-search]').fill('上海 7');
      assert.deepEqual((await settle(() => visiblePlaces(page), (v) => v.length === 1)).map((t) => t.trim()), ['Shanghai 7']);
      await page.locator('[data-testid=city-shanghai-7]').check();
      await settle(() => legendColours(page), (c) => c.length === 4);
      assert.match(await chartTitle(page), /Shanghai 7/);
      await page.locator('[data-testid=place-search]').fill('');
      assert.deepEqual((await settle(() => visiblePlaces(page), (v) => v.length === 4)).map((t) => t.trim()), ['Shenzhen', 'Shanghai', "Xi'an", 'Shanghai 7']);
    });
  });

  it('a link to other places than the page was written for lists those places in the picker', async () => {
    // The app adopts cities/ (written for the default places) and shows the link's.
    await withPage('cities/?v=3&cities=hefei~chongqing~shanghai-3', async (page) => {
      const listed = await page.locator('[data-group=cities] label[data-names]:visible').evaluateAll((labels) => labels.map((l) => [l.innerText.trim(), l.querySelector('input').checked]));
      assert.deepEqual(listed, [['Hefei', true], ['Chongqing', true], ['Shanghai 3', true]]);
    });
  });

  it('ten places have ten colours; an eleventh is refused, and says why', async () => {
    const ten = 'shenzhen~shanghai~xian~hefei~chongqing~guangdong~anhui~shaanxi~shenzhen-2~shanghai-2';
    await withPage(`cities/?v=3&cities=${ten}`, async (page) => {
      const colours = await legendColours(page);
      assert.equal(colours.length, 10);
      assert.equal(new Set(colours).size, 10, `ten colours: ${colours}`);
      await page.locator('[data-testid=place-search]').fill('xian 2');
      assert.equal(await page.locator('[data-testid=city-xian-2]').isDisabled(), true);
      assert.match(await page.locator('[data-group=cities] .why').last().innerText(), /at most 10 places/);
    });
    await withPage(`cities/?v=3&cities=${ten}~xian-2`, async (page) => {
      assert.equal((await legendColours(page)).length, 10);
      assert.ok((await noticeItems(page)).some((t) => /at most 10 places/.test(t)), 'the link is told');
    });
  });

  it('the figures table counts every figure, holds a page of them, and the rest a press away', async () => {
    const figures = (await readFile(`${DIST}data.txt`, 'utf8')).split('\n').filter((l) => l.startsWith('figure\t')).length;
    assert.equal(figures, 865);
    const rows = (page) => page.locator('[data-testid=figures-table] tbody tr').count();
    const more = (page) => page.locator('[data-testid=figure-more]');
    await withPage('figures/', async (page) => {
      assert.match(await page.locator('[data-testid=figure-count]').innerText(), new RegExp(`${figures}`));
      // The page as the build wrote it and as the app keeps it: the first hundred rows.
      assert.equal(await rows(page), 100);
      assert.equal(await more(page).innerText().then((t) => t.replace(/\s+/g, ' ').trim()), `The table shows the first 100 of ${figures}. Show 100 more Show all ${figures}`);
      await page.locator('[data-testid=figures-more]').click();
      assert.equal(await settle(() => rows(page), (n) => n === 200), 200);
      // Told where it is said: the line's text is a live region, rewritten in place.
      assert.match(await page.locator('[data-testid=figure-more] [role=status]').innerText(), /first 200 of 865/);
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'figures-more', 'the button keeps the focus');
      // A filter opens the first page of what it keeps.
      await page.locator('[data-testid=filter-sector]').selectOption('nev');
      const counted = async () => Number((await page.locator('[data-testid=figure-count]').innerText()).match(/\d+/)[0]);
      const nev = await settle(counted, (n) => n !== figures);
      assert.ok(nev > 100, `more than a page of NEV figures: ${nev}`);
      assert.equal(await settle(() => rows(page), (n) => n === 100), 100);
      assert.match(await more(page).innerText(), new RegExp(`first 100 of ${nev}`));
      await page.locator('[data-testid=filter-sector]').selectOption('');
      await page.locator('[data-testid=figures-all]').click();
      assert.equal(await settle(() => rows(page), (n) => n === figures, 20_000), figures);
      assert.equal(await more(page).isVisible(), false, 'nothing more to show');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'figures-wrap', 'the table takes the focus from the buttons that went');
    }, { ready: (page) => page.waitForSelector('html[data-app=ready] [data-testid=figures-table]', { timeout: 20_000 }) });
  });
});
