// Marking new text without a mouse: Tab to a mark, arrows to a word,
// Shift+arrow to widen, a digit to label.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = 'Rex Tillerson met the quorvat delegation in Bonn.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('from a mark, arrows select words and a digit marks them', async () => {
  await app.tabToFirstMark();
  assert.equal(await app.page.evaluate(() => document.activeElement.textContent), 'Rex Tillerson');
  await app.page.keyboard.press('ArrowRight');
  await app.page.keyboard.press('ArrowRight');
  await app.page.keyboard.press('ArrowRight');
  assert.equal(await app.page.evaluate(() => window.getSelection().toString()), 'quorvat');
  await app.page.keyboard.press('Shift+ArrowRight');
  assert.equal(await app.page.evaluate(() => window.getSelection().toString()), 'quorvat delegation');
  await app.page.getByTestId('label-picker').waitFor();
  await app.press('2');
  const mark = (await app.entities()).find((m) => m.text === 'quorvat delegation');
  assert.equal(mark?.label, 'ORG');
});
