"""Annotating a TimeML input document: the layers the library produces, as TimeML tags."""

from __future__ import annotations

from timeline.eval.timeml import TimeMLDocument
from timeline.export.timeml import insert_tags, timex_tags
from timeline.temporal.pipeline import find_time_expressions

__all__ = ["annotate_document"]


def annotate_document(document: TimeMLDocument) -> str:
    """Return the file text of ``document`` with the library's tags inserted.

    Layers: TIMEX3 (``t1``, ``t2``, ... in text order). The events layer adds EVENT and
    MAKEINSTANCE, the timeline layer TLINK.
    """
    expressions = find_time_expressions(document.text, document.dct)
    return insert_tags(document, timex_tags(expressions))
