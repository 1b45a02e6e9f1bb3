// Paste the seed article, annotate, check the marks, download the JSON and
// compare it with what the CLI writes for the same text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { startApp, CLI, SHARED } from '../support/app-page.mjs';

const seedPath = `${SHARED}seed-article.txt`;
const seed = readFileSync(seedPath, 'utf8');
let browser;
let app;

before(async () => ({ browser, app } = await startApp(seed)));
after(async () => { await browser.close(); });

const codePoints = [...seed];
const slice = (start, end) => codePoints.slice(start, end).join('');

test('people, organisations and places of the seed article are marked', async () => {
  const marks = await app.entities();
  const has = (text, label) => marks.some((m) => m.text === text && m.label === label);
  for (const [text, label] of [['James Mattis', 'PER'], ['Jens Stoltenberg', 'PER'], ['NATO', 'ORG'], ['Brussels', 'LOC'],
    ['Vladimir Putin', 'PER'], ['Rex Tillerson', 'PER'], ['Sergei Lavrov', 'PER'], ['Mattis', 'PER']]) {
    assert.ok(has(text, label), `${text} as ${label}; got ${JSON.stringify(marks.map((m) => [m.text, m.label]))}`);
  }
  for (const m of marks) assert.equal(slice(m.start, m.end), m.text, 'data-start/data-end are code points of the text');
});

test('both direct Mattis quotes are highlighted with their speaker', async () => {
  const quotes = await app.quotes();
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2);
  for (const q of direct) {
    assert.equal(q.speaker, 'James Mattis');
    assert.equal(slice(q.start, q.end), q.text);
  }
  assert.ok(direct[0].text.startsWith('We are not in a position'));
  assert.ok(direct[1].text.startsWith('Right now, I would just say'));
  const reported = quotes.filter((q) => q.kind === 'indirect').map((q) => q.speaker);
  for (const who of ['James Mattis', 'Vladimir Putin', 'Rex Tillerson']) assert.ok(reported.includes(who), `reported speech of ${who}`);
});

test('entities inside quotes are shown nested in the quote', async () => {
  const nested = await app.page.locator('[data-testid=quote] [data-testid=entity]').count();
  const quoted = await app.quotes();
  const marks = await app.entities();
  const expected = marks.filter((m) => quoted.some((q) => q.start <= m.start && m.end <= q.end)).length;
  assert.equal(nested, expected);
});

test('hovering a quote names its speaker and lights the speaker mark', async () => {
  await app.page.getByTestId('quote').filter({ hasText: 'We are not in a position' }).hover();
  assert.match(await app.page.getByTestId('focus-info').textContent(), /Speaker: James Mattis/);
  assert.ok(await app.page.locator('[data-testid=entity].linked').count() >= 1);
});

test('the legend counts marks per label', async () => {
  const marks = await app.entities();
  const perCount = await app.page.locator('[data-testid=legend] li[data-label=PER] [data-testid=label-count]').textContent();
  assert.equal(Number(perCount), marks.filter((m) => m.label === 'PER').length);
});

test('Download JSON gives exactly what the CLI writes', async () => {
  const { name, contents } = await app.downloadJson();
  assert.equal(name, 'us-defense-secretary-sees-no-military-collaboration-with.newsmark.json');
  const cli = execFileSync(CLI, ['annotate', seedPath], { encoding: 'utf8' });
  assert.equal(contents, cli);
  const doc = JSON.parse(contents);
  assert.equal(doc.format, 'newsmark');
  assert.equal(doc.text, seed);
});
