// The entity model is a file of its own, fetched once while the page is
// already usable: Annotate waits for it with a visible state, never an
// error; if it cannot be had, the page says so and the work stays.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, AppPage, APP_URL } from '../support/app-page.mjs';

const browsers = [];
after(async () => { for (const b of browsers) await b.close(); });

async function pageWithModel(respond) {
  const browser = await launch({ serviceWorkers: 'block' });
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.route(/\/ner-[0-9a-f]{16}\.bin$/, respond);
  await page.goto(APP_URL);
  await page.getByTestId('article-input').waitFor();
  return page;
}

test('the page is usable while the model arrives, and Annotate waits for it', async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let requests = 0;
  const page = await pageWithModel(async (route) => { requests += 1; await held; await route.continue(); });
  const app = new AppPage(page);
  assert.equal(await page.locator('[data-model]').getAttribute('data-model'), 'loading');
  await app.paste('"We are ready," said Angela Merkel in Berlin.');
  await app.annotate();
  await page.getByTestId('model-loading').waitFor();
  assert.equal(await app.error().count(), 0);
  release();
  await app.waitForDoc();
  assert.deepEqual((await app.entities()).map((e) => e.text), ['Angela Merkel', 'Berlin']);
  assert.equal(await page.getByTestId('model-loading').count(), 0);
  assert.equal(await page.locator('[data-model]').getAttribute('data-model'), 'ready');
  assert.equal(requests, 1, 'the model is fetched once (the preload is the fetch)');
});

test('a model that cannot be fetched is reported; the text stays and nothing else breaks', async () => {
  const page = await pageWithModel((route) => route.fulfill({ status: 404, body: 'gone' }));
  const app = new AppPage(page);
  await app.paste('"We are ready," said Angela Merkel.');
  await page.locator('[data-model=failed]').waitFor();
  assert.match(await app.error().textContent(), /entity model could not be loaded \(ner-[0-9a-f]{16}\.bin: HTTP 404\)/);
  await app.annotate();
  assert.match(await app.error().textContent(), /Cannot annotate: the entity model could not be loaded/);
  assert.equal(await page.getByTestId('article-input').inputValue(), '"We are ready," said Angela Merkel.');
  assert.equal(await page.getByTestId('doc-view').count(), 0);
});
