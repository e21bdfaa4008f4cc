"""The timeline stage: link, bound and order the events, and collect the TLINKs behind them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import attrs

from timeline.events.factuality import after_anchoring
from timeline.events.model import Event
from timeline.model import TimeExpression
from timeline.ordering.bounds import event_times
from timeline.ordering.link import Linking, link_events
from timeline.ordering.link_models import LinkModels
from timeline.ordering.model import Timeline, TimeRelation
from timeline.ordering.order import in_time_order
from timeline.ordering.tlinks import collect_tlinks

__all__ = ["build_timeline"]


def build_timeline(
    text: str,
    dct: datetime | None,
    expressions: Sequence[TimeExpression],
    events: Sequence[Event],
    doc: Any,
    models: LinkModels | None = None,
) -> Timeline:
    """Anchor every event in time, order them, and collect the TLINKs.

    Args:
        text: the (validated) article text.
        dct: the article's creation time, or ``None`` for narrative text.
        expressions: the resolved time expressions, in text order.
        events: the detected events (any order); their character offsets index ``doc``.
        doc: the spaCy ``Doc`` of ``text``.
        models: the learned TLINK components; by default the shipped ones.
    """
    in_text_order = sorted(events, key=lambda event: (event.start, event.end))
    linkings: tuple[Linking, ...] = (
        link_events(doc, expressions, in_text_order, dct) if in_text_order else ()
    )
    times = event_times(linkings, dct)
    anchored = [
        attrs.evolve(
            event,
            when=when,
            factuality=after_anchoring(event.factuality, event.tense, when.earliest_start, dct),
        )
        for event, when in zip(in_text_order, times, strict=True)
    ]
    ordered = in_time_order(anchored, _linked_pairs(anchored, linkings))
    tlinks = collect_tlinks(doc, anchored, linkings, expressions, dct, models)
    return Timeline(
        text=text,
        dct=dct,
        events=ordered,
        expressions=tuple(expressions),
        tlinks=tlinks,
    )


def _linked_pairs(
    events: Sequence[Event], linkings: Sequence[Linking]
) -> list[tuple[Event, Event]]:
    """The (earlier, later) pairs the event links of the linking pass state."""
    pairs = []
    for index, linking in enumerate(linkings):
        for link in linking.events:
            if link.relation is TimeRelation.AFTER:
                pairs.append((events[link.other], events[index]))
            elif link.relation is TimeRelation.BEFORE:
                pairs.append((events[index], events[link.other]))
    return pairs
