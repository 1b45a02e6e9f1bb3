// Reviewing in order: n goes to the next mark not reviewed yet, u to the next
// one the model is unsure of; the entity list shows only those on request;
// the legend explains what the styles mean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = 'Rex Tillerson met Sergei Lavrov in Bonn on Thursday. Qarbash and Zlotnik denied it, the Blorgh agency said.';
let browser;
let app;
const selected = () => app.page.locator('[data-testid=entity].selected').textContent();
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('n walks the unreviewed marks in order, skipping what Enter accepted, and the keys act on each', async () => {
  const marks = (await app.entities()).map((m) => m.text);
  await app.page.getByTestId('doc-view').click({ position: { x: 2, y: 2 } });
  await app.press('n');
  assert.equal(await selected(), marks[0]);
  // The focus moves once the frame is drawn.
  await app.page.waitForFunction((text) => document.activeElement.textContent === text, marks[0]);
  await app.press('Enter');
  await app.press('n');
  assert.equal(await selected(), marks[1]);
  await app.press('Enter');
  await app.page.getByTestId('next-unreviewed').click();
  assert.equal(await selected(), marks[2], 'the button does the same');
});

test('u goes to marks the model is unsure of, and the list can show only those', async () => {
  const unsure = await app.page.locator('[data-testid=entity].doubtful').evaluateAll((ms) => ms.map((m) => m.textContent));
  await app.page.getByTestId('entity-show').selectOption('unreviewed');
  const listed = await app.page.getByTestId('entity-group').count();
  const unreviewed = await app.page.locator('[data-testid=entity][data-reviewed=false]').count();
  assert.ok(listed >= 1 && listed <= unreviewed);
  await app.page.getByTestId('entity-show').selectOption('unsure');
  assert.equal(await app.page.getByTestId('entity-group').count() > 0, unsure.length > 0);
  if (unsure.length > 0) {
    await app.page.getByTestId('next-unsure').click();
    assert.ok(unsure.includes(await selected()));
  } else {
    await app.page.getByTestId('next-unsure').click();
    assert.match(await app.page.getByTestId('notice').textContent(), /No unsure marks/);
  }
});

test('the legend explains the underlines and the two kinds of quote', async () => {
  await app.page.getByTestId('legend-key').locator('summary').click();
  const key = await app.page.getByTestId('legend-key').textContent();
  for (const words of ['reviewed', 'not reviewed', 'unsure', 'direct quote', 'reported speech']) assert.ok(key.includes(words), words);
});
