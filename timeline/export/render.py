"""One article in, one output format out: what ``python -m timeline extract`` prints.

Kept apart from :mod:`timeline.cli` so that the formats can be used and tested without argparse,
and so that ``--times-only`` stays on the resolver alone: it never loads spaCy, which makes it
usable (and fast) on a machine where only the time expressions are wanted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from timeline._input import check_text, parse_dct
from timeline.errors import TimelineError
from timeline.events.model import Event
from timeline.model import TimeExpression
from timeline.ordering.model import Timeline

__all__ = ["FORMATS", "render", "render_events", "render_times"]

FORMATS = ("text", "json", "timeml", "html")


def render(text: str, dct: str, output: str, *, times_only: bool) -> str:
    """Run the library on ``text`` and return it in the ``output`` format.

    ``times_only`` runs only the temporal resolver: the timeline then has expressions and no
    events, and the text format lists expressions instead of events.

    Raises:
        TimelineError: a bad text or DCT (see :func:`timeline.extract`), or an unknown format.
    """
    if output not in FORMATS:
        raise TimelineError(f"unknown format {output!r}; choose one of {', '.join(FORMATS)}")
    checked = check_text(text)
    moment = parse_dct(dct)  # checked before any heavy work, so a typo fails fast
    if times_only:
        from timeline.temporal.pipeline import find_time_expressions

        expressions = find_time_expressions(checked, moment)
        tl = Timeline(text=checked, dct=moment, events=(), expressions=expressions)
    else:
        from timeline._api import extract

        tl = extract(checked, dct=moment)
    return _WRITERS[output](tl, times_only)


def render_times(expressions: Sequence[TimeExpression]) -> str:
    """One line per expression, in text order: ``text  TYPE  value  mod``, columns aligned."""
    rows = [
        (e.text.replace("\n", " "), e.type.value, e.value, e.mod.value if e.mod else "")
        for e in expressions
    ]
    return _columns(rows)


def render_events(events: Sequence[Event]) -> str:
    """One line per event, in the given (time) order: ``when  KIND  trigger  (factuality)``."""
    rows = [
        (
            str(e.when) if e.when is not None else "unknown",
            e.kind.value,
            e.text,
            f"({e.factuality.value})",
        )
        for e in events
    ]
    return _columns(rows)


def _columns(rows: Sequence[tuple[str, ...]]) -> str:
    """Rows as lines of two-space separated columns, each but the last padded to its width."""
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        padded = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*padded, row[-1]]).rstrip())
    return "\n".join(lines)


def _text(tl: Timeline, times_only: bool) -> str:
    return render_times(tl.expressions) if times_only else render_events(tl.events)


def _json(tl: Timeline, _times_only: bool) -> str:
    from timeline.export.json import to_json

    return to_json(tl)


def _timeml(tl: Timeline, _times_only: bool) -> str:
    from timeline.export.timeml_doc import to_timeml

    return to_timeml(tl)


def _html(tl: Timeline, _times_only: bool) -> str:
    from timeline.export.html import to_html

    return to_html(tl)


_WRITERS: dict[str, Callable[[Timeline, bool], str]] = {
    "text": _text,
    "json": _json,
    "timeml": _timeml,
    "html": _html,
}
