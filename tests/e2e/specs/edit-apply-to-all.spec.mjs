// Apply to all repeats the last label or delete on every occurrence; a new
// mark over an old one replaces it and says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, offsetOf } from '../support/app-page.mjs';

const text = 'Kronk fans cheered. Later the Kronk side lost, and Kronk supporters left Vienna.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

const kronks = async () => (await app.entities()).filter((m) => m.text === 'Kronk');

test('labelling one occurrence and pressing a labels them all', async () => {
  const at = offsetOf(text, 'Kronk', 1);
  await app.dragSelect(at, at + 5);
  await app.press('4');
  await app.press('Escape');
  await app.press('a');
  const marks = await kronks();
  assert.deepEqual(marks.map((m) => [m.start, m.label]), [0, 1, 2].map((n) => [offsetOf(text, 'Kronk', n), 'MISC']));
  assert.match(await app.page.getByTestId('notice').textContent(), /Applied to \d+ more occurrence/);
});

test('deleting one and clicking Apply to all deletes them all', async () => {
  await app.entity('Kronk').first().click();
  await app.press('Delete');
  await app.page.getByTestId('apply-all').click();
  assert.equal((await kronks()).length, 0);
  const doc = JSON.parse((await app.downloadJson()).contents);
  assert.ok(!doc.entities.some((e) => e.text === 'Kronk'));
});

test('a new mark over an existing one replaces it and says so', async () => {
  const at = offsetOf(text, 'Vienna');
  const before = (await app.entities()).find((m) => m.text === 'Vienna');
  assert.ok(before, 'the model marks Vienna');
  await app.dragSelect(offsetOf(text, 'supporters'), at + 6);
  await app.press('2');
  assert.match(await app.page.getByTestId('notice').textContent(), /Replaced the overlapping mark Vienna \(LOC\)/);
  const marks = await app.entities();
  assert.ok(marks.some((m) => m.text === 'supporters left Vienna' && m.label === 'ORG'));
  assert.ok(!marks.some((m) => m.text === 'Vienna'));
});
