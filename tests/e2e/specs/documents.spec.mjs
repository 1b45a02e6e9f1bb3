// Work is kept in the browser: a reload restores the open article exactly;
// several articles are listed, renamed, duplicated, deleted (undoably),
// exported together and imported back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, launch, AppPage, offsetOf } from '../support/app-page.mjs';

const first = 'Rex Tillerson met Sergei Lavrov in Bonn.';
const second = 'Angela Merkel visited Paris on Monday.';
let browser;
let app;
const titles = () => app.page.getByTestId('document-title').evaluateAll((inputs) => inputs.map((i) => i.value));
/** The list row whose title is `title` (the list opened if it is folded). */
const row = async (title) => {
  if (!(await app.page.getByTestId('documents').evaluate((d) => d.open))) await app.page.getByTestId('documents').locator('summary').click();
  return app.page.getByTestId('document').nth((await titles()).indexOf(title));
};
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

test('a reload restores the open article with its corrections', async () => {
  await app.annotateText(first);
  const at = offsetOf(first, 'met');
  await app.dragSelect(at, at + 3);
  await app.press('4');
  const before = await app.entities();
  await app.page.reload();
  await app.waitForDoc();
  assert.deepEqual(await app.entities(), before);
  assert.equal(await app.page.getByTestId('article-input').inputValue(), first);
  // The undo history came back too.
  await app.press('Control+z');
  assert.ok(!(await app.entities()).some((m) => m.text === 'met'));
  await app.press('Control+y');
  assert.deepEqual(await app.entities(), before);
});

test('several articles are listed and can be opened, renamed and duplicated', async () => {
  await app.annotateText(second);
  assert.deepEqual(await titles(), [second, first]);
  await (await row(first)).getByTestId('open-document').click();
  await app.page.waitForFunction((t) => document.querySelector('[data-testid=article-input]').value === t, first);
  assert.ok((await app.entities()).some((m) => m.text === 'met' && m.label === 'MISC'));
  const title = (await row(second)).getByTestId('document-title');
  await title.fill('Merkel in Paris');
  await title.press('Enter');
  // The list is drawn again after the rename is kept.
  await app.page.waitForFunction(() => [...document.querySelectorAll('[data-testid=document-title]')].some((i) => i.value === 'Merkel in Paris'));
  await (await row('Merkel in Paris')).getByTestId('duplicate-document').click();
  assert.ok((await titles()).includes('Merkel in Paris (copy)'));
});

test('a reload reopens the document this tab had open, not the newest', async () => {
  // The first article was opened from the list; a copy of the second is now the newest.
  assert.equal(await app.page.getByTestId('article-input').inputValue(), first);
  await app.page.reload();
  await app.waitForDoc();
  assert.equal(await app.page.getByTestId('article-input').inputValue(), first);
});

test('delete can be undone', async () => {
  const count = (await titles()).length;
  await (await row('Merkel in Paris (copy)')).getByTestId('delete-document').click();
  assert.equal((await titles()).length, count - 1);
  await (await row('')).page().getByTestId('undo-delete').click();
  assert.equal((await titles()).length, count);
});

test('all documents export as JSON lines and import back', async () => {
  await row('');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export-all').click()]);
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(await download.path(), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, (await titles()).length);
  assert.ok(lines.every((d) => d.format === 'newsmark'));
  const count = (await titles()).length;
  await app.openFile('all.newsmark.jsonl', Buffer.from(lines.map((l) => JSON.stringify(l)).join('\n')), 'application/jsonl');
  assert.match(await app.page.getByTestId('question').textContent(), /already among your documents/);
  await app.answer(true);
  await app.page.waitForFunction((n) => document.querySelectorAll('[data-testid=document]').length > n, count);
});

test('other formats export from the menu and import back', async () => {
  await app.annotateText(second);
  await app.page.getByTestId('export-format').selectOption('spacy');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('export').click()]);
  assert.match(download.suggestedFilename(), /\.spacy\.jsonl$/);
  const { readFileSync } = await import('node:fs');
  const spacy = readFileSync(await download.path(), 'utf8');
  const before = await app.entities();
  await app.paste('');
  await app.openFile('again.spacy.jsonl', Buffer.from(spacy), 'application/jsonl');
  await app.answer(true);
  await app.page.waitForFunction((t) => document.querySelector('[data-testid=article-input]').value === t, second);
  assert.deepEqual((await app.entities()).map((m) => [m.start, m.end, m.label]), before.map((m) => [m.start, m.end, m.label]));
});

for (const [how, patch] of [
  ['refused at once', () => {
    IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  }],
  ['aborted later', () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) { const request = put.apply(this, args); this.transaction.abort(); return request; };
  }],
]) {
  test(`a full or blocked browser store (${how}) is reported and the open work stays`, async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(patch);
    const full = await new AppPage(page).open();
    await full.paste('Emmanuel Macron spoke in Lyon.');
    await full.annotate();
    await full.waitForDoc();
    await page.waitForFunction(() => /could not be saved in this browser.*still open here/.test(document.querySelector('[data-testid=error]')?.textContent ?? ''));
    assert.ok((await full.entities()).some((m) => m.text === 'Emmanuel Macron'));
    assert.equal(await page.getByTestId('edit-bar').getAttribute('data-saved'), 'false', 'never shown as saved');
    await page.close();
  });
}

test('work an earlier version kept in localStorage moves to the database', async () => {
  const { context, close } = await launch();
  const before = await context.newPage();
  // An earlier version: no IndexedDB, so the work goes to localStorage.
  await before.addInitScript(() => { Object.defineProperty(window, 'indexedDB', { value: undefined }); });
  const old = await new AppPage(before).open();
  await old.annotateText(second);
  assert.ok(await before.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('newsmark.document.'))));
  // Versions before tabs kept in step held one shared document list.
  await before.evaluate(() => {
    localStorage.setItem('newsmark.documents', JSON.stringify([{ id: 'old1', title: 'Kept by an old version', changed: 1, reviewed: 0, total: 0 }]));
    localStorage.setItem('newsmark.document.old1', JSON.stringify({ format: 'newsmark', version: 1, offsets: 'codepoint', text: 'Old text.', labels: [], entities: [], quotes: [] }));
  });
  await before.close();
  const after = await new AppPage(await context.newPage()).open();
  const listed = await after.page.getByTestId('document-title').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.ok(listed.some((t) => t.startsWith('Angela Merkel visited Paris')), `listed: ${listed}`);
  assert.ok(listed.includes('Kept by an old version'), `the old list: ${listed}`);
  await after.page.reload();
  await after.page.getByTestId('document-title').first().waitFor({ state: 'attached' });
  const again = await after.page.getByTestId('document-title').evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.deepEqual(again, listed, 'kept in the database');
  assert.ok(!(await after.page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('newsmark.')))), 'localStorage freed');
  await close();
});
