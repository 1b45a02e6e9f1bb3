// Opening what newsmark exported to spaCy, doccano or Label Studio brings
// the quotes and speakers back, and every mark waits for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp } from '../support/app-page.mjs';

const text = '"We are ready," said James Mattis in Brussels. NATO will meet again in March, Jens Stoltenberg said.';
let browser;
let app;
let original;
before(async () => {
  ({ browser, app } = await startApp(text));
  original = await app.quotes();
});
after(async () => { await browser.close(); });

for (const format of ['spacy', 'doccano', 'label-studio']) {
  test(`a ${format} export opens with its quotes and speakers, its marks unreviewed`, async () => {
    await app.page.getByTestId('export-format').selectOption(format);
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export').click()]);
    await app.openFile(download.suggestedFilename(), readFileSync(await download.path()));
    await app.answer(true);
    await app.waitForDoc();
    const quotes = await app.quotes();
    assert.deepEqual(quotes.map((q) => [q.start, q.end, q.kind, q.speaker]), original.map((q) => [q.start, q.end, q.kind, q.speaker]));
    const reviewed = await app.page.getByTestId('entity').evaluateAll((ms) => ms.filter((m) => m.dataset.reviewed === 'true').length);
    assert.equal(reviewed, 0);
  });
}
