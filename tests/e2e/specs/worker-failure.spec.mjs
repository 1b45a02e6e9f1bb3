// A failure inside the annotation worker (a crash in the annotator) is
// reported on the page, which stops waiting and keeps the article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, SHARED } from '../support/app-page.mjs';

const seed = readFileSync(`${SHARED}seed-article.txt`, 'utf8').trim();
let browser;
let app;
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

test('a crash in the worker is reported and the article stays', { timeout: 120000 }, async () => {
  // A long article is annotated in the worker, which then exists.
  await app.paste(`${seed}\n\n`.repeat(60));
  await app.annotate();
  await app.waitForDoc();
  await app.settled();
  const marks = await app.page.getByTestId('entity').count();
  const [worker] = app.page.workers();
  assert.ok(worker, 'the annotation worker runs');
  // The handler fails as a crash would: reading the request throws inside the wasm's handler.
  await worker.evaluate(() => self.onmessage({ get data() { throw new Error('broken on purpose'); } }));
  const error = app.page.getByTestId('error');
  await error.waitFor({ timeout: 20000 });
  assert.match(await error.textContent(), /annotator failed .*broken on purpose.*reload/);
  assert.equal(await app.page.getByTestId('annotating').count(), 0);
  assert.equal(await app.page.getByTestId('entity').count(), marks);
});
