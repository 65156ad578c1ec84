import { startApp, open, tableRows, svgText, markLabels, chartTitle, noticeItems } from '/work/main/e2e/app.mjs';
const env = await startApp();
const base = env.server.url;
const queries = process.argv.slice(2);
for (const q of queries) {
  const app = await open(env.browser, base + q);
  const p = app.page;
  await p.waitForTimeout(300);
  console.log('=====', q, '->', new URL(p.url()).search);
  console.log('TITLE:', await chartTitle(p));
  console.log('ROWS:', JSON.stringify(await tableRows(p), null, 0));
  console.log('HEAD:', JSON.stringify(await p.$$eval('[data-testid=chart-table] thead th', (t) => t.map((x) => x.textContent.trim()))));
  console.log('SVG:', await svgText(p));
  console.log('MARKS:', JSON.stringify(await markLabels(p)));
  if (await p.isVisible('[data-testid=ignored-notice]')) console.log('NOTICE:', JSON.stringify(await noticeItems(p)));
  console.log('ERR:', app.consoleErrors, app.pageErrors);
  await app.close();
}
await env.close();
