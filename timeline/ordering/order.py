"""The total order of a timeline and the relation between two of its events.

The order sorts by earliest possible start, then latest start, then latest end, then the
signal and syntax links among events with the same bounds, then text position. Whenever the
bounds prove that ``a`` ends before ``b`` starts, ``a`` also sorts first (``a.latest_end <=
b.earliest_start`` implies ``a.earliest_start <= b.earliest_start``), so the order never
contradicts what :func:`relation_in` derives from the bounds.
"""

from __future__ import annotations

import weakref
from collections.abc import Hashable, Iterable
from datetime import datetime
from itertools import groupby
from typing import TYPE_CHECKING

from timeline.eval.closure import Graph
from timeline.ordering.intervals import time_dct_relation
from timeline.ordering.model import EventTime, LinkKind, Order, TimeRelation

if TYPE_CHECKING:
    from timeline.events.model import Event
    from timeline.ordering.model import Timeline

__all__ = ["bounds_relation", "in_time_order", "relation_in", "sort_key"]

_NO_TIME = EventTime()
_FIRST = datetime.min
_LAST = datetime.max
_BEFORE_LINKS = {TimeRelation.BEFORE, TimeRelation.IBEFORE}
_AFTER_LINKS = {TimeRelation.AFTER, TimeRelation.IAFTER}


def sort_key(event: Event) -> tuple[datetime, datetime, datetime, int, int]:
    """Earliest start (unbounded = first), latest start and latest end (unbounded = last)."""
    when = event.when or _NO_TIME
    return (
        when.earliest_start or _FIRST,
        when.latest_start or _LAST,
        when.latest_end or _LAST,
        event.start,
        event.end,
    )


def in_time_order(
    events: Iterable[Event], precedes: Iterable[tuple[Event, Event]] = ()
) -> tuple[Event, ...]:
    """The events sorted by :func:`sort_key`; Python's sort is stable, so equal keys keep order.

    ``precedes`` lists pairs ``(a, b)`` that a signal or the syntax says come in that order
    ("closed the bridge on Wednesday after engineers found cracks": the finding, then the
    closing). Among events whose bounds are the same, those pairs decide before text position,
    so that the order tells what the links tell where the bounds cannot (a pair that would
    close a cycle is left to text position).
    """
    ordered = sorted(events, key=sort_key)
    pairs = {(id(a), id(b)) for a, b in precedes if a is not b}
    if not pairs:
        return tuple(ordered)
    return tuple(
        event
        for _, same_bounds in groupby(ordered, key=lambda event: sort_key(event)[:3])
        for event in _linked_order(list(same_bounds), pairs)
    )


def _linked_order(group: list[Event], pairs: set[tuple[int, int]]) -> list[Event]:
    """A stable topological order of events with equal bounds: repeatedly take the first event
    (in text order) that no remaining event must precede; on a cycle, the first remaining."""
    if len(group) < 2:
        return group
    remaining = list(group)
    result = []
    while remaining:
        chosen = next(
            (
                event
                for event in remaining
                if not any((id(other), id(event)) in pairs for other in remaining)
            ),
            remaining[0],
        )
        result.append(chosen)
        remaining.remove(chosen)
    return result


def bounds_relation(a: EventTime, b: EventTime) -> Order:
    """What the bounds alone prove: BEFORE, AFTER, OVERLAP (surely sharing a moment), UNKNOWN."""
    a_before = a.latest_end is not None and b.earliest_start is not None
    a_before = a_before and a.latest_end <= b.earliest_start  # type: ignore[operator]
    b_before = b.latest_end is not None and a.earliest_start is not None
    b_before = b_before and b.latest_end <= a.earliest_start  # type: ignore[operator]
    if a_before and not b_before:
        return Order.BEFORE
    if b_before and not a_before:
        return Order.AFTER
    if a_before and b_before:
        return Order.UNKNOWN  # two instants at the same point: nothing to say
    if (
        a.latest_start is not None
        and b.latest_start is not None
        and a.earliest_end is not None
        and b.earliest_end is not None
        and a.latest_start <= b.earliest_end
        and b.latest_start <= a.earliest_end
    ):  # each surely starts before the other surely ends
        return Order.OVERLAP
    return Order.UNKNOWN


