// The chart as an image in three sizes the reader picks beside the image buttons: its own
// (the 720 px drawing, the PNG at twice that), a 16:9 slide (1600x900) and a square
// (1080x1080), each laid out for its size, with the footer that names the view's address and
// the day of access. The PNG is read by a real image reader (Pillow).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { appFixture } from './app.mjs';

const PYTHON = fileURLToPath(new URL('../.test-tools/data/bin/python', import.meta.url));

/** The PNG's size and mode as Pillow reads them. */
const pillow = (file) => JSON.parse(execFileSync(PYTHON, ['-c', 'import sys, json; from PIL import Image; im = Image.open(sys.argv[1]); im.load(); print(json.dumps([im.size[0], im.size[1], im.format]))', file], { encoding: 'utf8' }));

async function download(page, kind) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=download-${kind}]`)]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

describe('image sizes', { timeout: 120_000 }, () => {
  const { withPage, url } = appFixture();

  for (const [size, width, height] of [['slide', 1600, 900], ['square', 1080, 1080]]) {
    it(`a ${size}: the SVG laid out at ${width}x${height} with its footer, the PNG read by Pillow at that size`, () =>
      withPage('trend/?v=3&metric=bio-va', async (page) => {
        await page.selectOption('[data-testid=image-size]', size);
        const svg = await readFile((await download(page, 'svg')).path, 'utf8');
        const root = svg.slice(0, svg.indexOf('>'));
        assert.ok(root.includes(`width="${width}" height="${height}"`), root);
        const drawn = svg.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&');
        assert.ok(drawn.includes(`${url('').replace(/^https?:\/\//, '')}en/trend/?v=3&metric=bio-va`), 'the address in the footer');
        assert.match(drawn, /\(accessed \d{4}-\d{2}-\d{2}\)/);
        // No text under 14 px at the image's own size: the layout's sizes, scaled to the pixels.
        const scale = width / Number(root.match(/viewBox="0 0 ([\d.]+)/)[1]);
        const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]) * scale);
        assert.ok(sizes.length > 0 && Math.min(...sizes) >= 14, `smallest text ${Math.min(...sizes)} px`);
        const png = await download(page, 'png');
        assert.deepEqual(pillow(png.path), [width, height, 'PNG']);
      }, { acceptDownloads: true }));
  }

  it('the chart\'s own size stays the drawing at twice its pixels', () =>
    withPage('zh/cities/', async (page) => {
      assert.equal(await page.inputValue('[data-testid=image-size]'), 'chart');
      const png = await download(page, 'png');
      const [w] = pillow(png.path);
      assert.equal(w, 1440);
    }, { acceptDownloads: true }));
});
