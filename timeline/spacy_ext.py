"""spaCy integration: the ``timeline_timex`` pipeline component.

Registered through the ``spacy_factories`` entry point, so ``nlp.add_pipe("timeline_timex")``
works without importing :mod:`timeline` first. It writes to ``doc.spans["timeline_timex"]``
(never ``doc.ents``, which would drop overlapping entities) and sets
``Span._.timeline_timex`` to the :class:`~timeline.model.TimeExpression`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from timeline._input import parse_dct
from timeline.model import TimeExpression

__all__ = ["SPANS_KEY", "TimexComponent", "make_timex_component"]

SPANS_KEY = "timeline_timex"

if not Span.has_extension("timeline_timex"):
    Span.set_extension("timeline_timex", default=None)
if not Doc.has_extension("timeline_dct"):
    Doc.set_extension("timeline_dct", default=None)


class TimexComponent:
    """Finds and resolves time expressions; the DCT comes from ``doc._.timeline_dct`` or config."""

    def __init__(self, dct: str | None = None) -> None:
        self.dct: datetime | None = parse_dct(dct)

    def __call__(self, doc: Doc) -> Doc:
        from timeline.temporal.pipeline import find_time_expressions

        dct = parse_dct(doc._.timeline_dct) if doc._.timeline_dct is not None else self.dct
        spans = []
        for expression in find_time_expressions(doc.text, dct):
            span = doc.char_span(expression.start, expression.end, alignment_mode="expand")
            if span is None:
                continue
            span._.timeline_timex = expression
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory("timeline_timex", default_config={"dct": None}, assigns=["doc.spans"])
def make_timex_component(nlp: Language, name: str, dct: str | None) -> TimexComponent:
    """Build the component; ``dct`` (ISO string) is used when a doc carries none of its own."""
    return TimexComponent(dct)


def timex_of(span: Span) -> TimeExpression | None:
    """The time expression a span of ``doc.spans["timeline_timex"]`` stands for."""
    value: Any = span._.timeline_timex
    return value if isinstance(value, TimeExpression) else None
