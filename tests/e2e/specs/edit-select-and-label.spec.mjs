// A drag selection snaps to whole words; a digit key gives it a label; the
// download holds the new mark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, offsetOf } from '../support/app-page.mjs';

const text = 'Officials in Kandahar said the Zorblax envoy arrived on Monday.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('dragging across part of a word selects the whole word and shows the picker', async () => {
  const at = offsetOf(text, 'Zorblax');
  await app.dragSelect(at + 2, at + 5);
  await app.page.getByTestId('label-picker').waitFor();
  await app.press('2');
  const mark = await app.entity('Zorblax').evaluate((m) => ({ ...m.dataset, text: m.textContent }));
  assert.deepEqual([mark.label, Number(mark.start), Number(mark.end), mark.reviewed], ['ORG', at, at + 7, 'true']);
  assert.equal(await app.page.getByTestId('label-picker').count(), 0);
});

test('Alt keeps the exact characters; a click on the picker assigns the label', async () => {
  const at = offsetOf(text, 'Monday');
  await app.dragSelect(at, at + 3, { alt: true });
  await app.page.locator('[data-testid=pick-label][data-label=MISC]').click();
  const mark = await app.entity('Mon').evaluate((m) => ({ ...m.dataset, text: m.textContent }));
  assert.deepEqual([mark.text, mark.label, Number(mark.start), Number(mark.end)], ['Mon', 'MISC', at, at + 3]);
});

test('double-clicking a word selects it', async () => {
  const r = await app.rectOf(offsetOf(text, 'envoy'), offsetOf(text, 'envoy') + 5);
  await app.page.mouse.dblclick((r.left + r.right) / 2, (r.top + r.bottom) / 2);
  await app.page.getByTestId('label-picker').waitFor();
  await app.press('1');
  assert.equal(await app.entity('envoy').getAttribute('data-label'), 'PER');
});

test('the downloaded JSON holds the marks made by hand', async () => {
  const doc = JSON.parse((await app.downloadJson()).contents);
  const made = doc.entities.filter((e) => e.source === 'user').map((e) => [e.text, e.label, e.reviewed]);
  assert.deepEqual(made, [['Zorblax', 'ORG', true], ['envoy', 'PER', true], ['Mon', 'MISC', true]]);
});