def relation_in(timeline: Timeline, a: Event, b: Event) -> Order:
    """The relation of two events of ``timeline``: from bounds first, then explicit links.

    A link-based BEFORE/AFTER is only given when it agrees with the timeline order, so the answer
    is always consistent with iteration order and antisymmetric; a link of any other type
    (SIMULTANEOUS, IDENTITY, INCLUDES, ...) says the two overlap, unless it is only a likely
    reading of the sentence's form (:attr:`LinkKind.SENTENCE`, the learned pair shapes), which
    orders start points too loosely to claim an overlap. The first usable link decides.
    """
    position = _derived(timeline).get("position")
    if not isinstance(position, dict):
        position = {id(event): index for index, event in enumerate(timeline.events)}
        _derived(timeline)["position"] = position
    index_a, index_b = _index(timeline, position, a), _index(timeline, position, b)
    if index_a == index_b:
        return Order.OVERLAP
    found = bounds_relation(a.when or _NO_TIME, b.when or _NO_TIME)
    if found is not Order.UNKNOWN:
        return found
    first, second = timeline.events[index_a], timeline.events[index_b]
    for link in timeline.tlinks:
        if link.source is first and link.target is second:
            said = _order_of(link.relation)
        elif link.source is second and link.target is first:
            said = _inverse(_order_of(link.relation))
        else:
            continue
        if said is Order.BEFORE and index_a < index_b:
            return said
        if said is Order.AFTER and index_a > index_b:
            return said
        if said is Order.OVERLAP and link.link is not LinkKind.SENTENCE:
            return said
    return _closure_relation(timeline, first, second, index_a, index_b)


_CACHES: dict[int, tuple[weakref.ref[Timeline], dict[str, object]]] = {}


def _derived(timeline: Timeline) -> dict[str, object]:
    """A per-timeline cache (event positions, TLINK closure) that lives as long as the timeline.

    Kept outside the frozen value so that equality, hashing and serialisation see only fields.
    """
    key = id(timeline)
    found = _CACHES.get(key)
    if found is not None and found[0]() is timeline:
        return found[1]
    cache: dict[str, object] = {}
    _CACHES[key] = (weakref.ref(timeline), cache)
    weakref.finalize(timeline, _CACHES.pop, key, None)
    return cache


def _closure_relation(
    timeline: Timeline, first: Event, second: Event, index_a: int, index_b: int
) -> Order:
    """BEFORE/AFTER entailed by the closure of all TLINKs, when it agrees with the order.

    This is what relates "said" (before the DCT) to "will meet" (after it) although their
    bounds share the DCT day.
    """
    graph = _derived(timeline).get("closure")
    if graph is None:
        evidence = [
            (_name(link.source), _name(link.target), link.relation.value)
            for link in timeline.tlinks
            if link.link is not LinkKind.SENTENCE
        ]
        # times against the DCT are facts of the calendar, not TLINKs the annotators write
        if timeline.dct is not None:
            for expression in timeline.expressions:
                relation = time_dct_relation(expression, timeline.dct)
                if relation is not None:
                    evidence.append((id(expression), "DCT", relation.value))
        graph = Graph.of(evidence)
        _derived(timeline)["closure"] = graph
    assert isinstance(graph, Graph)
    a, b = _name(first), _name(second)
    if index_a < index_b and graph.entails((a, b, "BEFORE")):
        return Order.BEFORE
    if index_a > index_b and graph.entails((a, b, "AFTER")):
        return Order.AFTER
    return Order.UNKNOWN


def _name(item: object) -> Hashable:
    return item if isinstance(item, str) else id(item)


def _index(timeline: Timeline, position: dict[int, int], event: Event) -> int:
    index = position.get(id(event))
    if index is not None:
        return index
    try:
        return timeline.events.index(event)
    except ValueError:
        raise ValueError(f"event {event.text!r} at {event.start} is not in this timeline") from None


def _order_of(relation: TimeRelation) -> Order:
    if relation in _BEFORE_LINKS:
        return Order.BEFORE
    if relation in _AFTER_LINKS:
        return Order.AFTER
    return Order.OVERLAP  # SIMULTANEOUS, IDENTITY, INCLUDES, DURING, BEGINS, ENDS, ...


def _inverse(order: Order) -> Order:
    return {Order.BEFORE: Order.AFTER, Order.AFTER: Order.BEFORE}.get(order, order)
