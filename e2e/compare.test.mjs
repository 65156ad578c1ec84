// Comparing figures honestly: extras and sectors in the growth view, the scale view's
// panels (units, bases and periods kept apart, lower bounds, currency and unit with the
// rates stated), the trend view's measures (derived values, like periods only, real vs
// nominal), AI output by city, the ratios view, links naming measures or extras a view
// does not offer, the order of keys in the address, and a keyboard-only walk.
// Everything asserted is what a user sees: the chart title, the SVG text, the table,
// the notice, the controls' state and the address.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startApp, open, assertNoErrors, TITLES, expectTitle, expectAddress, settle, tableRows,
  rowStarting, svgText, expectSvg, markLabels, isPressed, chartTitle, noticeItems,
  offeredOptions, focused, pressUntil,
  appFixture,
} from './app.mjs';

const GROWTH_EXTRAS = 'Year-on-year growth: headline indicators and added figures';
const SCALE_NOTE = 'Not on one axis, because vehicles and yuan are different units; '
  + 'gross output and value added are different quantities; H1 2024 is only part of a year';
const VEHICLES_WHY = 'This chart counts vehicles, not yuan.';
const panels = (n) => `Sizes, in ${n} panels with their own scales`;

describe('comparing figures', { timeout: 240_000 }, () => {
  const { withPage, browser } = appFixture();

  /** The table row starting with `first`, once `ok(row)` holds (asserted). */
  async function expectRow(page, first, ok = (r) => r !== undefined) {
    const row = await settle(() => rowStarting(page, first), (r) => r !== undefined && ok(r));
    assert.ok(row && ok(row), `table row ${JSON.stringify(first)}: ${JSON.stringify(row)}`);
    return row;
  }

  const firstCells = async (page) => (await tableRows(page)).map((r) => r[0]);

  it('growth: extras add GDP, peers and exports with their notes; sectors can be dropped, not all', () =>
    withPage('', async (page) => {
      await expectTitle(page, TITLES.growth);
      assert.deepEqual(await firstCells(page), ['AI', 'NEV', 'Biomedicine']);

      await page.check('[data-testid=extra-gdp]');
      await expectTitle(page, GROWTH_EXTRAS);
      await expectAddress(page, '?v=3&extra=gdp');
      const gdp = await expectRow(page, 'GDP');
      assert.equal(gdp[3], '+5.8%', 'GDP growth');
      assert.equal(gdp[4], '2024');
      await expectSvg(page, /GDP: Growth is real \(at constant prices\)/);

      await page.check('[data-testid=extra-peers]');
      await expectAddress(page, '?v=3&extra=gdp~peers');
      const hefei = await expectRow(page, 'Hefei NEV production');
      assert.equal(hefei[2], '927,500 vehicles');
      assert.equal(hefei[3], '+74.47%', 'Hefei growth');
      assert.equal(hefei[4], 'Jan-Sep 2024', 'Hefei covers part of a year');
      assert.equal((await rowStarting(page, 'Guangdong (province) NEV production'))?.[3], '+83.3%');
      assert.equal((await rowStarting(page, 'Anhui (province) NEV production'))?.[3], '+94.5%');
      const svg = await svgText(page);
      assert.match(svg, /Guangdong \(province\) NEV production: A province, not a city\./);
      assert.match(svg, /Anhui \(province\) NEV production: A province, not a city\./);
      assert.match(svg, /Hefei NEV production: January-September only\./);

      await page.check('[data-testid=extra-exports]');
      // Written in the address in a fixed order, not the order they were ticked.
      await expectAddress(page, '?v=3&extra=exports~gdp~peers');
      const exports = await expectRow(page, 'NEV exports (value)');
      assert.equal(exports[3], '+51.7%', 'NEV exports growth');
      assert.equal(exports[4], 'H1 2024');
      assert.equal((await markLabels(page)).length, (await tableRows(page)).length,
        'one mark target per plotted row');
      assert.match(await svgText(page), /\+51\.7%.*\+5\.8%.*\+74\.47%/, 'bars labelled with their growth');

      await page.uncheck('[data-testid=sector-ai]');
      await expectAddress(page, '?v=3&sectors=nev~biomed&extra=exports~gdp~peers');
      await settle(() => rowStarting(page, 'AI'), (r) => r === undefined);
      assert.equal(await rowStarting(page, 'AI'), undefined, 'AI row removed');
      assert.ok(!(await markLabels(page)).some((l) => l.startsWith('Shenzhen AI industry')), 'no AI mark');
      assert.doesNotMatch(await svgText(page), /Artificial intelligence/, 'no AI legend entry');
      assert.ok(await rowStarting(page, 'GDP'), 'extras stay');

      for (const extra of ['exports', 'gdp', 'peers']) await page.uncheck(`[data-testid=extra-${extra}]`);
      await expectTitle(page, TITLES.growth);
      await expectAddress(page, '?v=3&sectors=nev~biomed');
      assert.deepEqual(await firstCells(page), ['NEV', 'Biomedicine']);

      await page.uncheck('[data-testid=sector-nev]');
      await expectAddress(page, '?v=3&sectors=biomed');
      assert.deepEqual(await settle(() => firstCells(page), (c) => c.length === 1), ['Biomedicine']);
      // The last sector cannot be unticked: the chart never goes empty.
      await page.click('[data-testid=sector-biomed]');
      await page.waitForTimeout(300);
      assert.ok(await page.isChecked('[data-testid=sector-biomed]'), 'the last sector stays checked');
      assert.deepEqual(await firstCells(page), ['Biomedicine']);
      await expectAddress(page, '?v=3&sectors=biomed');

      await page.check('[data-testid=sector-ai]');
      await page.check('[data-testid=sector-nev]');
      await expectAddress(page, '');
      assert.deepEqual(await firstCells(page), ['AI', 'NEV', 'Biomedicine']);
    }));

  it('scale: one panel per unit, basis and period; lower bounds; log allowed, index refused', () =>
    withPage('', async (page) => {
      await page.click('[data-testid=view-scale]');
      await expectTitle(page, panels(3));
      await expectAddress(page, 'scale/');
      assert.ok(await isPressed(page, 'scale') && !(await isPressed(page, 'growth')));
      const svg = await svgText(page);
      assert.ok(svg.includes(SCALE_NOTE), `scale notes: ${svg}`);
      assert.match(svg, /> 300 AI industry output value/, 'AI drawn as a lower bound');
      assert.match(svg, /> 1\.73 m NEV production/, 'NEV drawn as a lower bound');
      assert.match(svg, /Arrows mark lower bounds/);
      assert.deepEqual(await tableRows(page).then((rows) => rows.map((r) => r.slice(0, 3))), [
        ['AI industry output value', '> 300 bn yuan', '2023'],
        ['NEV production', '> 1,730,000 vehicles', '2023'],
        ['Biomedical industry value added', '13 bn yuan', 'H1 2024'],
      ]);
      assert.equal((await rowStarting(page, 'AI industry output value'))[4],
        'a lower bound: the true value is higher');
      assert.equal((await markLabels(page)).length, 3);

      assert.ok(await page.isDisabled('[data-testid=scale-index]'), 'index refused');
      assert.ok(await page.isVisible('[data-testid=scale-why]'), 'the reason is shown');
      assert.match(await page.textContent('[data-testid=scale-why]'), /different periods/);
      assert.ok(await page.isEnabled('[data-testid=scale-log]'), 'log allowed');

      await page.check('[data-testid=scale-log]');
      await expectAddress(page, 'scale/?v=3&scale=log');
      await expectSvg(page, /bn yuan \(log scale\)/);
      await expectSvg(page, /Vehicles \(log scale\)/);
      await page.check('[data-testid=scale-linear]');
      await expectAddress(page, 'scale/');
      assert.doesNotMatch(await settle(() => svgText(page), (t) => !/log scale/.test(t)), /log scale/);

      await page.check('[data-testid=extra-funds]');
      await expectTitle(page, panels(4));
      await expectAddress(page, 'scale/?v=3&extra=funds');
      const funds = await expectRow(page, 'Biomedical industrial funds (five funds, total)');
      assert.deepEqual(funds.slice(1, 4), ['16.5 bn yuan', 'Oct 2024', 'fund size']);
      await expectSvg(page, /Money: fund size, Oct 2024/);

      for (const extra of ['ai-core', 'gdp', 'exports']) await page.check(`[data-testid=extra-${extra}]`);
      await expectTitle(page, panels(7));
      await expectAddress(page, 'scale/?v=3&extra=exports~gdp~funds~ai-core');
      assert.equal((await rowStarting(page, 'Core AI industry scale'))?.[1], '80 bn yuan');
      assert.equal((await rowStarting(page, 'NEV exports (value)'))?.[1], '12.9 bn yuan');
      assert.equal((await rowStarting(page, 'GDP'))?.[1], '3.46 tn yuan');
      assert.equal((await markLabels(page)).length, 7, 'one mark target per panel');
      assert.match(await svgText(page), /export value and fund size are different quantities/);
    }));

  it('scale: US dollars at stated rates, and the unit chosen by hand', () =>
    withPage('?view=scale&extra=funds', async (page) => {
      await expectTitle(page, panels(4));
      assert.doesNotMatch(await svgText(page), /US dollars/);
      await page.check('[data-testid=cur-usd]');
      await expectAddress(page, 'scale/?v=3&extra=funds&cur=usd');
      const funds = await expectRow(page, 'Biomedical industrial funds (five funds, total)',
        (r) => r[1] === '2.32 bn US dollars');
      assert.equal(funds[1], '2.32 bn US dollars', 'the source\'s own dollar figure');
      assert.equal((await rowStarting(page, 'AI industry output value'))?.[1], '> 42.6 bn US dollars');
      assert.equal((await rowStarting(page, 'NEV production'))?.[1], '> 1,730,000 vehicles',
        'vehicles are not converted');
      const svg = await svgText(page);
      assert.match(svg, /Converted to US dollars at yuan per dollar/);
      assert.match(svg, /7\.112 for Oct 2024/);
      assert.match(svg, /7\.0467 for 2023/);
      assert.match(svg, /0 1 2 3 bn US dollars 2\.32 Biomedical industrial funds/);

      assert.deepEqual(await offeredOptions(page, '[data-testid=magnitude]'), ['auto', 'm', 'bn', 'tn']);
      await page.selectOption('[data-testid=magnitude]', 'm');
      await expectAddress(page, 'scale/?v=3&extra=funds&cur=usd&mag=m');
      await expectRow(page, 'Biomedical industrial funds (five funds, total)', (r) => r[1] === '2,320 m US dollars');
      assert.equal((await rowStarting(page, 'AI industry output value'))?.[1], '> 42,573 m US dollars');
      await expectSvg(page, /m US dollars 2,320 Biomedical industrial funds/);

      await page.selectOption('[data-testid=magnitude]', 'auto');
      await page.check('[data-testid=cur-cny]');
      await expectAddress(page, 'scale/?v=3&extra=funds');
      await expectRow(page, 'Biomedical industrial funds (five funds, total)', (r) => r[1] === '16.5 bn yuan');
      assert.doesNotMatch(await settle(() => svgText(page), (t) => !/US dollars/.test(t)), /US dollars|yuan per dollar/);
    }));

  it('trend: bio-va mixes years and half years without computing growth across them', () =>
    withPage('?view=trend', async (page) => {
      await expectTitle(page, TITLES.trend);
      assert.deepEqual(await offeredOptions(page, '[data-testid=metric]'),
        ['nev-production', 'gdp', 'new-three-exports', 'bio-va'], 'measures the trend view offers');
      assert.ok(await page.isDisabled('[data-testid=cur-cny]') && await page.isDisabled('[data-testid=cur-usd]'),
        'no currency for vehicles');
      assert.ok(await page.getByText(VEHICLES_WHY).isVisible(), 'the reason is shown');

      await page.selectOption('[data-testid=metric]', 'bio-va');
      await expectTitle(page, 'Shenzhen Biomedical industry value added, 2020-2025');
      await expectAddress(page, 'trend/?v=3&metric=bio-va');
      const rows = await tableRows(page);
      assert.deepEqual(rows.map((r) => r[0]), ['2020', '2021', 'H1 2023', 'H1 2024', '2025']);
      assert.deepEqual(rows.map((r) => r[2]), ['–', '+5.5%', '–', '+10.6%', '–'],
        'computed growth only 2020->2021 and H1 2023->H1 2024, never to a target');
      assert.equal(rows[0].at(-1), 'derived: 14,615,000,000 / (1 + 5.5%)');
      assert.equal(rows[2].at(-1), 'derived: 13,000,000,000 / (1 + 10.6%)');
      assert.deepEqual([rows[0][1], rows[2][1]], ['13.9 bn yuan', '11.8 bn yuan']);
      const svg = await svgText(page);
      assert.match(svg, /Full years and half years are not comparable/);
      // Under the axis the periods alone; what each point is, in the legend and the notes.
      assert.match(svg, /2020 2021 H1 2023 H1 2024 2025/);
      assert.match(svg, /derived, or part of a year/);
      assert.match(svg, /Reported only \(grade C: a copy, mirror or single weak source\): 2021\./);
      assert.ok(await page.isEnabled('[data-testid=cur-usd]'), 'yuan figures can be converted');
      assert.ok(!(await page.getByText(VEHICLES_WHY).isVisible()), 'no vehicles note for yuan');
    }));

  it('trend: new-three exports derive 2022 with the formula shown', () =>
    withPage('?view=trend&metric=new-three-exports', async (page) => {
      await expectTitle(page, "Shenzhen 'New three' exports (NEVs, lithium batteries, solar), 2022-2024");
      await expectAddress(page, 'trend/?v=3&metric=new-three-exports');
      assert.equal(await page.inputValue('[data-testid=metric]'), 'new-three-exports');
      const rows = await tableRows(page);
      assert.deepEqual(rows.map((r) => r[0]), ['2022', '2023', '2024']);
      assert.equal(rows[0][1], '66.3 bn yuan');
      assert.equal(rows[0].at(-1), 'derived: 88,760,000,000 / (1 + 33.9%)');
      assert.notEqual(rows[1].at(-1).slice(0, 8), 'derived:', '2023 is published, not derived');
      assert.match(await svgText(page), /Pale marks with a formula are derived/);
      assert.ok((await markLabels(page))[0].startsWith('Derived value for 2022: 88,760,000,000 / (1 + 33.9%) = 66.3 bn yuan'));
    }));

  it('trend: GDP in US dollars states its rates and that growth is real', () =>
    withPage('?view=trend', async (page) => {
      await page.selectOption('[data-testid=metric]', 'gdp');
      await expectTitle(page, 'Shenzhen GDP, 2022-2025');
      await expectAddress(page, 'trend/?v=3&metric=gdp');
      assert.ok(await page.isEnabled('[data-testid=cur-usd]'), 'currency choice for yuan');
      assert.equal((await rowStarting(page, '2024'))?.[1], '3.68 tn yuan');
      await page.check('[data-testid=cur-usd]');
      await expectAddress(page, 'trend/?v=3&metric=gdp&cur=usd');
      await expectSvg(page, /bn US dollars/);
      const svg = await svgText(page);
      assert.match(svg, /real \(at constant prices\)/);
      assert.match(svg, /6\.7261 for 2022.*7\.0467 for 2023.*7\.189 for 2024.*7\.1429 for 2025/);
      const rows = await tableRows(page);
      assert.deepEqual(rows.map((r) => r[1]), ['482 bn US dollars', '491 bn US dollars', '512 bn US dollars', '542 bn US dollars']);
      assert.deepEqual(rows.map((r) => r[3]), ['+3.3%', '+6%', '+5.8%', '+5.5%'], 'stated (real) growth unchanged');

      await page.selectOption('[data-testid=metric]', 'nev-production');
      await expectTitle(page, TITLES.trend);
      assert.ok(await settle(() => page.isDisabled('[data-testid=cur-usd]'), (d) => d), 'disabled for vehicles');
      assert.ok(await page.getByText(VEHICLES_WHY).isVisible());
      assert.equal((await rowStarting(page, '2024'))?.[1], '2,935,300 vehicles');
      assert.doesNotMatch(await svgText(page), /US dollars/);
    }));

  it('cities: AI output value, places without data disabled, bounds and approximations marked', () =>
    withPage('?view=cities', async (page) => {
      await expectTitle(page, TITLES.cities);
      assert.deepEqual(await offeredOptions(page, '[data-testid=metric]'), ['nev-production', 'ai-output', 'vehicle-production'],
        'measures the cities view offers');
      assert.ok(await page.isEnabled('[data-testid=city-xian]'));

      // The measure brings the places that have it: Beijing where Xi'an has no AI figure.
      await page.selectOption('[data-testid=metric]', 'ai-output');
      await expectTitle(page, 'AI industry output value by year: Shenzhen, Shanghai, Beijing');
      await expectAddress(page, 'cities/?v=3&metric=ai-output');
      for (const place of ['xian', 'hefei', 'guangdong', 'anhui']) {
        assert.ok(await page.isDisabled(`[data-testid=city-${place}]`), `${place} has no AI data: disabled`);
        assert.ok(!(await page.isChecked(`[data-testid=city-${place}]`)), `${place} not plotted`);
      }
      assert.ok(await page.isChecked('[data-testid=city-beijing]'));
      await page.uncheck('[data-testid=city-beijing]');
      await expectTitle(page, 'AI industry output value by year: Shenzhen, Shanghai');
      await expectAddress(page, 'cities/?v=3&metric=ai-output&cities=shenzhen~shanghai');
      await page.check('[data-testid=city-beijing]');
      await expectTitle(page, 'AI industry output value by year: Shenzhen, Shanghai, Beijing');
      await expectAddress(page, 'cities/?v=3&metric=ai-output');

      assert.deepEqual((await tableRows(page)).map((r) => r.slice(0, 3)), [
        ['Shenzhen', '2023', '> 300 bn yuan'],
        ['Shanghai', '2023', '≈ 150 bn yuan'],
        ['Beijing', '2023', '> 250 bn yuan'],
      ]);
      const svg = await svgText(page);
      // (The 1 is the offices' event marker on 2024, drawn under the marks.)
      assert.match(svg, /bn yuan 1 > 300 ≈ 150 > 250 2023/, 'value labels: bound, approximation, bound');
      assert.match(svg, /core AI industry \(narrow\)/);
      assert.match(svg, /'≈' marks approximations/);
      const labels = await markLabels(page);
      assert.equal(labels.length, 3);
      assert.ok(labels[0].startsWith('Shenzhen AI industry output value, 2023: > 300 bn yuan'), labels[0]);
      assert.ok(labels[1].startsWith('Shanghai AI industry output value, 2023: ≈ 150 bn yuan'), labels[1]);
      assert.ok(labels[2].startsWith('Beijing AI industry output value, 2023: > 250 bn yuan'), labels[2]);
    }));

  it('cities: the place search finds a place by its name in any language, from the keyboard', () =>
    withPage('fr/cities/', async (page) => {
      const shown = () => page.$$eval('[data-group=cities] label[data-names]', (ls) => ls.filter((l) => l.getClientRects().length > 0).map((l) => l.querySelector('input').dataset.value));
      const all = await shown();
      assert.ok(all.length >= 3, JSON.stringify(all));
      await page.focus('[data-testid=place-search]');
      for (const [typed, expected] of [['深圳', ['shenzhen']], ["xi'an", ['xian']], ['SHANG', ['shanghai']]]) {
        await page.fill('[data-testid=place-search]', '');
        await page.keyboard.type(typed);
        assert.deepEqual(await shown(), expected, `typed ${typed}`);
        assert.equal(await page.isVisible('[data-testid=place-no-match]'), false);
      }
      // The place found is unticked from the keyboard (Shanghai is one of this measure's
      // defaults), and the search stays as typed.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await expectAddress(page, 'fr/cities/?v=3&cities=shenzhen~xian');
      assert.equal(await page.inputValue('[data-testid=place-search]'), 'SHANG');
      await page.fill('[data-testid=place-search]', 'zzz');
      await page.dispatchEvent('[data-testid=place-search]', 'input');
      assert.deepEqual(await shown(), []);
      assert.match(await page.textContent('[data-testid=place-no-match]'), /Aucun lieu/);
      await page.fill('[data-testid=place-search]', '');
      await page.dispatchEvent('[data-testid=place-search]', 'input');
      assert.deepEqual(await shown(), all, 'every place again');
    }));

  it('ratios: three bars with formulas and warnings, no scale controls', () =>
    withPage('', async (page) => {
      await page.click('[data-testid=view-ratios]');
      await expectTitle(page, 'Ratios, with the work shown');
      await expectAddress(page, 'ratios/');
      assert.ok(await isPressed(page, 'ratios'));
      const share = await expectRow(page, 'NEV production, share of China');
      assert.equal(share[1], '22.3%');
      const ai = await rowStarting(page, 'AI output value relative to GDP');
      assert.equal(ai?.[1], '> 8.7%');
      assert.match(ai[2], /> 300 bn yuan \(2023\) \/ 3\.46 tn yuan \(2023\)/);
      assert.match(ai.at(-1), /^Not a share of GDP/);
      const funds = await rowStarting(page, 'Biomedical funds relative to biomedical value added');
      assert.equal(funds?.[1], '126.9%');
      assert.equal((await tableRows(page)).length, 3);
      assert.equal((await markLabels(page)).length, 3, 'three bars');
      const svg = await svgText(page);
      assert.match(svg, /22\.3% > 8\.7% 126\.9%/);
      assert.match(svg, /AI output value relative to GDP: Not a share of GDP/);
      for (const id of ['scale-linear', 'scale-log', 'scale-index', 'scale-why', 'base-year', 'cur-cny', 'cur-usd', 'magnitude']) {
        assert.ok(!(await page.isVisible(`[data-testid=${id}]`)), `${id} hidden in ratios`);
      }
    }));

  it('a link naming a measure the trend view does not offer falls back to NEV production', () =>
    withPage('trend/?v=3&metric=ai-output', async (page) => {
      await expectTitle(page, TITLES.trend);
      assert.equal(await page.inputValue('[data-testid=metric]'), 'nev-production');
      assert.ok(await page.isVisible('[data-testid=ignored-notice]'), 'notice shown');
      const items = await noticeItems(page);
      assert.equal(items.length, 1, JSON.stringify(items));
      assert.match(items[0], /^metric: ./);
      await expectAddress(page, 'trend/');
      assert.equal((await rowStarting(page, '2024'))?.[1], '2,935,300 vehicles');
    }));

  it('a link with an extra the growth view does not offer shows the plain growth view', () =>
    withPage('?v=3&extra=funds', async (page) => {
      await expectTitle(page, TITLES.growth);
      assert.ok(await page.isVisible('[data-testid=ignored-notice]'), 'notice shown');
      const items = await noticeItems(page);
      assert.equal(items.length, 1, JSON.stringify(items));
      assert.match(items[0], /^extra: ./);
      await expectAddress(page, '');
      assert.deepEqual(await firstCells(page), ['AI', 'NEV', 'Biomedicine']);
      for (const extra of ['exports', 'gdp', 'peers']) {
        assert.ok(!(await page.isChecked(`[data-testid=extra-${extra}]`)), `${extra} unticked`);
      }
    }));

  it('the address lists its keys in a fixed order, whatever order a link used', async () => {
    const cases = [
      {
        link: '?alt=hk01&mag=bn&cur=usd&base=2022&scale=index&cities=shenzhen~hefei&sectors=ai~nev&view=trend&v=2',
        clean: 'trend/?v=3&sectors=ai~nev&cities=shenzhen~hefei&scale=index&base=2022&cur=usd&mag=bn&alt=hk01',
        title: TITLES.trend,
      },
      {
        link: '?mag=bn&cur=usd&scale=log&extra=funds&view=scale',
        clean: 'scale/?v=3&extra=funds&scale=log&cur=usd&mag=bn',
        title: panels(4),
      },
      {
        link: '?scale=log&cities=shenzhen~beijing&metric=ai-output&view=cities&v=2',
        clean: 'cities/?v=3&metric=ai-output&cities=shenzhen~beijing&scale=log',
        title: 'AI industry output value by year: Shenzhen, Beijing',
      },
      {
        link: '?embed=1&alt=hk01&view=trend',
        clean: 'trend/?v=3&alt=hk01&embed=1',
        title: TITLES.trend,
      },
    ];
    for (const c of cases) {
      await withPage(c.link, async (page) => {
        await expectTitle(page, c.title);
        await expectAddress(page, c.clean);
        assert.ok(!(await page.isVisible('[data-testid=ignored-notice]')), `${c.link}: no notice`);
      });
    }
  });

  it('controls write the keys in the same order', () =>
    withPage('', async (page) => {
      await page.click('[data-testid=view-scale]');
      await page.selectOption('[data-testid=magnitude]', 'bn');
      await page.check('[data-testid=cur-usd]');
      await page.check('[data-testid=scale-log]');
      await page.check('[data-testid=extra-funds]');
      await page.uncheck('[data-testid=sector-ai]');
      await expectAddress(page, 'scale/?v=3&sectors=nev~biomed&extra=funds&scale=log&cur=usd&mag=bn');
      await expectTitle(page, panels(3));
      assert.equal(await rowStarting(page, 'AI industry output value'), undefined, 'AI not plotted');
      assert.equal((await rowStarting(page, 'Biomedical industrial funds (five funds, total)'))?.[1],
        '2.32 bn US dollars');
    }));

  it('a copied link reproduces the scale, cities and ratios charts', async () => {
    for (const query of ['?view=scale&extra=funds~gdp&cur=usd&mag=m', '?view=cities&metric=ai-output&cities=shenzhen~beijing&scale=log', '?view=ratios']) {
      let link;
      let shown;
      await withPage(query, async (page) => {
        link = await settle(() => page.url(), (u) => !u.includes('view='));
        assert.match(link, /\/(scale|cities|ratios)\/(\?v=3&|$)/, `${query}: the address was rewritten as the view's own`);
        shown = { title: await chartTitle(page), rows: await tableRows(page), svg: await svgText(page) };
      });
      const app = await open(browser(), link);
      try {
        assert.equal(await chartTitle(app.page), shown.title, `${query}: title`);
        assert.deepEqual(await tableRows(app.page), shown.rows, `${query}: table rows`);
        assert.equal(await svgText(app.page), shown.svg, `${query}: chart text`);
        assert.equal(app.page.url(), link, `${query}: address kept as is`);
        assertNoErrors(app);
      } finally {
        await app.close();
      }
    }
  });

  it('keyboard only: Trend view, log scale, a mark in focus, focus always visible', () =>
    withPage('', async (page) => {
      await expectTitle(page, TITLES.growth);
      const visible = (f) => {
        assert.notEqual(f.outlineStyle, 'none', `focus indicator on ${f.testid ?? f.label}`);
        assert.notEqual(f.outlineWidth, '0px', `focus indicator width on ${f.testid ?? f.label}`);
      };

      let f = await pressUntil(page, (x) => x.testid === 'view-trend');
      assert.equal(f.testid, 'view-trend', 'Tab reaches the Trend button');
      visible(f);
      await page.keyboard.press('Enter');
      await expectTitle(page, TITLES.trend);
      await expectAddress(page, 'trend/');
      assert.ok(await isPressed(page, 'trend'));
      f = await focused(page);
      assert.equal(f.testid, 'view-trend', 'focus stays on the Trend button');

      // Overshoot once and come back with Shift+Tab: focus order works both ways.
      f = await pressUntil(page, (x) => x.testid === 'metric');
      assert.equal(f.testid, 'metric', 'Tab reaches the measure');
      await page.keyboard.press('Tab');
      f = await focused(page);
      assert.equal(f.testid, 'scale-linear', 'then the scale (its checked radio)');
      await page.keyboard.press('Shift+Tab');
      assert.equal((await focused(page)).testid, 'metric', 'Shift+Tab goes back');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowRight');
      f = await focused(page);
      assert.equal(f.testid, 'scale-log', 'ArrowRight moves to log');
      visible(f);
      await expectAddress(page, 'trend/?v=3&scale=log');
      assert.ok(await page.isChecked('[data-testid=scale-log]'), 'log selected');
      await expectSvg(page, /Vehicles \(log scale\)/);

      // The marks sit between the view tabs (above the chart) and its options (below it):
      // back to the last tab, then forward into the chart.
      f = await pressUntil(page, (x) => x.testid === 'view-figures', { key: 'Shift+Tab' });
      assert.equal(f.testid, 'view-figures', 'Shift+Tab walks back past the chart to the tabs');
      await page.keyboard.press('Tab');
      f = await focused(page);
      assert.ok(f.isMark, 'Tab reaches a mark target');
      visible(f);
      assert.match(f.label, /^Shenzhen NEV production, 2021: 299,500 vehicles/);
      const detail = () => page.textContent('[data-testid=mark-detail]');
      assert.equal(await settle(detail, (d) => d === f.label), f.label, 'mark detail shows the focused mark');
      await page.keyboard.press('ArrowRight');
      const next = await focused(page);
      assert.ok(next.isMark, 'the right arrow moves to the next mark (the chart is one Tab stop)');
      visible(next);
      assert.equal(await settle(detail, (d) => d === next.label), next.label);
      assert.match(next.label, /^Shenzhen NEV production, 2022: 848,800 vehicles/);
      assert.equal(await chartTitle(page), TITLES.trend);
    }));
});
