// The Sources view adds up who is quoted across every saved document:
// one row per source, gender estimated or set (and kept), a chart, a CSV,
// and the same rows as `newsmark sources` for the same documents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { startApp, CLI, SHARED } from '../support/app-page.mjs';

const articles = [
  '"We will cut taxes," said Margaret Kowalski, the finance minister. "Prices will rise," the Finance Ministry said in a statement. '
    + '"It is too early," a senior official said.',
  '"Not yet," Kowalski said on Tuesday. "We are watching," said Gregory Nowak.',
  '"Talks will resume," said Jordan Lee.',
];
let browser;
let app;
before(async () => {
  ({ browser, app } = await startApp());
  for (const text of articles) await app.annotateText(text);
});
after(async () => { await browser.close(); });

async function openDashboard() {
  await app.page.getByTestId('open-dashboard').click();
  await app.page.locator('[data-testid=dashboard] table').waitFor();
}

function rows() {
  return app.page.getByTestId('dashboard-row').evaluateAll((rs) => rs.map((r) => ({
    name: r.dataset.name, kind: r.dataset.kind, gender: r.dataset.gender, basis: r.dataset.genderBasis,
    quotes: Number(r.dataset.quotes), documents: Number(r.dataset.documents),
  })));
}

const row = (name) => app.page.locator(`[data-testid=dashboard-row][data-name="${name}"]`);

test('three articles: each source once, with its quotes and documents; kinds; a chart', async () => {
  await openDashboard();
  assert.deepEqual(await rows(), [
    { name: 'Margaret Kowalski', kind: 'person', gender: 'female', basis: 'first-name', quotes: 2, documents: 2 },
    { name: 'Finance Ministry', kind: 'organisation', gender: 'unknown', basis: 'none', quotes: 1, documents: 1 },
    { name: 'Gregory Nowak', kind: 'person', gender: 'male', basis: 'first-name', quotes: 1, documents: 1 },
    { name: 'Jordan Lee', kind: 'person', gender: 'unknown', basis: 'none', quotes: 1, documents: 1 },
    { name: 'a senior official', kind: 'unnamed', gender: 'unknown', basis: 'none', quotes: 1, documents: 1 },
  ]);
  const bar = (group) => app.page.locator(`[data-testid=dashboard-chart] [data-group=${group}]`);
  assert.equal(await bar('female').getAttribute('data-quotes'), '2');
  assert.equal(await bar('unknown').getAttribute('data-sources'), '1');
  assert.equal(await bar('organisation').getAttribute('data-quotes'), '1');
});

test('filters by kind and gender', async () => {
  await app.page.getByTestId('dashboard-kind').selectOption('person');
  await app.page.getByTestId('dashboard-gender').selectOption('male');
  assert.deepEqual((await rows()).map((r) => r.name), ['Gregory Nowak']);
  await app.page.getByTestId('dashboard-kind').selectOption('');
  await app.page.getByTestId('dashboard-gender').selectOption('');
  assert.equal((await rows()).length, 5);
});

test('the CSV has a header and one line per row', async () => {
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('dashboard-csv').click()]);
  assert.equal(download.suggestedFilename(), 'newsmark-sources.csv');
  const lines = readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'name,kind,gender,gender_basis,quotes,documents');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), (await rows()).map((r) => r.name));
  assert.equal(lines[1], 'Margaret Kowalski,person,female,first-name,2,2');
});

test('a gender set by the user is kept after a reload and in the downloads, for open and other documents', async () => {
  await row('Jordan Lee').getByTestId('dashboard-set-gender').selectOption('female');
  await app.page.locator('[data-testid=dashboard-row][data-name="Jordan Lee"][data-gender=female][data-gender-basis=user]').waitFor();
  await row('Gregory Nowak').getByTestId('dashboard-set-gender').selectOption('unknown');
  await app.page.locator('[data-testid=dashboard-row][data-name="Gregory Nowak"][data-gender=unknown][data-gender-basis=user]').waitFor();
  await app.page.getByTestId('close-dashboard').click();
  await app.settled();
  await app.page.reload();
  await app.waitForDoc();
  await openDashboard();
  const after = await rows();
  assert.deepEqual(after.find((r) => r.name === 'Jordan Lee'), { name: 'Jordan Lee', kind: 'person', gender: 'female', basis: 'user', quotes: 1, documents: 1 });
  assert.equal(after.find((r) => r.name === 'Gregory Nowak').basis, 'user');
  // The open document (Jordan Lee's) carries the setting in its download.
  await app.page.getByTestId('close-dashboard').click();
  const { contents } = await app.downloadJson();
  assert.deepEqual(JSON.parse(contents).sources, [{ name: 'Jordan Lee', gender: 'female' }]);
});

test('a row lists its quotes with their documents, and one click opens the document at the quote', async () => {
  await openDashboard();
  await row('Margaret Kowalski').getByTestId('dashboard-open-row').click();
  const quotes = app.page.getByTestId('dashboard-quote');
  assert.equal(await quotes.count(), 2);
  const notYet = quotes.filter({ hasText: 'Not yet' });
  assert.match(await notYet.textContent(), /Kowalski said on Tuesday/);
  await notYet.click();
  await app.page.waitForFunction((t) => document.querySelector('[data-testid=article-input]').value === t, articles[1]);
  const selected = app.page.locator('[data-testid=quote].selected');
  await selected.waitFor();
  assert.equal(await selected.textContent(), 'Not yet,');
  // Gregory Nowak's setting is in this document's download.
  const { contents } = await app.downloadJson();
  assert.deepEqual(JSON.parse(contents).sources, [{ name: 'Gregory Nowak', gender: 'unknown' }]);
});

test('the same rows as `newsmark sources` for the same documents (the dev articles, imported)', async () => {
  const dir = `${SHARED}articles-dev`;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const fresh = await startApp();
  try {
    for (const name of files) {
      await fresh.app.openFile(name, readFileSync(`${dir}/${name}`), 'application/json');
      await fresh.app.page.waitForFunction((n) => document.querySelectorAll('[data-testid=document]').length === n, files.indexOf(name) + 1);
      await fresh.app.settled();
    }
    await fresh.app.page.getByTestId('open-dashboard').click();
    await fresh.app.page.locator('[data-testid=dashboard] table').waitFor();
    const inApp = await fresh.app.page.getByTestId('dashboard-row').evaluateAll((rs) => rs.map((r) => ({
      name: r.dataset.name, kind: r.dataset.kind, gender: r.dataset.gender, gender_basis: r.dataset.genderBasis,
      quotes: Number(r.dataset.quotes), documents: Number(r.dataset.documents),
    })));
    const cli = JSON.parse(execFileSync(CLI, ['sources', '--format', 'json', dir], { encoding: 'utf8' }));
    const fromCli = cli.sources.map(({ name, kind, gender, gender_basis, quotes, documents }) => ({ name, kind, gender, gender_basis, quotes, documents }));
    assert.ok(fromCli.length >= 10, `${fromCli.length} sources`);
    assert.deepEqual(inApp, fromCli);
  } finally {
    await fresh.browser.close();
  }
});
