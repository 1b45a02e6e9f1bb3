// Starts the annotation worker (src/bin/worker.rs). Messages that arrive
// while its wasm loads wait, then go to the handler the wasm installs.
importScripts('./worker.js');
const waiting = [];
self.onmessage = (event) => waiting.push(event);
wasm_bindgen('./worker_bg.wasm').then(() => {
  for (const event of waiting) self.onmessage(event);
});
