"""newsmark as a spaCy pipeline component.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("newsmark")  # found through the package's entry point
>>> doc = nlp('"We are ready," said James Mattis in Brussels.')
>>> [(e.text, e.label_) for e in doc.ents]
[('James Mattis', 'PER'), ('Brussels', 'LOC')]
>>> quote = doc.spans["quotes"][0]
>>> quote.label_, quote._.speaker.text
('direct', 'James Mattis')

The component replaces ``doc.ents`` with newsmark's entities and sets
``doc.spans["quotes"]``: each quote span is labelled ``direct`` or
``reported``, with ``span._.speaker`` (the speaker's mention as a Span, or
None) and ``span._.speaker_name`` (the fullest name, or None). Marks are
aligned to spaCy's tokens by expanding to whole tokens.
"""

from __future__ import annotations

from typing import Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import newsmark

QUOTES = "quotes"

for _name in ("speaker", "speaker_name"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


class NewsmarkComponent:
    """Sets entities and quotes from newsmark on each Doc."""

    def __init__(self, nlp: Language, name: str, batch_threads: Optional[int]):
        self.name = name
        self.batch_threads = batch_threads

    def __call__(self, doc: Doc) -> Doc:
        return _apply(doc, newsmark.annotate(doc.text) if _has_words(doc) else NOTHING)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        batch: List[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._annotate_batch(batch)
                batch = []
        yield from self._annotate_batch(batch)

    def _annotate_batch(self, batch: List[Doc]) -> Iterator[Doc]:
        texts = [doc.text for doc in batch if _has_words(doc)]
        annotated = iter(newsmark.annotate_many(texts, threads=self.batch_threads) if texts else [])
        for doc in batch:
            yield _apply(doc, next(annotated) if _has_words(doc) else NOTHING)


# What a blank text holds: a data set's empty rows go through the pipeline instead of stopping it.
NOTHING = {"entities": [], "quotes": []}


def _has_words(doc: Doc) -> bool:
    return doc.text.strip() != ""


def _apply(doc: Doc, result: dict) -> Doc:
    entity_spans = {}
    for entity in result["entities"]:
        span = doc.char_span(entity["start"], entity["end"], label=entity["label"], alignment_mode="expand")
        if span is not None:
            entity_spans[entity["id"]] = span
    doc.ents = filter_spans(list(entity_spans.values()))
    quotes = []
    for quote in result["quotes"]:
        span = doc.char_span(quote["start"], quote["end"], label=quote["kind"], alignment_mode="expand")
        if span is None:
            continue
        span._.speaker = _speaker_span(doc, quote, entity_spans)
        span._.speaker_name = quote.get("speaker_name")
        quotes.append(span)
    doc.spans[QUOTES] = quotes
    return doc


def _speaker_span(doc: Doc, quote: dict, entity_spans: dict) -> Optional[Span]:
    """The speaker's mention: the entity named as speaker, or the phrase newsmark found (an unnamed source)."""
    if quote.get("speaker") in entity_spans:
        return entity_spans[quote["speaker"]]
    mention = quote.get("speaker_mention")
    if mention:
        return doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    return None


@Language.factory("newsmark", default_config={"batch_threads": None})
def make_newsmark(nlp: Language, name: str, batch_threads: Optional[int]) -> NewsmarkComponent:
    """The ``newsmark`` factory: ``nlp.add_pipe("newsmark")``."""
    return NewsmarkComponent(nlp, name, batch_threads)
