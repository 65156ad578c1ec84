// Copying a view for a message or a slide: its title with its link, and the chart as a
// picture (its title and source line in it), or the PNG downloaded where the browser lets no
// page copy an image; in the page's language.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, withOpen, settle, expectAddress } from './app.mjs';

const status = (page) => page.textContent('[data-testid=copy-status]');
// What a press's status line ends with: not the word it shows while the share part is on its way.
const said = (s) => s !== '' && !['Loading…', 'Chargement…', '正在加载…'].includes(s);

describe('copy title and link, copy chart image', { timeout: 120_000 }, () => {
  let env;
  before(async () => { env = await startApp(); });
  after(() => env?.close());

  it('copies the chart\'s title and the link that opens it', () =>
    withOpen(env.browser, `${env.server.url}cities/`, async (page) => {
      await expectAddress(page, 'cities/');
      await page.click('[data-testid=copy-title-link]');
      assert.equal(await settle(() => status(page), (s) => s !== ''), 'Title and link copied.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, `NEV production by year: Shenzhen, Shanghai, Xi'an\n${env.server.url}en/cities/`);
    }, { permissions: ['clipboard-read', 'clipboard-write'] }));

  it('copies the chart as a PNG at twice its size, in French', () =>
    withOpen(env.browser, `${env.server.url}fr/trend/`, async (page) => {
      assert.equal(await page.textContent('[data-testid=copy-image]'), "Copier l'image du graphique");
      await page.click('[data-testid=copy-image]');
      assert.equal(await settle(() => status(page), said), 'Image du graphique copiée.');
      const image = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const blob = await item.getType('image/png');
        const bitmap = await createImageBitmap(blob);
        return { types: item.types, width: bitmap.width, height: bitmap.height, bytes: blob.size };
      });
      assert.deepEqual(image.types, ['image/png']);
      const viewBox = (await page.getAttribute('[data-testid=chart] svg', 'viewBox')).split(' ').map(Number);
      assert.equal(image.width, 1440, 'twice the 720 px drawing');
      assert.ok(image.height > 600 && image.bytes > 20_000, JSON.stringify({ image, viewBox }));
    }, { permissions: ['clipboard-read', 'clipboard-write'] }));

  it('downloads the PNG instead, and says so, where the browser lets no page copy an image', () =>
    withOpen(env.browser, `${env.server.url}ratios/`, async (page) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=copy-image]')]);
      assert.equal(file.suggestedFilename(), 'shenzhen-ratios.png');
      const bytes = await readFile(await file.path());
      assert.equal(bytes.readUInt32BE(16), 1440);
      assert.equal(await settle(() => status(page), said), 'This browser does not let pages copy images: the chart image was downloaded instead.');
    }, { init: () => { delete window.ClipboardItem; }, acceptDownloads: true }));

  it('has no image to copy in the figures view, which is a table', () =>
    withOpen(env.browser, `${env.server.url}figures/`, async (page) => {
      await page.waitForSelector('[data-testid=figures]');
      assert.equal(await page.isVisible('[data-testid=copy-image]'), false);
      assert.ok(await page.isVisible('[data-testid=copy-title-link]'));
    }, { ready: (p) => p.waitForSelector('html[data-app=ready] [data-testid=figures]') }));
});
