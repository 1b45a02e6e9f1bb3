// The fast setting: entities from the perceptron alone instead of the
// perceptron and the networks voting; said when changed, kept across
// reloads, used for the next article (here and in the worker).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, SHARED } from '../support/app-page.mjs';

const seed = readFileSync(`${SHARED}seed-article.txt`, 'utf8').trim();
let browser;
let app;
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

/** The entity marks of the open document's JSON, with their scores. */
async function marks() {
  const doc = JSON.parse((await app.downloadJson()).contents);
  return doc.entities.map((e) => `${e.start}-${e.end} ${e.label} ${e.score}`);
}

async function annotateAsNew(text) {
  await app.page.getByTestId('new-document').click();
  await app.annotateText(text);
}

test('fast marking is off at first, and a vote marks the article', async () => {
  assert.equal(await app.page.getByTestId('fast-marking').isChecked(), false);
  await annotateAsNew(seed);
});

test('turned on, it is said, kept across a reload, and marks differently', async () => {
  const voted = await marks();
  await app.page.getByTestId('fast-marking').check();
  await app.page.getByTestId('notice').filter({ hasText: 'Fast marking' }).waitFor();
  await app.page.reload();
  await app.page.getByTestId('article-input').waitFor();
  assert.equal(await app.page.getByTestId('fast-marking').isChecked(), true);
  await annotateAsNew(seed);
  const alone = await marks();
  assert.ok(alone.length > 10, 'the perceptron alone still marks the article');
  assert.notDeepEqual(alone, voted, 'the networks took part in the first marking and not in this one');
  await app.page.getByTestId('fast-marking').uncheck();
  await annotateAsNew(seed);
  assert.deepEqual(await marks(), voted, 'turned off again, the vote is back');
});
