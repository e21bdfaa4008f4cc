"""Reading MEANTIME (NewsReader CAT XML): text, DCT, gold event and time mentions with offsets.

CAT files hold tokens, not text: ``<token t_id sentence>`` elements, and markables anchored to
token ids (``<EVENT_MENTION ...><token_anchor t_id="80"/></EVENT_MENTION>``). The reader
rebuilds a plain text (sentences on their own lines, tokens joined by a space except before
closing punctuation and after opening punctuation) and gives every mention character offsets in
it, so the same scorer as for TimeML applies. MEANTIME has no TimeML ``class``; its mentions
keep tense, aspect and polarity, and the factuality attributes certainty and time. Its TIMEX3
markables are read as :class:`~timeline.eval.timeml.GoldTimex` with the same offsets, so the
TempEval-3 time metrics apply too: the only time-expression gold the resolver was not written on.
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
from timeline.eval.timeml import GoldTimex

__all__ = ["MeantimeDocument", "read_meantime", "read_meantime_dir"]

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
    dct_value = next(
        (
            timex.get("value", "")
            for timex in root.iter("TIMEX3")
            if timex.get("functionInDocument") == "CREATION_TIME"
        ),
        "",
    )
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
                tid=timex.get("m_id", ""),
                start=start,
                end=end,
                text=text[start:end],
                type=timex.get("type", ""),
                value=timex.get("value", ""),
                mod=_optional(timex.get("mod")),
            )
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
    )


def read_meantime_dir(folder: str | Path) -> Iterator[MeantimeDocument]:
    """Read every ``*.xml`` CAT file below ``folder``, in sorted path order."""
    for path in sorted(Path(folder).rglob("*.xml")):
        yield read_meantime(path)
