#!/usr/bin/env bash
# Builds the web app into dist/: trunk (release, wasm-release profile), then
# wasm-opt -Oz from npm's binaryen, then scripts/finish_dist.py (start-up
# script as a file, Content-Security-Policy, service worker); prints the wasm
# size raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Every URL relative to index.html, so that dist/ works copied to any folder of any static server.
trunk build --release --offline --public-url ./ >/dev/null
# The annotation worker for big articles: its own wasm, loaded by www/worker-start.js.
cargo build --quiet --target wasm32-unknown-unknown --profile wasm-release --bin worker
wasm-bindgen --target no-modules --no-typescript --out-dir dist --out-name worker target/wasm32-unknown-unknown/wasm-release/worker.wasm
cp www/worker-start.js dist/
for wasm in dist/*_bg.wasm; do
  before=$(stat -c %s "$wasm")
  tests/e2e/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue "$wasm" -o "$wasm.opt"
  mv "$wasm.opt" "$wasm"
  after=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  echo "build: $wasm: $after bytes after wasm-opt ($before before), $gz bytes gzipped"
done
python3 scripts/finish_dist.py dist
