// Undo and redo take what was learned back and forth with the edit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from '../support/app-page.mjs';

const text = 'Reuters said on Monday that Angela Merkel met Emmanuel Macron in Paris.';
let browser;
let app;
const learned = () => app.page.getByTestId('reset-learning').textContent().then((t) => Number(t.match(/\d+/)[0]));
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('deleting a mark teaches; undo forgets it and redo teaches it again', async () => {
  await app.entity('Reuters').click();
  await app.press('Delete');
  assert.equal(await learned(), 1);
  await app.press('Control+z');
  assert.equal(await app.entity('Reuters').count(), 1);
  assert.equal(await learned(), 0, 'the undo took the learning back');
  await app.press('Control+Shift+z');
  assert.equal(await app.entity('Reuters').count(), 0);
  assert.equal(await learned(), 1, 'the redo learned it again');
  await app.press('Control+z');
});

test('a new article after the undo is marked as if the delete had never been made', async () => {
  await app.annotateText('The news agency Reuters reported that Angela Merkel spoke in Berlin.');
  assert.equal(await app.entity('Reuters').count(), 1);
  // Reloading keeps the undone state: nothing learned was saved behind the user's back.
  await app.page.reload();
  await app.waitForDoc();
  assert.equal(await learned(), 0);
});
