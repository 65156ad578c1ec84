// "Cite this view": the plain-text citation and the BibTeX entry of exactly the view on
// screen, in the page's language, copied to the clipboard, or left to copy by hand where the
// clipboard refuses.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appFixture, settle, expectAddress } from './app.mjs';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const field = (page, id) => page.inputValue(`[data-testid=${id}]`);

describe('cite this view', { timeout: 120_000 }, () => {
  const { withPage } = appFixture();

  it('cites the view on screen: title, what it plots, dataset date, link, access date, sources', async () => {
    await withPage('?view=trend&metric=gdp', async (page) => {
      assert.equal(await page.isVisible('[data-testid=cite-panel]'), false, 'closed until asked for');
      await expectAddress(page, 'trend/?v=3&metric=gdp');
      await page.click('[data-testid=cite-toggle]');
      const text = await settle(() => field(page, 'cite-text'), (t) => t !== '');
      // The link names its language, as every shared link does.
      const link = `${await page.evaluate(() => window.__explorerRoot)}en/trend/?v=3&metric=gdp`;
      for (const part of ["Shenzhen's priority industries", 'GDP', 'Dataset version 20', `${await page.evaluate(() => window.__explorerRoot)}data/v/`, link, `accessed ${today()}`]) {
        assert.ok(text.includes(part), `${part} in: ${text}`);
      }
      const bibtex = await field(page, 'cite-bibtex');
      assert.match(bibtex, new RegExp(`^@misc\\{shenzhen-explorer-trend-${today()},`));
      assert.ok(bibtex.includes(`url = {${link}}`), bibtex);
      assert.match(bibtex, /^  author = \{\{Shenzhen's priority industries\}\},$/m, 'the explorer as one author');
      assert.match(bibtex, /^  title = \{\{Shenzhen's priority industries: Shenzhen GDP/m, 'the title braced, so styles keep its capitals');
      const ris = await field(page, 'cite-ris');
      assert.match(ris, /^TY {2}- ELEC\r?\n/);
      assert.ok(ris.includes(`UR  - ${link}`) && /ER {2}- \r?\n?$/.test(ris), ris);
      // Another view, another citation.
      await page.click('[data-testid=view-ratios]');
      await settle(() => field(page, 'cite-bibtex'), (b) => b.includes('-ratios-'));
    }, { permissions: ['clipboard-read', 'clipboard-write'] });
  });

  it('copies the BibTeX entry, or says to copy it by hand when the clipboard refuses', async () => {
    await withPage('?view=cities', async (page) => {
      await page.click('[data-testid=cite-toggle]');
      await page.click('[data-testid=cite-copy-bibtex]');
      assert.equal(await settle(() => page.textContent('[data-testid=cite-status]'), (s) => s !== ''), 'Citation copied.');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await field(page, 'cite-bibtex'));
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.click('[data-testid=cite-copy-ris]');
      const copied = await settle(() => page.evaluate(() => navigator.clipboard.readText()), (t) => t !== '');
      assert.match(copied, /^TY {2}- ELEC\r\n[\s\S]*\r\nER {2}- \r\n$/, 'the RIS record as it is, CRLF line ends');
    }, { permissions: ['clipboard-read', 'clipboard-write'] });
    await withPage('?view=cities', async (page) => {
      await page.click('[data-testid=cite-toggle]');
      await page.click('[data-testid=cite-copy-text]');
      assert.equal(await settle(() => page.textContent('[data-testid=cite-status]'), (s) => s !== ''), 'Select the text above and copy it.');
    }, {
      init: () => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      },
    });
  });

  it('follows the page language', async () => {
    await withPage('?lang=fr', async (page) => {
      assert.equal(await page.textContent('[data-testid=cite-toggle]'), 'Citer cette vue');
      await page.click('[data-testid=cite-toggle]');
      const text = await settle(() => field(page, 'cite-text'), (t) => t !== '');
      assert.match(text, /explorateur interactif.*consulté le/);
    });
    await withPage('?lang=zh', async (page) => {
      await page.click('[data-testid=cite-toggle]');
      assert.match(await settle(() => field(page, 'cite-text'), (t) => t !== ''), /访问日期/);
    });
  });
});
