// Makes docs/screenshot.png: the seed article annotated, a mark selected (its toolbar shown), pointing at a quote;
// with `sources`, docs/screenshot-sources.png: the Sources view over a few short articles.
// Usage (with the app served): NEWSMARK_URL=http://127.0.0.1:8080/ node tools/screenshot.mjs [WIDTH | sources]
import { readFileSync } from 'node:fs';
import { launch, AppPage, SHARED } from '../support/app-page.mjs';

const browser = await launch();
const page = await browser.context.newPage();
if (process.argv[2] === 'sources') {
  await page.setViewportSize({ width: 1100, height: 1000 });
  const app = await new AppPage(page).open();
  for (const text of [
    'Council Approves New Budget\n\n"We will cut waste, not services," said council leader Margaret Kowalski. '
      + '"Prices will rise," the Finance Ministry said in a statement. "It is too early to tell," a senior official said.',
    '"Not yet," Kowalski said on Tuesday, adding that she would wait for the audit. "We are watching closely," said Gregory Nowak of the Taxpayers Union.',
    '"Talks will resume next week," said Jordan Lee. "The unions are ready," Ms. Ana Ruiz told reporters. Analysts said the deal would hold.',
  ]) await app.annotateText(text);
  await page.getByTestId('open-dashboard').click();
  await page.locator('[data-testid=dashboard] table').waitFor();
  await page.locator('[data-testid=dashboard-row][data-name="Margaret Kowalski"] [data-testid=dashboard-open-row]').click();
  const out = new URL('../../../docs/screenshot-sources.png', import.meta.url).pathname;
  await page.getByTestId('dashboard').screenshot({ path: out });
  await browser.close();
  console.log(`wrote ${out}`);
  process.exit(0);
}
const width = Number(process.argv[2] ?? 1280);
const narrow = width < 800;
// Tall enough that every paragraph is on screen (off-screen ones are not painted: content-visibility).
await page.setViewportSize({ width, height: narrow ? 4400 : 1800 });
const app = await new AppPage(page).open();
await app.paste(readFileSync(`${SHARED}seed-article.txt`, 'utf8'));
await app.annotate();
await app.waitForDoc();
// A selected mark shows its toolbar and edge handles.
await app.entity('Jens Stoltenberg').first().click();
await page.getByTestId('quote').filter({ hasText: 'We are not in a position' }).hover({ force: true });
const out = new URL(`../../../docs/screenshot${width < 800 ? '-narrow' : ''}.png`, import.meta.url).pathname;
// Narrow: one column, the whole page (from the top, so that the edit bar that stays in view is in its place);
// wide: the first screen, side panels as they stick.
if (narrow) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
}
await page.screenshot({ path: out, fullPage: narrow });
await browser.close();
console.log(`wrote ${out}`);
