"""The TLINKs of a timeline: event-time, event-DCT, time-time and event-event.

Generators propose links with direct evidence (an anchor, a tense, a signal, bounds that prove
an order between main events, calendar facts between times, learned pair shapes), made
consistent with the surest evidence winning. All of them are the timeline's evidence for
``Timeline.relation``; the link selection model (:mod:`timeline.ordering.selection`) marks which
are ``written``: those are what the TempEval-3 scorer sees and ``annotate`` writes, because
temporal awareness rewards precise links and the scorer's closure derives the rest. The learned
parts come in one :class:`~timeline.ordering.link_models.LinkModels` value.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from datetime import datetime
from typing import Any

from timeline.eval.closure import consistent_links
from timeline.events.model import Event
from timeline.model import TimeExpression, TimexType
from timeline.ordering.intervals import interval_of, time_dct_relation
from timeline.ordering.link import Linking
from timeline.ordering.link_models import LinkModels, shipped_models
from timeline.ordering.linking import root_of, tokens_of
from timeline.ordering.model import DCT, LinkKind, Order, TimeRelation, TLink
from timeline.ordering.order import bounds_relation
from timeline.ordering.pair_model import features, strongest_relation
from timeline.ordering.pair_model import pairs as model_pairs
from timeline.ordering.pairs import candidate_pairs
from timeline.ordering.selection import select_links

__all__ = ["DCT", "candidate_tlinks", "collect_tlinks", "main_events", "time_dct_relation"]


_MAIN_DEPS = {"ROOT", "conj", "ccomp", "advcl", "parataxis"}


_CLAUSE_HEADS = {"ROOT", "ccomp", "relcl", "advcl", "conj", "xcomp", "parataxis", "acl"}


def _worth_a_dct_link(doc: Any, event: Event, relation: TimeRelation) -> bool:
    """Whether tense alone relates this event to the DCT reliably enough for a TLINK.

    The bounds always use tense; the TLINK is written only where TimeBank's annotators agree
    with tense most of the time (measured on TBAQ): finite clause heads in the past, present
    states only in main or reported clauses, and no future inside reported speech, which they
    relate to the reporting event instead.
    """
    root = root_of(doc, event)
    if root is None:
        return False
    dep: str = root.dep_
    if relation is TimeRelation.INCLUDES:
        return dep in {"ROOT", "ccomp", "relcl"}
    if relation is TimeRelation.AFTER:
        return dep != "ccomp"
    return dep in _CLAUSE_HEADS


def main_events(doc: Any, events: Sequence[Event]) -> dict[int, list[int]]:
    """Per sentence index, the events heading its main clauses (root, conjuncts, complements)."""
    found: dict[int, list[int]] = {}
    for index, event in enumerate(events):
        token = root_of(doc, event)
        if token is None:
            continue
        if token.dep_ not in _MAIN_DEPS or token.pos_ not in {"VERB", "AUX", "ADJ"}:
            continue
        if token.dep_ != "ROOT" and token.head.dep_ not in {"ROOT", "conj"}:
            continue
        found.setdefault(event.sentence, []).append(index)
    return found


def collect_tlinks(
    doc: Any,
    events: Sequence[Event],
    linkings: Sequence[Linking],
    expressions: Sequence[TimeExpression],
    dct: datetime | None,
    models: LinkModels | None = None,
) -> tuple[TLink, ...]:
    """All TLINKs of a document; ``events`` and ``linkings`` are parallel, in text order.

    Every consistent candidate is returned as evidence for ``Timeline.relation``; the link
    selection model of ``models`` (default: the shipped ones) marks which are ``written``.
    """
    models = shipped_models() if models is None else models
    return select_links(
        doc, candidate_tlinks(doc, events, linkings, expressions, dct, models), models.selection
    )


def candidate_tlinks(
    doc: Any,
    events: Sequence[Event],
    linkings: Sequence[Linking],
    expressions: Sequence[TimeExpression],
    dct: datetime | None,
    models: LinkModels,
) -> tuple[TLink, ...]:
    """The TLINKs every generator proposes, minus those contradicting surer ones."""
    links: list[TLink] = []
    for event, linking in zip(events, linkings, strict=True):
        if linking.time is not None:
            links.append(
                TLink(event, linking.time.expression, linking.time.relation, linking.time.link)
            )
        if linking.until is not None:
            until = linking.until
            links.append(TLink(event, until.expression, until.relation, until.link))
        for duration in linking.durations:
            links.append(TLink(event, duration.expression, duration.relation, duration.link))
        if (
            linking.dct_relation is not None
            and dct is not None
            and _worth_a_dct_link(doc, event, linking.dct_relation)
        ):
            links.append(TLink(event, DCT, linking.dct_relation, LinkKind.TENSE))
        for event_link in linking.events:
            links.append(
                TLink(event, events[event_link.other], event_link.relation, event_link.link)
            )
    # no time-DCT links: TimeBank's annotators rarely wrote them (about 1 in 10 was in the gold
    # closure on TBAQ), so they cost temporal awareness precision; Timeline.relation still
    # uses them (timeline.ordering.order)
    if dct is not None:
        links.extend(_time_time_links(doc, expressions, dct))
    links.extend(_main_event_links(doc, events, links))
    links.extend(_repeated_mentions(events))
    roots = [root_of(doc, event) for event in events]
    links.extend(_table_links(events, roots, links, models.pair_table))
    links.extend(_model_links(events, roots, links, models.pair_model, models.pair_threshold))
    return _consistent(links)


_RELIABILITY = (
    LinkKind.SYNTAX,
    LinkKind.SIGNAL,
    LinkKind.TENSE,
    LinkKind.DURATION,
    LinkKind.SENTENCE,
    LinkKind.NARRATIVE,
    LinkKind.NONE,
)


def _consistent(links: list[TLink]) -> tuple[TLink, ...]:
    """The links minus those that contradict surer ones: time-time links first (calendar facts),
    then in the order of :data:`_RELIABILITY`.

    A contradictory set says nothing a reader can use, and a scorer counts the contradicting
    links as wrong; the surest evidence wins.
    """
    ranked = sorted(
        links,
        key=lambda link: (
            not (
                isinstance(link.source, TimeExpression) and isinstance(link.target, TimeExpression)
            ),
            _RELIABILITY.index(link.link),
        ),
    )
    names = {
        id(link): (_name(link.source), _name(link.target), link.relation.value) for link in ranked
    }
    kept, _ = consistent_links([names[id(link)] for link in ranked])
    allowed = set(kept)
    return tuple(link for link in links if names[id(link)] in allowed)


def _name(item: object) -> Hashable:
    return item if isinstance(item, str) else id(item)


def _model_links(
    events: Sequence[Event],
    tokens: Sequence[Any],
    known: list[TLink],
    weights: Mapping[str, Mapping[str, float]],
    threshold: float,
) -> list[TLink]:
    """Event-event links the pair model finds likely (see :mod:`timeline.ordering.pair_model`);
    each carries the model's probability of its relation as ``confidence``."""
    if not weights:
        return []
    linked = {(id(link.source), id(link.target)) for link in known}
    found = []
    for first, second in model_pairs(events, tokens):
        a, b = events[first], events[second]
        if (id(a), id(b)) in linked or (id(b), id(a)) in linked:
            continue
        relation, chance = strongest_relation(
            weights, features(a, tokens[first], b, tokens[second])
        )
        if chance >= threshold:
            found.append(TLink(a, b, relation, LinkKind.SENTENCE, confidence=round(chance, 4)))
    return found


