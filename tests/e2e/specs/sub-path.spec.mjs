// The build works copied to any folder of any static server: served under
// /some/sub/path/, the app starts, annotates the seed article with no failed
// request, and works offline after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { readFileSync } from 'node:fs';
import { launch, AppPage, SHARED } from '../support/app-page.mjs';

const DIST = new URL('../../../dist/', import.meta.url).pathname;
const PREFIX = '/some/sub/path/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
let server;
let url;
let browser;

before(async () => {
  // Only the sub-path exists on this server: a URL from the site root fails.
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (!path.startsWith(PREFIX)) return response.writeHead(404).end();
    const file = normalize(join(DIST, path.slice(PREFIX.length) || 'index.html'));
    if (!file.startsWith(DIST)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}${PREFIX}`;
  browser = await launch();
});
after(async () => {
  await browser.close();
  server.close();
});

test('under a sub-path the seed article is annotated with no failed request, and again offline', async () => {
  const page = await browser.context.newPage();
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  const modelRequests = [];
  page.on('request', (r) => { if (/\/ner-[0-9a-f]{16}\.bin$/.test(r.url())) modelRequests.push(r.url()); });
  await page.goto(url);
  const app = new AppPage(page);
  await page.getByTestId('article-input').waitFor();
  const seed = readFileSync(`${SHARED}seed-article.txt`, 'utf8');
  await app.annotateText(seed);
  assert.ok((await app.entities()).some((m) => m.text === 'James Mattis'));
  assert.ok((await app.quotes()).length > 0);
  // A long article goes to the worker, whose files are relative too.
  await app.paste(`${seed}\n\n`.repeat(60));
  await app.annotate();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=progress]').textContent.match(/\/ (\d+) reviewed/)[1]) > 1000);
  await app.settled();
  assert.deepEqual(failed, []);
  // One model file, fetched once from the sub-path: the page preloads it and hands it to the worker.
  assert.equal(modelRequests.length, 1, modelRequests.join(', '));
  assert.ok(modelRequests[0].startsWith(url), modelRequests[0]);
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), url);
  await browser.context.setOffline(true);
  try {
    await page.reload();
    await page.getByTestId('article-input').waitFor();
    await app.annotateText('Angela Merkel visited Paris.');
    assert.ok((await app.entities()).some((m) => m.text === 'Angela Merkel'));
  } finally {
    await browser.context.setOffline(false);
  }
});
