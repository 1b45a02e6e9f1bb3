// Words selected over existing marks — inside one, starting or ending in
// one, or covering two — are selected and labelled like any text: the new
// mark replaces what it overlaps, says so, and one undo brings it all back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, offsetOf } from '../support/app-page.mjs';

const text = 'WHO Western Pacific spokesman Peter Cordingley said the outbreak was contained in Manila on Monday.\n\n'
  + 'Aung San Suu Kyi met the envoy in Yangon.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

const marks = async () => (await app.entities()).map((m) => `${m.text}/${m.label}`);

/** Drags over `from`..`to` (code points), picks the label with `key`, and returns the marks before and after. */
async function relabel(from, to, key) {
  const before = await marks();
  await app.dragSelect(from, to);
  await app.page.getByTestId('label-picker').waitFor();
  await app.press(key);
  return { before, after: await marks() };
}

async function undoBrings(before) {
  await app.page.getByTestId('undo').click();
  await app.settled();
  assert.deepEqual(await marks(), before);
}

test('a word inside a mark', async () => {
  const at = offsetOf(text, 'Peter');
  const { before, after } = await relabel(at, at + 5, '2');
  assert.ok(before.includes('Peter Cordingley/PER'), `${before}`);
  assert.ok(after.includes('Peter/ORG') && !after.includes('Peter Cordingley/PER'), `${after}`);
  assert.match(await app.page.getByTestId('notice').textContent(), /Peter Cordingley/);
  await undoBrings(before);
});

test('a selection that starts inside a mark', async () => {
  const from = offsetOf(text, 'Pacific');
  const { before, after } = await relabel(from, offsetOf(text, 'spokesman') + 9, '4');
  assert.ok(after.includes('Pacific spokesman/MISC') && !after.includes('Western Pacific/ORG'), `${after}`);
  await undoBrings(before);
});

test('a selection that ends inside a mark', async () => {
  const { before, after } = await relabel(0, offsetOf(text, 'Western') + 7, '2');
  assert.ok(after.includes('WHO Western/ORG') && !after.includes('Western Pacific/ORG'), `${after}`);
  await undoBrings(before);
});

test('a selection that covers two marks', async () => {
  const from = offsetOf(text, 'Peter');
  const { before, after } = await relabel(from, offsetOf(text, 'Manila') + 6, '4');
  assert.ok(after.includes('Peter Cordingley said the outbreak was contained in Manila/MISC'), `${after}`);
  assert.ok(!after.includes('Manila/LOC') && !after.includes('Peter Cordingley/PER'), `${after}`);
  await undoBrings(before);
});
