// The figures view: every figure of the dataset in one table, where the chart is on other
// views. Filters, search and sorting are in the link; the count is announced; downloads give
// the rows on screen; axe finds nothing; at 360 px each figure is a card, its value first.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { runAxe } from './browser.mjs';
import { appFixture, settle, expectAddress, noticeItems } from './app.mjs';

const VIEW = 'figures/';
const TOTAL = /^(\d+) of \1 figures$/;

/** The figures view has no chart: wait for the app and its table instead. */
const ready = (page) => page.waitForSelector('html[data-app=ready] [data-testid=figures-table]', { timeout: 20_000 });

const rows = (page) =>
  page.$$eval('[data-testid=figures-table] tbody tr', (trs) =>
    trs.map((tr) => ({ id: tr.dataset.figure, cells: [...tr.cells].map((c) => c.textContent.trim()) })));
const count = (page) => page.textContent('[data-testid=figure-count]');
const column = async (page, key) => page.$$eval('[data-testid=figures-table] thead th', (ths, k) => ths.findIndex((th) => th.dataset.column === k), key);

/** Waits until the count reads `n of total` for the rows shown, and returns the rows. */
async function settledRows(page) {
  const shown = await settle(async () => [await count(page), (await rows(page)).length], ([c, n]) => c.startsWith(`${n} of `));
  assert.ok(shown[0].startsWith(`${shown[1]} of `), `count ${shown[0]} for ${shown[1]} rows`);
  return rows(page);
}

