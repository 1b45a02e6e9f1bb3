// A correction teaches the model: other mentions follow at once, the lesson
// survives a reload and serves the next article, and it can be reset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, offsetOf } from '../support/app-page.mjs';

const text = 'Photo by: Reuters\n\nFighters of Qarbash took the town. Residents said Qarbash had left by noon.\n\nPhoto by: AP';
let browser;
let app;
before(async () => ({ browser, app } = await startApp(text)));
after(async () => { await browser.close(); });

const qarbash = async () => (await app.entities()).filter((m) => m.text === 'Qarbash').map((m) => m.label);

test('marking one mention as ORG marks the other mention', async () => {
  const at = offsetOf(text, 'Qarbash');
  await app.dragSelect(at, at + 7);
  await app.press('2');
  assert.deepEqual(await qarbash(), ['ORG', 'ORG']);
  assert.match(await app.page.getByTestId('reset-learning').textContent(), /Learned from 1 correction/);
  // The mark learning changed flashes, and the status line says so.
  assert.equal(await app.page.locator('[data-testid=entity].flash').count(), 1);
  assert.match(await app.page.getByTestId('notice').textContent(), /Learning changed 1 other mark/);
});

test('removing a wrong mark stops it being marked again', async () => {
  const photo = app.entity('Photo');
  if (await photo.count() === 0) {
    // The model did not mark "Photo": mark it by hand first, so there is something to remove.
    await app.dragSelect(0, 5);
    await app.press('4');
  }
  await app.entity('Photo').first().click();
  await app.press('Delete');
  assert.equal(await app.entity('Photo').count(), 0);
});

test('what was learned survives a reload and serves the next article; reset forgets it', async () => {
  await app.page.reload();
  await app.annotateText('Qarbash denied the report. Photo by: AFP');
  assert.deepEqual(await qarbash(), ['ORG']);
  assert.equal(await app.entity('Photo').count(), 0);
  await app.page.getByTestId('reset-learning').click();
  // It asks first; "Keep" keeps, "Forget" forgets.
  await app.answer(false);
  assert.match(await app.page.getByTestId('reset-learning').textContent(), /Learned from [1-9]/);
  await app.page.getByTestId('reset-learning').click();
  await app.answer(true);
  assert.match(await app.page.getByTestId('reset-learning').textContent(), /Learned from 0 corrections/);
  await app.annotateText('Qarbash denied the report. Photo by: AFP');
  assert.notDeepEqual(await qarbash(), ['ORG']);
});
