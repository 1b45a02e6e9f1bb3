// An article wrapped by hand (lines broken mid-sentence, as copied from a
// PDF or an email): before annotating, the app asks to join those lines, so
// that a name broken over two lines is one name. Either answer annotates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const wrapped = 'The talks in Geneva were led by the United Nations envoy Staffan de\n'
  + 'Mistura, who said on Monday that the Syrian government and the\n'
  + 'opposition had agreed to meet again after the meeting with Walid\n'
  + 'Moualem.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

const names = async () => (await app.entities()).filter((m) => m.label === 'PER').map((m) => m.text);

test('joining the lines makes the names whole', async () => {
  await app.paste(wrapped);
  await app.annotate();
  assert.match(await app.page.getByTestId('question').textContent(), /wrapped by hand: 3 line breaks/);
  await app.answer(true);
  await app.waitForDoc();
  await app.settled();
  assert.deepEqual(await names(), ['Staffan de Mistura', 'Walid Moualem']);
  assert.equal(await app.page.getByTestId('article-input').inputValue(), wrapped.replaceAll('\n', ' '));
});

test('keeping the lines annotates the text as it is', async () => {
  await app.paste(`${wrapped}\n\nPhoto: AP`);
  await app.annotate();
  await app.answer(false);
  await app.page.getByTestId('doc-view').filter({ hasText: 'Photo: AP' }).waitFor();
  await app.settled();
  assert.ok((await names()).every((name) => !name.includes('\n')), `${await names()}`);
  assert.equal(await app.page.getByTestId('article-input').inputValue(), `${wrapped}\n\nPhoto: AP`);
});
