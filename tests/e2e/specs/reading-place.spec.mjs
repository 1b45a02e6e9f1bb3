// The reading place: a reload, or a visit to another document and back,
// opens the article at the paragraph that was at the top of the view, in a
// short article and in a long one (drawn a window of paragraphs at a time).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, SHARED } from '../support/app-page.mjs';
import { sessionText } from '../support/random-session.mjs';

const seed = readFileSync(`${SHARED}seed-article.txt`, 'utf8');
let browser;
let app;
before(async () => ({ browser, app } = await startApp(sessionText(seed, 3))));
after(async () => { await browser.close(); });

/** The first code point of the paragraph at the top of the view, under the edit bar that stays there. */
async function paragraphAtTop(page) {
  const start = await page.evaluate(() => {
    const bar = document.querySelector('.edit-bar').getBoundingClientRect().height;
    const top = [...document.querySelectorAll('[data-testid=doc-view] .para')].find((p) => p.getBoundingClientRect().bottom > bar + 1);
    // Its text pieces and marks carry their code points.
    return Math.min(...[...top.querySelectorAll('[data-o], [data-start]')].map((e) => Number(e.dataset.o ?? e.dataset.start)));
  });
  assert.ok(Number.isFinite(start), 'the paragraph at the top has text');
  return start;
}

/** The paragraph at the top once the page has reached `expected` and stayed there for 300 ms (or after 5 s, whatever is at the top then). */
async function placeReached(page, expected) {
  for (let tries = 0; tries < 50 && await paragraphAtTop(page) !== expected; tries++) await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  return paragraphAtTop(page);
}

/** Scrolls to `share` of the page's height, lets the place be kept, and gives the paragraph now at the top. */
async function readTo(page, share) {
  await page.evaluate((share) => window.scrollTo(0, document.documentElement.scrollHeight * share), share);
  await page.waitForTimeout(500);
  return paragraphAtTop(page);
}

test('a reload opens the article where the reader was', async () => {
  const place = await readTo(app.page, 0.6);
  assert.ok(place > 1000, `read well into the article (paragraph at ${place})`);
  await app.page.reload();
  await app.waitForDoc();
  assert.equal(await placeReached(app.page, place), place);
});

/** Reads another, new document from its top, then opens the document titled `title` again. */
async function detour(app, title) {
  await app.page.getByTestId('documents').evaluate((d) => { d.open = true; });
  await app.page.getByTestId('new-document').click();
  await app.annotateText('Olaf Scholz met Emmanuel Macron in Paris.');
  await app.page.evaluate(() => window.scrollTo(0, 0));
  await app.openDocument(title);
}

test('coming back from another document opens the article where the reader was', async () => {
  const title = await app.page.getByTestId('document-title').first().inputValue();
  const place = await readTo(app.page, 0.45);
  await detour(app, title);
  assert.equal(await placeReached(app.page, place), place);
});

test('a new article opens at its top', async () => {
  await readTo(app.page, 0.5);
  await app.page.getByTestId('documents').evaluate((d) => { d.open = true; });
  await app.page.getByTestId('new-document').click();
  await app.annotateText(sessionText(seed, 2));
  assert.ok(await app.page.evaluate(() => window.scrollY) < 400);
});

test('a long article drawn in a window reopens where the reader was, after another document and after a reload', { timeout: 120000 }, async () => {
  const long = await startApp(sessionText(seed, 50));
  try {
    const { page } = long.app;
    assert.equal(await page.getByTestId('doc-view').getAttribute('data-windowed'), 'true');
    const title = await page.getByTestId('document-title').first().inputValue();
    const place = await readTo(page, 0.7);
    await detour(long.app, title);
    assert.equal(await placeReached(page, place), place);
    await page.reload();
    await long.app.waitForDoc();
    assert.equal(await placeReached(page, place), place);
  } finally {
    await long.browser.close();
  }
});
