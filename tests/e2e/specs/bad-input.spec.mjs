// Bad input gets a clear message and the current work is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

let browser;
let app;
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

test('an empty paste is refused with a message', async () => {
  await app.paste('   ');
  await app.annotate();
  assert.match(await app.error().textContent(), /empty/);
  assert.equal(await app.page.getByTestId('doc-view').count(), 0);
});

test('a broken JSON file or a binary file leaves the annotated article untouched', async () => {
  await app.paste('NATO ministers met in Brussels on Thursday.');
  await app.annotate();
  await app.waitForDoc();
  const before = await app.entities();
  await app.openFile('broken.json', Buffer.from('{"format": "newsmark", "version": 1, "offsets": "codepoint", "text": "abc", "labels": [], "entities": [{"id": "e1", "start": 0, "end": 99, "label": "PER", "text": "abc", "source": "user"}], "quotes": [], "meta": {"generator": "x"}}'), 'application/json');
  await app.error().waitFor();
  assert.match(await app.error().textContent(), /e1 has offsets 0\.\.99 outside the text/);
  assert.deepEqual(await app.entities(), before);
  await app.openFile('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0x01]));
  await app.page.getByText('not UTF-8').waitFor();
  assert.deepEqual(await app.entities(), before);
});

test('an exported file opens back to the same marks', async () => {
  const before = await app.entities();
  const { contents } = await app.downloadJson();
  await app.paste('Something else entirely.');
  await app.openFile('again.newsmark.json', Buffer.from(contents), 'application/json');
  // The article is saved already: newsmark asks before making a copy.
  await app.answer(true);
  await app.page.waitForFunction(() => document.querySelector('[data-testid=article-input]').value.startsWith('NATO'));
  assert.deepEqual(await app.entities(), before);
});
