// Choosing an export format and exporting are two steps: browsing the
// format list with the keyboard downloads nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

let browser;
let app;
before(async () => ({ browser, app } = await startApp('NATO met in Brussels on Monday.')));
after(async () => { await browser.close(); });

test('arrow keys on the format list choose without downloading; Export downloads the chosen format', async () => {
  let downloads = 0;
  app.page.on('download', () => { downloads += 1; });
  await app.page.getByTestId('export-format').focus();
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp']) await app.page.keyboard.press(key);
  await app.page.waitForTimeout(500);
  assert.equal(downloads, 0, 'browsing downloaded nothing');
  const chosen = await app.page.getByTestId('export-format').inputValue();
  assert.notEqual(chosen, '');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export').click()]);
  assert.ok(download.suggestedFilename().length > 0);
  assert.equal(downloads, 1);
});

test('Export waits for a format to be chosen', async () => {
  await app.page.getByTestId('export-format').selectOption('');
  assert.ok(await app.page.getByTestId('export').isDisabled());
});
