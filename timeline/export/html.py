"""A self-contained HTML page of a timeline: a time axis, the events in time order, the times.

One file, inline CSS, no JavaScript and nothing fetched from elsewhere, so that the page can be
mailed, archived or opened offline years later. Every piece of text from the article goes
through :func:`html.escape`: an article is untrusted input, and a ``<script>`` in it must show
as text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from html import escape

from timeline.events.model import Event
from timeline.export.svg_axis import COLOURS, time_axis
from timeline.model import TimeExpression
from timeline.ordering.model import Timeline

__all__ = ["sentence_around", "sentence_ends", "to_html"]

_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.meta, .legend, .note { color: #555; font-size: 0.9em; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 4px 6px; text-align: left;
  vertical-align: top; }
th { background: #f4f4f4; font-weight: 600; }
td.when { white-space: nowrap; font-family: ui-monospace, monospace; }
.how { display: block; color: #777; font-size: 0.85em; font-family: system-ui, sans-serif; }
.inferred { font-style: italic; }
mark { background: #fde68a; padding: 0 1px; }
.sentence { color: #444; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px;
  vertical-align: -0.1em; margin: 0 0.25em 0 0.8em; }
svg text { font: 11px system-ui, sans-serif; fill: #333; }
svg text.none { fill: #999; font-style: italic; }
"""

# A sentence ends at a line break, or at . ! ? (maybe closed by a quote) before a space and a
# capital. A period after an initial ("U.S.", "P.J.") or a common abbreviation ("Gen.", "Aug.")
# ends nothing; each lookbehind holds alternatives of one width, as ``re`` requires.
_SENTENCE_END = re.compile(
    r"\n|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|Co|Lt|vs))"
    r"(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Inc|Ltd))"
    r"(?<!\b(?:Sept|Corp|Capt|Prof))"
    r"[.!?][\"'”’)]?(?=\s+[\"'“‘(]?[A-Z])"
)
_CONTEXT = 240