def _table_links(
    events: Sequence[Event],
    tokens: Sequence[Any],
    known: list[TLink],
    table: Mapping[tuple[str, ...], TimeRelation],
) -> list[TLink]:
    """Event-event links for pair shapes that TimeBank's annotators relate consistently."""
    if not table:
        return []
    linked = {(id(link.source), id(link.target)) for link in known}
    found = []
    for first, second, key in candidate_pairs(events, tokens):
        relation = table.get(key)
        a, b = events[first], events[second]
        if relation is None or (id(a), id(b)) in linked or (id(b), id(a)) in linked:
            continue
        found.append(TLink(a, b, relation, LinkKind.SENTENCE))
    return found


_TIME_WINDOW = 8
"""Each dated expression is related to this many that follow it: the closure chains the rest,
and a long article does not grow a quadratic number of links."""


def _time_time_links(doc: Any, expressions: Sequence[TimeExpression], dct: datetime) -> list[TLink]:
    """Links between the dated expressions of a document, read off their intervals.

    Calendar facts, so they are links between times anywhere in the text, not only in one
    sentence: annotators who relate times (AQUAINT's did, TimeBank's seldom) relate them across
    the article, and the closure then orders the events anchored to them. The scorer's reduced
    graph keeps only the links the others do not entail. See :data:`_TIME_WINDOW`.
    """
    found: list[TLink] = []
    placed: list[tuple[TimeExpression, datetime, datetime]] = []
    for expression in expressions:
        span = interval_of(expression, dct)
        if span is None or span.start is None or span.end is None:
            continue
        if expression.type not in (TimexType.DATE, TimexType.TIME):
            continue
        if tokens_of(doc, expression.start, expression.end) is None:
            continue
        placed.append((expression, span.start, span.end))
    for index, (first, a_start, a_end) in enumerate(placed):
        for second, b_start, b_end in placed[index + 1 : index + 1 + _TIME_WINDOW]:
            relation = None
            if a_end <= b_start:
                relation = TimeRelation.BEFORE
            elif b_end <= a_start:
                relation = TimeRelation.AFTER
            elif (a_start, a_end) == (b_start, b_end):
                relation = TimeRelation.IDENTITY
            elif a_start <= b_start and b_end <= a_end:
                relation = TimeRelation.INCLUDES
            elif b_start <= a_start and a_end <= b_end:
                relation = TimeRelation.IS_INCLUDED
            if relation is not None:
                found.append(TLink(first, second, relation, LinkKind.SENTENCE))
    return found


