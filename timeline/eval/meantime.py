"""Reading MEANTIME (NewsReader CAT XML): text, DCT, gold event and time mentions with offsets.

CAT files hold tokens, not text: ``<token t_id sentence>`` elements, and markables anchored to
token ids (``<EVENT_MENTION ...><token_anchor t_id="80"/></EVENT_MENTION>``). The reader
rebuilds a plain text (sentences on their own lines, tokens joined by a space except before
closing punctuation and after opening punctuation) and gives every mention character offsets in
it, so the same scorer as for TimeML applies. MEANTIME has no TimeML ``class``; its mentions
keep tense, aspect and polarity, and the factuality attributes certainty and time. Its TIMEX3
markables are read as :class:`~timeline.eval.timeml.GoldTimex` with the same offsets, so the
TempEval-3 time metrics apply too: the only time-expression gold the resolver was not written on.
Its TLINKs between event mentions and times are kept with TimeML ids (``ei<m_id>``,
``t<m_id>``), and :func:`as_timeml` turns a document into a :class:`TimeMLDocument`, so the
temporal awareness scorer applies as well.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import attrs

from timeline._input import parse_dct
from timeline.errors import DCTError, TimeMLFormatError
from timeline.eval.event_metrics import GoldMention
from timeline.eval.timeml import GoldEvent, GoldInstance, GoldTimex, GoldTLink, TimeMLDocument

__all__ = ["MeantimeDocument", "as_timeml", "read_meantime", "read_meantime_dir"]

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``"})


@attrs.frozen
class MeantimeDocument:
    """One CAT document.

    Attributes:
        path: where it was read from.
        docid: the ``doc_id`` attribute.
        dct: the creation time (the TIMEX3 with functionInDocument="CREATION_TIME").
        text: the rebuilt plain text.
        events: the gold event mentions, in text order.
        timexes: the gold TIMEX3 mentions anchored to tokens, in text order. The dateline is
            one of them: MEANTIME anchors its CREATION_TIME TIMEX3 to the date written at the top
            of the text, which the resolver finds like any other date.
        dct_tid: the TimeML id of the CREATION_TIME TIMEX3 (``t<m_id>``).
        tlinks: the TLINKs whose ends are both event mentions or TIMEX3 (the creation time
            included), with TimeML ids. Left out: MEASURE links, which relate a duration to an
            event's length rather than order anything, and links to a non-consuming TIMEX3 (no
            token in the text), which no system entity can align with.
        annotated_end: the end of the last sentence with an annotation. MEANTIME annotates the
            title and the first sentences only, so system events after this are not scored.
    """

    path: Path
    docid: str
    dct: datetime
    text: str
    events: tuple[GoldMention, ...]
    annotated_end: int
    timexes: tuple[GoldTimex, ...] = ()
    dct_tid: str = "t0"
    tlinks: tuple[GoldTLink, ...] = ()


def _optional(value: str | None) -> str | None:
    return value or None


def read_meantime(path: str | Path) -> MeantimeDocument:
    """Read one CAT XML file; raise :class:`TimeMLFormatError` when it is not one."""
    path = Path(path)
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        raise TimeMLFormatError(f"{path}: {error}") from None
    pieces: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    sentence_end: dict[str, int] = {}
    length = 0
    previous_sentence: str | None = None
    previous_text = ""
    for token in root.iter("token"):
        word = token.text or ""
        sentence = token.get("sentence", "")
        if previous_sentence is None:
            separator = ""
        elif sentence != previous_sentence:
            separator = "\n"
        elif word in _NO_SPACE_BEFORE or previous_text in _NO_SPACE_AFTER:
            separator = ""
        else:
            separator = " "
        pieces.append(separator + word)
        length += len(separator)
        spans[token.get("t_id", "")] = (length, length + len(word))
        sentence_of[token.get("t_id", "")] = sentence
        length += len(word)
        sentence_end[sentence] = length
        previous_sentence, previous_text = sentence, word
    creation = next(
        (t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None
    )
    dct_value = creation.get("value", "") if creation is not None else ""
    dct_tid = f"t{creation.get('m_id', '')}" if creation is not None else "t0"
    try:
        dct = parse_dct(dct_value[:10])
    except DCTError as error:
        raise TimeMLFormatError(f"{path}: {error}") from None
    if dct is None:
        raise TimeMLFormatError(f"{path}: no CREATION_TIME TIMEX3")
    events = []
    for mention in root.iter("EVENT_MENTION"):
        ids = [anchor.get("t_id", "") for anchor in mention.iter("token_anchor")]
        anchors = [spans[i] for i in ids if i in spans]
        if not anchors:
            continue
        events.append(
            GoldMention(
                start=min(a[0] for a in anchors),
                end=max(a[1] for a in anchors),
                cls=None,
                tense=_optional(mention.get("tense")),
                aspect=_optional(mention.get("aspect")),
                polarity=_optional(mention.get("polarity")),
                certainty=_optional(mention.get("certainty")),
                time=_optional(mention.get("time")),
                identifier=mention.get("m_id"),
            )
        )
    text = "".join(pieces)
    timexes = []
    for timex in root.iter("TIMEX3"):
        anchors = [
            spans[anchor.get("t_id", "")]
            for anchor in timex.iter("token_anchor")
            if anchor.get("t_id", "") in spans
        ]
        if not anchors:
            continue
        start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
        timexes.append(
            GoldTimex(
                tid=f"t{timex.get('m_id', '')}",
                start=start,
                end=end,
                text=text[start:end],
                type=timex.get("type", ""),
                value=timex.get("value", ""),
                mod=_optional(timex.get("mod")),
            )
        )
    # TLINK ends are m_ids; their TimeML names: ei<m_id> for events, t<m_id> for times
    names = {m.identifier: f"ei{m.identifier}" for m in events if m.identifier is not None}
    names.update({t.tid[1:]: t.tid for t in timexes})
    names[dct_tid[1:]] = dct_tid
    tlinks = []
    for link in root.iter("TLINK"):
        source, target = link.find("source"), link.find("target")
        if source is None or target is None or link.get("reltype") == "MEASURE":
            continue
        ends = names.get(source.get("m_id", "")), names.get(target.get("m_id", ""))
        if ends[0] is not None and ends[1] is not None:
            tlinks.append(
                GoldTLink(link.get("r_id", ""), ends[0], ends[1], link.get("reltype", ""))
            )
    annotated = {
        sentence_of[anchor.get("t_id", "")]
        for markables in root.iter("Markables")
        for anchor in markables.iter("token_anchor")
        if anchor.get("t_id", "") in sentence_of
    }
    return MeantimeDocument(
        path=path,
        docid=root.get("doc_id", path.stem),
        dct=dct,
        text=text,
        events=tuple(sorted(events, key=lambda m: (m.start, m.end))),
        annotated_end=max((sentence_end[s] for s in annotated), default=0),
        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
        dct_tid=dct_tid,
        tlinks=tuple(tlinks),
    )


def as_timeml(document: MeantimeDocument) -> TimeMLDocument:
    """The document as a :class:`TimeMLDocument` (ids ``e<m_id>``, ``ei<m_id>``, ``t<m_id>``).

    MEANTIME has no EVENT class, so the events' ``cls`` is empty; the plain text is its own raw
    text. The temporal awareness scorer of :mod:`timeline.eval.tlink_metrics` reads the rest.
    """
    events = [m for m in document.events if m.identifier is not None]
    return TimeMLDocument(
        path=document.path,
        docid=document.docid,
        dct=document.dct,
        dct_tid=document.dct_tid,
        raw=document.text,
        text=document.text,
        raw_offsets=tuple(range(len(document.text) + 1)),
        timexes=document.timexes,
        events=tuple(
            GoldEvent(f"e{m.identifier}", m.start, m.end, document.text[m.start : m.end], "")
            for m in events
        ),
        instances=tuple(
            GoldInstance(
                eiid=f"ei{m.identifier}",
                eid=f"e{m.identifier}",
                tense=m.tense or "NONE",
                aspect=m.aspect or "NONE",
                polarity=m.polarity or "POS",
                modality=None,
                pos=None,
            )
            for m in events
        ),
        tlinks=document.tlinks,
    )


def read_meantime_dir(folder: str | Path) -> Iterator[MeantimeDocument]:
    """Read every ``*.xml`` CAT file below ``folder``, in sorted path order."""
    for path in sorted(Path(folder).rglob("*.xml")):
        yield read_meantime(path)
