// Timing benchmark (run on demand, not a test): a 10,000-word article in
// headless Chromium. Reports the median time from Annotate to the marks on
// screen (5 runs; a long article draws a window of paragraphs) and the median time from a relabel key press to the next
// frame with the change drawn (50 edits). Then a 400,000-character and a 5 MB
// article (annotated in the worker): the median time from a relabel's key
// press to the frame that shows it, and (5 MB) the page's longest task until
// learning (the worker's re-tag) and saving are done (5 relabels each).
// First, the time to a usable page: from navigation to the text box
// accepting input, and to the entity model ready, cold (a fresh profile)
// and warm (reloads with the service worker's cache).
// Usage, with the app served: NEWSMARK_URL=http://127.0.0.1:8080/ node tools/bench.mjs
// (BENCH=first-load: only the first part.)
import { readFileSync } from 'node:fs';
import { launch, AppPage, SHARED, APP_URL } from '../support/app-page.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation to the text box accepting input and to the model ready, for one load of `page`. */
async function loadTimes(page, reload) {
  if (reload) await page.reload(); else await page.goto(APP_URL);
  await page.locator('[data-model=ready]').waitFor({ timeout: 60000 });
  return page.evaluate(() => window.firstLoad);
}

/** Three fresh profiles (cold), each reloaded twice once its service worker is active (warm). */
async function firstLoad() {
  const cold = [];
  const warm = [];
  for (let run = 0; run < 3; run++) {
    const fresh = await launch();
    const page = await fresh.context.newPage();
    await page.addInitScript(() => {
      window.firstLoad = {};
      const look = () => {
        const box = document.querySelector('[data-testid=article-input]');
        if (box && !box.disabled && window.firstLoad.input === undefined) window.firstLoad.input = performance.now();
        if (document.querySelector('[data-model=ready]')) window.firstLoad.model = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    cold.push(await loadTimes(page, false));
    await page.evaluate(() => navigator.serviceWorker.ready);
    for (let again = 0; again < 2; again++) warm.push(await loadTimes(page, true));
    await fresh.close();
  }
  const report = (name, times) => console.log(`${name}: text box usable median ${median(times.map((t) => t.input)).toFixed(0)} ms, `
    + `model ready median ${median(times.map((t) => t.model)).toFixed(0)} ms (${times.length} loads)`);
  report('first visit (cold)', cold);
  report('later visit (service worker warm)', warm);
}

await firstLoad();
if (process.env.BENCH === 'first-load') process.exit(0);
const seed = readFileSync(`${SHARED}seed-article.txt`, 'utf8');
const words = (t) => t.split(/\s+/).filter(Boolean).length;
let article = '';
while (words(article) < 10000) article += `${seed.trim()}\n\n`;

const browser = await launch();
const app = await new AppPage(await browser.context.newPage()).open();
// Set the text box as a paste does: one input event.
const paste = (text) => app.page.evaluate((text) => {
  const box = document.querySelector('[data-testid=article-input]');
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
}, text);
const annotate = [];
for (let run = 0; run < 5; run++) {
  // Start from no document, so that the first marks seen are this run's.
  await app.page.evaluate(() => document.querySelector('[data-testid=new-document]').click());
  await app.page.getByTestId('doc-view').waitFor({ state: 'detached' });
  await paste(`${article}\n\nRun ${run}.`);
  annotate.push(await app.page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector('[data-testid=annotate]').click();
    const check = () => {
      const marks = document.querySelectorAll('[data-testid=doc-view] [data-testid=entity]').length;
      if (marks > 0) resolve(performance.now() - t0);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })));
}
const marks = await app.page.getByTestId('entity').count();
const edits = [];
for (let i = 0; i < 50; i++) {
  const mark = app.page.getByTestId('entity').nth(i * 3);
  await mark.click();
  await app.settled();
  const key = i % 2 ? '2' : '4';
  edits.push(await app.page.evaluate((key) => new Promise((resolve) => {
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    requestAnimationFrame(() => resolve(performance.now() - t0));
  }), key));
  await app.settled();
}
const learn = [];
for (let i = 0; i < 5; i++) {
  await app.page.getByTestId('entity').nth(i * 11 + 3).click();
  await app.settled();
  learn.push(await app.page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
    const wait = () => (document.querySelector('[data-testid=edit-bar]').dataset.pending === '0' ? resolve(performance.now() - t0) : requestAnimationFrame(wait));
    requestAnimationFrame(wait);
  })));
}
/** An article of at least `size` characters made of the seed article, annotated from an empty page. */
async function openLong(size) {
  let text = '';
  for (let part = 0; text.length < size; part++) text += `${seed.trim()}\n\nPart ${part} ends here.\n\n`;
  await app.page.evaluate(() => document.querySelector('[data-testid=new-document]').click());
  await app.page.getByTestId('doc-view').waitFor({ state: 'detached' });
  await paste(text);
  await app.page.getByTestId('annotate').click();
  await app.page.getByTestId('doc-view').waitFor({ timeout: 300000 });
  await app.settled();
  return text;
}

/** Five relabels of marks in the open long article: the time until each is drawn, and the longest task until it is learned and saved. */
async function relabelTimes() {
  const drawn = [];
  const longest = [];
  for (let i = 0; i < 5; i++) {
    const mark = app.page.locator('[data-testid=doc-view] [data-testid=entity]').nth(i * 7 + 2);
    await mark.click();
    await app.page.locator('[data-testid=edit-bar][data-pending="0"][data-saved="true"]').waitFor({ timeout: 300000 });
    const start = await mark.getAttribute('data-start');
    const key = (await mark.getAttribute('data-label')) === 'MISC' ? '2' : '4';
    const label = key === '2' ? 'ORG' : 'MISC';
    drawn.push(await app.page.evaluate(([start, key, label]) => new Promise((resolve) => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      const t0 = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      const check = () => (document.querySelector(`[data-testid=entity][data-start="${start}"]`)?.dataset.label === label
        ? resolve(performance.now() - t0) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    }), [start, key, label]));
    await app.page.locator('[data-testid=edit-bar][data-pending="0"][data-saved="true"]').waitFor({ timeout: 300000 });
    longest.push(await app.page.evaluate(() => Math.max(0, ...window.longTasks)));
  }
  return { drawn, longest };
}

const medium = await openLong(400000);
const mediumTimes = await relabelTimes();
const big = await openLong(5 * 1024 * 1024);
const { drawn: bigDrawn, longest: bigLongest } = await relabelTimes();
await browser.close();
console.log(`article: ${words(article)} words, ${marks} marks`);
console.log(`annotate to marks on screen: median ${median(annotate).toFixed(1)} ms (runs: ${annotate.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`edit redrawn: median ${median(edits).toFixed(1)} ms over ${edits.length} relabels`);
console.log(`edit plus learning and re-tagging the article: median ${median(learn).toFixed(1)} ms over ${learn.length}`);
console.log(`${medium.length}-character article: a relabel drawn: median ${median(mediumTimes.drawn).toFixed(1)} ms (${mediumTimes.drawn.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`5 MB article (${big.length} characters): correction drawn: median ${median(bigDrawn).toFixed(1)} ms (${bigDrawn.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`5 MB article: the page's longest task until learning, re-tag and saving are done: median ${median(bigLongest).toFixed(0)} ms (${bigLongest.map((t) => t.toFixed(0)).join(', ')})`);
