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
  await app.settled();
  // "Part" (unmarked) in every "Part N ends here." line: marking one teaches the others.
  const at = await app.page.evaluate(() => {
    const line = [...document.querySelectorAll('[data-testid=doc-view] .para')].find((p) => p.textContent.startsWith('Part '));
    return Number(line.querySelector('[data-o]').dataset.o);
  });
  // Selected as a drag leaves it (the line is drawn where the window is; no pointer coordinates needed).
  await app.page.evaluate((at) => {
    const piece = document.querySelector(`[data-testid=doc-view] [data-o="${at}"]`);
    const range = document.createRange();
    range.setStart(piece.firstChild, 0);
    range.setEnd(piece.firstChild, 4);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    piece.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, at);
  await app.page.getByTestId('label-picker').waitFor();
  const drawn = await app.page.evaluate((at) => new Promise((resolve) => {
    // Long tasks on the page's thread from the key press on.
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '4', bubbles: true }));
    const check = () => (document.querySelector(`[data-testid=entity][data-start="${at}"]`)?.dataset.label === 'MISC'
      ? resolve(performance.now() - t0) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  }), at);
  assert.ok(drawn < 1000, `the correction is drawn in ${drawn.toFixed(0)} ms`);
  // Learning re-tags the article in the worker: the other lines' "Part" is marked too, and flashes.
  await app.page.locator('[data-testid=edit-bar][data-pending="0"][data-saved="true"]').waitFor({ timeout: 200000 });
  const parts = () => app.page.locator('[data-testid=doc-view] [data-testid=entity][data-label=MISC]', { hasText: /^Part$/ });
  assert.ok(await parts().count() > 1, 'other mentions are marked');
  assert.ok(await app.page.locator('[data-testid=entity].flash').count() > 1, 'and flash');
  assert.match(await app.page.getByTestId('notice').textContent(), /Learning changed \d+ other marks/);
  const longest = await app.page.evaluate(() => Math.max(0, ...window.longTasks));
  assert.ok(longest < 2000, `the page's longest task while learning took ${longest.toFixed(0)} ms`);
  // One undo takes back the correction and what the re-tag changed.
  await app.page.getByTestId('undo').click();
  await app.settled();
  assert.equal(await parts().count(), 0);
});

test('the 5 MB article is kept in the browser and comes back after a reload', { timeout: 240000 }, async () => {
  await app.settled();
  await app.page.reload();
  await app.page.getByTestId('doc-view').waitFor({ timeout: 200000 });
  const restored = await app.page.evaluate(() => document.querySelector('[data-testid=article-input]').value.length);
  assert.equal(restored, article.length);
  assert.ok(await app.page.getByTestId('entity').count() > 100);
});
