#!/usr/bin/env bash
# Runs each fuzz target (JSON formats, brat, annotating, learning) for SECONDS (default 20) with
# libFuzzer. cargo fuzz wants nightly; RUSTC_BOOTSTRAP lets the stable
# toolchain build it, without a sanitizer (-s none). A crash fails the run.
set -euo pipefail
cd "$(dirname "$0")/../crates/engine/fuzz"
seconds=${1:-20}
log=$(mktemp)
for target in json_import brat_import annotate learn; do
  if ! RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir . -s none "$target" -- -max_total_time="$seconds" >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz: $target failed"
    exit 1
  fi
  echo "fuzz: $target: $(grep -E '^Done' "$log" | tail -1)"
done
rm -f "$log"
