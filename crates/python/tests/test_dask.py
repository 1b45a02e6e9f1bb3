"""The documented Dask recipe, on a LocalCluster of 2 worker processes, gives the CLI's output."""

import json

import pytest

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import newsmark  # noqa: E402
from conftest import DATA, run  # noqa: E402


def conll_documents(path):
    """CoNLL-2003 articles (split at -DOCSTART-) as JSON-lines records: sentences on lines, tokens joined by spaces."""
    docs, sentences, words = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("-DOCSTART-"):
            if sentences:
                docs.append(sentences)
            sentences = []
        elif not line.strip():
            if words:
                sentences.append(" ".join(words))
            words = []
        else:
            words.append(line.split(" ")[0])
    if sentences:
        docs.append(sentences)
    return [{"id": f"testb-{n + 1}", "text": "\n".join(s)} for n, s in enumerate(docs)]


def test_dask_on_two_processes_equals_the_cli(cli, tmp_path):
    records = conll_documents(DATA / "conll2003" / "eng.testb")
    assert len(records) > 200
    corpus = tmp_path / "testb.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected = [json.loads(line) for line in run(cli, "annotate", "--jsonl", str(corpus)).stdout.decode().splitlines()]

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            # The README's recipe.
            bag = dask_bag.read_text(str(corpus), blocksize="256kB").map(json.loads)
            annotated = bag.map_partitions(newsmark.annotate_many).compute()
    assert annotated == expected
