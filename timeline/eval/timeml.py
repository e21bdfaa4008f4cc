"""Reading TimeML documents (TempEval-3 form): text, DCT and gold annotations with offsets.

The reader keeps a map from every character of the plain text back to its place in the file, so
that ``annotate`` can insert tags into TEXT leaving every other character exactly as it was, and
so that gold annotations get the same character offsets our extractors produce.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import attrs

from timeline._input import parse_dct
from timeline.errors import DCTError, TimeMLFormatError

__all__ = [
    "GoldEvent",
    "GoldInstance",
    "GoldTLink",
    "GoldTimex",
    "TimeMLDocument",
    "read_timeml",
    "read_timeml_dir",
]

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)([^>]*?)(/?)>|&(#x[0-9a-fA-F]+|#\d+|\w+);")
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*\"([^\"]*)\"|([\w:.-]+)\s*=\s*'([^']*)'")
_TEXT_OPEN = re.compile(r"<TEXT>|<TEXT\s[^>]*>")
_DCT_TIMEX = re.compile(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")


def attributes(tag_body: str) -> dict[str, str]:
    """Parse the attributes of one XML start tag body (``' tid="t1" type="DATE"'``)."""
    found: dict[str, str] = {}
    for match in _ATTR.finditer(tag_body):
        if match.group(1):
            found[match.group(1)] = html.unescape(match.group(2))
        else:
            found[match.group(3)] = html.unescape(match.group(4))
    return found


@attrs.frozen
class GoldTimex:
    """A TIMEX3 inside TEXT, with offsets into the plain text."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


@attrs.frozen
class GoldEvent:
    """An EVENT inside TEXT, with offsets into the plain text."""

    eid: str
    start: int
    end: int
    text: str
    cls: str


@attrs.frozen
class GoldInstance:
    """A MAKEINSTANCE: the tense, aspect, polarity and modality of an event instance."""

    eiid: str
    eid: str
    tense: str
    aspect: str
    polarity: str
    modality: str | None
    pos: str | None


@attrs.frozen
class GoldTLink:
    """A TLINK between event instances and/or times (ids as in the file: ``ei12``, ``t3``)."""

    lid: str
    source: str
    target: str
    relation: str


@attrs.frozen
class TimeMLDocument:
    """One TimeML file: its plain TEXT, DCT, gold annotations and the map back to the raw file.

    Attributes:
        path: where it was read from.
        docid: the DOCID, or the file stem when there is none.
        dct: the creation time from the TIMEX3 with functionInDocument="CREATION_TIME".
        dct_tid: that TIMEX3's tid (``t0`` in TempEval-3 files).
        raw: the whole file as read.
        text: the TEXT content with tags removed and entities decoded.
        raw_offsets: ``raw_offsets[i]`` is where plain character ``i`` starts in ``raw``; one more
            entry gives the end of TEXT's content.
        timexes, events, instances, tlinks: the gold annotations (empty for input documents).
    """

    path: Path
    docid: str
    dct: datetime
    dct_tid: str
    raw: str
    text: str
    raw_offsets: tuple[int, ...]
    timexes: tuple[GoldTimex, ...]
    events: tuple[GoldEvent, ...]
    instances: tuple[GoldInstance, ...]
    tlinks: tuple[GoldTLink, ...]


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read one TimeML file; raise :class:`TimeMLFormatError` when it has no TEXT or no DCT."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    opening = _TEXT_OPEN.search(raw)
    closing = raw.find("</TEXT>", opening.end() if opening else 0)
    if opening is None or closing < 0:
        raise TimeMLFormatError(f"{path}: no <TEXT> element")
    dct_tag = _DCT_TIMEX.search(raw)
    if dct_tag is None:
        raise TimeMLFormatError(f'{path}: no TIMEX3 with functionInDocument="CREATION_TIME"')
    dct_attrs = attributes(dct_tag.group(0)[len("<TIMEX3") : -1])
    try:
        dct = parse_dct(dct_attrs.get("value", "")[:10])
    except DCTError as error:
        raise TimeMLFormatError(f"{path}: {error}") from None
    if dct is None:
        raise TimeMLFormatError(f"{path}: the CREATION_TIME TIMEX3 has no value")
    docid_match = re.search(r"<DOCID>\s*(.*?)\s*</DOCID>", raw, re.S)
    docid = docid_match.group(1) if docid_match else path.stem

    chars: list[str] = []
    offsets: list[int] = []
    timexes: list[GoldTimex] = []
    events: list[GoldEvent] = []
    open_tags: list[tuple[str, dict[str, str], int]] = []
    position = opening.end()
    for match in _TAG.finditer(raw, opening.end(), closing):
        for index in range(position, match.start()):
            chars.append(raw[index])
            offsets.append(index)
        position = match.end()
        if match.group(5) is not None:  # an entity such as &amp;
            decoded = html.unescape(match.group(0))
            for character in decoded:
                chars.append(character)
                offsets.append(match.start())
            continue
        closing_slash, name, body, self_closing = match.group(1, 2, 3, 4)
        if self_closing:
            continue
        if not closing_slash:
            open_tags.append((name, attributes(body), len(chars)))
            continue
        if not open_tags or open_tags[-1][0] != name:
            raise TimeMLFormatError(f"{path}: unbalanced </{name}> at character {match.start()}")
        _, found, begin = open_tags.pop()
        extent = "".join(chars[begin:])
        if name == "TIMEX3":
            timexes.append(
                GoldTimex(
                    tid=found.get("tid", ""),
                    start=begin,
                    end=len(chars),
                    text=extent,
                    type=found.get("type", ""),
                    value=found.get("value", ""),
                    mod=found.get("mod"),
                )
            )
        elif name == "EVENT":
            events.append(
                GoldEvent(
                    eid=found.get("eid", ""),
                    start=begin,
                    end=len(chars),
                    text=extent,
                    cls=found.get("class", ""),
                )
            )
    for index in range(position, closing):
        chars.append(raw[index])
        offsets.append(index)
    offsets.append(closing)

    tail = raw[closing:]
    instances = tuple(
        GoldInstance(
            eiid=found.get("eiid", ""),
            eid=found.get("eventID", ""),
            tense=found.get("tense", "NONE"),
            aspect=found.get("aspect", "NONE"),
            polarity=found.get("polarity", "POS"),
            modality=found.get("modality"),
            pos=found.get("pos"),
        )
        for found in (attributes(m.group(1)) for m in re.finditer(r"<MAKEINSTANCE\b([^>]*)>", tail))
    )
    tlinks = tuple(
        GoldTLink(
            lid=found.get("lid", ""),
            source=found.get("eventInstanceID") or found.get("timeID", ""),
            target=found.get("relatedToEventInstance") or found.get("relatedToTime", ""),
            relation=found.get("relType", ""),
        )
        for found in (attributes(m.group(1)) for m in re.finditer(r"<TLINK\b([^>]*)>", tail))
    )
    return TimeMLDocument(
        path=path,
        docid=docid,
        dct=dct,
        dct_tid=dct_attrs.get("tid", "t0"),
        raw=raw,
        text="".join(chars),
        raw_offsets=tuple(offsets),
        timexes=tuple(timexes),
        events=tuple(events),
        instances=instances,
        tlinks=tlinks,
    )


def read_timeml_dir(folder: str | Path) -> Iterator[TimeMLDocument]:
    """Read every ``*.tml`` file below ``folder``, in sorted path order."""
    for path in sorted(Path(folder).rglob("*.tml")):
        yield read_timeml(path)