def _repeated_mentions(events: Sequence[Event]) -> list[TLink]:
    """A noun event named again in the same or the next sentence is the same event.

    "The attack ... The attack was": news repeats an event's name as it tells more about it;
    TimeBank links such mentions as IDENTITY.
    """
    found: list[TLink] = []
    last_seen: dict[str, Event] = {}
    for event in events:
        if event.pos != "NOUN":
            continue
        key = event.lemma.lower()
        earlier = last_seen.get(key)
        if earlier is not None and event.sentence - earlier.sentence <= 1:
            found.append(TLink(event, earlier, TimeRelation.IDENTITY, LinkKind.NARRATIVE))
        last_seen[key] = event
    return found


def _main_event_links(doc: Any, events: Sequence[Event], known: list[TLink]) -> list[TLink]:
    linked = {(id(link.source), id(link.target)) for link in known}
    mains = main_events(doc, events)
    found: list[TLink] = []
    for sentence, indices in sorted(mains.items()):
        candidates = indices + mains.get(sentence + 1, [])
        for position, first in enumerate(indices):
            for second in candidates[position + 1 :]:
                a, b = events[first], events[second]
                if (id(a), id(b)) in linked or (id(b), id(a)) in linked:
                    continue
                if a.when is None or b.when is None:
                    continue
                # only orders that rest on stated times: tense-only bounds order too loosely
                if a.when.anchor is None or b.when.anchor is None:
                    continue
                order = bounds_relation(a.when, b.when)
                if order is Order.BEFORE:
                    found.append(TLink(a, b, TimeRelation.BEFORE, LinkKind.NONE))
                elif order is Order.AFTER:
                    found.append(TLink(a, b, TimeRelation.AFTER, LinkKind.NONE))
    return found
