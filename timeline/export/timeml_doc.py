"""A complete TimeML document for a timeline built from plain text (TempEval-3 layout).

``python -m timeline annotate`` edits existing TimeML files; this module writes a new one for an
article that never was TimeML: DOCID, the DCT as TIMEX3 ``t0`` (CREATION_TIME), TEXT with inline
TIMEX3 and EVENT tags, then one MAKEINSTANCE per event and the TLINKs. Tags are placed by the
same :class:`~timeline.export.timeml.InlineTag` machinery as ``annotate``, so the two outputs
agree on ids and nesting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from xml.sax.saxutils import escape

from timeline.events.model import Event
from timeline.export.timeml import InlineTag, _non_crossing, element, tag_text, timex_tags
from timeline.model import TimeExpression
from timeline.ordering.model import Timeline, TLink

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

    TIMEX3 ids are ``t1``, ``t2``, ... in the order of ``tl.expressions`` (text order); EVENT
    ids ``e1``, ``e2``, ... and instance ids ``ei1``, ... in text order. A TLINK end that is
    not one of the timeline's own events or expressions (or whose tag could not be placed) has
    no id to refer to, and the link is left out.
    """
    text = _clean(tl.text)
    timexes = [_cleaned(tag) for tag in timex_tags(tl.expressions)]
    order = sorted(range(len(tl.events)), key=lambda i: (tl.events[i].start, tl.events[i].end))
    numbers = {index: number for number, index in enumerate(order, start=1)}
    events = [_event_tag(tl.events[i], numbers[i]) for i in order]
    placed = {_id(tag) for tag in _non_crossing(t for t in [*timexes, *events] if _fits(t, text))}

    ids: dict[int, str] = {}  # id() of a timeline object -> its TimeML id, when its tag was placed
    for number, expression in enumerate(tl.expressions, start=1):
        if f"t{number}" in placed:
            ids.setdefault(id(expression), f"t{number}")
    for index, event in enumerate(tl.events):
        if f"e{numbers[index]}" in placed:
            ids.setdefault(id(event), f"ei{numbers[index]}")

    parts = [_HEADER, f"<DOCID>{escape(_clean(docid))}</DOCID>\n"]
    if tl.dct is not None:
        parts.append(f"<DCT>{_dct_timex(tl.dct)}</DCT>\n")
    parts.append(f"<TEXT>{tag_text(text, [*timexes, *events])}</TEXT>\n\n")
    parts.extend(
        _instance(tl.events[i], numbers[i]) + "\n" for i in order if f"e{numbers[i]}" in placed
    )
    parts.extend(_links(tl, ids))
    parts.append("\n</TimeML>\n")
    return "".join(parts)


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)  # one character for one: offsets stay valid


def _cleaned(tag: InlineTag) -> InlineTag:
    pairs = tuple((name, _clean(value)) for name, value in tag.attributes)
    return InlineTag(tag.start, tag.end, tag.name, pairs)


def _fits(tag: InlineTag, text: str) -> bool:
    return tag.start >= 0 and tag.end <= len(text)


def _id(tag: InlineTag) -> str:
    return dict(tag.attributes).get("tid") or dict(tag.attributes).get("eid", "")


def _dct_timex(dct: datetime) -> str:
    value = dct.date().isoformat() if dct.time() == datetime.min.time() else dct.isoformat()
    attributes = (
        f'tid="t0" type="DATE" value="{value}" temporalFunction="false" '
        'functionInDocument="CREATION_TIME"'
    )
    return f"<TIMEX3 {attributes}>{value}</TIMEX3>"


def _event_tag(event: Event, number: int) -> InlineTag:
    pairs = (("eid", f"e{number}"), ("class", event.kind.value))
    return InlineTag(event.start, event.end, "EVENT", pairs)


def _instance(event: Event, number: int) -> str:
    pairs = [
        ("eiid", f"ei{number}"),
        ("eventID", f"e{number}"),
        ("pos", _clean(event.pos)),
        ("tense", event.tense.value),
        ("aspect", event.aspect.value),
        ("polarity", event.polarity.value),
    ]
    if event.modality:
        pairs.append(("modality", _clean(event.modality)))
    return element("MAKEINSTANCE", pairs)


def _links(tl: Timeline, ids: dict[int, str]) -> Iterable[str]:
    has_dct = tl.dct is not None
    number = 0
    for link in tl.tlinks:
        source = _end_id(link.source, tl, ids, has_dct)
        target = _end_id(link.target, tl, ids, has_dct)
        if source is None or target is None:
            continue
        number += 1
        yield _tlink(number, link, source, target) + "\n"


def _end_id(end: object, tl: Timeline, ids: dict[int, str], has_dct: bool) -> str | None:
    if end == "DCT":
        return "t0" if has_dct else None
    found = ids.get(id(end))
    if found is not None:
        return found
    # an equal object built separately (the ordering stage may copy events): match by value
    pool: tuple[Event | TimeExpression, ...] = (
        tl.events if isinstance(end, Event) else tl.expressions
    )
    for item in pool:
        if item == end and id(item) in ids:
            return ids[id(item)]
    return None


def _tlink(number: int, link: TLink, source: str, target: str) -> str:
    source_name = "timeID" if source.startswith("t") else "eventInstanceID"
    target_name = "relatedToTime" if target.startswith("t") else "relatedToEventInstance"
    pairs = [
        ("lid", f"l{number}"),
        ("relType", link.relation.value),
        (source_name, source),
        (target_name, target),
    ]
    return element("TLINK", pairs)
