// A person named in full by what was learned in one article is named so in
// the next, and so are the mentions of the person's surname there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, offsetOf } from '../support/app-page.mjs';

const first = 'The opposition, led by Kemi Badenoch, lost seats in London.';
const next = 'The party, led by Kemi Badenoch, met in Leeds. Badenoch said the result was hard.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(first)));
after(async () => { await browser.close(); });

const people = async () => (await app.entities()).filter((m) => m.label === 'PER').map((m) => m.text);

test('the tagger alone does not take the name for a person', async () => {
  assert.deepEqual(await people(), []);
});

test('a person marked in one article names the surname in the next', async () => {
  const at = offsetOf(first, 'Kemi Badenoch');
  await app.dragSelect(at, at + 'Kemi Badenoch'.length);
  await app.press('1');
  assert.deepEqual(await people(), ['Kemi Badenoch']);
  await app.annotateText(next);
  assert.deepEqual(await people(), ['Kemi Badenoch', 'Badenoch']);
});

test('with learning reset the next article is as the tagger left it', async () => {
  await app.page.getByTestId('reset-learning').click();
  await app.answer(true);
  await app.annotateText(next);
  assert.deepEqual(await people(), []);
});
