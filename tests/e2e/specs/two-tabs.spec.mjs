// Two and three tabs on one document: every change reaches the other tabs
// at once; edits to different marks made at the same moment all survive; a
// mark changed in two tabs keeps the later change and the other tab is told,
// with "Keep mine"; a delete is seen everywhere; a tab closed mid-save loses
// nothing that was shown as saved.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, AppPage } from '../support/app-page.mjs';

const text = 'Rex Tillerson met Sergei Lavrov in Bonn on Thursday with Angela Merkel.';
let browser;
let a;

/**
 * Another tab of the same browser profile with the app open (it restores the open article). With `held`, the
 * announcements of the other tabs reach it only when `release(tab)` is called, as if they were late.
 */
async function openTab({ held = false } = {}) {
  const page = await browser.context.newPage();
  if (held) {
    await page.addInitScript(() => {
      const Native = window.BroadcastChannel;
      window.__held = [];
      window.__hold = true;
      window.BroadcastChannel = class extends Native {
        set onmessage(handler) {
          super.onmessage = (event) => (window.__hold ? window.__held.push(() => handler(event)) : handler(event));
        }
        get onmessage() { return super.onmessage; }
      };
    });
  }
  const tab = await new AppPage(page).open();
  await tab.waitForDoc();
  return tab;
}
const release = (tab) => tab.page.evaluate(() => { window.__hold = false; window.__held.splice(0).forEach((deliver) => deliver()); });
const marks = (tab) => tab.entities().then((ms) => ms.map((m) => `${m.text}/${m.label}`).sort());
const labelOf = (tab, name) => tab.entity(name).getAttribute('data-label');
/** Waits until `check(marks)` holds in `tab`. */
async function eventually(tab, check, what) {
  for (let i = 0; i < 100; i++) {
    if (check(await marks(tab))) return;
    await tab.page.waitForTimeout(50);
  }
  assert.fail(`${what}: ${await marks(tab)}`);
}
async function relabel(tab, name, key) {
  await tab.entity(name).click();
  await tab.press(key);
}
async function remove(tab, name) {
  await tab.entity(name).click();
  await tab.press('Delete');
}

beforeEach(async () => ({ browser, app: a } = await startApp(text)));
afterEach(async () => { await browser.close(); });

test('a tab that still showed a deleted mark relabels another: after a reload both changes are there', async () => {
  const b = await openTab({ held: true });
  await remove(a, 'Bonn');
  // b has not heard of the delete yet and still shows Bonn.
  assert.ok((await marks(b)).includes('Bonn/LOC'));
  await relabel(b, 'Rex Tillerson', '2');
  await release(b);
  for (const tab of [a, b]) {
    await eventually(tab, (ms) => !ms.includes('Bonn/LOC') && ms.includes('Rex Tillerson/ORG'), 'both edits in each tab');
  }
  await a.page.reload();
  await a.waitForDoc();
  const after = await marks(a);
  assert.ok(!after.includes('Bonn/LOC') && after.includes('Rex Tillerson/ORG'), `after a reload: ${after}`);
  assert.deepEqual(await marks(b), after);
});

test('three tabs editing different marks at the same moment keep all three edits', async () => {
  const b = await openTab();
  const c = await openTab();
  await Promise.all([relabel(a, 'Rex Tillerson', '2'), remove(b, 'Bonn'), relabel(c, 'Angela Merkel', '4')]);
  const all = (ms) => ms.includes('Rex Tillerson/ORG') && !ms.includes('Bonn/LOC') && ms.includes('Angela Merkel/MISC');
  for (const tab of [a, b, c]) await eventually(tab, all, 'all three edits');
  const fresh = await openTab();
  assert.ok(all(await marks(fresh)), `a new tab: ${await marks(fresh)}`);
});

