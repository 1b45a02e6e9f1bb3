// Marks are reached with Tab and changed from the keyboard: digits relabel,
// Enter accepts, Shift+arrows move the edges, Delete removes, Ctrl+Z undoes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = 'Rex Tillerson met Sergei Lavrov in Bonn on Thursday.';
let browser;
let app;
const marks = () => app.entities().then((ms) => ms.map((m) => `${m.text}/${m.label}`));
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('Tab reaches the marks in order and Enter accepts one', async () => {
  await app.tabToFirstMark();
  assert.equal(await app.page.evaluate(() => document.activeElement.textContent), 'Rex Tillerson');
  await app.page.keyboard.press('Tab');
  assert.equal(await app.page.evaluate(() => document.activeElement.textContent), 'Sergei Lavrov');
  await app.page.keyboard.press('Shift+Tab');
  assert.equal(await app.page.evaluate(() => document.activeElement.textContent), 'Rex Tillerson');
  const focused = await app.page.evaluate(() => document.activeElement.textContent);
  await app.press('Enter');
  assert.equal(await app.entity(focused).getAttribute('data-reviewed'), 'true');
  assert.match(await app.page.getByTestId('progress').textContent(), /^1 \/ \d+ reviewed/);
});

test('a digit relabels the selected mark, and Shift+arrows move its edges', async () => {
  await app.entity('Bonn').click();
  await app.press('2');
  assert.equal(await app.entity('Bonn').getAttribute('data-label'), 'ORG');
  await app.press('Shift+ArrowRight');
  assert.equal(await app.page.locator('[data-testid=entity].selected').textContent(), 'Bonn on');
  await app.press('Control+Shift+ArrowLeft');
  assert.equal(await app.page.locator('[data-testid=entity].selected').textContent(), 'Bonn');
  // By a character, an edge steps over a space: a mark never ends on one.
  await app.press('Alt+Shift+ArrowRight');
  assert.equal(await app.page.locator('[data-testid=entity].selected').textContent(), 'Bonn o');
  await app.press('Control+Alt+Shift+ArrowLeft');
  assert.equal(await app.page.locator('[data-testid=entity].selected').textContent(), 'Bonn');
});

test('Delete removes the mark; Ctrl+Z brings everything back; Ctrl+Shift+Z and Ctrl+Y redo', async () => {
  const before = await marks();
  await app.press('Delete');
  assert.ok(!(await marks()).some((m) => m.includes('Bonn')));
  const afterDelete = await marks();
  // Seven steps so far: accept, relabel, four moves, delete.
  for (let i = 0; i < 7; i++) await app.press('Control+z');
  assert.ok(await app.page.getByTestId('undo').isDisabled());
  assert.deepEqual(await marks(), ['Rex Tillerson/PER', 'Sergei Lavrov/PER', 'Bonn/LOC']);
  assert.match(await app.page.getByTestId('progress').textContent(), /^0 \//);
  await app.press('Control+Shift+Z');
  await app.press('Control+Shift+Z');
  assert.deepEqual(await marks(), ['Rex Tillerson/PER', 'Sergei Lavrov/PER', 'Bonn/ORG']);
  for (let i = 0; i < 5; i++) await app.press('Control+y');
  assert.deepEqual(await marks(), afterDelete);
  assert.notDeepEqual(before, afterDelete);
  const doc = JSON.parse((await app.downloadJson()).contents);
  assert.ok(!doc.entities.some((e) => e.text.includes('Bonn')));
});

test('? shows the shortcut list and Esc closes it', async () => {
  await app.press('?');
  assert.match(await app.page.getByTestId('shortcuts').textContent(), /Ctrl\+Z/);
  await app.press('Escape');
  assert.equal(await app.page.getByTestId('shortcuts').count(), 0);
});
