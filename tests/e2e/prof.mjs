import { readFileSync, writeFileSync } from 'node:fs';
import { launch, AppPage, SHARED } from './support/app-page.mjs';
const seed = readFileSync(`${SHARED}seed-article.txt`, 'utf8');
let big = '';
for (let part = 0; big.length < 5 * 1024 * 1024; part++) big += `${seed.trim()}\n\nPart ${part} ends here.\n\n`;
const browser = await launch();
const app = await new AppPage(await browser.context.newPage()).open();
await app.page.evaluate((text) => { const box = document.querySelector('[data-testid=article-input]'); box.value = text; box.dispatchEvent(new Event('input', { bubbles: true })); }, big);
await app.page.getByTestId('annotate').click();
await app.page.getByTestId('doc-view').waitFor({ timeout: 300000 });
await app.settled();
const mark = app.page.locator('[data-testid=doc-view] [data-testid=entity]').nth(9);
await mark.click();
await app.settled();
const cdp = await browser.context.newCDPSession(app.page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const start = await mark.getAttribute('data-start');
const t = await app.page.evaluate((start) => new Promise((resolve) => {
  const t0 = performance.now();
  window.dispatchEvent(new KeyboardEvent('keydown', { key: '4', bubbles: true }));
  const check = () => (document.querySelector(`[data-testid=entity][data-start="${start}"]`)?.dataset.label === 'MISC' ? resolve(performance.now() - t0) : requestAnimationFrame(check));
  requestAnimationFrame(check);
}), start);
const { profile } = await cdp.send('Profiler.stop');
console.log('drawn', t);
// self time per function
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; 
const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
for (const [id, us] of counts) { const n = byId.get(id); const name = n.callFrame.functionName || '(anon)'; self.set(name, (self.get(name) || 0) + us); }
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [n, us] of top) console.log((us / 1000).toFixed(1).padStart(8), n.slice(0, 120));
// inclusive for some
await browser.close();