def to_html(tl: Timeline, *, title: str = "Timeline") -> str:
    """The timeline as one HTML page (UTF-8, inline CSS and SVG, no scripts)."""
    dct = f"{tl.dct:%Y-%m-%d}" if tl.dct is not None else "none (narrative text)"
    axis = time_axis(tl.events, tl.dct)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="meta">Article date (DCT): {escape(dct)} · {len(tl.events)} events · '
        f"{len(tl.expressions)} time expressions · {len(tl.tlinks)} temporal links</p>",
    ]
    if axis:
        undated = sum(1 for event in tl.events if not _dated(event))
        parts += ["<h2>Time axis</h2>", axis, _legend(undated)]
    parts += ["<h2>Events in time order</h2>", _events_table(tl.text, tl.events)]
    parts += ["<h2>Time expressions</h2>", _times_table(tl.expressions)]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def sentence_around(
    text: str, start: int, end: int, ends: Sequence[int] | None = None
) -> tuple[str, str, str]:
    """The sentence holding ``text[start:end]``, split as (before, that span, after).

    The page only shows it to a reader, so a light punctuation rule does, without needing the
    spaCy parse the events came from; long sentences are cut to about 240 characters a side.
    ``ends`` are the :func:`sentence_ends` of ``text``, passed in when splitting many spans.
    """
    ends = sentence_ends(text) if ends is None else ends
    before_start = bisect.bisect_right(ends, start) - 1
    begin = ends[before_start] if before_start >= 0 else 0
    after_end = bisect.bisect_left(ends, end)
    stop = ends[after_end] if after_end < len(ends) else len(text)
    before, after = text[begin:start].lstrip(), text[end:stop].rstrip()
    if len(before) > _CONTEXT:
        before = "…" + before[-_CONTEXT:]
    if len(after) > _CONTEXT:
        after = after[:_CONTEXT] + "…"
    return before, text[start:end], after


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end of ``text`` (line breaks, . ! ? before a capital)."""
    return [match.end() for match in _SENTENCE_END.finditer(text)]


def _dated(event: Event) -> bool:
    when = event.when
    if when is None:
        return False
    bounds = (when.earliest_start, when.latest_start, when.earliest_end, when.latest_end)
    return any(bound is not None for bound in bounds)


def _legend(undated: int) -> str:
    swatches = "".join(
        f'<span class="swatch" style="background:{colour}"></span>{escape(factuality.value)}'
        for factuality, colour in COLOURS.items()
    )
    return (
        f'<p class="legend">Colour: factuality —{swatches}.<br>'
        "Light bar: where the event may lie (earliest start to latest end); dark core: the time "
        "it certainly covers; an arrow and a fade: unbounded on that side; fainter: a less "
        "certain anchoring. The scale is logarithmic in the distance from the article date."
        + _undated_note(undated)
        + "</p>"
    )


def _undated_note(undated: int) -> str:
    if undated == 0:
        return ""
    if undated == 1:
        return " 1 event with no known time is in the table only."
    return f" {undated} events with no known time are in the table only."


def _events_table(text: str, events: Sequence[Event]) -> str:
    rows = [
        "<table><thead><tr><th>#</th><th>When</th><th>Kind</th><th>Factuality</th>"
        "<th>Trigger in its sentence</th><th>Participants</th></tr></thead><tbody>"
    ]
    ends = sentence_ends(text)
    for number, event in enumerate(events, start=1):
        rows.append(
            f"<tr><td>{number}</td>{_when_cell(event)}"
            f"<td>{escape(event.kind.value)}</td><td>{escape(_factuality(event))}</td>"
            f"<td>{_sentence_cell(text, ends, event)}</td><td>{_participants(event)}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _when_cell(event: Event) -> str:
    when = event.when
    if when is None:
        return '<td class="when inferred">unknown</td>'
    anchor = (
        f"“{when.anchor.text}”"
        if when.anchor is not None
        else ("the article date" if when.to_dct else "")
    )
    relation = when.relation.value if when.relation is not None else ""
    how = " · ".join(
        part for part in (when.certainty.value, when.link.value, relation, anchor) if part
    )
    css = "when inferred" if when.certainty.value == "inferred" else "when"
    return f'<td class="{css}">{escape(str(when))}<span class="how">{escape(how)}</span></td>'


def _factuality(event: Event) -> str:
    extra = [f"modality: {event.modality}"] if event.modality else []
    if event.polarity.value == "NEG":
        extra.append("negated")
    return ", ".join([event.factuality.value, *dict.fromkeys(extra)])


def _sentence_cell(text: str, ends: Sequence[int], event: Event) -> str:
    if (
        not 0 <= event.start <= event.end <= len(text)
        or text[event.start : event.end] != event.text
    ):
        return f"<mark>{escape(event.text)}</mark>"  # offsets not into this text: trigger only
    before, trigger, after = sentence_around(text, event.start, event.end, ends)
    return (
        f'<span class="sentence">{escape(before)}<mark>{escape(trigger)}</mark>'
        f"{escape(after)}</span>"
    )


def _participants(event: Event) -> str:
    return "<br>".join(
        f"{escape(p.role.value)}: {escape(p.text)}"
        + (f" <small>({escape(p.label)})</small>" if p.label else "")
        for p in event.participants
    )


def _times_table(expressions: Sequence[TimeExpression]) -> str:
    rows = [
        "<table><thead><tr><th>Expression</th><th>Type</th><th>Value</th><th>Mod</th>"
        "<th>Certainty</th><th>Resolved against</th></tr></thead><tbody>"
    ]
    for e in expressions:
        cells = (
            e.text,
            e.type.value,
            e.value,
            e.mod.value if e.mod else "",
            e.certainty.value,
            e.anchor.value,
        )
        rows.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in cells) + "</tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)
