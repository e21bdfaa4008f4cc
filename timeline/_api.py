"""The public entry points: orchestration only, every stage lives in its own module."""

from __future__ import annotations

from typing import Any

from timeline._input import DCTLike, check_text, parse_dct
from timeline.errors import InputTextError
from timeline.events.model import Event
from timeline.model import TimeExpression
from timeline.ordering.model import Timeline

__all__ = ["extract", "find_events", "find_times"]


def _parse(text: str, nlp: Any) -> Any:
    """Run the spaCy pipeline, refusing texts longer than its ``max_length`` up front.

    spaCy would raise its own ValueError (E088) from inside the tokenizer; the parser needs about
    1 GB of memory per 100,000 characters, so the limit is a real one, reported in our terms.
    """
    from timeline.nlp import load_pipeline

    pipeline = nlp if nlp is not None else load_pipeline()
    limit = getattr(pipeline, "max_length", None)
    if isinstance(limit, int) and len(text) > limit:
        raise InputTextError(
            f"text has {len(text):,} characters; the spaCy pipeline accepts at most {limit:,}: "
            "split the document, or raise nlp.max_length and pass that nlp"
        )
    return pipeline(text)


def find_times(text: str, *, dct: DCTLike) -> tuple[TimeExpression, ...]:
    """Find every time expression in ``text`` and resolve it against the DCT, in text order.

    Args:
        text: the article.
        dct: the document creation (publication) date, as ``date``, ``datetime`` or ISO string;
            ``None`` for narrative text, where expressions resolve against the last date
            mentioned before them.

    Raises:
        InputTextError: ``text`` is not a string, is binary, or is too large.
        DCTError: ``dct`` is of a wrong type, unparseable or impossible.
    """
    from timeline.temporal.pipeline import find_time_expressions

    return find_time_expressions(check_text(text), parse_dct(dct))


def find_events(text: str, *, dct: DCTLike = None, nlp: Any = None) -> tuple[Event, ...]:
    """Find, type and describe every event of ``text`` (no time anchoring), in text order.

    ``nlp`` is a loaded spaCy English pipeline; by default the cached one from
    :func:`timeline.nlp.load_pipeline`.
    """
    from timeline.events.detect import detect_events
    from timeline.temporal.pipeline import find_time_expressions

    checked = check_text(text)
    expressions = find_time_expressions(checked, parse_dct(dct))
    doc = _parse(checked, nlp)
    return detect_events(doc, expressions)


def extract(text: str, *, dct: DCTLike, nlp: Any = None) -> Timeline:
    """Turn an article and its publication date into a :class:`Timeline` of events in time order.

    Accepts the same ``dct`` forms as :func:`find_times` and raises the same errors.
    """
    from timeline.events.detect import detect_events
    from timeline.ordering.build import build_timeline
    from timeline.temporal.pipeline import find_time_expressions

    checked = check_text(text)
    moment = parse_dct(dct)
    expressions = find_time_expressions(checked, moment)
    doc = _parse(checked, nlp)
    events = detect_events(doc, expressions)
    return build_timeline(checked, moment, expressions, events, doc)
