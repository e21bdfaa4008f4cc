"""Annotating a TimeML input document: the layers the library produces, as TimeML tags."""

from __future__ import annotations

from timeline.eval.timeml import TimeMLDocument
from timeline.events.detect import detect_events
from timeline.export.timeml import (
    event_tags,
    insert_tags,
    makeinstance_elements,
    timex_tags,
    tlink_elements,
)
from timeline.nlp import load_pipeline
from timeline.ordering.build import build_timeline
from timeline.temporal.pipeline import find_time_expressions

__all__ = ["annotate_document"]


def annotate_document(document: TimeMLDocument) -> str:
    """Return the file text of ``document`` with the library's tags inserted.

    Layers: TIMEX3 (``t1``, ``t2``, ... in text order); EVENT (``e1``, ...) with one
    MAKEINSTANCE each (``ei1``, ...; numbering by :func:`timeline.export.timeml.event_ids`).
    TLINK (``l1``, ...) from :func:`timeline.ordering.build.build_timeline`.
    """
    expressions = find_time_expressions(document.text, document.dct)
    doc = load_pipeline()(document.text)
    events = detect_events(doc, expressions)
    tl = build_timeline(document.text, document.dct, expressions, events, doc)
    tags = [*timex_tags(expressions), *event_tags(tl.events)]
    links = tlink_elements(tl.tlinks, tl.events, expressions, document.dct_tid)
    return insert_tags(document, tags, [*makeinstance_elements(tl.events), *links])
