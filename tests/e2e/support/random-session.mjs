// A scripted user who does random things to an annotated article: keys of
// the documented list, drags (some with Alt), clicks and double-clicks on
// marks, the edit bar's buttons, the find bar, the quote editor, reloads and
// a detour to another document. After each step the drawn article must
// agree with its text: every mark and quote shows exactly its own words, no
// two marks overlap, no mark starts or ends on a space or crosses a line,
// nothing says "panic"; tabs on the article agree, and its marks survive a
// reload and a detour (both compared in the downloaded file, since a long
// article draws only a window of its marks).

/**
 * The seed article with a paragraph of emoji, CJK and combining marks, `copies`
 * times (50 make a long article: drawn a window at a time, tagged in the worker).
 */
export function sessionText(seedArticle, copies = 1) {
  const one = `${seedArticle.trimEnd()}\n\nEmoji 👩‍👩‍👧 Angela Merkel met 習近平 in Berlin. Cafe\u0301 Müller said “no” to José Martí.\n\n"We will see," said Olaf Scholz 🇩🇪.`;
  return Array.from({ length: copies }, () => one).join('\n\n');
}

/** Deterministic random numbers (xorshift32) from `seed`. */
export function generator(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 4294967296;
  };
  return { next, pick: (xs) => xs[Math.floor(next() * xs.length)] };
}

const KEYS = ['Tab', 'Shift+Tab', 'ArrowLeft', 'ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowRight', 'Control+Shift+ArrowLeft',
  'Control+Shift+ArrowRight', 'Alt+Shift+ArrowRight', 'Alt+Shift+ArrowLeft', 'Control+Alt+Shift+ArrowLeft', '1', '2', '3', '4',
  'Enter', 'Delete', 'Backspace', 'a', 'n', 'u', 'q', 'r', 'Control+z', 'Control+z', 'Control+Shift+z', 'Control+y', 'Escape'];
const BUTTONS = ['toolbar-accept', 'toolbar-delete', 'toolbar-quote', 'undo', 'redo', 'next-unreviewed', 'next-unsure', 'pick-quote',
  'pick-reported', 'apply-all', 'delete-quote'];
const WORDS = ['Russia', 'Mattis', 'the', 'Merkel', 'Berlin', 'NATO'];
const SPEAKERS = ['James Mattis', 'a senior official', 'he', 'Angela Merkel', ''];

