"""What linking finds out about each event, and the per-document state the linking rules share.

The value objects (:class:`TimeLink`, :class:`EventLink`, :class:`Linking`) are what
:mod:`timeline.ordering.bounds` and :mod:`timeline.ordering.tlinks` read; :class:`LinkState`
holds one document's token maps and the links found so far, which the rule modules
(:mod:`timeline.ordering.link`, :mod:`timeline.ordering.signals`) fill in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import attrs

from timeline.events.features import is_light_verb_object
from timeline.events.model import Aspect, Event, Tense
from timeline.model import Certainty, Duration, Grain, TimeExpression
from timeline.ordering.intervals import add, day_of, duration_of, interval_of
from timeline.ordering.model import LinkKind, TimeRelation

__all__ = [
    "LIGHT_VERBS",
    "ORDERING_PREPOSITIONS",
    "PERFECT_ASPECTS",
    "UNSTATED_REACH",
    "EventLink",
    "LinkState",
    "Linking",
    "TimeLink",
    "Token",
    "to_infinitive",
    "tokens_of",
]

Token = Any  # a spaCy Token; spaCy ships no type information


def to_infinitive(token: Token) -> bool:
    """Whether the verb ``token`` is marked by "to" ("plans to scan", "weeks to build")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


LIGHT_VERBS = frozenset(
    {
        "launch",
        "wage",
        "hold",
        "stage",
        "conduct",
        "mount",
        "begin",
        "start",
        "carry",
        "make",
        "take",
        "have",
        "lead",
        "open",
        "attend",
    }
)
"""Verbs whose object is the event ("launching a counteroffensive", "held talks")."""


ORDERING_PREPOSITIONS = frozenset({"after", "before", "following", "since", "until", "prior"})
"""Prepositions that order a verb against the event they govern ("after the vote", "since his
arrest"): what they govern is another happening, with a time of its own."""

PERFECT_ASPECTS = frozenset({Aspect.PERFECTIVE, Aspect.PERFECTIVE_PROGRESSIVE})
"""The aspects of a perfect ("has risen", "has been rising"), which a "since" needs."""

_MODIFIER_REACH = 12
"""How many characters may separate a length from the noun it modifies ("18-month trial",
"three-week strike", "two-day")."""


@attrs.frozen
class TimeLink:
    """An event anchored to a time expression.

    Attributes:
        expression: the time expression.
        relation: the TimeML relation of the event to the expression.
        link: how the link was found.
        certainty: how sure it is.
        near: the signal says the event lies close to the time ("shortly after 2 a.m.",
            "just before Christmas"), which bounds a BEFORE or AFTER from the other side too.
    """

    expression: TimeExpression
    relation: TimeRelation
    link: LinkKind
    certainty: Certainty
    near: bool = False


UNSTATED_REACH = {Grain.HOUR: 16.0, Grain.MINUTE: 60.0}
"""How far an unstated number of hours or minutes reaches ("hours after", "minutes before"):
the units whose lengths may measure an :class:`EventLink` without an amount. "Hours after"
his speech is the same day or night in news, seldom a whole day later (16 rather than 24
hours: three more held-out article events agree, none is contradicted)."""


@attrs.frozen
class EventLink:
    """A relation of one event to another, found through a signal ("after launching ...").

    Attributes:
        other: index of the other event in the input order.
        relation: the relation of this event to the other (BEFORE, AFTER, BEGUN_BY for
            "since <event>", or IS_INCLUDED for a noun that did what a verb measured from
            another event tells: "three days after a home defeat left the club").
        link: how it was found (a signal word, or the syntax of reported speech).
        offset: how far apart the two are, when the signal is measured ("two days after the
            fire"): this event starts that long after the other (or ends that long before).
        occasion: whether "after" (or "following") puts the other event right before this
            one, as what it answered ("closed the bridge on Wednesday after engineers found
            cracks"), rather than a later adverb's loose sequence ("later"); for BEFORE, that a
            dated report tells this event as just done ("said on Friday it had opened").
        since: for AFTER, that a perfect's "since" clause told when this event began ("have
            grown steadily since the species was listed in 1975"): it began as the other ended.
        reaction: for AFTER, that this event is a telling right after the other ("told
            reporters after the race"): the same day's.
        step: that the two are one actor's steps told in one breath, the later of the earlier's
            day: for AFTER, this event is what the other was done for or let or made someone
            do ("packed the hall on Friday to celebrate", "were allowed to return on Sunday");
            for BEFORE, the other is this one's next step told by "before" and a gerund ("fell
            on Tuesday before recovering").
    """

    other: int
    relation: TimeRelation
    link: LinkKind = LinkKind.SIGNAL
    offset: Duration | None = None
    occasion: bool = False
    since: bool = False
    reaction: bool = False
    step: bool = False


