"""newsmark: named entities, quotations and who said them, in news articles.

>>> import newsmark
>>> doc = newsmark.annotate('"We are ready," said James Mattis in Brussels.')
>>> [(e["text"], e["label"]) for e in doc["entities"]]
[('James Mattis', 'PER'), ('Brussels', 'LOC')]
>>> doc["quotes"][0]["speaker_name"]
'James Mattis'

Documents are the dictionaries of newsmark JSON (``docs/format.md``), exactly
what ``newsmark annotate`` writes; offsets are Python string indices.
"""

from __future__ import annotations

import json
from typing import Iterable, List, Optional, Union

from ._newsmark import NewsmarkError, __version__
from . import _newsmark

__all__ = ["annotate", "annotate_many", "convert", "sources", "formats", "join_wrapped_lines", "NewsmarkError", "__version__"]

Document = dict


def annotate(text: str) -> Document:
    """The annotation of ``text``: entities, quotes and speakers, as newsmark JSON."""
    return json.loads(_newsmark.annotate_json(text))


def annotate_many(items: Iterable[Union[str, dict]], threads: Optional[int] = None) -> List[Document]:
    """Annotates many texts on all cores (or ``threads``) without holding the GIL; order is kept.

    Items are texts, or records like the lines of ``newsmark annotate --jsonl``
    (``{"id": ..., "text": ..., ...}``), whose other fields are kept first in
    the result, exactly as the command line does.
    """
    items = list(items)
    if threads is not None and threads < 1:
        raise ValueError(f"threads must be at least 1, not {threads}")
    if all(isinstance(item, str) for item in items):
        return [json.loads(doc) for doc in _newsmark.annotate_many_json(items, threads)]
    if all(isinstance(item, dict) for item in items):
        records = [json.dumps(item, ensure_ascii=False) for item in items]
        return [json.loads(doc) for doc in _newsmark.annotate_records_json(records, threads)]
    kinds = (str, dict)
    odd = next(((i, item) for i, item in enumerate(items) if not isinstance(item, kinds)), None)
    if odd is not None:
        raise TypeError(f"annotate_many takes texts (str) or records (dict with a 'text'); item {odd[0]} is {type(odd[1]).__name__}")
    raise TypeError("annotate_many takes texts (str) or records (dict with a 'text'), not a mixture of the two")


def convert(doc: Union[Document, List[Document], str], to: str = "brat", from_: Optional[str] = None) -> str:
    """Writes documents in another format (one of :func:`formats`).

    ``doc`` is a newsmark document (a dict), a list of them, or the text of a
    file in format ``from_``. For ``brat`` the result is the ``.ann``; the
    ``.txt`` beside it is the document's ``text``.
    """
    if isinstance(doc, str):
        if from_ is None:
            raise NewsmarkError("name the format of the text with from_=, one of: " + ", ".join(formats()))
        return _newsmark.convert_text(doc, to, from_)
    if isinstance(doc, dict):
        return _newsmark.convert_text(json.dumps(doc, ensure_ascii=False), to, "newsmark")
    if isinstance(doc, list) and all(isinstance(d, dict) for d in doc):
        lines = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in doc)
        return _newsmark.convert_text(lines, to, "newsmark-jsonl")
    raise TypeError(f"convert takes a newsmark document (dict), a list of them, or a str, not {type(doc).__name__}")


def sources(docs: Iterable[Document]) -> dict:
    """Who is quoted across ``docs`` (newsmark documents): ``{"sources": [...], "totals": {...}}``,
    one row per source with its kind, gender (and where the estimate comes from), quotes and
    documents, exactly as ``newsmark sources --format json`` and the app's Sources view give them.
    ``appearances[].document`` is the index of the document in ``docs``.

    >>> docs = annotate_many(['"Yes," said Margaret Kowalski.', '"No," Kowalski said.'])
    >>> row = sources(docs)["sources"][0]
    >>> (row["name"], row["gender"], row["quotes"], row["documents"])
    ('Margaret Kowalski', 'female', 2, 2)
    """
    return json.loads(_newsmark.sources_json([json.dumps(d, ensure_ascii=False) for d in docs]))


def formats() -> List[str]:
    """The format names :func:`convert` writes, as the command line names them."""
    return _newsmark.formats()


def join_wrapped_lines(text: str) -> Optional[str]:
    """``text`` with the lines of each paragraph wrapped by hand (copied from a PDF or an email) joined,
    or ``None`` when no paragraph looks wrapped; :func:`annotate` reads a line break as a sentence's end,
    so join such text first, as ``newsmark annotate --join-lines`` does.

    >>> join_wrapped_lines("One paragraph.\\n\\nAnother one.") is None
    True
    """
    return _newsmark.join_wrapped_lines(text)
