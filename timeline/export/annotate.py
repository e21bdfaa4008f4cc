"""Annotating a TimeML input document: the layers the library produces, as TimeML tags."""

from __future__ import annotations

from timeline._api import extract
from timeline.eval.timeml import TimeMLDocument
from timeline.export.timeml import (
    event_tags,
    insert_tags,
    makeinstance_elements,
    timex_tags,
    tlink_elements,
)

__all__ = ["annotate_document"]


def annotate_document(document: TimeMLDocument) -> str:
    """Return the file text of ``document`` with the library's tags inserted.

    Layers: TIMEX3 (``t1``, ``t2``, ... in text order); EVENT (``e1``, ...) with one
    MAKEINSTANCE each (``ei1``, ...; numbering by :func:`timeline.export.timeml.event_ids`).
    TLINK (``l1``, ...) from the timeline :func:`timeline.extract` builds.
    """
    tl = extract(document.text, dct=document.dct)
    tags = [*timex_tags(tl.expressions), *event_tags(tl.events)]
    links = tlink_elements(tl.written_tlinks, tl.events, tl.expressions, document.dct_tid)
    return insert_tags(document, tags, [*makeinstance_elements(tl.events), *links])
