// A mark that runs out of a quote or into one is drawn in pieces on both
// sides of the quote's edge: all its words show as marked, and the quote
// still shows all of its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, offsetOf } from '../support/app-page.mjs';

const text = '"We will win the vote," Angela Merkel said.\n\nOlaf Scholz said "Berlin will act."';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

/** The text drawn for the mark over `start..end`, its pieces joined. */
const drawn = (start, end) => app.page.locator(`[data-testid=entity][data-start="${start}"][data-end="${end}"]`)
  .evaluateAll((pieces) => pieces.map((p) => p.textContent).join(''));

/** Every quote's drawn text against its span's. */
const quotesWhole = async () => (await app.quotes()).map((q) => [q.text, [...text].slice(q.start, q.end).join('')]);

async function mark(from, to) {
  await app.dragSelect(from, to);
  await app.page.getByTestId('label-picker').waitFor();
  await app.press('4');
}

test('a mark running out of a quote shows all its words', async () => {
  const from = offsetOf(text, 'vote');
  const to = offsetOf(text, 'Angela') + 6;
  await mark(from, to);
  assert.equal(await drawn(from, to), 'vote," Angela');
  for (const [shown, span] of await quotesWhole()) assert.equal(shown, span);
});

test('a mark running into a quote shows all its words, and the quote all of its own', async () => {
  const from = offsetOf(text, 'said "Berlin');
  const to = offsetOf(text, 'Berlin') + 6;
  await mark(from, to);
  assert.equal(await drawn(from, to), 'said "Berlin');
  for (const [shown, span] of await quotesWhole()) assert.equal(shown, span);
});