@attrs.frozen
class Linking:
    """Everything the text says about one event's time.

    Attributes:
        time: the time expression the event is anchored to, if any.
        dct_relation: the relation of the event to the DCT from tense and aspect (or the DCT day
            for reporting verbs), if any.
        dct_link: how ``dct_relation`` was found.
        duration: a stated length that ends at the DCT ("has advanced for weeks").
        events: relations to other events from signals.
        ongoing: True when tense and aspect say the event still holds at the DCT.
        reported_today: a reporting event of the journalist's present with no time of its own
            ("said", "says"): it lies inside the DCT day.
        durations: duration expressions the event lasts ("a two day rally"): TLINKs only, since
            a length without a place bounds nothing by itself.
        until: the second end of a range ("accepted bribes between 2014 and 2018": ENDED_BY
            2018, with ``time`` BEGUN_BY 2014).
        deadline: a time the event is done by ("completed by the end of June"): it ends no
            later than that time ends. TimeML has no relation for it, so it bounds the event
            but is written as no TLINK.
        within: a length the event happens within ("will repeat the test within six weeks"):
            a future event then ends no later than that long after the DCT's day.
        counted: a series counted up to now ("has held several strikes since February", "have
            written three times since July"): its last instance lies no later than the DCT's
            day, though the series may go on.
    """

    time: TimeLink | None = None
    dct_relation: TimeRelation | None = None
    dct_link: LinkKind = LinkKind.NONE
    duration: Duration | None = None
    events: tuple[EventLink, ...] = ()
    ongoing: bool = False
    reported_today: bool = False
    durations: tuple[TimeLink, ...] = ()
    until: TimeLink | None = None
    deadline: TimeExpression | None = None
    within: Duration | None = None
    counted: bool = False


