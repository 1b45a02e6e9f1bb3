// Open file… never annotates data as if it were an article: the app's own
// CoNLL and Web Annotation exports are refused with a message saying what
// newsmark opens, and the open work stays; gold files written without the
// newsmark header (text, entities, quotes) open with their quotes, their
// marks waiting for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, SHARED } from '../support/app-page.mjs';

const text = '"We are ready," said James Mattis in Brussels. NATO will meet again, Jens Stoltenberg said.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

async function exported(format) {
  await app.page.getByTestId('export-format').selectOption(format);
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export').click()]);
  return { name: download.suggestedFilename(), contents: readFileSync(await download.path()) };
}
const documentCount = () => app.page.getByTestId('document').count();

for (const format of ['conll', 'web-annotation']) {
  test(`its own ${format} export is refused, and the open work stays`, async () => {
    const { name, contents } = await exported(format);
    const marks = await app.entities();
    const count = await documentCount();
    await app.openFile(name, contents);
    const error = await app.error().textContent();
    assert.match(error, /not (opened|imported)/);
    assert.match(error, /newsmark opens plain-text articles/);
    assert.deepEqual(await app.entities(), marks);
    assert.equal(await documentCount(), count);
    assert.equal(await app.page.getByTestId('article-input').inputValue(), text);
  });
}

test('a gold file of articles-dev (no header) opens with its entities and quotes, marks unreviewed', async () => {
  const path = `${SHARED}articles-dev/christchurch-quake.json`;
  const gold = JSON.parse(readFileSync(path, 'utf8'));
  await app.openFile('christchurch-quake.json', readFileSync(path), 'application/json');
  await app.page.waitForFunction((t) => document.querySelector('[data-testid=article-input]').value === t, gold.text);
  assert.equal((await app.entities()).length, gold.entities.length);
  assert.equal((await app.quotes()).length, gold.quotes.length);
  const reviewed = await app.page.getByTestId('entity').evaluateAll((ms) => ms.filter((m) => m.dataset.reviewed === 'true').length);
  assert.equal(reviewed, 0, 'marks from another file wait for review');
});
