// A scripted user does random things to the seed article (keys, drags,
// clicks, buttons, find, quotes, reloads, another document and back; see
// support/random-session.mjs): what is drawn always agrees with the text, and
// a reload keeps every mark. Longer runs: tools/random-session.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, SHARED } from '../support/app-page.mjs';
import { randomSession, sessionText } from '../support/random-session.mjs';

const text = sessionText(readFileSync(`${SHARED}seed-article.txt`, 'utf8'));

for (const seed of [1, 2, 3]) {
  test(`random session ${seed}`, async () => {
    const { browser, app } = await startApp(text);
    try {
      const title = await app.page.getByTestId('document-title').first().inputValue();
      assert.deepEqual(await randomSession(app, { seed, steps: 120, text, title }), []);
    } finally {
      await browser.close();
    }
  });
}