test('a change seen in one tab reaches the other at once, and its undo stays its own', async () => {
  const b = await openTab();
  await relabel(a, 'Sergei Lavrov', '2');
  await eventually(b, (ms) => ms.includes('Sergei Lavrov/ORG'), 'the relabel reaches b');
  await relabel(b, 'Bonn', '4');
  await eventually(a, (ms) => ms.includes('Bonn/MISC'), 'and b’s reaches a');
  // Undo in b takes back b's edit, not a's.
  await b.press('Control+z');
  await eventually(b, (ms) => ms.includes('Bonn/LOC') && ms.includes('Sergei Lavrov/ORG'), 'b’s undo');
  await eventually(a, (ms) => ms.includes('Bonn/LOC') && ms.includes('Sergei Lavrov/ORG'), 'b’s undo reaches a');
});

test('one mark changed in two tabs keeps the later change, tells the other tab, and "Keep mine" puts its own back', async () => {
  const b = await openTab({ held: true });
  await relabel(a, 'Rex Tillerson', '2');
  await relabel(b, 'Rex Tillerson', '4');
  // b saved later: its version wins, and a is told.
  await a.page.getByTestId('keep-mine').waitFor();
  assert.equal(await labelOf(a, 'Rex Tillerson'), 'MISC');
  assert.match(await a.page.getByTestId('notice').textContent(), /Another tab changed a mark/);
  await a.page.getByTestId('keep-mine').click();
  await a.settled();
  assert.equal(await labelOf(a, 'Rex Tillerson'), 'ORG');
  await release(b);
  await eventually(b, (ms) => ms.includes('Rex Tillerson/ORG'), 'a’s version reaches b');
});

test('a document deleted in one tab disappears from the other', async () => {
  const b = await openTab();
  await a.page.getByTestId('documents').evaluate((d) => { d.open = true; });
  await a.page.getByTestId('document').first().getByTestId('delete-document').click();
  await b.page.getByTestId('notice').filter({ hasText: 'deleted in another tab' }).waitFor();
  assert.equal(await b.page.getByTestId('doc-view').count(), 0);
  assert.equal(await b.page.getByTestId('document').count(), 0);
  // Undo in the first tab brings it back to both lists.
  await a.page.getByTestId('undo-delete').click();
  await b.page.getByTestId('document').first().waitFor();
});

test('a tab closed in the middle of saving loses nothing that was shown as saved', async () => {
  const b = await openTab();
  await relabel(a, 'Sergei Lavrov', '2');
  // Shown as saved; the next change is made and the tab closed at once, mid-save.
  await a.entity('Bonn').click();
  await a.page.keyboard.press('4');
  await a.page.close({ runBeforeUnload: false });
  const c = await openTab();
  const after = await marks(c);
  assert.ok(after.includes('Sergei Lavrov/ORG'), `what was shown as saved: ${after}`);
  assert.ok(after.includes('Bonn/LOC') || after.includes('Bonn/MISC'), `Bonn either way, never lost: ${after}`);
  await eventually(b, (ms) => ms.includes('Sergei Lavrov/ORG'), 'the other tab has it too');
});

test('what two tabs learn at the same moment is all kept, and a new label reaches the other tab', async () => {
  const learnedCount = (tab) => tab.page.getByTestId('reset-learning').textContent().then((t) => Number(t.match(/\d+/)[0]));
  const b = await openTab({ held: true });
  await relabel(a, 'Rex Tillerson', '2');
  await relabel(b, 'Angela Merkel', '4');
  // b learned on top of what it had, not knowing a's learning: the two are merged when b saves.
  await release(b);
  for (const tab of [a, b]) {
    for (let i = 0; i < 100 && (await learnedCount(tab)) !== 2; i++) await tab.page.waitForTimeout(50);
    assert.equal(await learnedCount(tab), 2, 'both corrections learned in each tab');
  }
  await a.page.getByTestId('label-editor').locator('summary').click();
  await a.page.getByTestId('add-label').click();
  await a.settled();
  const labelsOf = (tab) => tab.page.getByTestId('label-row').evaluateAll((rows) => rows.map((r) => r.dataset.label));
  const added = (await labelsOf(a)).at(-1);
  for (let i = 0; i < 100 && !(await labelsOf(b)).includes(added); i++) await b.page.waitForTimeout(50);
  assert.deepEqual(await labelsOf(b), await labelsOf(a));
});
