// Articles never leave the machine: pasted HTML is shown as text, the page
// allows only its own files, makes no requests after loading, and keeps
// working offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, AppPage, APP_URL } from '../support/app-page.mjs';

let browser;
let app;
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

test('pasted HTML and script are shown as text and never run', async () => {
  const hostile = 'NATO said <img src=x onerror="window.pwned=1"> and <script>window.pwned=2</script> in Brussels.';
  await app.annotateText(hostile);
  assert.equal(await app.page.getByTestId('doc-view').textContent(), hostile);
  assert.equal(await app.page.evaluate(() => window.pwned), undefined);
  assert.equal(await app.page.locator('[data-testid=doc-view] img, [data-testid=doc-view] script').count(), 0);
});

test('the Content-Security-Policy allows only the app\'s own files', async () => {
  const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /'unsafe-eval'|script-src[^;]*unsafe-inline/);
  const blocked = await app.page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.injected = 1';
    document.body.appendChild(s);
    setTimeout(() => resolve(false), 500);
  }));
  assert.ok(blocked, 'an inline script is refused');
  assert.equal(await app.page.evaluate(() => window.injected), undefined);
});

test('after loading, annotating, editing and downloading make no network requests', async () => {
  const page = await browser.context.newPage();
  const fresh = await new AppPage(page).open();
  await page.waitForLoadState('networkidle');
  const requests = [];
  page.on('request', (r) => { if (/^https?:/.test(r.url())) requests.push(r.url()); });
  await fresh.annotateText('Rex Tillerson met Sergei Lavrov in Bonn on Thursday.');
  await fresh.entity('Bonn').click();
  await fresh.press('2');
  await fresh.downloadJson();
  await page.waitForTimeout(300);
  assert.deepEqual(requests, []);
  await page.close();
});

test('once loaded, the app works offline', async () => {
  const page = await browser.context.newPage();
  await page.goto(APP_URL);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await browser.context.setOffline(true);
  try {
    await page.reload();
    const offline = new AppPage(page);
    await offline.annotateText('Angela Merkel visited Paris.');
    assert.ok((await offline.entities()).some((m) => m.text === 'Angela Merkel'));
  } finally {
    await browser.context.setOffline(false);
    await page.close();
  }
});
