#!/usr/bin/env bash
# Runs every test: formatting and lints, engine, training, CLI and app
# natively (unit, doc, property and integration tests), the fuzz targets for
# a bounded time, the Python package in a throwaway virtual environment, then
# builds the wasm app and runs the Playwright specs in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p newsmark-app --bins -- -D warnings
cargo test --workspace --release
scripts/fuzz.sh 20
cargo build --release --bin newsmark
scripts/test-python.sh
scripts/build.sh
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
cd tests/e2e
NEWSMARK_URL="http://127.0.0.1:$port/" NEWSMARK_CLI="$PWD/../../target/release/newsmark" node --test --test-concurrency=1 specs/*.spec.mjs
