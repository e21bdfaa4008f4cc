"""A small inline SVG time axis: one bar per event, from its earliest start to its latest end.

News events span eleven years ("since 2011") and one day ("on Sunday") in the same article; on a
linear axis every recent event would collapse into one pixel. The axis is therefore logarithmic
in the distance from the article date (DCT): a day, a week, a month and a year before the DCT
get comparable room. Uncertainty is drawn, not hidden: the light bar is where the event may lie,
the dark core is the stretch it certainly covers (from its latest start to its earliest end), an
unbounded side fades out to the edge of the axis with an arrow, and the opacity follows the
certainty of the anchoring.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from html import escape

from timeline.events.model import Event, Factuality
from timeline.model import Certainty

__all__ = ["COLOURS", "OPACITY", "time_axis"]

COLOURS = {
    Factuality.ACTUAL: "#2b6cb0",
    Factuality.PLANNED: "#2f855a",
    Factuality.NEGATED: "#c53030",
    Factuality.HYPOTHETICAL: "#b7791f",
    Factuality.UNCERTAIN: "#6b46c1",
}
"""Bar colour by factuality: happened, planned, did not happen, hypothetical, uncertain."""

OPACITY = {Certainty.STATED: 0.9, Certainty.ANCHORED: 0.7, Certainty.INFERRED: 0.45}
"""Bar opacity by the certainty of the anchoring: a guess is drawn fainter than a stated date."""

# XML 1.0 forbids these characters even escaped; an article may hold one (a form feed, say),
# and it would make the SVG unreadable to an XML parser.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", text))


_LABEL_WIDTH = 170
_WIDTH = 900
_ROW = 18
_TOP = 34
_TICKS_DAYS = (-36500, -3650, -365, -30, -7, 0, 7, 30, 365, 3650)


def _instant(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)


class _Scale:
    """Maps an instant to x by ``sign(d) * log(1 + |d|)``, ``d`` its days from ``origin``."""

    def __init__(self, origin: datetime, instants: Sequence[datetime]) -> None:
        self.origin = origin
        positions = [self._warp(t) for t in (*instants, origin)]
        low, high = min(positions), max(positions)
        pad = max((high - low) * 0.04, 0.3)
        self.low, self.high = low - pad, high + pad
        self.left, self.right = float(_LABEL_WIDTH), float(_WIDTH - 24)

    def _warp(self, instant: datetime) -> float:
        days = (instant - self.origin) / timedelta(days=1)
        return math.copysign(math.log1p(abs(days)), days)

    def x(self, instant: datetime) -> float:
        share = (self._warp(instant) - self.low) / (self.high - self.low)
        return self.left + share * (self.right - self.left)

    def covers(self, days: int) -> bool:
        try:
            instant = self.origin + timedelta(days=days)
        except OverflowError:
            return False
        return self.left <= self.x(instant) <= self.right


def time_axis(events: Sequence[Event], dct: datetime | None) -> str:
    """The SVG element for ``events`` in the given order, or "" if none has a known bound.

    Only events with at least one bound get a row (a row of "unknown" says nothing a table
    cannot); each row is labelled with the event's 1-based position in ``events``, so that it
    matches the numbering of the page's table.
    """
    rows = [(number, event, _bounds(event)) for number, event in enumerate(events, start=1)]
    rows = [row for row in rows if any(bound is not None for bound in row[2])]
    known = [t for _, _, bounds in rows for t in bounds if t is not None]
    if not known:
        return ""
    origin = dct if dct is not None else sorted(known)[len(known) // 2]
    scale = _Scale(origin, known)
    height = _TOP + _ROW * len(rows) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{height}" '
        f'viewBox="0 0 {_WIDTH} {height}" role="img" aria-label="time axis of the events">',
        _DEFS,
        *_ticks(scale, dct, height),
    ]
    for row, (number, event, bounds) in enumerate(rows):
        parts.append(_row(row, number, event, bounds, scale))
    parts.append("</svg>")
    return "\n".join(parts)


_DEFS = """<defs>
<linearGradient id="fade-right"><stop offset="0" stop-color="white" stop-opacity="0"/>\
<stop offset="1" stop-color="white" stop-opacity="1"/></linearGradient>
<linearGradient id="fade-left"><stop offset="0" stop-color="white" stop-opacity="1"/>\
<stop offset="1" stop-color="white" stop-opacity="0"/></linearGradient>
</defs>"""


_Bounds = tuple[datetime | None, datetime | None, datetime | None, datetime | None]
"""earliest_start, latest_start, earliest_end, latest_end, as datetimes."""


def _bounds(event: Event) -> _Bounds:
    when = event.when
    if when is None:
        return (None, None, None, None)
    return (
        _instant(when.earliest_start),
        _instant(when.latest_start),
        _instant(when.earliest_end),
        _instant(when.latest_end),
    )


def _ticks(scale: _Scale, dct: datetime | None, height: int) -> list[str]:
    parts = [
        f'<line x1="{scale.left:.1f}" y1="{_TOP - 6}" x2="{scale.right:.1f}" y2="{_TOP - 6}" '
        'stroke="#444"/>'
    ]
    for days in _TICKS_DAYS:
        if not scale.covers(days):
            continue
        instant = scale.origin + timedelta(days=days)
        x = scale.x(instant)
        is_dct = days == 0 and dct is not None
        # far ticks name a month: "2010-06-18" would claim a precision the scale does not have
        shown = f"{instant:%Y-%m}" if abs(days) >= 365 else f"{instant:%Y-%m-%d}"
        label = f"DCT {shown}" if is_dct else shown
        stroke = "#c05621" if is_dct else "#ddd"
        parts.append(
            f'<line x1="{x:.1f}" y1="{_TOP - 10}" x2="{x:.1f}" y2="{height - 6}" '
            f'stroke="{stroke}" stroke-dasharray="{"4 2" if is_dct else "2 3"}"/>'
            f'<text x="{x:.1f}" y="{_TOP - 14}" class="tick" text-anchor="middle">'
            f"{escape(label)}</text>"
        )
    return parts


def _row(
    row: int,
    number: int,
    event: Event,
    bounds: _Bounds,
    scale: _Scale,
) -> str:
    y = _TOP + row * _ROW
    name = event.text if len(event.text) <= 22 else event.text[:21] + "…"
    label = (
        f'<text x="{_LABEL_WIDTH - 8}" y="{y + 12}" class="name" text-anchor="end">'
        f"{number}. {_xml_text(name)}</text>"
    )
    earliest_start, latest_start, earliest_end, latest_end = bounds
    if event.when is None:  # not reached: rows without a bound are left out
        return ""
    # an unbounded side reaches the axis edge; a missing earliest_start falls back to nothing
    # known, not to latest_start, because the event may have begun long before
    left = scale.x(earliest_start) if earliest_start is not None else scale.left
    right = scale.x(latest_end) if latest_end is not None else scale.right
    if right - left < 3:
        middle = (left + right) / 2
        left, right = middle - 1.5, middle + 1.5
    colour = COLOURS[event.factuality]
    opacity = OPACITY[event.when.certainty]
    title = f"{event.text}: {event.when}"
    parts = [
        f"<g><title>{_xml_text(title)}</title>{label}",
        f'<rect x="{left:.1f}" y="{y + 4}" width="{right - left:.1f}" height="10" rx="2" '
        f'fill="{colour}" fill-opacity="{opacity * 0.45:.2f}"/>',
    ]
    if latest_start is not None and earliest_end is not None and latest_start < earliest_end:
        core_left, core_right = scale.x(latest_start), scale.x(earliest_end)
        parts.append(
            f'<rect x="{core_left:.1f}" y="{y + 4}" width="{max(core_right - core_left, 2):.1f}" '
            f'height="10" fill="{colour}" fill-opacity="{opacity:.2f}"/>'
        )
    if earliest_start is None:
        parts.append(_open_end(left, y, "left"))
    if latest_end is None:
        parts.append(_open_end(right, y, "right"))
    parts.append("</g>")
    return "".join(parts)


def _open_end(x: float, y: int, side: str) -> str:
    """A fade over the last 40 pixels of an unbounded bar and an arrow at the axis edge."""
    fade_x = x if side == "left" else x - 40
    tip, back = (x - 6, x) if side == "left" else (x + 6, x)
    return (
        f'<rect x="{fade_x:.1f}" y="{y + 3}" width="40" height="12" fill="url(#fade-{side})"/>'
        f'<path d="M{back:.1f},{y + 4} L{tip:.1f},{y + 9} L{back:.1f},{y + 14} Z" fill="#666"/>'
    )
