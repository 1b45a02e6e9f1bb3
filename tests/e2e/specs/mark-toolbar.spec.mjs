// Everything without a key: on a phone, tapping a mark shows its toolbar
// (accept, label, quote, delete); with a mouse, a mark's edges are dragged
// by their handles.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startApp, AppPage, offsetOf } from '../support/app-page.mjs';

const text = 'Rex Tillerson met Sergei Lavrov in Bonn on Thursday, and Angela Merkel spoke in Berlin.';
const closing = [];
after(async () => { for (const close of closing) await close(); });

test('at phone width, by touch alone: tap a mark, then relabel, accept, quote and delete from its toolbar', async () => {
  const browser = await launch({ viewport: { width: 390, height: 760 }, hasTouch: true, isMobile: true });
  closing.push(browser.close);
  const app = await new AppPage(await browser.context.newPage()).open();
  await app.annotateText(text);
  // Nothing is wider than the phone: no sideways scrolling.
  assert.equal(await app.page.evaluate(() => document.documentElement.scrollWidth), 390);
  await app.entity('Bonn').tap();
  const toolbar = app.page.getByTestId('mark-toolbar');
  await toolbar.waitFor();
  // The toolbar fits the narrow window.
  const box = await toolbar.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
  await toolbar.locator('[data-testid=toolbar-label][data-label=MISC]').tap();
  await app.settled();
  assert.equal(await app.entity('Bonn').getAttribute('data-label'), 'MISC');
  await app.entity('Rex Tillerson').tap();
  await toolbar.getByTestId('toolbar-accept').tap();
  await app.settled();
  assert.equal(await app.entity('Rex Tillerson').getAttribute('data-reviewed'), 'true');
  await app.entity('Angela Merkel').tap();
  await toolbar.getByTestId('toolbar-quote').tap();
  assert.ok((await app.quotes()).some((q) => q.text === 'Angela Merkel'));
  await app.entity('Berlin').tap();
  await toolbar.getByTestId('toolbar-delete').tap();
  await app.settled();
  assert.equal(await app.entity('Berlin').count(), 0);
});

test('dragging the end handle of a mark over the next words widens it; the start handle narrows it', async () => {
  const { browser, app } = await startApp(text);
  closing.push(browser.close);
  await app.entity('Sergei Lavrov').click();
  const drag = async (handle, to) => {
    const box = await app.page.getByTestId(handle).boundingBox();
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(to.x, to.y, { steps: 5 });
    await app.page.mouse.up();
    await app.settled();
  };
  const inBonn = await app.rectOf(offsetOf(text, 'Bonn') + 1, offsetOf(text, 'Bonn') + 3);
  await drag('handle-end', { x: (inBonn.left + inBonn.right) / 2, y: (inBonn.top + inBonn.bottom) / 2 });
  assert.ok((await app.entities()).some((m) => m.text === 'Sergei Lavrov in Bonn'), JSON.stringify(await app.entities()));
  const inLavrov = await app.rectOf(offsetOf(text, 'Lavrov') + 2, offsetOf(text, 'Lavrov') + 3);
  await drag('handle-start', { x: inLavrov.left, y: (inLavrov.top + inLavrov.bottom) / 2 });
  assert.ok((await app.entities()).some((m) => m.text === 'Lavrov in Bonn'), JSON.stringify(await app.entities()));
});
