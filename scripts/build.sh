#!/usr/bin/env bash
# Builds the web app into dist/: trunk (release, wasm-release profile), then
# wasm-opt -Os --converge from npm's binaryen, the wasm-bindgen glue and the
# style sheet minified by npm's esbuild, then scripts/finish_dist.py (start-up
# script as a file, Content-Security-Policy, service worker); prints the wasm
# size raw and gzipped, and the gzipped sum of every file (a first visit).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Panic messages name their source files: short paths instead of the crate registry's
# (`serde_json-1.0.154/src/de.rs`). (The standard library's come compiled with theirs.)
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  export RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=$registry="
done
# Every URL relative to index.html, so that dist/ works copied to any folder of any static server.
trunk build --release --offline --public-url ./ >/dev/null
# Some 2,600 bytes gzipped fewer (the glue's exports and the wasm's import names stay; trunk's own
# minifier cannot read the glue). finish_dist.py puts the style sheet's new hash in index.html.
for file in dist/newsmark-app-*.js dist/style-*.css; do
  tests/e2e/node_modules/.bin/esbuild "$file" --minify --log-level=warning --allow-overwrite --outfile="$file"
done
for wasm in dist/*_bg.wasm; do
  before=$(stat -c %s "$wasm")
  # (-Os rather than -Oz: 2 % larger, but some 480 bytes fewer gzipped, which is what a visit downloads.
  # --converge repeats the passes while the wasm shrinks: some 600 bytes gzipped fewer than one round, for 25 s.
  # --low-memory-unused: Rust puts its 1 MiB stack first, growing down to address 0, so no load or store reaches
  # the lowest KiB short of a stack overflow; binaryen then folds constant offsets into loads, some 3,100 bytes gzipped fewer.
  # --precompute-propagate then -Os once more: constants carried through locals, some 220 bytes gzipped fewer.
  # --gufa-optimizing first: values inferred over the whole program (constants a function is only ever called with),
  # some 150 bytes gzipped fewer; after the -Os rounds instead, 30.)
  tests/e2e/node_modules/.bin/wasm-opt --gufa-optimizing -Os --converge --precompute-propagate -Os --low-memory-unused --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue "$wasm" -o "$wasm.opt"
  mv "$wasm.opt" "$wasm"
  after=$(stat -c %s "$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  echo "build: $wasm: $after bytes after wasm-opt ($before before), $gz bytes gzipped"
done
python3 scripts/finish_dist.py dist
# What a first visit downloads: every file of dist/ (the service worker fetches them all on install), gzipped one by one.
total=0
for file in dist/*; do total=$((total + $(gzip -9 -c "$file" | wc -c))); done
echo "build: first visit $total bytes gzipped (every file of dist/, the model $(gzip -9 -c dist/ner-*.bin | wc -c) of them)"
# The light-first-visit issue's budget.
budget=1200000
if [ "$total" -gt "$budget" ]; then
  echo "build: the first visit ($total bytes gzipped) is over its budget of $budget" >&2
  exit 1
fi
