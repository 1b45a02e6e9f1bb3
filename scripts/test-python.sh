#!/usr/bin/env bash
# The Python package: built and installed by pip in a throwaway virtual
# environment (as a user would: `pip install crates/python`), then its tests
# (API against the CLI, the spaCy component and exports, the Dask recipe on 2
# worker processes) and the doctests of the installed package.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet "./crates/python[test]"
cd crates/python
NEWSMARK_CLI="$PWD/../../target/release/newsmark" "$venv/bin/python" -m pytest -q -p no:cacheprovider tests
"$venv/bin/python" -m pytest -q -p no:cacheprovider --doctest-modules --pyargs newsmark
