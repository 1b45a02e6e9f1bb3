// Pasted HTML, code or JSON yields no quotes or entities; the prose beside it does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

let browser;
let app;
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

test('attribute values in pasted HTML are not quotes', async () => {
  await app.annotateText('<p>"We are ready," said James Mattis in <a href="javascript:alert(1)" class="xss" title="Brussels">Brussels</a>.</p>');
  const quotes = await app.quotes();
  assert.ok(!quotes.some((q) => /javascript|xss|Brussels/.test(q.text)), JSON.stringify(quotes));
  assert.equal(quotes.length, 1, JSON.stringify(quotes));
  assert.match(quotes[0].text, /We are ready/);
  const marks = (await app.entities()).map((m) => m.text);
  assert.ok(marks.includes('James Mattis') && marks.includes('Brussels'), `${marks}`);
  assert.ok(!marks.some((m) => /href|class|title/.test(m)), `${marks}`);
});

test('pasted JSON or code is not marked at all', async () => {
  await app.annotateText('{"speaker": "Angela Merkel", "quote": "We are ready", "city": "Paris"}');
  assert.deepEqual(await app.entities(), []);
  assert.deepEqual(await app.quotes(), []);
});
