// The dataset is data the app fetches, not code: dist/data.txt (written by build.rs from
// data/dataset.toml, read by src/data/wire.rs) comes beside the WebAssembly, which holds none
// of it; a data file that cannot be had is said where the reader is looking.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { appFixture, DIST, settle } from './app.mjs';
import { openPage } from './browser.mjs';

describe('the dataset as fetched data', { timeout: 180_000 }, () => {
  const { browser, url, withPage } = appFixture();

  it('the WebAssembly holds none of the data, which is fetched once, beside it', async () => {
    const wasm = await readFile(`${DIST}shenzhen-explorer_bg.wasm`);
    const data = await readFile(`${DIST}data.txt`, 'utf8');
    // Texts only the data holds: a source's own words, a figure's id, a source's address.
    for (const text of ['exceeded 1.73 million', 'sz-seed-nev-prod-2023', 'china.org.cn/china/Off_the_Wire']) {
      assert.ok(data.includes(text), `data.txt has ${text}`);
      assert.equal(wasm.includes(Buffer.from(text)), false, `the WebAssembly does not hold ${text}`);
    }
    await withPage('', async (page) => {
      const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })));
      const of = (file) => entries.filter((e) => e.name.endsWith(file));
      assert.equal(of('/data.txt').length, 1, 'data.txt fetched once');
      const [dataRequest] = of('/data.txt');
      const [wasmRequest] = of('.wasm');
      assert.ok(dataRequest.start < wasmRequest.end && wasmRequest.start < dataRequest.end, `both in flight together: ${JSON.stringify([dataRequest, wasmRequest])}`);
      // What the page shows comes from it: the figures view counts every figure of the file.
      await page.locator('[data-key=view][data-value=figures]').click();
      const figures = data.split('\n').filter((l) => l.startsWith('figure\t')).length;
      const count = await settle(() => page.locator('[data-testid=figures-table] tbody tr').count(), (n) => n === figures);
      assert.equal(count, figures);
    });
  });

  for (const [name, answer, said] of [
    ['cannot be fetched', { status: 404, body: 'missing' }, { en: /figures could not be loaded \(Error: 404/, fr: /chiffres de l'explorateur n'ont pas pu être chargés \(Error: 404/ }],
    ['is of another build', { status: 200, body: 'shenzhen-explorer data 0\nmeta\n' }, { en: /start in this browser: .*data file cannot be read: this data file is of another build/, fr: /démarrer dans ce navigateur : .*another build/ }],
  ]) {
    it(`a data file that ${name} is said where the reader looks, and nothing crashes`, async () => {
      // A link with options shows the loading shell until the app draws; the plain link, its
      // prerendered page, which stays readable.
      // In the page's language (boot.js, since the app has not started).
      for (const [address, where, lang] of [['trend/?v=3&scale=log', '#shell-status', 'en'], ['', '[data-testid=still-loading]', 'en'], ['fr/', '[data-testid=still-loading]', 'fr']]) {
        const app = await openPage(browser(), 'about:blank', { allowedHost: new URL(url('')).host });
        try {
          await app.page.route('**/data.txt', (route) => route.fulfill({ contentType: 'text/plain', ...answer }));
          await app.page.goto(url(address));
          // The shell's status line shows "Loading…" until the loader writes the reason there.
          const message = app.page.locator(where);
          await message.waitFor({ state: 'visible', timeout: 20_000 });
          const text = await settle(() => message.innerText(), (t) => said[lang].test(t), 20_000);
          assert.match(text, said[lang], address || 'the plain link');
          assert.equal(await app.page.locator('[data-testid=panic-panel]').count(), 0, 'no crash panel');
          assert.notEqual(await app.page.evaluate(() => document.documentElement.dataset.app), 'ready');
          if (where !== '#shell-status') assert.ok(await app.page.locator('#prerender [data-testid=chart]').isVisible(), 'the prerendered chart stays');
          assert.deepEqual(app.pageErrors, [], 'no uncaught error');
        } finally {
          await app.close();
        }
      }
    });
  }
});
