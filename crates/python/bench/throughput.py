"""Whole-process throughput on CoNLL-2003 eng.testb as articles: newsmark (CLI and Python, per core and on all
cores) side by side with spaCy in the same venv.

    python crates/python/bench/throughput.py [--spacy-model en_core_web_sm]

Each figure is the median of 3 runs of a fresh process (interpreter or binary start-up and model loading
included). spaCy's trained English pipelines are not on PyPI; without one installed, spaCy runs as
spacy.blank("en") (its tokenizer only, no entities), a lower bound on any spaCy pipeline's time.
"""

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests"))
from conftest import DATA, REPO  # noqa: E402
from test_dask import conll_documents  # noqa: E402

NEWSMARK_PY = "import json,sys,newsmark; r=[json.loads(l) for l in open(sys.argv[1])]; newsmark.annotate_many(r, threads={threads})"
SPACY_PY = (
    "import json,sys,spacy; r=[json.loads(l)['text'] for l in open(sys.argv[1])]; "
    "nlp=spacy.load('{model}') if '{model}' else spacy.blank('en'); [len(d.ents) for d in nlp.pipe(r, batch_size=64)]"
)


def median_seconds(command):
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spacy-model", default="", help="a spaCy pipeline to load (default: spacy.blank('en'))")
    parser.add_argument("--repeat", type=int, default=10, help="copies of eng.testb, so that start-up weighs little (default 10)")
    args = parser.parse_args()
    records = [dict(r, id=f"{r['id']}-{k}") for k in range(args.repeat) for r in conll_documents(DATA / "conll2003" / "eng.testb")]
    tokens = sum(len(r["text"].split()) for r in records)
    cli = os.environ.get("NEWSMARK_CLI", str(REPO / "target" / "release" / "newsmark"))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as corpus:
        corpus.write("".join(json.dumps(r) + "\n" for r in records))
        corpus.flush()
        rows = [
            ("newsmark CLI, all cores", [cli, "annotate", "--jsonl", corpus.name]),
            ("newsmark Python, 1 thread", [sys.executable, "-c", NEWSMARK_PY.format(threads=1), corpus.name]),
            ("newsmark Python, all cores", [sys.executable, "-c", NEWSMARK_PY.format(threads=None), corpus.name]),
            (f"spaCy {args.spacy_model or 'blank(en), tokenizer only'}, 1 process", [sys.executable, "-c", SPACY_PY.format(model=args.spacy_model), corpus.name]),
        ]
        print(f"{len(records)} articles, {tokens} tokens (eng.testb ×{args.repeat}), {os.cpu_count()} cores; medians of 3 whole-process runs")
        for name, command in rows:
            seconds = median_seconds(command)
            print(f"{name:<45} {seconds:7.2f} s  {tokens / seconds:>10,.0f} tokens/s")


if __name__ == "__main__":
    main()