def tokens_of(doc: Any, start: int, end: int) -> Any:
    """The spaCy span covering characters ``[start, end)``, or ``None`` where there is none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span


def root_of(doc: Any, item: Event | TimeExpression) -> Any:
    """The syntactic head token of an event's or time expression's span, or ``None``."""
    span = tokens_of(doc, item.start, item.end)
    return None if span is None else span.root


class LinkState:
    """One document's linking pass: token maps, and the links found so far."""

    def __init__(
        self,
        doc: Any,
        expressions: Sequence[TimeExpression],
        events: Sequence[Event],
        dct: Any,
    ) -> None:
        self.doc = doc
        self.expressions = expressions
        self.events = events
        self.dct = dct
        self.event_at: dict[int, int] = {}
        self.event_tokens: list[Token | None] = []
        for index, event in enumerate(events):
            span = tokens_of(doc, event.start, event.end)
            token = None if span is None else span.root
            self.event_tokens.append(token)
            if token is not None:
                self.event_at.setdefault(token.i, index)
        for index, token in enumerate(self.event_tokens):
            if token is not None and token.pos_ == "NOUN" and is_light_verb_object(token):
                # "gave a televised address on Sunday": what the parse hangs on the light
                # verb, which is no event, belongs to its noun
                self.event_at.setdefault(token.head.i, index)
        self.time: list[TimeLink | None] = [None] * len(events)
        self.duration: list[Duration | None] = [None] * len(events)
        self.event_links: list[list[EventLink]] = [[] for _ in events]
        self.claimed: set[int] = set()
        self.extra: list[list[TimeLink]] = [[] for _ in events]
        self.until: list[TimeLink | None] = [None] * len(events)
        self.deadline: list[TimeExpression | None] = [None] * len(events)
        self.within: list[Duration | None] = [None] * len(events)
        # nouns told with a "since" of their own ("a drop in orders since August"): they go on
        # up to now
        self.since_nouns: set[int] = set()
        # event nouns expected from now: "within" a length ("a decision is expected within
        # six weeks") or "to take" one ("the inquiry is expected to take six months")
        self.expected_ahead: set[int] = set()
        # simple presents a length from now: "it all ends in nine weeks"
        self.in_a_length: set[int] = set()
        # event nouns whose relative clause of lasting ("a drought that has lasted 14 months")
        # says how long they went on, with that clause's event
        self.lasted_by: dict[int, int] = {}

    def event_of(self, token: Token | None) -> int | None:
        """The index of the event whose trigger is ``token``, if any."""
        return None if token is None else self.event_at.get(token.i)

    def expression_at(self, token: Token) -> tuple[int, TimeExpression] | None:
        """The time expression that covers ``token`` (the expressions of a text never
        overlap), with its number, if any."""
        for number, expression in enumerate(self.expressions):
            if expression.start <= token.idx < expression.end:
                return number, expression
        return None

    def _anchor(
        self,
        index: int,
        expression: TimeExpression,
        relation: TimeRelation,
        link: LinkKind,
        *,
        near: bool = False,
    ) -> None:
        if self.time[index] is None and not self._against_tense(index, expression, relation):
            if relation is TimeRelation.IS_INCLUDED and self.outlasts(index, expression):
                return
            certainty = (
                Certainty.INFERRED
                if link in (LinkKind.NARRATIVE, LinkKind.SENTENCE)
                else expression.certainty
            )
            self.time[index] = TimeLink(expression, relation, link, certainty, near)

    def _dated_to_a_month(self, index: int | None) -> bool:
        """Whether the event is dated by its own sentence's syntax to a month or less ("Only in
        January, management stood in front of the workforce and promised ...")."""
        days = self._syntax_days(index)
        return days is not None and days <= 31

    def _dated_to_a_day(self, index: int | None, *, in_sentence: bool = False) -> bool:
        """Whether the event is dated by its own sentence's syntax (or, ``in_sentence``, by a
        time of the sentence it is in) to a day or less."""
        days = self._syntax_days(index, in_sentence=in_sentence)
        return days is not None and days <= 1

    def _syntax_days(self, index: int | None, *, in_sentence: bool = False) -> int | None:
        """How many days the time its own sentence links the event to spans, if it has one."""
        link = None if index is None else self.time[index]
        kinds = (LinkKind.SYNTAX, LinkKind.SENTENCE) if in_sentence else (LinkKind.SYNTAX,)
        if link is None or link.link not in kinds:
            return None
        span = interval_of(link.expression, self.dct)
        if span is None or span.start is None or span.end is None:
            return None
        return (span.end - span.start).days

    def give_length(self, index: int | None, expression: TimeExpression) -> None:
        """Give event ``index`` the length ``expression`` says it went on, unless it has one
        already ("after a search lasting almost two days", "had talked for three days
        before")."""
        if index is not None and not self.extra[index]:
            self.extra[index].append(
                TimeLink(expression, TimeRelation.DURING, LinkKind.SYNTAX, expression.certainty)
            )

    def modifier_length(self, index: int) -> Duration | None:
        """The length an event noun's own modifier states ("18-month trial", "a 10-month
        investigation"), not a length the parse hung on it."""
        event = self.events[index]
        if event.pos != "NOUN":
            return None
        for lasting in self.extra[index]:
            length = duration_of(lasting.expression)
            if (
                lasting.relation is TimeRelation.DURING
                and 0 <= event.start - lasting.expression.end <= _MODIFIER_REACH
                and length is not None
                and length.amount is not None
            ):
                return length
        return None

    def outlasts(self, index: int, expression: TimeExpression) -> bool:
        """Whether the event lasted longer than the expression's interval, by its own stated
        length: "its 18-month trial" cannot lie inside "earlier this month"."""
        span = interval_of(expression, self.dct)
        if span is None or span.start is None or span.end is None:
            return False
        length = self.modifier_length(index)
        return (
            length is not None
            and length.amount is not None
            and add(span.start, length.amount, length.unit) > span.end
        )

    def _against_tense(
        self, index: int, expression: TimeExpression, relation: TimeRelation
    ) -> bool:
        """Whether the link would put a past-tense event at a time wholly after the DCT, or a
        future one at a time wholly before the DCT's day.

        "Officials discussed the census in 2030": the time belongs to the noun the parse
        missed, for a verb in the simple past has happened. Only BEFORE such a time stays
        possible (AFTER for a future event and a past time).
        """
        if self.dct is None:
            return False
        tense = self.events[index].tense
        if tense is Tense.FUTURE and expression.value == "PRESENT_REF":
            return True  # "exams will now be held in January": "now" is no time of the holding
        token = self.event_tokens[index]
        if (
            tense is not Tense.FUTURE
            and token is not None
            and any(
                child.dep_ == "advmod" and child.lower_ == "already" for child in token.children
            )
        ):
            # "the line, already delayed once, ... beyond its target of December 2024": what is
            # already done lies in no time still to come
            tense = Tense.PAST
        if (
            tense is Tense.PRESENT
            and self.events[index].aspect in PERFECT_ASPECTS
            and relation is TimeRelation.IS_INCLUDED
        ):
            # "We have offered a 3 percent rise this year and a further 2 percent in 2019": a
            # present perfect is done by now, so a year still to come is the noun's
            return self.starts_after_dct_day(expression)
        if tense not in (Tense.PAST, Tense.FUTURE):
            return False
        if tense is Tense.PAST:
            return relation is not TimeRelation.BEFORE and self.starts_after_dct_day(expression)
        span = interval_of(expression, self.dct)
        if span is None:
            return False
        day = datetime(self.dct.year, self.dct.month, self.dct.day)
        # and the mirror: "will review the data from 2019"
        return relation is not TimeRelation.AFTER and span.end is not None and span.end <= day

    def starts_after_dct_day(self, expression: TimeExpression) -> bool:
        """Whether the expression's interval starts once the DCT's day is over: a time still
        to come, in which nothing past (or done by now) can lie."""
        if self.dct is None:
            return False
        span = interval_of(expression, self.dct)
        tomorrow = day_of(self.dct).end
        return (
            span is not None
            and span.start is not None
            and tomorrow is not None
            and span.start >= tomorrow
        )
