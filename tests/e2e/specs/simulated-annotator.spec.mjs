// The simulated annotator, in the browser: the news passages of
// articles-dev are corrected one after another until their marks are the
// gold ones, with the mouse and the documented keys (click a mark and press
// a digit or Delete; drag over words, over marks too, and press a digit),
// learning carried from article to article. Every article reaches its gold
// marks; no selection fails to bring the label picker; it takes no more
// corrections than first errors; and the app makes the same first errors
// and needs the same corrections as `newsmark simulate --learn`, whose
// figures #10 measures: the app and the engine learn alike.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { startApp, SHARED, CLI } from '../support/app-page.mjs';

const folder = `${SHARED}articles-dev/`;
const articles = readdirSync(folder).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(folder + f, 'utf8')));
const keyOf = { PER: '1', ORG: '2', LOC: '3', MISC: '4' };

let browser;
let app;
before(async () => ({ browser, app } = await startApp()));
after(async () => { await browser.close(); });

/** The engine's simulated annotator on the same stream: per article, [first errors, corrections]. */
function engineFigures() {
  const table = execFileSync(CLI, ['simulate', folder, '--learn'], { encoding: 'utf8' });
  const rows = new Map();
  for (const line of table.split('\n').slice(1)) {
    const cells = line.split('\t');
    if (cells.length === 7) rows.set(cells[0], [Number(cells[2]), Number(cells[4])]);
  }
  return rows;
}

/** The errors of `marks` against `gold` in the simulator's order: gold spans not marked exactly, and marks over no gold span. */
function errors(marks, gold) {
  const out = gold.filter((g) => !marks.some((m) => m.start === g.start && m.end === g.end && m.label === g.label))
    .map((g) => ({ start: g.start, end: g.end, what: g.label }));
  for (const m of marks) {
    if (!gold.some((g) => g.start < m.end && m.start < g.end)) out.push({ start: m.start, end: m.end, what: `spurious ${m.label}` });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.what < b.what ? -1 : a.what > b.what ? 1 : 0));
}

/** Whether code points start..end cut a word, so that only an Alt-drag (exact characters) selects them. */
function cutsWord(chars, start, end) {
  const wordy = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return (start > 0 && wordy(chars[start - 1]) && wordy(chars[start])) || (wordy(chars[end - 1]) && wordy(chars[end]));
}

/** Makes the first correction a person reading in order makes, written down in `fixes`; false when the marks are gold. */
async function correctNext(chars, gold, fixes) {
  const marks = await app.entities();
  const [first] = errors(marks, gold);
  if (!first) return false;
  fixes.push(`${first.what} ${first.start}-${first.end} "${chars.slice(first.start, first.end).join('')}"`);
  const mark = app.page.locator(`[data-testid=entity][data-start="${first.start}"][data-end="${first.end}"]`).first();
  if (first.what.startsWith('spurious ')) {
    await mark.click();
    await app.press('Delete');
  } else if (marks.some((m) => m.start === first.start && m.end === first.end)) {
    await mark.click();
    await app.press(keyOf[first.what]);
  } else {
    await app.dragSelect(first.start, first.end, { alt: cutsWord(chars, first.start, first.end) });
    const picked = await app.page.getByTestId('label-picker').waitFor({ timeout: 3000 }).then(() => true, () => false);
    assert.ok(picked, `no label picker after selecting ${chars.slice(first.start, first.end).join('')}`);
    await app.press(keyOf[first.what]);
  }
  return true;
}

test('every article is corrected to gold as the engine\'s simulated annotator corrects it', async () => {
  const expected = engineFigures();
  let firstErrors = 0;
  let corrections = 0;
  for (const article of articles) {
    await app.annotateText(article.text);
    const chars = [...article.text];
    const made = errors(await app.entities(), article.entities).length;
    const fixes = [];
    let done = 0;
    while (done <= 3 * (made + article.entities.length) && await correctNext(chars, article.entities, fixes)) done += 1;
    assert.deepEqual(errors(await app.entities(), article.entities), [], `${article.id} reaches its gold marks`);
    assert.deepEqual([made, done], expected.get(article.id), `${article.id}: first errors and corrections, app vs engine (${fixes.join('; ')})`);
    firstErrors += made;
    corrections += done;
  }
  assert.ok(corrections <= firstErrors, `${corrections} corrections for ${firstErrors} first errors`);
});
