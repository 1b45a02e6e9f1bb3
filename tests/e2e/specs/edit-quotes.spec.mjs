// A quote's speaker, kind and existence are editable; a quote can be added from a selection.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, offsetOf } from '../support/app-page.mjs';

const text = 'Angela Merkel met Emmanuel Macron in Paris.\n\n"We agree on everything," Merkel said.\n\nThe talks were short and friendly.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('changing the speaker of a quote', async () => {
  const quote = app.page.getByTestId('quote').first();
  assert.equal(await quote.getAttribute('data-speaker'), 'Angela Merkel');
  await quote.click();
  await app.page.getByTestId('quote-speaker').fill('Emmanuel Macron');
  await app.page.getByTestId('quote-speaker').press('Enter');
  assert.equal(await quote.getAttribute('data-speaker'), 'Emmanuel Macron');
  const doc = JSON.parse((await app.downloadJson()).contents);
  assert.equal(doc.quotes[0].speaker_name, 'Emmanuel Macron');
  assert.equal(doc.entities.find((e) => e.id === doc.quotes[0].speaker).text, 'Emmanuel Macron');
});

test('changing the kind, and deleting a quote', async () => {
  await app.page.getByTestId('quote-kind').selectOption('indirect');
  assert.equal(await app.page.getByTestId('quote').first().getAttribute('data-kind'), 'indirect');
  await app.page.getByTestId('delete-quote').click();
  assert.equal(await app.page.getByTestId('quote').count(), 0);
});

test('adding a quote from a selection with q', async () => {
  const at = offsetOf(text, 'The talks');
  await app.dragSelect(at, at + 'The talks were short'.length);
  await app.press('q');
  const quotes = await app.quotes();
  assert.deepEqual(quotes.map((q) => [q.text, q.kind]), [['The talks were short', 'direct']]);
  const doc = JSON.parse((await app.downloadJson()).contents);
  assert.deepEqual(doc.quotes.map((q) => [q.text, q.kind, q.speaker]), [['The talks were short', 'direct', null]]);
});
