// After labelling, the browser's text highlight is gone (it never lands on
// other words after the redraw); the label picker opens just under a
// selection made from the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, offsetOf } from '../support/app-page.mjs';

const text = 'Rex Tillerson met Sergei Lavrov in Bonn on Thursday, the ministry said.';
let browser;
let app;
const browserSelection = () => app.page.evaluate(() => window.getSelection().toString());
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

test('labelling a dragged selection leaves no browser highlight behind', async () => {
  const at = offsetOf(text, 'ministry');
  await app.dragSelect(at, at + 'ministry'.length);
  assert.equal(await browserSelection(), 'ministry');
  await app.press('2');
  assert.equal(await app.entity('ministry').getAttribute('data-label'), 'ORG');
  assert.equal(await browserSelection(), '', 'no highlight lingers');
});

test('the picker opens just under a selection made from the keyboard', async () => {
  await app.entity('Bonn').click();
  await app.page.keyboard.press('ArrowRight');
  const picker = app.page.getByTestId('label-picker');
  await picker.waitFor();
  await app.page.waitForFunction(() => !document.querySelector('[data-testid=label-picker]').style.bottom);
  const box = await picker.boundingBox();
  const selected = await app.page.evaluate(() => {
    const r = window.getSelection().getRangeAt(0).getBoundingClientRect();
    return { left: r.left, bottom: r.bottom, text: window.getSelection().toString() };
  });
  assert.equal(selected.text, 'on');
  assert.ok(box.y >= selected.bottom && box.y - selected.bottom < 40, `picker top ${box.y}, selection bottom ${selected.bottom}`);
  assert.ok(Math.abs(box.x - selected.left) < 40, `picker left ${box.x}, selection left ${selected.left}`);
  await app.press('4');
  assert.equal(await browserSelection(), '');
});
