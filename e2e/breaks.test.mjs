// Breaks in a series: from 2025 China's statistics bureau counts vehicles where they are
// built, so no place's NEV production continues its earlier series into 2025. The NEV trend
// runs on to 2025 with nothing plotted for it (no figure was found), marks the break with a
// dashed rule, and says why, in English, French and Chinese; the cities view shows a growth
// rate a source states across the break as that source's statement.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appFixture, expectTitle, tableRows, svgText, markLabels, settle } from './app.mjs';

/** A pattern for `text` that also matches it when the chart wrapped it over lines: Chinese
 * wraps between characters, and svgText joins the lines with a space. */
const loose = (text) =>
  new RegExp([...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s?'));

const CASES = {
  en: {
    title: 'Shenzhen NEV production, 2021-2024',
    years: ['2021', '2022', '2023', '2024'],
    rule: 'new method',
    empty: '2025 no figure found',
    reason: "The dashed line marks a break in the series. From 2025 China's statistics bureau counts vehicles where they are built, no longer where the maker is registered",
    searched: 'Shenzhen, 2025: no figure found as of 2026-11-29.',
  },
  fr: {
    title: 'Production de VEN à Shenzhen, 2021-2024',
    years: ['2021', '2022', '2023', '2024'],
    rule: 'nouvelle méthode',
    empty: '2025 non trouvé',
    reason: 'La ligne pointillée marque une rupture de série. À partir de 2025, le bureau national des statistiques de Chine compte les véhicules là où ils sont fabriqués',
    searched: 'Shenzhen, 2025 : aucun chiffre trouvé au 2026-11-29.',
  },
  zh: {
    title: '深圳新能源汽车产量，2021年至2024年',
    years: ['2021年', '2022年', '2023年', '2024年'],
    rule: '统计方法变更',
    empty: '2025年 未找到',
    reason: '虚线表示序列中断。自2025年起，国家统计局按车辆实际生产地统计汽车产量，不再按生产企业法人所在地统计',
    searched: '深圳，2025年：截至2026-11-29未找到数据。',
  },
};

describe('breaks in a series', { timeout: 180_000 }, () => {
  const { withPage } = appFixture();

  for (const [lang, c] of Object.entries(CASES)) {
    it(`the NEV trend to 2025 shows the break and its reason (${lang})`, () =>
      withPage(`${lang}/trend/`, async (page) => {
        await expectTitle(page, c.title);
        // Only what was published is plotted: 2025 has a place on the axis, no mark.
        assert.deepEqual((await tableRows(page)).map((r) => r[0]), c.years);
        assert.equal((await markLabels(page)).length, c.years.length, 'no mark for 2025');
        const svg = await settle(() => svgText(page), (t) => loose(c.reason).test(t));
        assert.match(svg, loose(c.rule), 'the dashed rule is labelled');
        assert.match(svg, loose(c.empty), 'the 2025 category says nothing was found');
        assert.match(svg, loose(c.reason), 'the chart says why the series breaks');
        assert.match(svg, loose(c.searched), 'and dates the search');
        // The rule is drawn: one dashed vertical line down the plot.
        const rules = await page.$$eval('[data-testid=chart] svg polyline[stroke-dasharray="6 4"]', (lines) =>
          lines.map((l) => l.getAttribute('points').trim().split(' ').map((p) => p.split(',').map(Number)))
            .filter((pts) => pts.length === 2 && pts[0][0] === pts[1][0] && pts[1][1] - pts[0][1] > 100).length);
        assert.equal(rules, 1, 'one dashed rule drawn');
      }));
  }

  it("no growth is computed across the break; Chongqing's +36% is shown as its source states it", () =>
    withPage('cities/?v=3&cities=shenzhen~chongqing', async (page) => {
      await expectTitle(page, 'NEV production by year: Shenzhen, Chongqing');
      const chongqing = (await tableRows(page)).find((r) => r[0] === 'Chongqing');
      assert.ok(chongqing, 'Chongqing row');
      assert.equal(chongqing[1], '2025');
      assert.equal(chongqing[3], '+36%, stated across the break');
      const svg = await svgText(page);
      assert.match(svg, loose("Chongqing: +36% for 2025 is the source's own comparison with a year counted the old way"));
      assert.match(svg, loose('The dashed line marks a break in the series.'));
      const detail = (await markLabels(page)).find((l) => l.startsWith('Chongqing'));
      assert.match(detail, /as the source states it across a break in the series/);
    }));
});
