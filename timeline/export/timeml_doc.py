"""A complete TimeML document for a timeline built from plain text (TempEval-3 layout).

``python -m timeline annotate`` edits existing TimeML files; this module writes a new one for an
article that never was TimeML: DOCID, the DCT as TIMEX3 ``t0`` (CREATION_TIME), TEXT with inline
TIMEX3 and EVENT tags, then one MAKEINSTANCE per event and the TLINKs. Tags are placed by the
same :class:`~timeline.export.timeml.InlineTag` machinery as ``annotate``, so the two outputs
agree on ids and nesting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from timeline.events.model import Event
from timeline.export.timeml import (
    InlineTag,
    _non_crossing,
    event_tags,
    makeinstance_elements,
    tag_text,
    timex_tags,
    tlink_elements,
)
from timeline.model import TimeExpression
from timeline.ordering.model import Timeline

__all__ = ["to_timeml"]

_HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)

# Characters XML 1.0 forbids even when escaped (control characters, U+FFFE/U+FFFF); an article
# may contain them, and one of them would make the whole document unreadable.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def to_timeml(tl: Timeline, docid: str = "doc") -> str:
    """The timeline as a standalone TimeML document that ``xml.etree`` and TempEval-3 tools read.

    Ids are those of ``annotate``: TIMEX3 ``t1``, ``t2``, ... in the order of ``tl.expressions``
    (text order); EVENT ``e1``, ... and MAKEINSTANCE ``ei1``, ... in text order; the DCT is
    ``t0``. XML cannot cross tags, so an event or expression whose tag would cross another is
    left out, with its instance and links; so is a link to the DCT when there is none.
    """
    text = _clean(tl.text)
    events = tuple(dict.fromkeys(tl.events))  # equal events are one event: one id
    # which tags XML can hold, by (name, start, end): ids change once some are left out
    placed = {(t.name, t.start, t.end) for t in _non_crossing(_tags(text, tl.expressions, events))}
    kept_times = [e for e in tl.expressions if ("TIMEX3", e.start, e.end) in placed]
    kept_events = [e for e in events if ("EVENT", e.start, e.end) in placed]
    links = [
        link
        for link in tl.written_tlinks
        if tl.dct is not None or "DCT" not in (link.source, link.target)
    ]

    parts = [_HEADER, f"<DOCID>{escape(_clean(docid))}</DOCID>\n"]
    if tl.dct is not None:
        parts.append(f"<DCT>{_dct_timex(tl.dct)}</DCT>\n")
    parts.append(f"<TEXT>{tag_text(text, _tags(text, kept_times, kept_events))}</TEXT>\n\n")
    trailing = [
        *makeinstance_elements(kept_events),
        *tlink_elements(links, kept_events, kept_times, "t0"),
    ]
    parts.extend(_clean(line) + "\n" for line in trailing)
    parts.append("\n</TimeML>\n")
    return "".join(parts)


def _tags(
    text: str, expressions: Sequence[TimeExpression], events: Sequence[Event]
) -> list[InlineTag]:
    tags = [_cleaned(tag) for tag in (*timex_tags(expressions), *event_tags(events))]
    return [tag for tag in tags if tag.start >= 0 and tag.end <= len(text)]


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)  # one character for one: offsets stay valid


def _cleaned(tag: InlineTag) -> InlineTag:
    pairs = tuple((name, _clean(value)) for name, value in tag.attributes)
    return InlineTag(tag.start, tag.end, tag.name, pairs)


def _dct_timex(dct: datetime) -> str:
    value = dct.date().isoformat() if dct.time() == datetime.min.time() else dct.isoformat()
    attributes = (
        f'tid="t0" type="DATE" value="{value}" temporalFunction="false" '
        'functionInDocument="CREATION_TIME"'
    )
    return f"<TIMEX3 {attributes}>{value}</TIMEX3>"
