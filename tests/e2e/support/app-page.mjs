// Page object for the newsmark app, driven through data-testid hooks.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const APP_URL = process.env.NEWSMARK_URL ?? 'http://127.0.0.1:8080/';
export const CLI = process.env.NEWSMARK_CLI ?? new URL('../../../target/release/newsmark', import.meta.url).pathname;
export const SHARED = new URL('../../../../shared/data/', import.meta.url).pathname;

/** Starts Debian's Chromium headless with a fresh profile. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'newsmark-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const close = async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); };
  return { context, close };
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

  /** Every entity mark as {text, label, start, end}. */
  entities() {
    return this.page.getByTestId('entity').evaluateAll((marks) => marks.map((m) => ({
      text: m.textContent, label: m.dataset.label, start: Number(m.dataset.start), end: Number(m.dataset.end),
    })));
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
}
