// Fixing a typo in an annotated article and annotating again keeps one
// document and every mark of the unchanged paragraphs, reviewed as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = 'Rex Tillerson met Sergei Lavrov in Bonn on Thursday.\n\n"We agree," said Angela Merkel in Berlinn.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('the typo fixed, one document keeps its reviewed marks and only the changed paragraph is annotated again', async () => {
  await app.entity('Rex Tillerson').click();
  await app.press('Enter');
  await app.entity('Bonn').click();
  await app.press('4');
  const documents = await app.page.getByTestId('document').count();
  await app.paste(text.replace('Berlinn', 'Berlin'));
  await app.annotate();
  await app.page.getByTestId('notice').filter({ hasText: 'changed line' }).waitFor();
  await app.settled();
  assert.equal(await app.page.getByTestId('document').count(), documents, 'no second document');
  assert.equal(await app.entity('Rex Tillerson').getAttribute('data-reviewed'), 'true');
  assert.equal(await app.entity('Bonn').getAttribute('data-label'), 'MISC', 'the correction is kept');
  assert.ok((await app.entities()).some((m) => m.text === 'Berlin'));
  const quotes = await app.quotes();
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speaker, 'Angela Merkel');
  await app.page.reload();
  await app.waitForDoc();
  assert.equal(await app.entity('Bonn').getAttribute('data-label'), 'MISC');
  assert.equal(await app.page.getByTestId('document').count(), documents);
});
