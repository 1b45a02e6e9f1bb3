// Page object for the newsmark app, driven through data-testid hooks.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const APP_URL = process.env.NEWSMARK_URL ?? 'http://127.0.0.1:8080/';
export const CLI = process.env.NEWSMARK_CLI ?? new URL('../../../target/release/newsmark', import.meta.url).pathname;
export const SHARED = new URL('../../../../shared/data/', import.meta.url).pathname;

/** Starts Debian's Chromium headless with a fresh profile (`options`: more context options, such as a phone's). */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'newsmark-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const close = async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); };
  return { context, close };
}

/**
 * A fresh browser with the app open, the article `text` annotated if given:
 * what each spec file starts from (it closes `browser` when done).
 */
export async function startApp(text) {
  const browser = await launch();
  const app = await new AppPage(await browser.context.newPage()).open();
  if (text !== undefined) await app.annotateText(text);
  return { browser, app };
}

export class AppPage {
  constructor(page) { this.page = page; }

  async open() {
    await this.page.goto(APP_URL);
    await this.page.getByTestId('article-input').waitFor();
    return this;
  }

  async paste(text) { await this.page.getByTestId('article-input').fill(text); }

  async annotate() {
    await this.page.getByTestId('annotate').click();
  }

  async waitForDoc() { await this.page.getByTestId('doc-view').waitFor(); }

  /** Every entity mark as {text, label, start, end}; a mark drawn in pieces (across a quote's edge or a paragraph's) is one. */
  entities() {
    return this.page.getByTestId('entity').evaluateAll((pieces) => {
      const marks = new Map();
      for (const m of pieces) {
        const mark = marks.get(m.dataset.id);
        if (mark) mark.text += m.textContent;
        else marks.set(m.dataset.id, { text: m.textContent, label: m.dataset.label, start: Number(m.dataset.start), end: Number(m.dataset.end) });
      }
      return [...marks.values()];
    });
  }

  /** Every quote as {text, kind, speaker, start, end}. */
  quotes() {
    return this.page.getByTestId('quote').evaluateAll((qs) => qs.map((q) => ({
      text: q.textContent, kind: q.dataset.kind, speaker: q.dataset.speaker, start: Number(q.dataset.start), end: Number(q.dataset.end),
    })));
  }

  /** Clicks Download JSON and returns the file name and contents. */
  async downloadJson() {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('download-json').click(),
    ]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    return { name: download.suggestedFilename(), contents: readFileSync(path, 'utf8') };
  }

  async openFile(name, buffer, mimeType = 'text/plain') {
    await this.page.getByTestId('open-file').setInputFiles({ name, mimeType, buffer });
  }

  error() { return this.page.getByTestId('error'); }

  /** Answers the question the app asks (forget learning? import a copy?). */
  async answer(yes) { await this.page.getByTestId(yes ? 'answer-yes' : 'answer-no').click(); }

  /**
   * Viewport rectangle of the code points start..end of the article, once it holds still: paragraphs are laid
   * out only near the view (`content-visibility`), so the first frames after an article is drawn or scrolled
   * move the text under a measure taken at once (and a drag there would select other words).
   */
  rectOf(start, end) {
    return this.page.evaluate(async ([start, end]) => {
      const point = (at) => {
        for (const piece of document.querySelectorAll('[data-testid=doc-view] [data-o]')) {
          const base = Number(piece.dataset.o);
          const chars = [...piece.textContent];
          if (at >= base && at <= base + chars.length) {
            const units = chars.slice(0, at - base).join('').length;
            return [piece.firstChild, units];
          }
        }
        throw new Error(`no text at ${at}`);
      };
      const rangeOf = () => {
        const range = document.createRange();
        range.setStart(...point(start));
        range.setEnd(...point(end));
        return range;
      };
      const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
      await frame();
      const range = rangeOf();
      const first = range.getClientRects()[0];
      // Off screen, under the edit bar that stays at the top, or so near the bottom that a drag there
      // scrolls the page under the pointer: bring it to the middle.
      const hit = document.elementFromPoint(first.left + 1, (first.top + first.bottom) / 2);
      const margin = 60;
      if (first.top < 0 || first.bottom > window.innerHeight - margin || !hit?.closest('[data-testid=doc-view]')) {
        range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      }
      const box = (l) => ({ left: l.left, right: l.right, top: l.top, bottom: l.bottom });
      const measure = () => {
        const now = rangeOf();
        const r = now.getBoundingClientRect();
        const lines = [...now.getClientRects()].filter((l) => l.width > 0);
        return { ...box(r), first: box(lines[0] ?? r), last: box(lines.at(-1) ?? r) };
      };
      let shown = measure();
      for (let frames = 0; frames < 30; frames++) {
        await frame();
        const again = measure();
        if (JSON.stringify(again) === JSON.stringify(shown)) break;
        shown = again;
      }
      return shown;
    }, [start, end]);
  }

  /** Drags the mouse across code points start..end, as a person selects text (from the first line's start to the last line's end when the words wrap). */
  async dragSelect(start, end, { alt = false } = {}) {
    const { first, last } = await this.rectOf(start, end);
    const middle = (line) => (line.top + line.bottom) / 2;
    if (alt) await this.page.keyboard.down('Alt');
    await this.page.mouse.move(first.left + 1, middle(first));
    await this.page.mouse.down();
    await this.page.mouse.move(last.right - 1, middle(last), { steps: 6 });
    await this.page.mouse.up();
    if (alt) await this.page.keyboard.up('Alt');
  }

  /** Tabs from the toolbar to the first mark of the article. */
  async tabToFirstMark() {
    await this.page.getByTestId('download-json').focus();
    for (let i = 0; i < 20 && await this.page.evaluate(() => document.activeElement.dataset.testid) !== 'entity'; i++) {
      await this.page.keyboard.press('Tab');
    }
  }

  /** Waits until the model has learned from the last corrections and the work is saved (both run just after each edit). */
  async settled() {
    await this.page.locator('[data-testid=edit-bar][data-pending="0"][data-saved="true"]').waitFor();
  }

  /** Presses a key and waits for learning to finish (after two frames, so that the key's own render has marked the edit pending). */
  async press(key) {
    await this.page.keyboard.press(key);
    await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await this.settled();
  }

  entity(text) { return this.page.getByTestId('entity').filter({ hasText: text }); }

  /** Opens the document titled `title` from the Documents list. */
  async openDocument(title) {
    await this.page.getByTestId('documents').evaluate((d) => { d.open = true; });
    const titles = await this.page.getByTestId('document-title').evaluateAll((inputs) => inputs.map((i) => i.value));
    await this.page.getByTestId('document').nth(titles.indexOf(title)).getByTestId('open-document').click();
    await this.waitForDoc();
  }

  async annotateText(text) {
    await this.paste(text);
    await this.annotate();
    await this.waitForDoc();
    await this.settled();
  }
}

/** Code point offset of the n-th (0-based) occurrence of needle in text. */
export function offsetOf(text, needle, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  return [...text.slice(0, at)].length;
}
