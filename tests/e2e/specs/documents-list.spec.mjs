// The first page teaches and offers an example; the document list keeps its
// order when a document is opened, shows titles as fields, cuts long titles
// without a literal "…", marks documents done, and asks before importing an
// article that is already there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

let browser;
let app;
const titles = () => app.page.getByTestId('document-title').evaluateAll((inputs) => inputs.map((i) => i.value));
const openList = () => app.page.getByTestId('documents').evaluate((d) => { d.open = true; });
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

test('an empty page says how to start and loads an example', async () => {
  assert.match(await app.page.getByTestId('how-to').textContent(), /Paste a news article/);
  await app.page.getByTestId('try-example').click();
  await app.waitForDoc();
  await app.settled();
  assert.ok((await app.entities()).length >= 5);
  assert.ok((await app.quotes()).some((q) => q.kind === 'direct' && q.speaker));
  assert.equal(await app.page.getByTestId('how-to').count(), 0);
});

test('a long first line makes a title cut at a word, with no "…"', async () => {
  const line = 'Ministers from twelve countries met in Geneva on Thursday to discuss the future of the international grain agreement';
  await app.annotateText(`${line}\n\nAngela Merkel said little.`);
  const [title] = await titles();
  assert.ok(!title.includes('…') && line.startsWith(title) && title.length <= 80, title);
});

test('opening a document keeps the order of the list; titles look like fields', async () => {
  await openList();
  const before = await titles();
  await app.page.getByTestId('document').nth(1).getByTestId('open-document').click();
  await app.settled();
  await openList();
  assert.deepEqual(await titles(), before);
  const style = await app.page.getByTestId('document-title').first().evaluate((el) => getComputedStyle(el).borderBottomStyle);
  assert.equal(style, 'dashed');
});

test('a document marked done stays done after a reload', async () => {
  await openList();
  await app.page.getByTestId('document').first().getByTestId('document-done').check();
  await app.page.locator('[data-testid=document][data-done=true]').waitFor({ state: 'attached' });
  // The page says saved only once the database has the mark: a reload then keeps it.
  await app.settled();
  await app.page.reload();
  await app.waitForDoc();
  assert.equal(await app.page.locator('[data-testid=document][data-done=true]').count(), 1);
});

test('opening an article that is already a document asks before making a copy', async () => {
  const { contents } = await app.downloadJson();
  const count = await app.page.getByTestId('document').count();
  await app.openFile('again.newsmark.json', Buffer.from(contents), 'application/json');
  assert.match(await app.page.getByTestId('question').textContent(), /already among your documents/);
  await app.answer(false);
  assert.equal(await app.page.getByTestId('document').count(), count, 'Cancel makes no copy');
  await app.openFile('again.newsmark.json', Buffer.from(contents), 'application/json');
  await app.answer(true);
  await app.page.waitForFunction((n) => document.querySelectorAll('[data-testid=document]').length === n + 1, count);
});
