// Find in the article: Ctrl+F opens it, Enter selects the next occurrence
// (the picker labels it), and "Mark all as" labels every one at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = 'Blorgh Industries said on Monday that Blorgh had bought a plant in Bonn. Blorgh shares rose.\n\nAnalysts in Bonn said Blorgh would hire.';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('Ctrl+F in the article opens the find bar; Enter selects the next occurrence, which the picker labels', async () => {
  await app.page.getByTestId('doc-view').click({ position: { x: 2, y: 2 } });
  await app.page.keyboard.press('Control+f');
  await app.page.getByTestId('find-bar').waitFor();
  assert.equal(await app.page.evaluate(() => document.activeElement.dataset.testid), 'find-input');
  await app.page.getByTestId('find-input').fill('Bonn');
  assert.equal(await app.page.getByTestId('find-count').textContent(), '2 found');
  await app.page.getByTestId('find-input').press('Enter');
  assert.equal(await app.page.evaluate(() => window.getSelection().toString()), 'Bonn');
  await app.page.locator('[data-testid=pick-label][data-label=MISC]').click();
  await app.settled();
  assert.equal((await app.entities()).filter((m) => m.text === 'Bonn' && m.label === 'MISC').length, 1);
});

test('Mark all as labels every occurrence, as reviewed marks, in one undoable step', async () => {
  await app.page.getByTestId('find-input').fill('Blorgh');
  await app.page.getByTestId('find-label').selectOption('ORG');
  await app.page.getByTestId('find-mark-all').click();
  await app.settled();
  const blorgh = (await app.entities()).filter((m) => m.text === 'Blorgh');
  assert.ok(blorgh.length >= 3 && blorgh.every((m) => m.label === 'ORG'), JSON.stringify(blorgh));
  assert.match(await app.page.getByTestId('notice').textContent(), /Applied to \d+ occurrence/);
  await app.page.keyboard.press('Escape');
  assert.equal(await app.page.getByTestId('find-bar').count(), 0);
});