/** What the page shows: marks and quotes (pieces joined), and messages that should never appear. */
export async function drawn(app) {
  const quotes = new Map();
  for (const q of await app.quotes()) {
    const key = `${q.start}-${q.end}`;
    if (quotes.has(key)) quotes.get(key).text += q.text; else quotes.set(key, { ...q });
  }
  const messages = await app.page.evaluate(() => [...document.querySelectorAll('[data-testid=error],[data-testid=notice]')]
    .map((e) => e.textContent).filter((t) => /panic|undefined|NaN|\[object/i.test(t)));
  return { marks: (await app.entities()).sort((x, y) => x.start - y.start || x.end - y.end), quotes: [...quotes.values()], messages };
}

/** The problems with what is drawn of the article whose code points are `chars`. */
export async function problems(app, chars) {
  const found = [];
  const { marks, quotes, messages } = await drawn(app);
  const words = (x) => chars.slice(x.start, x.end).join('');
  for (const [i, m] of marks.entries()) {
    if (m.text !== words(m)) {
      // Where its pieces are drawn tells a stale node from a wrong document.
      const where = await app.page.evaluate(({ start, end }) => {
        const ids = new Set([...document.querySelectorAll(`[data-testid=entity][data-start="${start}"][data-end="${end}"]`)].map((e) => e.dataset.id));
        return [...document.querySelectorAll('[data-testid=entity]')].filter((e) => ids.has(e.dataset.id)).map((e) => {
          const paragraph = e.closest('.para');
          const parent = e.parentElement;
          return `${e.dataset.id} ${e.dataset.start}..${e.dataset.end} ${JSON.stringify(e.textContent)} (${e.childNodes.length} nodes) `
            + `in ${parent.tagName}${parent.dataset.testid ? `[${parent.dataset.testid} ${parent.dataset.start}..${parent.dataset.end}]` : ''} `
            + `of paragraph ${paragraph?.dataset.start}: ${e.outerHTML.slice(0, 300)}`;
        });
      }, m);
      found.push(`mark ${JSON.stringify(m)} drawn over ${JSON.stringify(words(m))} in: ${where.join(' || ')}`);
    }
    if (/^\s|\s$|\n/.test(words(m))) found.push(`mark on a space or across a line: ${JSON.stringify(m)}`);
    if (i > 0 && marks[i - 1].end > m.start) found.push(`marks overlap: ${JSON.stringify([marks[i - 1], m])}`);
  }
  for (const q of quotes) if (q.text !== words(q)) found.push(`quote ${JSON.stringify(q)} drawn over ${JSON.stringify(words(q))}`);
  found.push(...messages.map((m) => `message: ${m}`));
  if (!(await app.page.getByTestId('doc-view').count())) {
    // What the page says, and where the focus is, tell why (a deletion, the dashboard, a new document).
    const said = await app.page.evaluate(() => [...document.querySelectorAll('[data-testid=error],[data-testid=notice]')]
      .map((e) => e.textContent).concat(`focus on ${document.activeElement.outerHTML.slice(0, 120)}`).join(' | '));
    found.push(`the article is gone (${said})`);
  }
  return found;
}

/** The marks of the tab's article as its JSON download has them (a long article draws only a window of its marks). */
async function downloadedMarks(app) {
  return JSON.stringify(JSON.parse((await app.downloadJson()).contents).entities);
}

/** One random step; gives its name. */
export async function act(app, random, chars, title) {
  const { page } = app;
  const r = random.next();
  if (r < 0.5) {
    const key = random.pick(KEYS);
    await page.keyboard.press(key);
    return key;
  }
  if (r < 0.58) {
    const id = random.pick(BUTTONS);
    const button = page.getByTestId(id).first();
    if (await button.count() && await button.isVisible() && await button.isEnabled()) await button.click({ timeout: 2000 });
    return `button ${id}`;
  }
  if (r < 0.62) {
    const word = random.pick(WORDS);
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill(word, { timeout: 2000 });
    if (random.next() < 0.5) {
      await page.getByTestId('find-input').press('Enter');
      await page.keyboard.press(random.pick(['1', '2', '3', '4']));
    } else {
      await page.getByTestId('find-mark-all').click({ timeout: 2000 });
    }
    await page.keyboard.press('Escape');
    return `find ${word}`;
  }
  if (r < 0.66) {
    const n = await page.getByTestId('quote').count();
    if (!n) return 'no quote';
    const i = Math.floor(random.next() * n);
    await page.getByTestId('quote').nth(i).focus({ timeout: 2000 });
    const speaker = page.getByTestId('quote-speaker');
    if (random.next() < 0.5 && await speaker.count()) {
      await speaker.fill(random.pick(SPEAKERS));
      await speaker.press('Enter');
    }
    return `quote ${i}`;
  }
  if (r < 0.675) {
    await page.reload();
    await app.waitForDoc();
    return 'reload';
  }
  if (r < 0.685) {
    // Another article, then back: nothing of this one changes.
    const before = await downloadedMarks(app);
    await page.getByTestId('documents').evaluate((d) => { d.open = true; });
    try {
      await page.getByTestId('new-document').click({ timeout: 2000 });
      await app.annotateText(`Detour ${Math.floor(random.next() * 1000)}: Olaf Scholz met Emmanuel Macron in Paris.`);
    } finally {
      // Back to the article even from a detour stopped half-way (its step is then reported as not done).
      await app.openDocument(title);
    }
    const after = await downloadedMarks(app);
    return before === after ? 'detour' : `detour changed the marks:\n${before}\n${after}`;
  }
  const n = await page.getByTestId('entity').count();
  if (r < 0.88 || !n) {
    const a = Math.floor(random.next() * chars.length);
    const b = Math.min(chars.length, a + 1 + Math.floor(random.next() * 30));
    await app.dragSelect(a, b, { alt: random.next() < 0.2 });
    return `drag ${a}..${b}`;
  }
  const i = Math.floor(random.next() * n);
  const mark = page.getByTestId('entity').nth(i);
  if (r < 0.95) await mark.click({ timeout: 2000 }); else await mark.dblclick({ timeout: 2000 });
  return `${r < 0.95 ? 'click' : 'double-click'} mark ${i}`;
}

/** The marks of each tab once all are settled and have heard from the others (all showing the article `text`), or `null`. */
async function settledMarks(tabs, text) {
  for (const tab of tabs) {
    await tab.page.keyboard.press('Escape');
    await tab.settled();
  }
  await tabs[0].page.waitForTimeout(400);
  const texts = await Promise.all(tabs.map((tab) => tab.page.getByTestId('article-input').inputValue()));
  if (texts.some((t) => t !== text)) return null;
  return Promise.all(tabs.map(downloadedMarks));
}

/**
 * Runs `steps` random steps from `seed` on the open article `text` (its
 * document titled `title`) in `tabs` (one or more tabs of one browser with
 * it open), each step in a tab picked at random; gives the problems found,
 * each with the steps that led to it. Every tenth step, tabs that show the
 * article must show the same marks; at the end, a reload must keep them.
 */
export async function randomSession(tabs, { seed, steps, text, title }) {
  const random = generator(seed);
  const chars = [...text];
  const log = [];
  const found = [];
  const errors = [];
  for (const tab of tabs) {
    tab.page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    tab.page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  }
  const report = (what) => found.push(`seed ${seed}, step ${log.length}: ${what}\n  after: ${log.slice(-8).join(' | ')}`);
  for (let step = 0; step < steps && !found.length; step++) {
    const at = Math.floor(random.next() * tabs.length);
    let name;
    try {
      name = await act(tabs[at], random, chars, title);
    } catch (e) {
      name = `(a step that could not be done: ${e.message.split('\n').slice(0, 6).join(' ')})`;
    }
    log.push(tabs.length > 1 ? `tab ${at + 1}: ${name}` : name);
    if (name.startsWith('detour changed')) report(name);
    for (const tab of tabs) {
      await tab.settled().catch(() => report('never settled'));
      for (const p of [...errors.splice(0), ...await problems(tab, chars)]) report(p);
    }
    if (tabs.length > 1 && step % 10 === 9 && !found.length) {
      const marks = await settledMarks(tabs, text);
      if (marks && new Set(marks).size > 1) report(`the tabs show different marks:\n${marks.join('\n')}`);
    }
  }
  if (!found.length) {
    const before = await settledMarks(tabs, text);
    await tabs[0].page.reload();
    await tabs[0].waitForDoc();
    const after = await settledMarks(tabs.slice(0, 1), text);
    if (before && after && before[0] !== after[0]) report(`a reload changed the marks:\n${before[0]}\n${after[0]}`);
  }
  return found;
}
