"""The spaCy component, and the exports read back by real spaCy and checked against what the other tools document."""

import json

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc  # noqa: E402

import newsmark  # noqa: E402
from conftest import run  # noqa: E402

TRICKY = [
    "Angela Merkel met Emmanuel Macron in Paris.\n\n“We agree,” said Merkel.\n",
    "NATO met in Brussels.\r\n\r\n\"Yes,\" said Jens Stoltenberg.\r\n",
    "Rex Tillerson\tmet  Sergei Lavrov in Bonn.  \n Then he left for Moscow.",
    "👨‍👩‍👧 \"We are ready,\" said James Mattis in Brussels. 🇺🇸🇧🇪\n\n東京で会議。 Shinzo Abe spoke.",
    "  Zoe\u0301 Saldan\u0303a visited Lisbon with José Mourinho 👍🏽.  ",
]


def test_the_component_gives_the_cli_entities_and_quotes(cli, seed_text):
    expected = json.loads(run(cli, "annotate", "-", stdin=seed_text).stdout)
    nlp = spacy.blank("en")
    nlp.add_pipe("newsmark")  # through the entry point, without importing the component
    doc = nlp(seed_text)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [(e["start"], e["end"], e["label"]) for e in expected["entities"]]
    quotes = doc.spans["quotes"]
    assert [(q.start_char, q.end_char, q.label_) for q in quotes] == [(q["start"], q["end"], q["kind"]) for q in expected["quotes"]]
    assert [q._.speaker_name for q in quotes] == [q.get("speaker_name") for q in expected["quotes"]]
    entity_text = {e["id"]: e["text"] for e in expected["entities"]}
    for span, quote in zip(quotes, expected["quotes"]):
        if quote.get("speaker"):
            assert span._.speaker.text == entity_text[quote["speaker"]]
    assert any(q._.speaker is not None for q in quotes)


def test_the_component_batches_with_pipe_and_works_on_tricky_text():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsmark", config={"batch_threads": 2})
    docs = list(nlp.pipe(TRICKY, batch_size=2))
    assert len(docs) == len(TRICKY)
    for doc, text in zip(docs, TRICKY):
        expected = newsmark.annotate(text)
        assert {e.text for e in doc.ents} <= {e["text"] for e in expected["entities"]} | {e.text for e in doc.ents}
        assert doc.text == text
    assert "Merkel" in [e.text for e in docs[0].ents][-1]
    assert docs[0].spans["quotes"][0]._.speaker_name == "Angela Merkel"


def test_blank_texts_pass_through_the_component_with_nothing_marked():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsmark")
    texts = ["Angela Merkel spoke in Berlin.", "", "  \n\n", "Paris is big."]
    for docs in (list(nlp.pipe(texts, batch_size=3)), [nlp(text) for text in texts]):
        assert [[e.text for e in doc.ents] for doc in docs] == [["Angela Merkel", "Berlin"], [], [], ["Paris"]]
        assert [len(doc.spans["quotes"]) for doc in docs] == [0, 0, 0, 0]


@pytest.mark.parametrize("text", TRICKY)
def test_spacy_export_rebuilds_the_text_and_every_span(text):
    line = json.loads(newsmark.convert(newsmark.annotate(text), to="spacy"))
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=[t["text"] for t in line["tokens"]], spaces=[t["ws"] for t in line["tokens"]])
    assert doc.text == text
    for token, spacy_token in zip(line["tokens"], doc):
        assert (token["start"], token["end"]) == (spacy_token.idx, spacy_token.idx + len(spacy_token.text))
    for span in line["spans"]:
        made = doc.char_span(span["start"], span["end"], label=span["label"])
        assert made is not None, span
        assert (made.start, made.end - 1) == (span["token_start"], span["token_end"])


def test_spacy_made_jsonl_imports_back(cli, tmp_path):
    nlp = spacy.blank("en")
    lines = []
    for text in TRICKY:
        doc = nlp(text)
        expected = newsmark.annotate(text)
        spans = [doc.char_span(e["start"], e["end"], label=e["label"]) for e in expected["entities"]]
        spans = [s for s in spans if s is not None]
        tokens = [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)} for t in doc]
        lines.append(
            {
                "text": doc.text,
                "tokens": tokens,
                "spans": [{"start": s.start_char, "end": s.end_char, "token_start": s.start, "token_end": s.end - 1, "label": s.label_} for s in spans],
            }
        )
    path = tmp_path / "made-by-spacy.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    back = [json.loads(line) for line in run(cli, "convert", str(path), "--to", "newsmark-jsonl").stdout.decode().splitlines()]
    assert [b["text"] for b in back] == TRICKY
    for made, imported in zip(lines, back):
        assert [(s["start"], s["end"], s["label"]) for s in made["spans"]] == [(e["start"], e["end"], e["label"]) for e in imported["entities"]]


@pytest.mark.parametrize("text", TRICKY)
def test_brat_offsets_slice_the_txt_as_brat_reads_it(text, tmp_path):
    doc = newsmark.annotate(text)
    ann = newsmark.convert(doc, to="brat")
    (tmp_path / "a.txt").write_bytes(doc["text"].encode("utf-8"))
    # brat reads the .txt as UTF-8 without newline translation, so "\r\n" counts two characters.
    txt = (tmp_path / "a.txt").open(encoding="utf-8", newline="").read()
    for line in ann.splitlines():
        if line.startswith("T"):
            _, body, covered = line.split("\t")
            _, start, end = body.split(" ")
            assert txt[int(start) : int(end)].replace("\r", " ").replace("\n", " ") == covered


@pytest.mark.parametrize("text", TRICKY)
def test_label_studio_and_doccano_offsets_are_what_those_tools_count(text):
    doc = newsmark.annotate(text)
    for task in json.loads(newsmark.convert(doc, to="label-studio")):
        for annotation in task["annotations"]:
            regions = [r for r in annotation["result"] if r["type"] == "labels"]
            for region in regions:
                value = region["value"]
                # Label Studio stores code points (its frontend counts them since 1.3).
                assert task["data"]["text"][value["start"] : value["end"]] == value["text"]
            ids = {r["id"] for r in regions}
            for relation in (r for r in annotation["result"] if r["type"] == "relation"):
                assert relation["from_id"] in ids and relation["to_id"] in ids, relation
    utf16 = text.encode("utf-16-le")
    for start, end, label in json.loads(newsmark.convert(doc, to="doccano"))["label"]:
        # doccano runs in the browser: offsets count UTF-16 code units.
        covered = utf16[2 * start : 2 * end].decode("utf-16-le")
        assert any(e["text"] == covered and e["label"] == label for e in doc["entities"]), covered
