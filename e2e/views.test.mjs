// The views and every control: the chart title, the table (exactly what is
// plotted), the notes in the SVG and the mark details follow each change; the address
// holds the view, a view change is a history entry, and a copied link reproduces the view.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startApp, open, assertNoErrors, TITLES, expectTitle, expectAddress, settle, tableRows,
  rowStarting, svgText, expectSvg, markLabels, isPressed, chartTitle,
  appFixture,
} from './app.mjs';

describe('views and controls', { timeout: 180_000 }, () => {
  const { withPage, browser } = appFixture();

  it('growth (the default view): three sectors, notes on bases and periods, no scale choice', () =>
    withPage('', async (page) => {
      await expectTitle(page, TITLES.growth);
      assert.ok(await isPressed(page, 'growth'), 'growth button pressed');
      assert.deepEqual((await tableRows(page)).map((r) => r[3]), ['+21.1%', '+104.2%', '+10.6%']);
      const svg = await svgText(page);
      assert.match(svg, /Bases differ/);
      assert.match(svg, /Periods differ/);
      assert.ok(!(await page.isVisible('[data-testid=scale-linear]')), 'no scale radios in growth');
      assert.ok(!(await page.isVisible('[data-testid=base-year]')), 'no base year in growth');
      assert.equal((await markLabels(page)).length, 3, 'one mark target per bar');
      await expectAddress(page, '');
    }));

  it('trend: linear, log, index with a base year, and the alternative 2022 source', () =>
    withPage('', async (page) => {
      await page.click('[data-testid=view-trend]');
      await expectTitle(page, TITLES.trend);
      await expectAddress(page, 'trend/');
      assert.ok(await isPressed(page, 'trend') && !(await isPressed(page, 'growth')));
      assert.deepEqual((await tableRows(page)).map((r) => r[0]), ['2021', '2022', '2023', '2024']);
      assert.equal((await rowStarting(page, '2022'))[1], '848,800 vehicles');
      await expectSvg(page, /By period, linear scale/);
      assert.ok(!(await page.isVisible('[data-testid=base-year]')), 'base year only with index');

      await page.check('[data-testid=scale-log]');
      await expectAddress(page, 'trend/?v=3&scale=log');
      await expectSvg(page, /Vehicles \(log scale\)/);

      await page.check('[data-testid=scale-index]');
      await expectAddress(page, 'trend/?v=3&scale=index');
      assert.ok(await page.isVisible('[data-testid=base-year]'), 'base year shown with index');
      await expectSvg(page, /Index, 2021 = 100/);
      await page.selectOption('[data-testid=base-year]', '2022');
      await expectAddress(page, 'trend/?v=3&scale=index&base=2022');
      await expectSvg(page, /Index, 2022 = 100/);
      assert.doesNotMatch(await svgText(page), /Index, 2021 = 100/);

      await page.check('[data-testid=alt-source]');
      await expectAddress(page, 'trend/?v=3&scale=index&base=2022&alt=hk01');
      const row = await settle(() => rowStarting(page, '2022'), (r) => r?.[1] === '874,700 vehicles');
      assert.equal(row[1], '874,700 vehicles', 'alt source plots HK01 for 2022');
      assert.match(row.at(-1), /HK01/);
      assert.match(await page.textContent('[data-testid=chart-summary]'), /2022 874,700 vehicles/);
      assert.ok((await markLabels(page)).some((l) => /2022: 874,700 vehicles/.test(l)), 'mark shows 874,700');
      assert.ok(!(await markLabels(page)).some((l) => /848,800/.test(l)), 'no mark for 848,800');

      await page.uncheck('[data-testid=alt-source]');
      await settle(() => rowStarting(page, '2022'), (r) => r?.[1] === '848,800 vehicles');
      assert.equal((await rowStarting(page, '2022'))[1], '848,800 vehicles');
      await page.check('[data-testid=scale-linear]');
      assert.ok(!(await page.isVisible('[data-testid=base-year]')), 'base year hidden again');
      await expectSvg(page, /By period, linear scale/);
    }));

  it('cities: places on and off, one mark a place and year, provinces, log, index refused', () =>
    withPage('', async (page) => {
      await page.click('[data-testid=view-cities]');
      const title = await expectTitle(page, (t) => t.startsWith(TITLES.cities));
      assert.equal(title, TITLES.cities, 'default places');
      await expectAddress(page, 'cities/');
      const places = async () => [...new Set((await tableRows(page)).map((r) => r[0]))];
      assert.deepEqual(await places(), ['Shenzhen', 'Shanghai', "Xi'an"]);
      assert.ok(await page.isDisabled('[data-testid=scale-index]'), 'index disabled for cities');
      assert.ok(await page.isVisible('[data-testid=scale-why]'), 'reason shown');
      assert.match(await page.textContent('[data-testid=scale-why]'), /base year/);
      assert.ok(!(await page.isVisible('[data-testid=base-year]')));

      await page.check('[data-testid=city-hefei]');
      await expectTitle(page, `${TITLES.cities}, Hefei`);
      await expectAddress(page, 'cities/?v=3&cities=shenzhen~shanghai~xian~hefei');
      // Hefei's 2024: the full year drawn, its Jan-Sep figure named in a note.
      const hefei = (await tableRows(page)).filter((r) => r[0] === 'Hefei').map((r) => r[1]);
      assert.deepEqual(hefei, ['2024', '2025']);
      await expectSvg(page, /Hefei, 2024: one mark a place and year, here 2024; also published \(see the figures table\): Jan-Sep 2024: 927,500 vehicles/);

      await page.uncheck('[data-testid=city-shenzhen]');
      await expectTitle(page, "NEV production by year: Shanghai, Xi'an, Hefei");
      assert.deepEqual(await places(), ['Shanghai', "Xi'an", 'Hefei']);
      assert.ok(!(await markLabels(page)).some((l) => l.startsWith('Shenzhen')), 'no Shenzhen marks');

      await page.check('[data-testid=city-guangdong]');
      await page.check('[data-testid=city-anhui]');
      await expectTitle(page, (t) => t.endsWith('Guangdong (province), Anhui (province)'));
      await expectSvg(page, /Guangdong \(province\) is a province, not a city/);
      assert.equal((await rowStarting(page, 'Anhui (province)'))?.[2], '1,684,000 vehicles');

      await page.check('[data-testid=scale-log]');
      await expectAddress(page, 'cities/?v=3&cities=shanghai~xian~hefei~guangdong~anhui&scale=log');
      await expectSvg(page, /Vehicles \(log scale\)/);
      assert.equal((await markLabels(page)).length, (await tableRows(page)).length,
        'one mark target per plotted row');
    }));

  it('a hovered mark\'s detail stays when the pointer leaves the chart, so the controls under it do not move', () =>
    withPage('trend/?v=3&metric=gdp&cur=usd', async (page) => {
      const control = page.locator('[data-testid=scale-index]');
      await page.hover('[data-testid=chart] svg .mark-target >> nth=1');
      const detail = await page.textContent('[data-testid=mark-detail]');
      assert.match(detail, /GDP, 20\d\d: /);
      await control.scrollIntoViewIfNeeded();
      const hovered = await control.boundingBox();
      await page.mouse.move(hovered.x + hovered.width / 2, hovered.y + hovered.height / 2);
      assert.equal(await page.textContent('[data-testid=mark-detail]'), detail, 'the detail stays');
      assert.deepEqual(await control.boundingBox(), hovered, 'the control stays where the pointer went');
      await page.mouse.down();
      await page.mouse.up();
      await expectAddress(page, 'trend/?v=3&metric=gdp&scale=index&cur=usd');
    }));

  it('keyboard: the chart is one Tab stop, the arrows move along its marks, each filling the mark detail', () =>
    withPage('?view=trend', async (page) => {
      const focused = () => page.evaluate(() => ({
        isMark: document.activeElement.classList.contains('mark-target'),
        label: document.activeElement.getAttribute('aria-label'),
      }));
      let f;
      for (let i = 0; i < 30 && !(f = await focused()).isMark; i++) await page.keyboard.press('Tab');
      assert.ok(f.isMark, 'a mark target is reachable with Tab');
      const detail = () => page.textContent('[data-testid=mark-detail]');
      assert.equal(await settle(detail, (d) => d === f.label), f.label);
      assert.match(f.label, /2021: 299,500 vehicles.*Source: HK01/);
      await page.keyboard.press('ArrowRight');
      const next = await focused();
      assert.ok(next.isMark, 'the right arrow moves to the next mark');
      assert.equal(await settle(detail, (d) => d === next.label), next.label);
      assert.match(next.label, /2022: 848,800 vehicles.*Source: CnEVPost/);
      await page.keyboard.press('End');
      assert.match((await focused()).label, /, 2024: .* 4 of 4\.$/, 'End: the series\' last mark, which says so');
      await page.keyboard.press('Home');
      assert.match((await focused()).label, /, 2021: /, 'Home: its first');
      await page.keyboard.press('ArrowLeft');
      assert.match((await focused()).label, /, 2021: /, 'the first mark is an end');
      await page.keyboard.press('End');
      await page.keyboard.press('Escape');
      assert.match((await focused()).label, /, 2021: /, 'Escape: back to the chart\'s own stop');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
      assert.ok(!(await focused()).isMark, 'Tab leaves the chart: one stop, not one a mark');
      await page.keyboard.press('Shift+Tab');
      assert.match((await focused()).label, /, 2022: /, 'and comes back to the mark last reached');

      await page.locator('.mark-target').last().hover();
      assert.match(await settle(detail, (d) => /2024/.test(d)), /2024: 2\.94 million vehicles.*Source:/);
    }));

  it('keyboard: the up and down arrows move between the places of the Cities chart', () =>
    withPage('cities/', async (page) => {
      const label = () => page.evaluate(() => document.activeElement.getAttribute('aria-label'));
      await page.focus('.mark-target[tabindex="0"]');
      const first = await label();
      await page.keyboard.press('ArrowDown');
      const other = await label();
      assert.ok(other && other !== first && other.split(',')[0] !== first.split(',')[0], `${first} -> ${other}`);
      await page.keyboard.press('ArrowUp');
      assert.equal(await label(), first, 'and back');
      assert.equal(await page.locator('.mark-target[tabindex="0"]').count(), 1, 'one Tab stop');
    }));

  it('Back and Forward walk through the views; other changes replace the entry', () =>
    withPage('', async (page) => {
      const at = async (view, title, search) => {
        await expectTitle(page, (t) => t.startsWith(title));
        await expectAddress(page, search);
        assert.ok(await isPressed(page, view), `${view} button pressed`);
      };
      await page.click('[data-testid=view-trend]');
      await page.check('[data-testid=scale-log]');
      await page.click('[data-testid=view-trend]'); // the current view: no new entry
      await at('trend', TITLES.trend, 'trend/?v=3&scale=log');
      await page.click('[data-testid=view-cities]');
      await page.check('[data-testid=city-hefei]');
      await at('cities', TITLES.cities, 'cities/?v=3&cities=shenzhen~shanghai~xian~hefei&scale=log');

      await page.goBack();
      await at('trend', TITLES.trend, 'trend/?v=3&scale=log');
      assert.ok(await page.isChecked('[data-testid=scale-log]'), 'log restored');
      await page.goBack();
      await at('growth', TITLES.growth, '');
      await page.goForward();
      await at('trend', TITLES.trend, 'trend/?v=3&scale=log');
      await page.goForward();
      await at('cities', `${TITLES.cities}, Hefei`, 'cities/?v=3&cities=shenzhen~shanghai~xian~hefei&scale=log');
      assert.ok(await page.isChecked('[data-testid=city-hefei]'), 'Hefei restored');
      await page.goBack();
      await page.goBack();
      await page.goBack();
      assert.equal(page.url(), 'about:blank', 'only view changes made history entries');
    }));

  it('a link opened in a fresh browser context shows the same chart', async () => {
    const setups = {
      trend: async (page) => {
        await page.click('[data-testid=view-trend]');
        await page.check('[data-testid=scale-index]');
        await page.selectOption('[data-testid=base-year]', '2022');
        await page.check('[data-testid=alt-source]');
      },
      cities: async (page) => {
        await page.click('[data-testid=view-cities]');
        await page.check('[data-testid=city-hefei]');
        await page.uncheck('[data-testid=city-xian]');
        await page.check('[data-testid=scale-log]');
      },
    };
    for (const [name, setup] of Object.entries(setups)) {
      let link;
      let shown;
      await withPage('', async (page) => {
        await setup(page);
        // The address follows the last change (written just after the chart is drawn).
        await settle(() => page.url(), (u) => u.includes(name === 'trend' ? 'alt=hk01' : 'scale=log'));
        link = page.url();
        shown = { title: await chartTitle(page), rows: await tableRows(page), svg: await svgText(page) };
      });
      assert.match(link, /\/(trend|cities|scale)\/\?v=3&/, `${name}: the address holds the view`);
      const app = await open(browser(), link);
      try {
        assert.equal(await chartTitle(app.page), shown.title, `${name}: title`);
        assert.deepEqual(await tableRows(app.page), shown.rows, `${name}: table rows`);
        assert.equal(await svgText(app.page), shown.svg, `${name}: chart text`);
        assert.equal(app.page.url(), link, `${name}: address kept as is`);
        assert.ok(!(await app.page.isVisible('[data-testid=ignored-notice]')), `${name}: no notice`);
        assertNoErrors(app);
      } finally {
        await app.close();
      }
    }
  });
});
