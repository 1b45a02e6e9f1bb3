// Quotes as real news writes them: an archive's ''…'' quote, a mixed quote
// (quoted words inside reported speech), and an unnamed source, each in its
// place in the Sources panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = [
  "''We will not retreat,'' Senator Maria Cantwell said on Tuesday.",
  'Trump said Russia “can’t stand” either Democrat.',
  '"The talks failed," a senior official said on Friday.',
  'The ministry said it would respond next week.',
].join('\n\n');
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test("an archive's ''…'' quote is a direct quote with its speaker", async () => {
  const quotes = await app.quotes();
  assert.ok(quotes.some((q) => q.kind === 'direct' && q.text === 'We will not retreat,' && q.speaker === 'Maria Cantwell'), JSON.stringify(quotes));
});

test('a mixed quote is reported speech holding the quoted words, not a direct quote of its own', async () => {
  const quotes = await app.quotes();
  assert.ok(!quotes.some((q) => q.kind === 'direct' && /can’t stand/.test(q.text)), JSON.stringify(quotes));
  assert.ok(quotes.some((q) => q.kind === 'indirect' && /can’t stand/.test(q.text)), JSON.stringify(quotes));
});

test('people, organisations and unnamed sources are grouped apart; an unnamed source shows its phrase', async () => {
  const groups = await app.page.getByTestId('source-group').evaluateAll((gs) => gs.map((g) => [g.dataset.kind, [...g.querySelectorAll('[data-testid=source]')].map((s) => s.dataset.speaker)]));
  const unnamed = groups.find(([kind]) => kind === 'unnamed');
  assert.ok(unnamed && unnamed[1].includes('a senior official'), JSON.stringify(groups));
  assert.ok(groups.find(([kind]) => kind === 'person')?.[1].includes('Maria Cantwell'), JSON.stringify(groups));
  const title = await app.page.locator('[data-testid=source][data-speaker="a senior official"]').getAttribute('title');
  assert.match(title, /Unnamed source: “a senior official”/);
});
