// At ten times today's data (bench/scale-data.mjs: 110 places, 865 figures, built by
// scripts/test.sh into dist-10x/ with the same code): the place picker shows the chosen places
// and those a search finds, by a name in any language; ten places are ten colours and an
// eleventh is refused, with the reason; the figures table holds every figure.

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

  it('the figures table counts and holds every figure of the data', async () => {
    const figures = (await readFile(`${DIST}data.txt`, 'utf8')).split('\n').filter((l) => l.startsWith('figure\t')).length;
    assert.equal(figures, 865);
    await withPage('figures/', async (page) => {
      assert.match(await page.locator('[data-testid=figure-count]').innerText(), new RegExp(`${figures}`));
      assert.equal(await settle(() => page.locator('[data-testid=figures-table] tbody tr').count(), (n) => n === figures, 20_000), figures);
    }, { ready: (page) => page.waitForSelector('html[data-app=ready] [data-testid=figures-table]', { timeout: 20_000 }) });
  });
});
