// Keys that change marks act only on what is visibly selected and focused:
// with the focus on a panel's button, Delete and digits leave the marks alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = '"We are ready," said James Mattis in Brussels. NATO will meet again, Jens Stoltenberg said.';
let browser;
let app;
const marks = () => app.entities().then((ms) => ms.map((m) => `${m.text}/${m.label}`));
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('Tab past the marks into the Sources panel: Delete and digits there change no mark', async () => {
  const before = await marks();
  await app.tabToFirstMark();
  const inSources = () => app.page.evaluate(() => Boolean(document.activeElement.closest('[data-testid=sources]')));
  for (let i = 0; i < 40 && !(await inSources()); i++) await app.page.keyboard.press('Tab');
  assert.ok(await inSources(), 'the focus reached the Sources panel');
  await app.page.keyboard.press('Delete');
  await app.page.keyboard.press('Backspace');
  await app.page.keyboard.press('2');
  await app.settled();
  assert.deepEqual(await marks(), before);
});

test('back in the article, the same keys act on the selected mark', async () => {
  await app.entity('Brussels').click();
  await app.press('Delete');
  assert.equal(await app.entity('Brussels').count(), 0);
});