async function download(page, kind) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=download-${kind}]`)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('the figures view', { timeout: 240_000 }, () => {
  const { withPage } = appFixture();
  const opened = (query, body, opts) => withPage(query, body, { ready, ...opts });

  it('lists every figure, with the tab pressed, and only the downloads that apply', () =>
    opened(VIEW, async (page) => {
      assert.match(await count(page), TOTAL);
      assert.equal(await page.getAttribute('[data-testid=figure-count]', 'role'), 'status');
      assert.equal(await page.getAttribute('[data-testid=view-figures]', 'aria-pressed'), 'true');
      assert.equal(await page.locator('[data-testid=chart]').count(), 0, 'no chart');
      assert.equal(await page.locator('[data-testid=mark-detail]').count(), 0, 'no mark detail');
      for (const hidden of ['download-svg', 'download-png', 'embed-toggle']) assert.ok(!(await page.isVisible(`[data-testid=${hidden}]`)), hidden);
      for (const shown of ['download-csv', 'download-json', 'copy-link']) assert.ok(await page.isVisible(`[data-testid=${shown}]`), shown);
      assert.ok(!(await page.isVisible('[data-testid=chart-table]')), 'no table of a chart');
      const heads = await page.$$eval('[data-testid=figures-table] thead th', (ths) => ths.map((th) => [th.getAttribute('aria-sort'), th.querySelector('button') !== null]));
      assert.equal(heads.length, 10);
      assert.ok(heads.every(([sort, button]) => sort === 'none' && button), JSON.stringify(heads));
      // Every filter has a label.
      const unlabelled = await page.$$eval('[data-testid=figure-filters] select, [data-testid=figure-filters] input', (els) => els.filter((e) => !e.labels?.length).length);
      assert.equal(unlabelled, 0);
      // Back to a chart from the tab bar.
      await page.click('[data-testid=view-growth]');
      await page.waitForSelector('[data-testid=chart] svg');
      assert.ok(await page.isVisible('[data-testid=download-svg]'));
    }));

  it('a long table is on screen a part at a time after a change, busy until it holds every row', () =>
    opened(`${VIEW}?v=3&grade=A`, async (page) => {
      // Read as the change has been applied, before the next frame: the count and the first
      // part of the table are there, the table says it is busy.
      const early = await page.evaluate(() => new Promise((resolve) => {
        const count = document.querySelector('[data-testid=figure-count]');
        new MutationObserver((_, observer) => {
          observer.disconnect();
          resolve({
            count: count.textContent,
            rows: document.querySelectorAll('[data-testid=figures-table] tbody tr').length,
            busy: document.querySelector('[data-testid=figures-wrap]').getAttribute('aria-busy'),
          });
        }).observe(count, { childList: true, characterData: true, subtree: true });
        const grade = document.querySelector('[data-testid=filter-grade]');
        grade.value = '';
        grade.dispatchEvent(new Event('change', { bubbles: true }));
      }));
      const total = Number(/^(\d+) of \1 figures$/.exec(early.count)?.[1]);
      assert.ok(total > 20, early.count);
      assert.ok(early.rows > 0 && early.rows < total, `${early.rows} rows at first, of ${total}`);
      assert.equal(early.busy, 'true');
      const shown = await settledRows(page);
      assert.equal(shown.length, total, 'then every row');
      assert.equal(new Set(shown.map((r) => r.id)).size, total, 'each once');
      await page.waitForFunction(() => !document.querySelector('[data-testid=figures-wrap]').hasAttribute('aria-busy'));
    }));

  it('filters by sector, place, year and grade, writes them to the link and announces the count', () =>
    opened(VIEW, async (page) => {
      const all = (await rows(page)).length;
      await page.selectOption('[data-testid=filter-grade]', 'A');
      let shown = await settledRows(page);
      assert.ok(shown.length > 0 && shown.length < all, `${shown.length} of ${all}`);
      const grade = await column(page, 'grade');
      assert.ok(shown.every((r) => r.cells[grade] === 'A'));
      await expectAddress(page, 'figures/?v=3&grade=A');
      await page.selectOption('[data-testid=filter-grade]', '');
      await page.selectOption('[data-testid=filter-place]', 'shenzhen');
      await page.selectOption('[data-testid=filter-sector]', 'nev');
      await page.selectOption('[data-testid=filter-year]', '2024');
      shown = await settledRows(page);
      const [place, period] = [await column(page, 'place'), await column(page, 'period')];
      assert.ok(shown.length > 0 && shown.every((r) => r.cells[place] === 'Shenzhen' && r.cells[period].includes('2024')), JSON.stringify(shown.map((r) => r.cells.slice(0, 5))));
      await expectAddress(page, 'figures/?v=3&sector=nev&place=shenzhen&year=2024');
      assert.equal(await count(page), `${shown.length} of ${all} figures`);
    }));

  it('sorts by any column both ways, with aria-sort on the header and the focus kept', () =>
    opened(VIEW, async (page) => {
      await page.click('[data-testid=sort-period]');
      const th = '[data-testid=figures-table] th[data-column=period]';
      assert.equal(await settle(() => page.getAttribute(th, 'aria-sort'), (s) => s === 'ascending'), 'ascending');
      await expectAddress(page, 'figures/?v=3&sort=period');
      assert.equal(await settle(() => page.evaluate(() => document.activeElement?.dataset.testid), (t) => t === 'sort-period'), 'sort-period', 'focus stays on the button');
      const years = (r) => Number(r.cells[4].match(/\d{4}/)[0]);
      let shown = await rows(page);
      assert.ok(years(shown[0]) <= years(shown.at(-1)));
      await page.keyboard.press('Enter');
      assert.equal(await settle(() => page.getAttribute(th, 'aria-sort'), (s) => s === 'descending'), 'descending');
      await expectAddress(page, 'figures/?v=3&sort=-period');
      shown = await rows(page);
      assert.ok(years(shown[0]) >= years(shown.at(-1)));
      const others = await page.$$eval('[data-testid=figures-table] th:not([data-column=period])', (ths) => ths.map((t) => t.getAttribute('aria-sort')));
      assert.ok(others.every((s) => s === 'none'));
    }));

  it('searches every column, ignoring case', () =>
    opened(VIEW, async (page) => {
      await page.fill('[data-testid=filter-q]', 'XINHUA');
      const shown = await settle(() => settledRows(page), (r) => r.length > 0 && r.every((x) => /xinhua/i.test(x.cells.join(' '))));
      assert.ok(shown.length > 0 && shown.every((x) => /xinhua/i.test(x.cells.join(' '))));
      await expectAddress(page, 'figures/?v=3&q=XINHUA');
      await page.fill('[data-testid=filter-q]', 'no such words anywhere');
      assert.equal(await settle(() => rows(page), (r) => r.length === 0).then((r) => r.length), 0);
      assert.match(await count(page), /^0 of \d+ figures$/);
    }));

  it('a link keeps its filters, search and sort through a reload', () =>
    opened(`${VIEW}?v=3&sector=nev&grade=B&q=vehicles&sort=-value&cur=usd`, async (page) => {
      const before = await settledRows(page);
      assert.ok(before.length > 0);
      assert.equal(await page.inputValue('[data-testid=filter-sector]'), 'nev');
      assert.equal(await page.inputValue('[data-testid=filter-grade]'), 'B');
      assert.equal(await page.inputValue('[data-testid=filter-q]'), 'vehicles');
      await page.reload();
      await ready(page);
      assert.deepEqual(await settledRows(page), before);
      assert.equal(await page.getAttribute('th[data-column=value]', 'aria-sort'), 'descending');
      assert.match(await count(page), /; values sorted within each unit$/, 'the count says values are sorted within a unit');
      assert.equal(await page.inputValue('[data-testid=filter-grade]'), 'B');
      await expectAddress(page, 'figures/?v=3&cur=usd&sector=nev&grade=B&q=vehicles&sort=-value');
    }));

  it('a link with an unknown filter shows the rest and says what it ignored', () =>
    opened(`${VIEW}?v=3&grade=Z&sort=colour&place=shenzhen`, async (page) => {
      const items = await noticeItems(page);
      assert.ok(items.some((i) => i.includes('grade')) && items.some((i) => i.includes('sort')), JSON.stringify(items));
      assert.equal(await page.inputValue('[data-testid=filter-place]'), 'shenzhen');
      await expectAddress(page, 'figures/?v=3&place=shenzhen');
    }));

  it('downloads the filtered rows with their provenance', () =>
    opened(`${VIEW}?v=3&place=shenzhen&sort=period`, async (page) => {
      const shown = await settledRows(page);
      const csv = await download(page, 'csv');
      const lines = csv.text.trim().split('\r\n');
      const header = lines[0].split(',');
      assert.deepEqual(header, ['place', 'sector', 'metric', 'period', 'value', 'value_unit', 'published_value', 'published_unit', 'basis', 'qualifier', 'grade', 'source', 'url', 'figure_id', 'conflict']);
      assert.equal(lines.length - 1, shown.length, 'CSV rows = visible rows');
      assert.ok(lines.slice(1).every((l) => l.startsWith('shenzhen,')));
      const ids = lines.slice(1).map((l) => l.match(/,([a-z0-9-]+),[^,]*$/)?.[1]);
      assert.deepEqual(ids, shown.map((r) => r.id), 'same figures, same order');
      const json = JSON.parse((await download(page, 'json')).text);
      assert.equal(json.rows.length, shown.length);
      assert.equal(json.licence.data, 'CC BY 4.0');
      assert.ok(json.link.includes('place=shenzhen'), json.link);
      for (const row of json.rows) for (const key of ['period', 'grade', 'source', 'figure_id']) assert.ok(row[key], `${key} in ${JSON.stringify(row)}`);
    }));

  it('speaks the page language, keeping the filters', () =>
    opened(`${VIEW}?v=3&grade=B`, async (page) => {
      const shown = (await settledRows(page)).length;
      await page.click('[data-testid=lang-fr]');
      assert.match(await settle(() => count(page), (c) => c.includes('chiffres sur')), new RegExp(`^${shown} chiffres sur \\d+$`));
      assert.equal(await page.inputValue('[data-testid=filter-grade]'), 'B');
      assert.equal(await page.textContent('[data-testid=sort-reads]'), 'Comment le lire');
      await page.click('[data-testid=lang-zh]');
      assert.match(await settle(() => count(page), (c) => c.includes('项数据中的')), new RegExp(`项数据中的${shown}项$`));
      assert.equal(await page.textContent('[data-testid=view-figures]'), '全部数据');
    }));

  for (const colorScheme of ['light', 'dark']) {
    it(`axe finds no violations on the view (${colorScheme})`, () =>
      opened(`${VIEW}?v=3&sort=-grade&grade=B`, async (page) => {
        const violations = await runAxe(page);
        assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
      }, { colorScheme }));
  }

  it('at 1280 px the header and first rows are in the first screen, and the page never scrolls sideways', () =>
    opened(VIEW, async (page) => {
      const box = await page.evaluate(() => {
        const rect = (s) => document.querySelector(s).getBoundingClientRect();
        return {
          head: rect('[data-testid=figures-table] thead').bottom,
          row: rect('[data-testid=figures-table] tbody tr:nth-child(2)').bottom,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          scroll: getComputedStyle(document.querySelector('[data-testid=figures-wrap]')).overflowX,
        };
      });
      assert.ok(box.head < 800 && box.row < 800, `header ends at ${box.head}, second row at ${box.row}`);
      assert.ok(box.overflow <= 0, `the page overflows by ${box.overflow}px`);
      assert.equal(box.scroll, 'auto', 'a wide table scrolls in its own box');
    }, { viewport: { width: 1280, height: 800 } }));

  it('at 360 px each figure is a card of labelled fields, its value first and in the first screen, nothing out of sight sideways', () =>
    opened(`${VIEW}?v=3&sort=-value`, async (page) => {
      const box = await page.evaluate(() => {
        const wrap = document.querySelector('[data-testid=figures-wrap]');
        const first = document.querySelector('[data-testid=figures-table] tbody tr');
        const cells = [...first.cells].filter((c) => c.getClientRects().length > 0);
        const value = first.querySelector('td[data-column=value]').getBoundingClientRect();
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          inside: wrap.scrollWidth - wrap.clientWidth,
          value: { top: value.top, right: value.right, text: first.querySelector('td[data-column=value]').textContent },
          valueFirst: cells.every((c) => c.getBoundingClientRect().top >= value.top),
          labels: cells.map((c) => getComputedStyle(c, '::before').content),
          widest: Math.max(...cells.map((c) => c.getBoundingClientRect().right)),
          sortLabel: getComputedStyle(document.querySelector('[data-testid=figures-table] thead tr'), '::before').content,
        };
      });
      assert.ok(box.overflow <= 0 && box.inside <= 0, `sideways: page ${box.overflow}px, table ${box.inside}px`);
      assert.ok(box.value.top < 740 && box.value.right <= 360, `the first value at ${JSON.stringify(box.value)}`);
      assert.match(box.value.text, /^16\.6 million vehicles/, 'the largest number of vehicles comes first');
      assert.ok(box.valueFirst, 'the value is the card\'s first field');
      assert.ok(box.widest <= 360, `a field ends at ${box.widest}px`);
      assert.ok(box.labels.includes('"Place"') && box.labels.includes('"Source"'), `labels: ${box.labels}`);
      assert.equal(box.sortLabel, '"Sort by"');
    }, { viewport: { width: 360, height: 740 } }));

  const checksShown = (page) => page.$$eval('[data-testid=figures-table] tbody tr', (trs) => trs.filter((tr) => tr.querySelector('td[data-column=source] .check')).length);

  it('under each source, the day and verdict of its check against public pages', () =>
    opened(VIEW, async (page) => {
      const shown = await rows(page);
      assert.equal(await checksShown(page), shown.length, 'a check a row');
      const gdp = await page.textContent('tr[data-figure="sz-gdp-2024"] .check');
      assert.match(gdp, /^Checked 2026-12-07: confirmed on an independent page \(.+\)$/);
    }));

  it('the checks, a file of their own, come when the table is first shown and fill the rows on screen', () =>
    withPage('', async (page) => {
      const asked = [];
      page.on('request', (r) => { if (r.url().endsWith('/checks.txt')) asked.push(r.url()); });
      await page.click('[data-testid=view-figures]');
      await page.waitForSelector('[data-testid=figures-table] tbody tr');
      const filled = await settle(() => checksShown(page), (n) => n > 0);
      assert.equal(filled, (await rows(page)).length, 'every row on screen gets its check');
      assert.equal(asked.length, 1, 'fetched once, when the table was first shown');
    }));

  it('checks that fail to arrive are asked for again at the next change, and then shown', () =>
    withPage('', async (page, app) => {
      let refused = 0;
      await page.route('**/checks.txt', (route) => (refused++ === 0 ? route.fulfill({ status: 503, body: '' }) : route.continue()));
      await page.click('[data-testid=view-figures]');
      await page.waitForSelector('[data-testid=figures-table] tbody tr');
      await settle(() => refused, (n) => n > 0);
      assert.equal(await checksShown(page), 0, 'nothing to show yet');
      await page.selectOption('[data-testid=filter-grade]', 'A');
      const filled = await settle(() => checksShown(page), (n) => n > 0);
      assert.equal(filled, (await rows(page)).length, 'the next change brings them');
      // The refused request is the browser's own console line, nothing else.
      app.consoleErrors.splice(0, app.consoleErrors.length, ...app.consoleErrors.filter((e) => !/503/.test(e)));
    }));
});
