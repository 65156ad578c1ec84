// In-browser timing of every view switch: from a control change to the updated chart,
// median of several switches, and of filtering the figures view's table, against the release
// build in dist/ (or APP_ROOT: the scale bench's builds). Run by scripts/bench.sh.
import { startServer } from '../e2e/server.mjs';
import { launchBrowser, openPage } from '../e2e/browser.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 15);
const VIEWS = ['growth', 'scale', 'trend', 'cities', 'ratios'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const LABEL = process.env.BENCH_LABEL ? ` ${process.env.BENCH_LABEL}` : '';

const server = await startServer({ root: process.env.APP_ROOT || new URL('../dist/', import.meta.url).pathname, prefix: '/' });
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser, server.url);
  // The app's chart, not the prerendered one the page opens with.
  await page.waitForSelector('html[data-app=ready] [data-testid=chart] svg');
  // Start on the last view, so the first switch (to the first view) changes the chart.
  const onLastView = async () => {
    await page.click(`[data-testid=view-${VIEWS.at(-1)}]`);
    await page.waitForFunction(() => /Ratios/.test(document.querySelector('#chart-title')?.textContent));
  };
  await onLastView();
  // When the next frame starts, and when the task after it runs (its style, layout and paint
  // done): one helper for the measurements below, which run in the page. Asked for before the
  // press, so that its task comes before any the change itself leaves for after the frame (the
  // address and the tab's title, written after the painted frame: not the frame's work).
  await page.evaluate(() => {
    window.__nextFramePainted = () => new Promise((resolve) => requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve([start, performance.now()]);
      channel.port2.postMessage(0);
    }));
    // Makes a change (a view tab pressed, or a figures filter set) and resolves when what it
    // changes (the chart, or the table) has changed.
    window.__change = ({ view, filter }) => {
      const target = document.querySelector(view ? '[data-testid=chart]' : '[data-testid=figures-wrap]');
      const changed = new Promise((resolve, reject) => {
        const obs = new MutationObserver(() => { obs.disconnect(); resolve(); });
        obs.observe(target, { childList: true, subtree: true, characterData: true });
        setTimeout(() => reject(new Error(`nothing changed after ${view || filter.join('=')}`)), 5000);
      });
      if (view) {
        document.querySelector(`[data-testid=view-${view}]`).click();
      } else {
        const [key, value] = filter;
        const control = document.querySelector(`[data-testid=filter-${key}]`);
        control.value = value;
        control.dispatchEvent(new Event(key === 'q' ? 'input' : 'change', { bubbles: true }));
      }
      return changed;
    };
  });
  // The harness's own floor: a press on the page's title, which changes nothing, measured the
  // same way. Each measurement starts just after the previous one's frame, so "to the next
  // frame" mostly measures where in the 16.7 ms between frames the press falls: for a press
  // that does nothing, about 15 ms. "Busy" (the change's work and its frame's style, layout and
  // paint, without that wait) is what must fit in one frame.
  const floor = [];
  for (let i = 0; i < ROUNDS * VIEWS.length; i++) {
    floor.push(await page.evaluate(async () => {
      const painted = window.__nextFramePainted();
      const t0 = performance.now();
      document.querySelector('h1').click();
      const [frameStart] = await painted;
      return frameStart - t0;
    }));
  }
  // One change, on the idle page: to the changed DOM, to the next frame, and busy.
  const measure = async (change) => {
    const painted = window.__nextFramePainted();
    const t0 = performance.now();
    await window.__change(change);
    const dom = performance.now() - t0;
    const [frameStart, done] = await painted;
    return [dom, frameStart - t0, dom + (done - frameStart)];
  };
  const times = Object.fromEntries(VIEWS.map((v) => [v, { dom: [], frame: [], busy: [] }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const view of VIEWS) {
      // Click in the page, then wait for the chart's SVG to change, then for the next frame.
      const [dom, frame, busy] = await page.evaluate(measure, { view });
      times[view].dom.push(dom);
      times[view].frame.push(frame);
      times[view].busy.push(busy);
    }
  }
  // "next frame": until the next frame's callbacks, which includes waiting for that frame
  // (0-16.7 ms at 60 Hz, wherever the change fell); "busy": the change's own work plus that
  // frame's style, layout and paint, without the wait: what must fit in one frame.
  console.log(`a press that changes nothing: next frame ${median(floor).toFixed(2)} ms (the harness's floor; 90th percentile ${p90(floor).toFixed(2)})`);
  console.log(`bench browser${LABEL} floor frame_ms=${median(floor).toFixed(2)} frame_p90_ms=${p90(floor).toFixed(2)}`);
  console.log(`view      DOM updated (ms)   next frame (ms)   busy to painted (ms)   (median of ${ROUNDS})`);
  for (const v of VIEWS) {
    const [d, f, b] = [median(times[v].dom), median(times[v].frame), median(times[v].busy)];
    console.log(`${v.padEnd(9)} ${d.toFixed(2).padStart(16)} ${f.toFixed(2).padStart(17)} ${b.toFixed(2).padStart(22)}`);
    console.log(`bench browser${LABEL} ${v} switch_ms=${d.toFixed(2)} frame_ms=${f.toFixed(2)} frame_p90_ms=${p90(times[v].frame).toFixed(2)} busy_ms=${b.toFixed(2)} busy_p90_ms=${p90(times[v].busy).toFixed(2)}`);
  }

  // The figures view: from a filter's change (or a typed search) to the updated table.
  await page.click('[data-testid=view-figures]');
  await page.waitForSelector('[data-testid=figures-table]');
  const FILTERS = [['grade', 'A'], ['grade', ''], ['sector', 'nev'], ['sector', ''], ['q', 'shenzhen'], ['q', '']];
  const filter = { dom: [], frame: [], busy: [] };
  const typed = []; // the work of a typed search alone (the search texts are made at the first)
  for (let round = 0; round < ROUNDS; round++) {
    for (const [key, value] of FILTERS) {
      const [dom, frame, busy] = await page.evaluate(measure, { filter: [key, value] });
      filter.dom.push(dom);
      filter.frame.push(frame);
      filter.busy.push(busy);
      if (key === 'q' && value) typed.push(dom);
    }
  }
  const [fd, ff, fb] = [median(filter.dom), median(filter.frame), median(filter.busy)];
  console.log(`figures filter ${fd.toFixed(2).padStart(9)} ${ff.toFixed(2).padStart(17)} ${fb.toFixed(2).padStart(22)}   (median of ${filter.dom.length}; budget 16 ms)`);
  console.log(`bench browser${LABEL} figures search_ms=${median(typed).toFixed(2)} search_first_ms=${typed[0].toFixed(2)}`);
  console.log(`bench browser${LABEL} figures filter_ms=${fd.toFixed(2)} frame_ms=${ff.toFixed(2)} frame_p90_ms=${p90(filter.frame).toFixed(2)} busy_ms=${fb.toFixed(2)} busy_p90_ms=${p90(filter.busy).toFixed(2)}`);

  // The same changes with frames running (a requestAnimationFrame loop, as while anything on
  // the page moves): the idle page's first frame after a press also waits for the browser to
  // start making frames again, which the loop takes out. Each frame's own time (its vsync)
  // tells whether the change was in the first frame after the press.
  await page.evaluate(() => {
    const frames = [];
    const loop = (vsync) => { frames.push([vsync, performance.now()]); requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
    // Ready once the loop has seen a few frames (a press needs the frame before it).
    const ready = new Promise((resolve) => { const wait = () => (frames.length > 2 ? resolve() : setTimeout(wait, 5)); wait(); });
    window.__inRunningFrames = async (change) => {
      const [lastVsync] = frames.at(-1);
      const t0 = performance.now();
      await window.__change(change);
      const n = frames.length;
      await new Promise((resolve) => { const wait = () => (frames.length > n ? resolve() : setTimeout(wait, 1)); wait(); });
      const [vsync, callbacks] = frames[n];
      // The frame interval, from the last second's frames.
      const recent = frames.slice(-61);
      const gaps = recent.slice(1).map(([v], i) => v - recent[i][0]).sort((a, b) => a - b);
      return [callbacks - t0, vsync - lastVsync < 1.5 * gaps[Math.floor(gaps.length / 2)]];
    };
    return ready;
  });
  const running = { switch: [], filter: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [key, value] of FILTERS) running.filter.push(await page.evaluate((filter) => window.__inRunningFrames({ filter }), [key, value]));
  }
  await onLastView();
  for (let round = 0; round < ROUNDS; round++) {
    for (const view of VIEWS) running.switch.push(await page.evaluate((view) => window.__inRunningFrames({ view }), view));
  }
  for (const [kind, list] of Object.entries(running)) {
    const frames = list.map(([ms]) => ms);
    const first = list.filter(([, inFirst]) => inFirst).length;
    console.log(`with frames running, a ${kind}: next frame ${median(frames).toFixed(2)} ms median, ${p90(frames).toFixed(2)} at the 90th percentile; in the first frame after the press ${first} of ${list.length} times`);
    console.log(`bench browser${LABEL} running ${kind} frame_ms=${median(frames).toFixed(2)} frame_p90_ms=${p90(frames).toFixed(2)} first_frame=${first}/${list.length}`);
  }
} finally {
  await browser.close();
  await server.close();
}
