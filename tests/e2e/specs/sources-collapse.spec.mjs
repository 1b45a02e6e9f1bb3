// A speaker quoted many times shows their first quotes and the rest on request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = Array.from({ length: 8 }, (_, i) => `"We agree on point ${i + 1}," Angela Merkel said.`).join('\n\n');
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('eight quotes of one speaker: five shown, the other three on request, and back', async () => {
  const source = app.page.locator('[data-testid=source][data-speaker="Angela Merkel"]');
  assert.equal(await source.locator('.quote-link').count(), 5);
  await source.getByTestId('source-more').click();
  assert.equal(await source.locator('.quote-link').count(), 8);
  await source.getByTestId('source-fewer').click();
  assert.equal(await source.locator('.quote-link').count(), 5);
});
