// Makes docs/screenshot.png: the seed article annotated, a mark selected (its toolbar shown), pointing at a quote.
// Usage (with the app served): NEWSMARK_URL=http://127.0.0.1:8080/ node tools/screenshot.mjs [WIDTH]
import { readFileSync } from 'node:fs';
import { launch, AppPage, SHARED } from '../support/app-page.mjs';

const width = Number(process.argv[2] ?? 1280);
const browser = await launch();
const page = await browser.context.newPage();
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
