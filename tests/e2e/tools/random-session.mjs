// Longer random sessions than the spec runs:
//   node tools/random-session.mjs FIRST_SEED SEEDS STEPS [TABS] [COPIES]
// (COPIES of the session's article: 50 make a long one)
// (the app served at NEWSMARK_URL, as for the specs). Prints each seed's problems.
import { readFileSync } from 'node:fs';
import { startApp, SHARED, AppPage } from '../support/app-page.mjs';
import { randomSession, sessionText } from '../support/random-session.mjs';

const [first = 1, seeds = 5, steps = 300, tabCount = 1, copies = 1] = process.argv.slice(2).map(Number);
const text = sessionText(readFileSync(`${SHARED}seed-article.txt`, 'utf8'), copies);
for (let seed = first; seed < first + seeds; seed++) {
  const { browser, app } = await startApp(text);
  const title = await app.page.getByTestId('document-title').first().inputValue();
  const tabs = [app];
  while (tabs.length < tabCount) tabs.push(await new AppPage(await browser.context.newPage()).open());
  const found = await randomSession(tabs, { seed, steps, text, title });
  console.log(`seed ${seed}: ${found.length ? found.join('\n') : 'no problem'}`);
  await browser.close();
}
