// A long article is drawn a window of paragraphs at a time. Wherever it is
// scrolled to, the page then stays still: the window follows the scroll
// position, and the small shift drawing it causes must not move it again
// (it once moved back and forth for ever, so no button could be clicked).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, SHARED } from '../support/app-page.mjs';
import { sessionText } from '../support/random-session.mjs';

const article = sessionText(readFileSync(`${SHARED}seed-article.txt`, 'utf8'), 50);
let browser;
let app;
before(async () => ({ browser, app } = await startApp(article)));
after(async () => { await browser.close(); });

/** How often the page scrolled by itself in a while, and where it ended. */
function scrollsWithin(page, ms) {
  return page.evaluate((ms) => new Promise((done) => {
    let count = 0;
    const counted = () => { count += 1; };
    window.addEventListener('scroll', counted);
    setTimeout(() => { window.removeEventListener('scroll', counted); done({ count, y: Math.round(scrollY) }); }, ms);
  }), ms);
}

test('scrolled anywhere in a long article, the page stays still and its buttons work', { timeout: 120000 }, async () => {
  assert.equal(await app.page.getByTestId('doc-view').getAttribute('data-windowed'), 'true');
  const unsteady = [];
  const height = await app.page.evaluate(() => document.documentElement.scrollHeight);
  for (let step = 1; step < 40; step++) {
    const y = Math.round((height * step) / 40);
    await app.page.evaluate((y) => window.scrollTo(0, y), y);
    await app.page.waitForTimeout(250);
    const { count, y: now } = await scrollsWithin(app.page, 300);
    if (count) unsteady.push(`scrolled to ${y}: ${count} more scrolls, now at ${now}`);
  }
  assert.deepEqual(unsteady, []);
  const { contents } = await app.downloadJson();
  assert.equal(JSON.parse(contents).text, article);
});
