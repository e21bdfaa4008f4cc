"""Writing TimeML: inline TIMEX3 and EVENT tags in TEXT, MAKEINSTANCE and TLINK after it.

``annotate_timeml`` keeps every character of the input file exactly as it was and only inserts
tags, which is what the official TempEval-3 scorer needs to align system and gold files.
Each annotation layer (times, events, links) contributes :class:`InlineTag` objects and trailing
elements; this module only knows how to place them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import attrs

from timeline.eval.timeml import TimeMLDocument
from timeline.events.model import Event
from timeline.model import TimeExpression
from timeline.ordering.model import TLink

__all__ = [
    "InlineTag",
    "element",
    "event_ids",
    "event_tags",
    "insert_tags",
    "makeinstance_elements",
    "tag_text",
    "timex_tags",
]


@attrs.frozen
class InlineTag:
    """A tag to wrap around ``text[start:end]`` of the plain text."""

    start: int
    end: int
    name: str
    attributes: tuple[tuple[str, str], ...]

    def opening(self) -> str:
        return f"<{self.name}{_render(self.attributes)}>"

    def closing(self) -> str:
        return f"</{self.name}>"


def _render(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(f" {name}={quoteattr(value)}" for name, value in pairs)


def element(name: str, pairs: Iterable[tuple[str, str]]) -> str:
    """An empty XML element such as ``<TLINK lid="l1" relType="BEFORE" ... />``."""
    return f"<{name}{_render(pairs)} />"


def timex_tags(expressions: Sequence[TimeExpression]) -> list[InlineTag]:
    """TIMEX3 tags ``t1``, ``t2``, ... in text order; ids are what TLINK layers refer to."""
    tags = []
    for number, expression in enumerate(expressions, start=1):
        pairs = [
            ("tid", f"t{number}"),
            ("type", expression.type.value),
            ("value", expression.value),
        ]
        if expression.mod is not None:
            pairs.append(("mod", expression.mod.value))
        if expression.quant is not None:
            pairs.append(("quant", expression.quant))
        if expression.freq is not None:
            pairs.append(("freq", expression.freq))
        tags.append(InlineTag(expression.start, expression.end, "TIMEX3", tuple(pairs)))
    return tags


def _non_crossing(tags: Iterable[InlineTag]) -> list[InlineTag]:
    """Keep tags that nest properly (XML cannot cross); earlier and longer tags win."""
    kept: list[InlineTag] = []
    for tag in sorted(tags, key=lambda t: (t.start, -(t.end - t.start))):
        crosses = any(
            (k.start < tag.start < k.end < tag.end) or (tag.start < k.start < tag.end < k.end)
            for k in kept
        )
        if not crosses and tag.end > tag.start:
            kept.append(tag)
    return kept


def insert_tags(
    document: TimeMLDocument, tags: Iterable[InlineTag], trailing: Sequence[str] = ()
) -> str:
    """Return the document's file text with ``tags`` inserted in TEXT and ``trailing`` after it.

    Gold annotations already in the file (inline tags, MAKEINSTANCE, TLINK...) are dropped, so
    annotating a gold file gives the system's view only; in an input-form file nothing but the
    inserted tags changes.
    """
    raw, text, offsets = document.raw, document.text, document.raw_offsets
    text_start, text_end = offsets[0] if text else offsets[-1], offsets[-1]
    already_tagged = bool(document.timexes or document.events)
    openings: dict[int, list[InlineTag]] = {}
    closings: dict[int, list[InlineTag]] = {}
    for tag in _non_crossing(tags):
        openings.setdefault(tag.start, []).append(tag)
        closings.setdefault(tag.end, []).append(tag)

    def piece(begin: int, stop: int) -> str:
        if already_tagged:
            return escape(text[begin:stop])
        return raw[offsets[begin] : offsets[stop]]

    pieces: list[str] = []
    cursor = 0
    for boundary in sorted(set(openings) | set(closings)):
        pieces.append(piece(cursor, boundary))
        # inner tags close first; outer (longer) tags open first
        for tag in sorted(closings.get(boundary, []), key=lambda t: t.start, reverse=True):
            pieces.append(tag.closing())
        for tag in sorted(openings.get(boundary, []), key=lambda t: -t.end):
            pieces.append(tag.opening())
        cursor = boundary
    pieces.append(piece(cursor, len(text)))
    head = raw[: text_start if text else text_end]
    tail = raw[text_end:]
    if already_tagged or trailing:
        close = tail.find("</TEXT>") + len("</TEXT>")
        end_of_root = tail.rfind("</TimeML>")
        kept_tail = tail[:close] + "\n\n"
        extra = "".join(line + "\n" for line in trailing)
        tail = kept_tail + extra + ("\n" + tail[end_of_root:] if end_of_root >= 0 else "")
    return head + "".join(pieces) + tail


def tag_text(text: str, tags: Iterable[InlineTag]) -> str:
    """``text`` XML-escaped with ``tags`` inserted: a TEXT element's content, built from scratch.

    :func:`insert_tags` edits an existing file; this is its counterpart for plain text (a
    standalone TimeML document of an article), with the same nesting rules.
    """
    openings: dict[int, list[InlineTag]] = {}
    closings: dict[int, list[InlineTag]] = {}
    for tag in _non_crossing(t for t in tags if t.start >= 0 and t.end <= len(text)):
        openings.setdefault(tag.start, []).append(tag)
        closings.setdefault(tag.end, []).append(tag)
    pieces: list[str] = []
    cursor = 0
    for boundary in sorted(set(openings) | set(closings)):
        pieces.append(escape(text[cursor:boundary]))
        for tag in sorted(closings.get(boundary, []), key=lambda t: t.start, reverse=True):
            pieces.append(tag.closing())
        for tag in sorted(openings.get(boundary, []), key=lambda t: -t.end):
            pieces.append(tag.opening())
        cursor = boundary
    pieces.append(escape(text[cursor:]))
    return "".join(pieces)


def event_ids(events: Sequence[Event]) -> dict[Event, tuple[str, str]]:
    """``event -> (eid, eiid)``: ``e1``/``ei1``, ``e2``/``ei2``, ... in text order.

    The one numbering every layer uses, so TLINKs can name the same instances as the EVENT and
    MAKEINSTANCE elements (one instance per event).
    """
    ordered = sorted(events, key=lambda event: (event.start, event.end))
    return {event: (f"e{n}", f"ei{n}") for n, event in enumerate(ordered, start=1)}


def event_tags(events: Sequence[Event]) -> list[InlineTag]:
    """EVENT tags (``eid``, ``class``) around each trigger, numbered by :func:`event_ids`."""
    ids = event_ids(events)
    return [
        InlineTag(
            event.start, event.end, "EVENT", (("eid", ids[event][0]), ("class", event.kind.value))
        )
        for event in events
    ]


def makeinstance_elements(events: Sequence[Event]) -> list[str]:
    """One MAKEINSTANCE per event, in text order, with TimeML's tense/aspect/polarity/pos."""
    ids = event_ids(events)
    elements = []
    for event in sorted(events, key=lambda event: (event.start, event.end)):
        eid, eiid = ids[event]
        pairs = [
            ("eventID", eid),
            ("eiid", eiid),
            ("tense", event.tense.value),
            ("aspect", event.aspect.value),
            ("polarity", event.polarity.value),
            ("pos", event.pos),
        ]
        if event.modality is not None:
            pairs.append(("modality", event.modality))
        elements.append(element("MAKEINSTANCE", pairs))
    return elements


