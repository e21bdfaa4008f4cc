"""Timeline-side value objects: what is known of an event's time, TLINKs, and the timeline.

An event's time is kept as four bounds (Reimers et al. 2016's event-time anchoring for TimeBank)
rather than one date, because news text rarely fixes both ends of an event: "has advanced for
weeks" bounds the end at the DCT and only loosely bounds the start.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, overload

import attrs

from timeline.model import Certainty, TimeExpression

if TYPE_CHECKING:
    from timeline.events.model import Event

__all__ = ["DCT", "EventTime", "LinkKind", "Order", "TLink", "TimeRelation", "Timeline"]


DCT = "DCT"
"""The stand-in for the document creation time as a TLINK end."""


class TimeRelation(enum.Enum):
    """A TimeML TLINK ``relType``."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    INCLUDES = "INCLUDES"
    IS_INCLUDED = "IS_INCLUDED"
    DURING = "DURING"
    DURING_INV = "DURING_INV"
    SIMULTANEOUS = "SIMULTANEOUS"
    IAFTER = "IAFTER"
    IBEFORE = "IBEFORE"
    IDENTITY = "IDENTITY"
    BEGINS = "BEGINS"
    ENDS = "ENDS"
    BEGUN_BY = "BEGUN_BY"
    ENDED_BY = "ENDED_BY"


class LinkKind(enum.Enum):
    """How the time of an event was found."""

    SYNTAX = "syntax"
    SENTENCE = "sentence"
    TENSE = "tense"
    NARRATIVE = "narrative"
    DURATION = "duration"
    SIGNAL = "signal"
    NONE = "none"


class Order(enum.Enum):
    """The answer of ``Timeline.relation(a, b)``."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    OVERLAP = "OVERLAP"
    UNKNOWN = "UNKNOWN"


@attrs.frozen
class EventTime:
    """What is known about when an event happened.

    Attributes:
        earliest_start: the event cannot have started before this; ``None`` if unbounded.
        latest_start: the event started before this (exclusive); ``None`` if unbounded.
        earliest_end: the event cannot have ended before this; ``None`` if unbounded.
        latest_end: the event ended before this (exclusive); ``None`` if unbounded.
        anchor: the time expression the event was anchored to, or ``None`` (DCT or nothing).
        to_dct: True when the anchor is the document creation time.
        relation: the TimeML relation of the event to its anchor (IS_INCLUDED, BEFORE, ...).
        link: how the anchor was found.
        certainty: how sure the anchoring is.
        dct: the article date, kept for the readable summary.
    """

    earliest_start: datetime | None = None
    latest_start: datetime | None = None
    earliest_end: datetime | None = None
    latest_end: datetime | None = None
    anchor: TimeExpression | None = None
    to_dct: bool = False
    relation: TimeRelation | None = None
    link: LinkKind = LinkKind.NONE
    certainty: Certainty = Certainty.INFERRED
    dct: date | None = None

    def __str__(self) -> str:
        """Readable: "2020-06-14", "2020-W24", "2019-04 .. ongoing", "before 2020-06-15"."""
        from timeline.ordering.summary import summarize

        return summarize(self)


@attrs.frozen
class TLink:
    """A temporal link between two items (events, time expressions or the DCT).

    Attributes:
        source: the first item: an :class:`~timeline.events.model.Event`, a
            :class:`~timeline.model.TimeExpression`, or the string ``"DCT"``.
        target: the second item, of the same kinds.
        relation: the TimeML relation from source to target.
        link: how the relation was found.
        confidence: how likely the link is right: the link selection model's probability that
            annotators would state or entail it (:mod:`timeline.ordering.selection`), else the
            generator's own probability where it has one (the pair model's), else 1.0.
        written: whether the link is written out as a TLINK (``annotate``, TimeML export) and
            scored. Every link, written or not, is evidence for :meth:`Timeline.relation`: a
            link too weak for TempEval-3's precision can still order two events.
    """

    source: object
    target: object
    relation: TimeRelation
    link: LinkKind = LinkKind.NONE
    confidence: float = 1.0
    written: bool = True


def _events(items: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(items)


def _expressions(items: Iterable[TimeExpression]) -> tuple[TimeExpression, ...]:
    return tuple(items)


def _tlinks(items: Iterable[TLink]) -> tuple[TLink, ...]:
    return tuple(items)


@attrs.frozen
class Timeline:
    """The events of one document in time order, with the expressions and links behind them.

    Iterating gives the events in time order (a total order that respects their bounds, ties
    broken by the signal links, then text position); :meth:`relation` tells what the text
    actually supports.

    Attributes:
        text: the document the timeline was extracted from.
        dct: the document creation time, or ``None`` for narrative text.
        events: the events, in time order.
        expressions: the time expressions, in text order.
        tlinks: the temporal links found (event-time, event-DCT, event-event), written or not.
    """

    text: str
    dct: datetime | None
    events: tuple[Event, ...] = attrs.field(converter=_events)
    expressions: tuple[TimeExpression, ...] = attrs.field(converter=_expressions, default=())
    tlinks: tuple[TLink, ...] = attrs.field(converter=_tlinks, default=())

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    @property
    def written_tlinks(self) -> tuple[TLink, ...]:
        """The TLINKs selected for writing: what ``annotate`` writes and the scorer scores."""
        return tuple(link for link in self.tlinks if link.written)

    def __len__(self) -> int:
        return len(self.events)

    @overload
    def __getitem__(self, index: int) -> Event: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Event, ...]: ...
    def __getitem__(self, index: int | slice) -> Event | tuple[Event, ...]:
        return self.events[index]

    def relation(self, a: Event, b: Event) -> Order:
        """How event ``a`` stands to event ``b``: BEFORE, AFTER, OVERLAP or UNKNOWN.

        The answer follows from the events' bounds and the event-event links, never contradicts
        them or the order of the timeline, and is UNKNOWN where the text gives no evidence.
        It is antisymmetric: ``relation(a, b)`` is BEFORE exactly when ``relation(b, a)`` is AFTER.

        Raises:
            ValueError: ``a`` or ``b`` is not an event of this timeline.
        """
        from timeline.ordering.order import relation_in

        return relation_in(self, a, b)
