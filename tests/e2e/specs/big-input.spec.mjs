// A 5 MB article: annotation runs in a Web Worker with a progress
// indication while the page stays responsive, and the view draws only the
// paragraphs around the scroll position.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, SHARED } from '../support/app-page.mjs';

const seed = readFileSync(`${SHARED}seed-article.txt`, 'utf8').trim();
let article = '';
let parts = 0;
for (; article.length < 5 * 1024 * 1024; parts++) article += `${seed}\n\nPart ${parts} ends here.\n\n`;
let browser;
let app;
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

test('a 5 MB article is annotated in a worker while the page responds', { timeout: 240000 }, async () => {
  await app.page.evaluate((text) => {
    const box = document.querySelector('[data-testid=article-input]');
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, article);
  await app.annotate();
  await app.page.getByTestId('annotating').waitFor();
  // While the worker tags, the page answers at once.
  const started = Date.now();
  await app.page.evaluate(() => 1 + 1);
  assert.ok(Date.now() - started < 1000, 'the page stays responsive');
  await app.page.getByTestId('doc-view').waitFor({ timeout: 200000 });
  assert.equal(await app.page.getByTestId('annotating').count(), 0);
  assert.equal(await app.page.getByTestId('doc-view').getAttribute('data-windowed'), 'true');
  const drawn = await app.page.locator('[data-testid=doc-view] .para').count();
  assert.ok(drawn > 0 && drawn <= 240, `${drawn} paragraphs drawn`);
  assert.ok(await app.page.getByTestId('entity').count() > 100);
});

test('scrolling draws the paragraphs that come into view', { timeout: 120000 }, async () => {
  await app.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = `Part ${parts - 1} ends`;
  await app.page.waitForFunction((last) => [...document.querySelectorAll('[data-testid=doc-view] .para')].some((p) => p.textContent.includes(last)), last, { timeout: 20000 });
  const doc = JSON.parse((await app.downloadJson()).contents);
  assert.equal(doc.text.length, article.length);
});

test('the entity list reaches a mark outside the drawn paragraphs', { timeout: 60000 }, async () => {
  // Still scrolled to the end: the first mention of James Mattis is not drawn.
  const firstDrawn = await app.page.locator('[data-testid=doc-view] .para').first().textContent();
  assert.ok(!firstDrawn.includes('Part 0 ends'), 'the window has moved away from the start');
  await app.page.locator('[data-testid=entity-group][data-name="James Mattis"]').click();
  await app.page.waitForFunction(() => {
    const mark = document.activeElement;
    if (mark?.dataset.testid !== 'entity' || mark.textContent !== 'James Mattis') return false;
    const box = mark.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }, null, { timeout: 20000 });
  const start = await app.page.evaluate(() => Number(document.activeElement.dataset.start));
  assert.ok(start < seed.length, `the first mention is focused (start ${start})`);
});

test('Tab from the last drawn mark goes on to the next mark', { timeout: 60000 }, async () => {
  const last = app.page.locator('[data-testid=doc-view] [data-testid=entity]').last();
  const lastStart = Number(await last.getAttribute('data-start'));
  await last.focus();
  await app.page.keyboard.press('Tab');
  await app.page.waitForFunction((after) => {
    const mark = document.activeElement;
    return ['entity', 'quote'].includes(mark?.dataset.testid) && Number(mark.dataset.start) > after;
  }, lastStart, { timeout: 20000 });
});

test('a correction on the 5 MB article is drawn at once, and learning from it keeps the page responsive', { timeout: 240000 }, async () => {
  await app.page.evaluate(() => window.scrollTo(0, 0));
  const mattis = app.page.locator('[data-testid=doc-view] [data-testid=entity][data-label=PER]', { hasText: 'James Mattis' });
  await mattis.first().click();
  await app.settled();
  const start = await mattis.first().getAttribute('data-start');
  const drawn = await app.page.evaluate((start) => new Promise((resolve) => {
    // Long tasks on the page's thread from the key press on.
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true }));
    const check = () => (document.querySelector(`[data-testid=entity][data-start="${start}"]`)?.dataset.label === 'ORG'
      ? resolve(performance.now() - t0) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  }), start);
  assert.ok(drawn < 1000, `the correction is drawn in ${drawn.toFixed(0)} ms`);
  // Learning re-tags the article in the worker: the other mentions follow the correction.
  await app.page.locator('[data-testid=edit-bar][data-pending="0"][data-saved="true"]').waitFor({ timeout: 200000 });
  const others = await app.page.locator('[data-testid=doc-view] [data-testid=entity]', { hasText: 'James Mattis' }).evaluateAll(
    (marks) => marks.map((m) => m.dataset.label));
  assert.ok(others.length > 1 && others.every((label) => label === 'ORG'), `other mentions: ${others}`);
  const longest = await app.page.evaluate(() => Math.max(0, ...window.longTasks));
  assert.ok(longest < 2000, `the page's longest task while learning took ${longest.toFixed(0)} ms`);
  // One undo takes back the correction and what the re-tag changed.
  await app.page.keyboard.press('Control+z');
  await app.settled();
  const undone = await app.page.locator('[data-testid=doc-view] [data-testid=entity]', { hasText: 'James Mattis' }).evaluateAll(
    (marks) => marks.map((m) => m.dataset.label));
  assert.ok(undone.every((label) => label === 'PER'), `after undo: ${undone}`);
});

test('the 5 MB article is kept in the browser and comes back after a reload', { timeout: 240000 }, async () => {
  await app.settled();
  await app.page.reload();
  await app.page.getByTestId('doc-view').waitFor({ timeout: 200000 });
  const restored = await app.page.evaluate(() => document.querySelector('[data-testid=article-input]').value.length);
  assert.equal(restored, article.length);
  assert.ok(await app.page.getByTestId('entity').count() > 100);
});
