"""The Python API gives exactly what the command line gives."""

import json
import threading
import time

import pytest

import newsmark
from conftest import DATA, run


def test_annotate_is_the_cli_json(cli, seed_text):
    expected = json.loads(run(cli, "annotate", "-", stdin=seed_text).stdout)
    assert newsmark.annotate(seed_text) == expected
    names = {e["text"] for e in expected["entities"]}
    assert {"James Mattis", "NATO", "Brussels"} <= names


def test_annotate_many_keeps_order_and_matches_one_by_one():
    texts = [f"Angela Merkel met Emmanuel Macron in Paris on day {i}." for i in range(50)] + ["“Yes,” said Merkel. 東京 👍🏽"]
    many = newsmark.annotate_many(texts, threads=2)
    assert many == [newsmark.annotate(t) for t in texts]
    assert newsmark.annotate_many(iter(texts[:3])) == many[:3]
    assert newsmark.annotate_many([]) == []


def test_annotate_many_takes_jsonl_records_like_the_cli(cli):
    records = [{"id": f"doc{i}", "source": "wire", "text": f"Rex Tillerson met Sergei Lavrov in Bonn ({i})."} for i in range(20)]
    lines = "".join(json.dumps(r) + "\n" for r in records)
    expected = [json.loads(line) for line in run(cli, "annotate", "--jsonl", "-", stdin=lines).stdout.decode().splitlines()]
    got = newsmark.annotate_many(records)
    assert got == expected
    assert list(got[0])[:3] == ["id", "source", "format"]


def test_annotate_many_releases_the_gil():
    text = (DATA / "seed-article.txt").read_text(encoding="utf-8") * 20
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    started = time.perf_counter()
    newsmark.annotate_many([text] * 16, threads=1)
    finished = time.perf_counter()
    stop.set()
    ticker.join()
    during = [t for t in ticks if started < t < finished]
    # With the GIL held for the whole batch the other thread could not tick at all.
    assert len(during) >= 5, (len(during), finished - started)


def test_errors_are_python_exceptions_with_the_cli_messages():
    with pytest.raises(newsmark.NewsmarkError, match="the text is empty"):
        newsmark.annotate("   ")
    with pytest.raises(ValueError, match="not text"):
        newsmark.annotate("\x00\x01\x02binary")
    with pytest.raises(newsmark.NewsmarkError, match="text 1: the text is empty"):
        newsmark.annotate_many(["Paris.", ""])
    with pytest.raises(newsmark.NewsmarkError, match='record 0: no "text" string'):
        newsmark.annotate_many([{"id": 1}])
    with pytest.raises(TypeError):
        newsmark.annotate(42)
    with pytest.raises(TypeError, match="not a mixture of the two"):
        newsmark.annotate_many(["a", {"text": "b"}])
    with pytest.raises(TypeError, match="item 1 is NoneType"):
        newsmark.annotate_many(["a", None])
    with pytest.raises(TypeError, match="item 0 is int"):
        newsmark.annotate_many([3])
    with pytest.raises(ValueError):
        newsmark.annotate_many(["a"], threads=0)
    with pytest.raises(newsmark.NewsmarkError, match="unknown format"):
        newsmark.convert(newsmark.annotate("Paris."), to="docx")


def test_convert_writes_what_the_cli_writes(cli, tmp_path, seed_text):
    doc = newsmark.annotate(seed_text)
    source = tmp_path / "seed.newsmark.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    for name in newsmark.formats():
        if name == "brat":
            run(cli, "convert", str(source), "--to", "brat", "--out", str(tmp_path / "seed.ann"))
            assert newsmark.convert(doc, to="brat") == (tmp_path / "seed.ann").read_text(encoding="utf-8")
        else:
            assert newsmark.convert(doc, to=name) == run(cli, "convert", str(source), "--to", name).stdout.decode(), name
    lines = newsmark.convert([doc, doc], to="newsmark-jsonl")
    assert len(lines.splitlines()) == 2
    assert newsmark.convert(newsmark.convert(doc, to="spacy"), to="newsmark", from_="spacy").startswith("{")
    assert newsmark.__version__


def test_the_stubs_name_every_public_function():
    import pathlib

    stubs = (pathlib.Path(newsmark.__file__).parent / "__init__.pyi").read_text()
    for name in newsmark.__all__:
        if name != "__version__":
            assert name in stubs, name


def test_sources_are_what_the_cli_counts(cli, tmp_path):
    files = sorted((DATA / "articles-dev").glob("*.json"))
    docs = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    # The gold files have no newsmark header; the engine reads them as the CLI does.
    tally = newsmark.sources(docs)
    expected = json.loads(run(cli, "sources", "--format", "json", *map(str, files)).stdout)
    strip = lambda rows: [{k: v for k, v in row.items() if k != "appearances"} for row in rows]
    assert strip(tally["sources"]) == strip(expected["sources"])
    assert tally["totals"] == expected["totals"]
    with pytest.raises(newsmark.NewsmarkError, match="document 1"):
        newsmark.sources([docs[0], {"format": "newsmark", "version": 9}])


def test_join_wrapped_lines_is_what_the_cli_joins(cli):
    wrapped = (
        "The talks in Geneva were led by the United Nations envoy Staffan de\n"
        "Mistura, who said on Monday that the Syrian government and the\n"
        "opposition had agreed to meet again after the meeting with Walid\n"
        "Moualem."
    )
    joined = newsmark.join_wrapped_lines(wrapped)
    assert "\n" not in joined
    expected = json.loads(run(cli, "annotate", "--join-lines", "-", stdin=wrapped).stdout)
    assert newsmark.annotate(joined) == expected
    persons = [e["text"] for e in expected["entities"] if e["label"] == "PER"]
    assert persons == ["Staffan de Mistura", "Walid Moualem"]
    assert newsmark.join_wrapped_lines((DATA / "seed-article.txt").read_text(encoding="utf-8")) is None
