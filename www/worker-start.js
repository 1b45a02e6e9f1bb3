// Starts the annotation worker (src/worker.rs) in the app's own wasm: the
// module below is the app's (scripts/finish_dist.py puts its hashed name in).
// Messages that arrive while the wasm loads wait, then go to the handler the
// wasm installs. A failure in the handler (a crash in the annotator) answers
// as an error, so that the page says so instead of waiting for ever.
import init from './__APP_MODULE__';

const waiting = [];
self.onmessage = (event) => waiting.push(event);
init({ module_or_path: './__APP_WASM__' }).then(() => {
  const handle = self.onmessage;
  self.onmessage = (event) => {
    try {
      handle(event);
    } catch (failure) {
      postMessage(JSON.stringify({ error: `the annotator failed (${failure}); reload the page to try again` }));
    }
  };
  for (const event of waiting) self.onmessage(event);
});