# --- TLINK layer (timeline stage) ----------------------------------------------------------


def tlink_elements(
    tlinks: Iterable[TLink],
    events: Sequence[Event],
    expressions: Sequence[TimeExpression],
    dct_tid: str = "t0",
) -> list[str]:
    """TLINK elements ``l1``, ``l2``, ... naming ends as the other layers do.

    Events are named ``ei1``, ``ei2``, ... in text order (the numbering of ``event_ids``; it is
    repeated here so that this layer stands on its own), expressions as
    :func:`timex_tags` numbers them (``t1``, ... in the order given), the DCT as ``dct_tid``.
    A link with an end that has no tag is left out.
    """
    ordered = sorted(events, key=lambda event: (event.start, event.end))
    instance_of = {event: f"ei{n}" for n, event in enumerate(ordered, start=1)}
    tid_of = {expression: f"t{n}" for n, expression in enumerate(expressions, start=1)}

    def name(end: object) -> str | None:
        if end == "DCT":
            return dct_tid
        if isinstance(end, Event):
            return instance_of.get(end)
        if isinstance(end, TimeExpression):
            return tid_of.get(end)
        return None

    lines: list[str] = []
    for link in tlinks:
        source, target = name(link.source), name(link.target)
        if source is None or target is None:
            continue
        pairs = [("lid", f"l{len(lines) + 1}"), ("relType", link.relation.value)]
        pairs.append(("eventInstanceID" if source.startswith("ei") else "timeID", source))
        related = "relatedToEventInstance" if target.startswith("ei") else "relatedToTime"
        pairs.append((related, target))
        lines.append(element("TLINK", pairs))
    return lines
