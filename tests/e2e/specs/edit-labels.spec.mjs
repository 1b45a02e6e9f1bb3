// The label set is editable (add, rename, recolour, hotkey, reorder), kept
// across reloads, and written into the JSON labels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, offsetOf } from '../support/app-page.mjs';

const text = 'Rex Tillerson met Sergei Lavrov in Bonn.';
let browser;
let app;
before(async () => {
  ({ browser, app } = await startApp(text));
  await app.page.getByTestId('label-editor').locator('summary').click();
});
after(async () => { await browser.close(); });

test('adding a label with a hotkey and using it', async () => {
  await app.page.getByTestId('add-label').click();
  const row = app.page.getByTestId('label-row').last();
  await row.getByTestId('label-name').fill('TITLE');
  await row.getByTestId('label-name').press('Enter');
  await app.page.getByTestId('label-row').last().getByTestId('label-hotkey').fill('7');
  await app.page.getByTestId('label-row').last().getByTestId('label-hotkey').press('Tab');
  await app.page.getByTestId('label-row').last().getByTestId('label-color').evaluate((el) => { el.value = '#123456'; el.dispatchEvent(new Event('change', { bubbles: true })); });
  const at = offsetOf(text, 'met');
  await app.dragSelect(at, at + 3);
  await app.press('7');
  assert.equal(await app.entity('met').getAttribute('data-label'), 'TITLE');
});

test('renaming a label relabels its marks; moving it up reorders', async () => {
  const loc = app.page.locator('[data-testid=label-row][data-label=LOC]');
  await loc.getByTestId('label-name').fill('PLACE');
  await loc.getByTestId('label-name').press('Enter');
  assert.equal(await app.entity('Bonn').getAttribute('data-label'), 'PLACE');
  await app.page.locator('[data-testid=label-row][data-label=PLACE] button[aria-label="Move up"]').click();
  const order = await app.page.getByTestId('label-row').evaluateAll((rows) => rows.map((r) => r.dataset.label));
  assert.deepEqual(order, ['PER', 'PLACE', 'ORG', 'MISC', 'TITLE']);
});

test('the JSON carries the label set, and it survives a reload', async () => {
  const doc = JSON.parse((await app.downloadJson()).contents);
  assert.deepEqual(doc.labels.map((l) => [l.name, l.hotkey ?? null]), [['PER', '1'], ['PLACE', '3'], ['ORG', '2'], ['MISC', '4'], ['TITLE', '7']]);
  assert.equal(doc.labels[4].color, '#123456');
  await app.page.reload();
  await app.annotateText(text);
  await app.page.getByTestId('label-editor').locator('summary').click();
  const order = await app.page.getByTestId('label-row').evaluateAll((rows) => rows.map((r) => r.dataset.label));
  assert.deepEqual(order.slice(0, 5), ['PER', 'PLACE', 'ORG', 'MISC', 'TITLE']);
});
