// The label editor refuses what would break the label set, and shows the
// label as it is: a hotkey already in use, a name already taken or empty;
// a new label gets a colour no other label has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

let browser;
let app;
const row = (label) => app.page.locator(`[data-testid=label-row][data-label="${label}"]`);
const hotkeys = () => app.page.getByTestId('label-row').evaluateAll((rows) => rows.map((r) => `${r.dataset.label}:${r.querySelector('[data-testid=label-hotkey]').value}`));
before(async () => {
  ({ browser, app } = await startApp('Rex Tillerson met Sergei Lavrov in Bonn.'));
  await app.page.getByTestId('label-editor').locator('summary').click();
});
after(async () => { await browser.close(); });

test('a hotkey another label has is refused, and the field shows the old key', async () => {
  const before = await hotkeys();
  await row('ORG').getByTestId('label-hotkey').fill('1');
  await row('ORG').getByTestId('label-hotkey').press('Tab');
  assert.match(await app.error().textContent(), /key 1 already gives PER/);
  assert.equal(await row('ORG').getByTestId('label-hotkey').inputValue(), '2');
  assert.deepEqual(await hotkeys(), before);
  // The digit still reaches PER only.
  await app.entity('Bonn').click();
  await app.press('1');
  assert.equal(await app.entity('Bonn').getAttribute('data-label'), 'PER');
});

test('a name already taken, or none, is refused and the field shows the label’s name', async () => {
  for (const name of ['PER', '  ']) {
    await row('ORG').getByTestId('label-name').fill(name);
    await row('ORG').getByTestId('label-name').press('Enter');
    assert.match(await app.error().textContent(), /already a label PER|needs a name/);
    assert.equal(await row('ORG').getByTestId('label-name').inputValue(), 'ORG');
  }
});

test('a new label gets a colour no other label has', async () => {
  for (let i = 0; i < 8; i++) await app.page.getByTestId('add-label').click();
  const colours = await app.page.getByTestId('label-color').evaluateAll((inputs) => inputs.map((i) => i.value.toLowerCase()));
  assert.equal(new Set(colours).size, colours.length, `colours: ${colours}`);
});
