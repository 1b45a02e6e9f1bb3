// Quotes from the keyboard: Tab reaches them as it reaches marks, Enter opens
// the quote's editor, and a speaker can be typed (a marked name, or any
// phrase for an unnamed source) or picked from a list naming each person once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = 'Angela Merkel met Emmanuel Macron in Paris.\n\n"We agree on everything," Merkel said.\n\nThe talks were "short and friendly," a senior official said.';
let browser;
let app;
const active = () => app.page.evaluate(() => document.activeElement.dataset.testid);
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('Tab reaches a quote and selects it; Enter opens its editor', async () => {
  await app.tabToFirstMark();
  for (let i = 0; i < 10 && (await active()) !== 'quote'; i++) await app.page.keyboard.press('Tab');
  assert.equal(await active(), 'quote');
  await app.page.getByTestId('quote-inspector').waitFor();
  await app.page.keyboard.press('Enter');
  await app.page.waitForFunction(() => document.activeElement.dataset.testid === 'quote-kind');
});

test('the speaker list names each person once, and a speaker can be typed', async () => {
  const names = await app.page.locator('#speaker-names option').evaluateAll((os) => os.map((o) => o.value));
  assert.equal(new Set(names).size, names.length, `${names}`);
  assert.ok(names.includes('Angela Merkel') && names.includes('Emmanuel Macron'), `${names}`);
  const speaker = app.page.getByTestId('quote-speaker');
  await speaker.fill('emmanuel macron');
  await speaker.press('Enter');
  assert.equal(await app.page.getByTestId('quote').first().getAttribute('data-speaker'), 'Emmanuel Macron');
  await speaker.fill('a senior official');
  await speaker.press('Enter');
  assert.equal(await app.page.getByTestId('quote').first().getAttribute('data-speaker'), 'a senior official');
  const doc = JSON.parse((await app.downloadJson()).contents);
  assert.equal(doc.quotes[0].speaker, null);
  assert.equal(doc.quotes[0].speaker_name, 'a senior official');
  assert.equal(doc.quotes[0].speaker_mention.text, 'a senior official', 'found in the text');
});
