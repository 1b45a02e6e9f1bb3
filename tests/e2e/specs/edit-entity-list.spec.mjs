// The entity list groups marks by label and by person, filters, and jumps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, SHARED } from '../support/app-page.mjs';

let browser;
let app;
before(async () => ({ browser, app } = await startApp(readFileSync(`${SHARED}seed-article.txt`, 'utf8'))));
after(async () => { await browser.close(); });

test('mentions of one person are grouped under the fullest name', async () => {
  const group = app.page.locator('[data-testid=entity-group][data-name="James Mattis"]');
  const mentions = (await app.entities()).filter((m) => m.label === 'PER' && /Mattis/.test(m.text)).length;
  assert.equal(Number(await group.locator('.n').textContent()), mentions);
  assert.equal(await app.page.locator('[data-testid=entity-group][data-name="Mattis"]').count(), 0);
});

test('the filter narrows the list and a click selects the first mention', async () => {
  await app.page.getByTestId('entity-filter').fill('stolt');
  const names = await app.page.getByTestId('entity-group').evaluateAll((gs) => gs.map((g) => g.dataset.name));
  assert.deepEqual(names, ['Jens Stoltenberg']);
  await app.page.getByTestId('entity-group').click();
  assert.equal(await app.page.locator('[data-testid=entity].selected').textContent(), 'Jens Stoltenberg');
  assert.equal(await app.page.evaluate(() => document.activeElement.textContent), 'Jens Stoltenberg');
});
