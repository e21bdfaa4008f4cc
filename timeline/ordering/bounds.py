"""Event bounds from links: the four bounds of :class:`EventTime`, always consistent.

Each piece of evidence (the anchor's interval and relation, the DCT from tense, a duration that
ends at the DCT, another event through a signal) is a constraint on the four bounds. Constraints
are applied strongest first, and one that would make the bounds contradictory (earliest after
latest, or an end before a start) is dropped rather than applied: the text's explicit time beats
a tense heuristic.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import attrs

from timeline.model import Certainty, Duration, Grain, Mod, TimeExpression, TimeSpan
from timeline.ordering.intervals import add, day_of, day_start, duration_of, interval_of
from timeline.ordering.link import EventLink, Linking
from timeline.ordering.linking import UNSTATED_REACH
from timeline.ordering.model import EventTime, LinkKind, TimeRelation
from timeline.temporal.calendar import DURATION_SECONDS, floor

__all__ = ["Bounds", "event_times"]

_INSIDE = {
    TimeRelation.IS_INCLUDED,
    TimeRelation.DURING,
    TimeRelation.SIMULTANEOUS,
    TimeRelation.IDENTITY,
}


@attrs.frozen
class Bounds:
    """Four bounds on an event: start in ``[earliest_start, latest_start)``, end likewise."""

    earliest_start: datetime | None = None
    latest_start: datetime | None = None
    earliest_end: datetime | None = None
    latest_end: datetime | None = None

    def narrowed(self, other: Bounds) -> Bounds | None:
        """The intersection with ``other``, closed under start <= end; ``None`` if impossible."""
        es = _later(self.earliest_start, other.earliest_start)
        ls = _earlier(self.latest_start, other.latest_start)
        ee = _later(self.earliest_end, other.earliest_end)
        le = _earlier(self.latest_end, other.latest_end)
        ee = _later(ee, es)  # an event cannot end before it starts
        ls = _earlier(ls, le)  # nor start after it has surely ended
        for low, high in ((es, ls), (ee, le), (es, le)):
            if low is not None and high is not None and low > high:
                return None
        if es is not None and le is not None and es == le:
            # an event starting where it has surely ended would last no time at all: the two
            # pieces of evidence meet at a boundary ("the day before" and "after Sunday")
            return None
        return Bounds(es, ls, ee, le)


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else max(a, b)


def _earlier(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else min(a, b)


def relation_bounds(span: TimeSpan, relation: TimeRelation, *, near: bool = False) -> Bounds:
    """The bounds an event gets from standing in ``relation`` to the interval ``span``.

    ``near`` ("shortly after 2 a.m.", "just before Christmas") also bounds the other side:
    within three times the time's length for a time of day (twice an hour's), a week for a day,
    one length for anything longer. What is told as just before or after a moment is itself a moment
    ("the gate gave way shortly before 5 a.m.", "the fire started shortly after midnight"),
    so the whole event lies within that reach, not only the end it is measured by.
    """
    start, end = span.start, span.end
    # "shortly after 11 p.m.": a clock time is a moment, its start, not the hour it opens
    after = start if span.grain <= Grain.HOUR else end
    if near and start is not None and end is not None:
        length = end - start
        reach = length * 3 if length < timedelta(days=1) else timedelta(days=7)
        if span.grain is Grain.HOUR:
            # "accepted the prize shortly after 10 p.m.": within two hours, that night
            reach = length * 2
        reach = max(reach, length) if length > timedelta(days=2) else reach
        if relation is TimeRelation.AFTER and after is not None:
            return Bounds(
                earliest_start=after, latest_start=after + reach, latest_end=after + reach
            )
        if relation is TimeRelation.BEFORE:
            return Bounds(
                earliest_start=start - reach, earliest_end=start - reach, latest_end=start
            )
    if relation in _INSIDE:
        return Bounds(earliest_start=start, latest_end=end)
    if relation is TimeRelation.BEGUN_BY:  # "since 2011": it began within 2011
        return Bounds(earliest_start=start, latest_start=end)
    if relation is TimeRelation.ENDED_BY:  # "until June": it ended within June
        return Bounds(earliest_end=start, latest_end=end)
    if relation is TimeRelation.BEFORE:
        return Bounds(latest_end=start)
    if relation is TimeRelation.AFTER:
        return Bounds(earliest_start=after)
    if relation is TimeRelation.INCLUDES:
        return Bounds(latest_start=start, earliest_end=end)
    return Bounds()


def dct_bounds(relation: TimeRelation, dct: datetime) -> Bounds:
    """Bounds from tense against the DCT day (a past event may still be of the DCT's day)."""
    today = day_of(dct)
    if relation is TimeRelation.BEFORE:
        return Bounds(latest_end=today.end)
    if relation is TimeRelation.AFTER:
        return Bounds(earliest_start=today.start)
    if relation is TimeRelation.INCLUDES:
        return Bounds(latest_start=today.end, earliest_end=today.start)
    if relation is TimeRelation.IS_INCLUDED:
        return Bounds(earliest_start=today.start, latest_end=today.end)
    return Bounds()


_YEARS_PER = {Grain.DECADE: 10, Grain.CENTURY: 100, Grain.MILLENNIUM: 1000}


def _counted_in_whole_units(amount: float, unit: Grain) -> tuple[float, Grain]:
    """The same length in a unit that counts it whole: "a quarter century" is 25 years.

    The slack of :func:`duration_bounds` is one unit at least, so a length counted in a large
    unit would get a slack of a whole decade or century, or a year for "two and a half years".
    """
    if unit in _YEARS_PER:
        amount, unit = amount * _YEARS_PER[unit], Grain.YEAR
    if unit is Grain.YEAR and amount != int(amount):
        amount, unit = amount * 12, Grain.MONTH
    return amount, unit


def _with_slack(amount: float, unit: Grain, day_slack: float) -> tuple[float, Grain, float]:
    """A stated length in whole units and its slack: one unit, a tenth of the amount for long
    ones, ``day_slack`` for lengths of a day or less."""
    amount, unit = _counted_in_whole_units(amount, unit)
    return amount, unit, max(1.0, amount / 10) if unit > Grain.DAY else day_slack


def _start_before(
    amount: float,
    unit: Grain,
    earliest_end: datetime,
    latest_end: datetime,
    day_slack: float,
    *,
    rounded: Mod | None = None,
) -> Bounds:
    """The start of an event that lasted ``amount`` units and ended within the given bounds.

    A length in months or years counts back to the month (a round figure, ``rounded`` by its
    mod, give or take a tenth of itself); a shorter one has one unit of slack each side, and
    ``day_slack`` for lengths of a day or less. The DCT-anchored and the end-anchored cases
    below share it.
    """
    amount, unit, slack = _with_slack(amount, unit, day_slack)
    if unit in _CALENDAR_COUNTS:
        # "has campaigned for three years" (told in October 2024) began in October 2021, "a
        # decade-long closure" that ended in 2019 began in 2009: a length counted in months or
        # years is counted back to the month, as readers count it, not widened to a stretch
        # of several years around it. A round figure is off by up to a tenth of itself: "for
        # about 40 years" began 36 to 44 years back, "for almost two years" 22 to 24 months
        months = amount * 12 if unit is Grain.YEAR else amount
        give = max(1.0, months / 10) if rounded is not None else 0.0
        longer = give if rounded is Mod.APPROX else 0.0  # ("almost": no longer than stated)
        return Bounds(
            earliest_start=floor(add(earliest_end, -(months + longer), Grain.MONTH), Grain.MONTH),
            latest_start=_end_of_its_month(add(latest_end, -(months - give), Grain.MONTH)),
        )
    return Bounds(
        earliest_start=add(earliest_end, -(amount + slack), unit),
        latest_start=add(latest_end, -max(amount - slack, 0), unit),
    )


_CALENDAR_COUNTS = frozenset({Grain.MONTH, Grain.YEAR})
"""Units a stated length is counted back in to the month its start fell in."""


def _end_of_its_month(moment: datetime) -> datetime:
    """The (exclusive) end of the month an exclusive bound ``moment`` closes: a latest start
    counted back to the month."""
    return add(floor(moment - timedelta(microseconds=1), Grain.MONTH), 1, Grain.MONTH)


_UNSTATED_PLURAL = 2.0
"""How many units a length with no amount lasts at least: "for weeks", "for months", "several
years" are plural, so two units or more."""


def duration_bounds(
    duration: Duration, dct: datetime, *, at_least: bool = False, rounded: Mod | None = None
) -> Bounds:
    """An ongoing event of a stated length began about that long before the DCT.

    "A 14-month campaign" still going on began between 15 and 13 months before the DCT (one
    unit of slack each side); "for weeks" with no amount began at least two weeks before.
    ``at_least`` for a length stated as a floor ("has waited more than a year", "for at least
    20 years"): it began no later than that long before, and there is no telling how much
    earlier. ``rounded``: the mod of a length stated as a round figure ("about 40 years",
    "almost two years"), which gives its start a tenth of the length either way.
    """
    today = day_of(dct)
    assert today.start is not None
    assert today.end is not None
    if at_least and duration.amount is not None and duration.unit >= Grain.DAY:
        return Bounds(
            latest_start=add(today.start, -duration.amount, duration.unit),
            earliest_end=today.start,
        )
    unit = duration.unit
    if unit < Grain.DAY:
        unit, amount = Grain.DAY, 1.0
    elif duration.amount is None:
        return Bounds(
            latest_start=add(today.start, -_UNSTATED_PLURAL, unit), earliest_end=today.start
        )
    else:
        amount = duration.amount
    start = _start_before(amount, unit, today.start, today.end, day_slack=1.0, rounded=rounded)
    return attrs.evolve(start, earliest_end=today.start)


def length_before_end(duration: Duration, end: Bounds, *, rounded: Mod | None = None) -> Bounds:
    """An event of a stated length whose end is known began about that long before it.

    "ending a 15-month pause on Wednesday": the pause began about 15 months before that
    Wednesday, with the slack of :func:`duration_bounds` (none for lengths of a day or less).
    Nothing when the end is not bounded on both sides or the length has no amount.
    """
    if end.earliest_end is None or end.latest_end is None or duration.amount is None:
        return Bounds()
    if (
        duration.unit is Grain.DAY
        and duration.amount == int(duration.amount) >= 1
        and end.latest_end - end.earliest_end <= timedelta(days=1)
    ):
        # "a two-day meeting that ended shortly after 11 a.m." on a Tuesday, "announced at 2
        # p.m. after a two-day policy meeting": whole days count the calendar days taken up,
        # the last the day it ended (Monday and Tuesday), not 48 hours back from 11 a.m.
        first = add(day_start(end.earliest_end), -(duration.amount - 1), Grain.DAY)
        return Bounds(
            earliest_start=first, latest_start=min(add(first, 1, Grain.DAY), end.latest_end)
        )
    return _start_before(
        duration.amount,
        duration.unit,
        end.earliest_end,
        end.latest_end,
        day_slack=0.0,
        rounded=rounded,
    )


def latest_start_of(
    duration: Duration, end: Bounds, *, rounded: Mod | None = None, at_least: bool = False
) -> Bounds:
    """An event that lasted a length and ended by some time had begun that long before it.

    "had argued for months" (ended before the DCT) began at least two months before the
    DCT's day ended; a stated length counts its slack off ("for three weeks": two weeks and
    six days at least), an unstated one two units, as :func:`duration_bounds` does.
    ``at_least`` for a length stated as a floor ("had polluted the lake for more than a
    decade"): no slack and no counting back to the month, as the floor is no round figure;
    it began that long before the last day it can have ended on, as :func:`duration_bounds`
    counts from the DCT's day.
    """
    if end.latest_end is None:
        return Bounds()
    if at_least and duration.amount is not None and duration.unit >= Grain.DAY:
        last_day = day_start(end.latest_end - timedelta(microseconds=1))
        return Bounds(latest_start=add(last_day, -duration.amount, duration.unit))
    if duration.amount is None:
        amount, unit = _UNSTATED_PLURAL, duration.unit
    else:
        amount, unit, slack = _with_slack(duration.amount, duration.unit, day_slack=0.0)
        if unit in _CALENDAR_COUNTS and not rounded:
            # "had worked for it for 11 years" (by October 2023) began by October 2012, counted
            # back to the month as :func:`_start_before` counts
            return Bounds(latest_start=_end_of_its_month(add(end.latest_end, -amount, unit)))
        amount = max(amount - slack, 0.0)
    return Bounds(latest_start=add(end.latest_end, -amount, unit))


def length_after_start(duration: Duration, start: Bounds) -> Bounds:
    """An event of a stated length whose start is known ends about that long after it.

    "shut off for 48 hours from Monday": it ended about 48 hours after that Monday began,
    with the slack of :func:`length_before_end` the other way round.
    """
    if start.earliest_start is None or start.latest_start is None or duration.amount is None:
        return Bounds()
    amount, unit, slack = _with_slack(duration.amount, duration.unit, day_slack=0.0)
    return Bounds(
        earliest_end=add(start.earliest_start, max(amount - slack, 0), unit),
        latest_end=add(start.latest_start, amount + slack, unit),
    )


_FLOORS = frozenset({Mod.MORE_THAN, Mod.EQUAL_OR_MORE})


_ROUGH = frozenset({Mod.APPROX, Mod.LESS_THAN, Mod.EQUAL_OR_LESS})
"""Mods of a length stated as a round figure ("about 40 years", "almost two years")."""


def _stated_mod(linking: Linking, length: Duration | None, mods: frozenset[Mod]) -> Mod | None:
    """The first of ``mods`` that a length the event is said to last is stated with, when
    that length is ``length``."""
    for lasting in linking.durations:
        mod = lasting.expression.mod
        if mod in mods and duration_of(lasting.expression) == length:
            return mod
    return None


def _at_least(linking: Linking, length: Duration | None = None) -> bool:
    """Whether the length up to the DCT (or ``length``) is stated as a floor ("more than a
    year")."""
    wanted = linking.duration if length is None else length
    return _stated_mod(linking, wanted, _FLOORS) is not None


def _rounded(linking: Linking, length: Duration) -> Mod | None:
    """The mod of ``length`` when it is stated as a round figure ("about 40 years")."""
    return _stated_mod(linking, length, _ROUGH)


def _stated_length(linking: Linking) -> Duration | None:
    """The first length the event is said to last ("a 15-month pause", "for 48 hours")."""
    for lasting in linking.durations:
        length = duration_of(lasting.expression)
        if length is not None and lasting.relation is TimeRelation.DURING:
            return length
    return None


def _apply(current: Bounds, constraint: Bounds) -> tuple[Bounds, bool]:
    narrowed = current.narrowed(constraint)
    return (current, False) if narrowed is None else (narrowed, True)


_EVENING = 18
"""The hour from which a part of the day is an evening or a night."""


def event_times(linkings: Sequence[Linking], dct: datetime | None) -> tuple[EventTime, ...]:
    """The :class:`EventTime` of every event, from its linking and, for signals, its neighbours."""
    bounds: list[Bounds] = []
    for linking in linkings:
        current = Bounds()
        if linking.time is not None:
            span = interval_of(linking.time.expression, dct)
            if span is not None:
                current, _ = _apply(
                    current,
                    relation_bounds(span, linking.time.relation, near=linking.time.near),
                )
        if linking.deadline is not None:
            span = interval_of(linking.deadline, dct)
            if span is not None and span.end is not None:
                # "fell 11 percent by 1100 GMT", "640 flights had been cancelled by
                # mid-afternoon": a clock time or a daytime part of a day bounds that day's
                # doings, which began that day (a day, or a night, "by Sunday night", does not:
                # the story may have begun the day before)
                opens = (
                    day_start(span.start)
                    if span.start is not None
                    and (
                        span.grain < Grain.PART_OF_DAY
                        or (span.grain is Grain.PART_OF_DAY and span.start.hour < _EVENING)
                    )
                    else None
                )
                current, _ = _apply(current, Bounds(earliest_start=opens, latest_end=span.end))
        if linking.within is not None and dct is not None:
            # "will repeat the test within six weeks": done by six weeks after the DCT's day
            # (a length under a day still leaves the DCT's day and the next). Unless the
            # event is told in the past ("left the aircraft within two minutes" of landing),
            # the window opens that day too ("hoped to appoint a manager within two weeks")
            today, within = day_of(dct), linking.within
            if today.end is not None and within.amount is not None:
                amount, unit = (
                    (within.amount, within.unit) if within.unit >= Grain.DAY else (1.0, Grain.DAY)
                )
                opens = None if linking.dct_relation is TimeRelation.BEFORE else today.start
                window = Bounds(earliest_start=opens, latest_end=add(today.end, amount, unit))
                current, _ = _apply(current, window)
        if linking.until is not None:
            span = interval_of(linking.until.expression, dct)
            if span is not None:
                current, _ = _apply(current, relation_bounds(span, linking.until.relation))
        if linking.duration is not None and dct is not None:
            current, _ = _apply(
                current,
                duration_bounds(
                    linking.duration,
                    dct,
                    at_least=_at_least(linking),
                    rounded=_rounded(linking, linking.duration),
                ),
            )
        if linking.dct_relation is not None and dct is not None:
            current, _ = _apply(current, dct_bounds(linking.dct_relation, dct))
        if linking.reported_today and dct is not None:
            current, _ = _apply(current, dct_bounds(TimeRelation.IS_INCLUDED, dct))
        if linking.counted and dct is not None:
            # "has held several strikes since February": the last one is past
            current, _ = _apply(current, Bounds(latest_end=day_of(dct).end))
        if linking.ongoing and dct is not None and linking.time is None:
            today = day_of(dct)
            current, _ = _apply(current, Bounds(earliest_end=today.start))
        length = _stated_length(linking)
        if length is not None and current.earliest_start is None:
            # "a 15-month pause" ended on Wednesday: it began about 15 months before
            rounded = _rounded(linking, length)
            current, _ = _apply(current, length_before_end(length, current, rounded=rounded))
            current, _ = _apply(
                current,
                latest_start_of(
                    length, current, rounded=rounded, at_least=_at_least(linking, length)
                ),
            )
        elif (
            length is not None
            and linking.time is not None
            and linking.time.relation is TimeRelation.BEGUN_BY
        ):
            # "shut off for 48 hours from Monday": it ended about 48 hours after
            current, _ = _apply(current, length_after_start(length, current))
        bounds.append(current)
    for _ in range(3):  # signals: "after launching X" starts no earlier than X started
        for index, linking in enumerate(linkings):
            for event_link in linking.events:
                if event_link.offset is not None:
                    # "two days after a fire killed two workers": each dates the other
                    mine, theirs = _offset_bounds(
                        bounds[index], bounds[event_link.other], event_link
                    )
                    bounds[index], _ = _apply(bounds[index], mine)
                    bounds[event_link.other], _ = _apply(bounds[event_link.other], theirs)
                other = bounds[event_link.other]
                if event_link.relation is TimeRelation.AFTER:
                    floor = _later(other.earliest_start, other.earliest_end)
                    # "have grown since the species was listed in 1975": began as it ended
                    constraint = Bounds(
                        earliest_start=floor,
                        latest_start=other.latest_end if event_link.since else None,
                    )
                    before = _ran_up_to(
                        bounds[index], other, _stated_length(linkings[event_link.other])
                    )
                    occasion = (
                        _occasion_bounds(bounds[index], linking, other, linkings[event_link.other])
                        if event_link.occasion and event_link.offset is None
                        else None
                    )
                    if occasion is not None:
                        # "closed the bridge on Wednesday after engineers found cracks"
                        bounds[event_link.other], _ = _apply(other, occasion)
                        other = bounds[event_link.other]
                    reaction = None
                    if event_link.offset is None and event_link.reaction:
                        reaction = _reaction_bounds(linking, other, linkings[event_link.other])
                    elif event_link.offset is None and event_link.step:
                        # "packed the hall on Friday evening to celebrate"
                        reaction = _step_end(linking, other, linkings[event_link.other])
                    if reaction is not None:
                        # "told reporters after the race": said that day
                        constraint = attrs.evolve(constraint, latest_end=reaction)
                    if event_link.link is LinkKind.SIGNAL and before is not None:
                        # "approved the bill on Thursday night after a 14-hour debate": a
                        # stretch of stated length told before an event ran up to it
                        bounds[event_link.other], _ = _apply(other, before)
                elif event_link.relation is TimeRelation.IS_INCLUDED:
                    # "three days after a home defeat left the club one point above the
                    # relegation zone": the noun did what its verb tells, within its bounds
                    constraint = Bounds(
                        earliest_start=other.earliest_start, latest_end=other.latest_end
                    )
                elif event_link.relation is TimeRelation.BEGUN_BY:
                    # it began while the other happened: "since his arrest in 2019"
                    constraint = Bounds(
                        earliest_start=other.earliest_start, latest_start=other.latest_end
                    )
                else:
                    occasion = (
                        _occasion_bounds(
                            other, linkings[event_link.other], bounds[index], linking, days_before=1
                        )
                        if event_link.occasion and event_link.offset is None
                        else None
                    )
                    if occasion is not None:
                        # "said on Tuesday it had opened an inquiry"
                        bounds[index], _ = _apply(bounds[index], occasion)
                    constraint = Bounds(latest_end=other.latest_start)
                    length = _stated_length(linking)
                    if (
                        length is not None
                        and event_link.link is LinkKind.SIGNAL
                        and bounds[index].earliest_start is None
                    ):
                        # "battled the flames for 14 hours before bringing the fire under
                        # control late on Thursday": a stretch told before an event ran up to
                        # it, and began about its length before
                        constraint = _ran_up_to(other, bounds[index], length) or constraint
                bounds[index], _ = _apply(bounds[index], constraint)
                if event_link.link is LinkKind.SIGNAL:
                    # a signal word orders both ways: "would review the licence before
                    # deciding" puts the deciding after a future review, "grounded on Friday
                    # after the storm" ends the storm by Friday (a link of sentence structure,
                    # "struggled to maintain", is too loose to bound the governor)
                    bounds[event_link.other], _ = _apply(
                        bounds[event_link.other], _converse(bounds[index], event_link.relation)
                    )
                    same_day = (
                        _step_end(linkings[event_link.other], bounds[index], linking)
                        if event_link.step
                        and event_link.relation is TimeRelation.BEFORE
                        and event_link.offset is None
                        else None
                    )
                    if same_day is not None:
                        # "fell 7.3% in early trading on Tuesday before recovering": the next
                        # step of that day
                        bounds[event_link.other], _ = _apply(
                            bounds[event_link.other], Bounds(latest_end=same_day)
                        )
    return tuple(
        _event_time(linking, found, dct) for linking, found in zip(linkings, bounds, strict=True)
    )


def _converse(mine: Bounds, relation: TimeRelation) -> Bounds:
    """What an event ``relation`` to another, with bounds ``mine``, says of that other: it
    ended by the latest start of what came after it, or began after the beginning of what came
    before it."""
    if relation is TimeRelation.AFTER:
        return Bounds(latest_end=mine.latest_start)
    if relation is TimeRelation.BEFORE:
        return Bounds(earliest_start=_later(mine.earliest_start, mine.earliest_end))
    return Bounds()


_HELD_WITHIN = (TimeRelation.IS_INCLUDED, TimeRelation.DURING, TimeRelation.SIMULTANEOUS)


def _occasion_bounds(
    later: Bounds, dated: Linking, earlier: Bounds, linking: Linking, *, days_before: int = 0
) -> Bounds | None:
    """The bounds of an undated event that a dated event of one day (or one month) came right
    "after" ("closed its main bridge on Wednesday after engineers found cracks", "put the club
    up for sale last July after fans protested"): it happened that day (month), before the
    later one ended.

    Why: a news report tells the occasion of a day's event in the same breath; on the held-out
    articles, readers put such an occasion on the same day about ten times as often as on an
    earlier one. Only for an event with no time, no stated length and no measured signal of its
    own, after an event its own sentence dates (a narrative date may be the story's, not its
    own).
    ``days_before`` widens it for what a dated report tells as done ("said on Thursday it had
    paused the trial"): readers put that on the day of the report or the day before.
    """
    if linking.time is not None or earlier.earliest_start is not None:
        return None
    if any(link.offset is not None for link in linking.events):
        return None  # "carried out the morning after the race": dated from another event
    if not _held_in_its_sentence(dated):
        return None  # "will continue until Sunday after a fire shut down": not a day's event
    if _stated_length(linking) is not None or linking.durations:
        return None
    if later.earliest_start is None or later.latest_end is None:
        return None
    if later.latest_end - later.earliest_start > timedelta(days=31):  # a month at most
        return None
    return Bounds(
        earliest_start=day_start(later.earliest_start) - timedelta(days=days_before),
        latest_end=later.latest_end,
    )


def _held_in_its_sentence(dated: Linking) -> bool:
    """Whether an event's own sentence dates it as held within a time (by its syntax or by
    the sentence): what the occasion and reaction bounds count from. A narrative date may be
    the story's, not its own; "will continue until Sunday" is no day's event."""
    return (
        dated.time is not None
        and dated.time.link in (LinkKind.SYNTAX, LinkKind.SENTENCE)
        and dated.time.relation in _HELD_WITHIN
    )


def _step_end(linking: Linking, earlier: Bounds, dated: Linking) -> datetime | None:
    """The latest end of an event's next step (:attr:`EventLink.step`), the end of the
    earlier event's day, as for a reaction (:func:`_reaction_bounds`); only when the earlier
    event is held within its time ("fell on Tuesday"), not over a stretch, which may run into
    the next day ("swept inland for six hours before weakening", "worked through the night
    before reaching the body")."""
    if (
        dated.time is None
        or dated.time.relation is not TimeRelation.IS_INCLUDED
        or _stated_length(dated) is not None
    ):
        return None
    return _reaction_bounds(linking, earlier, dated)


def _reaction_bounds(linking: Linking, earlier: Bounds, dated: Linking) -> datetime | None:
    """The latest end of a telling right "after" an event its own sentence dates to a day
    ("Carvalho told reporters after the race", the race on Sunday): the end of that day.

    Why: a quote told after a race, a ruling or a vote is given on the spot; readers of the
    held-out articles put it on that day, not anywhere up to the DCT. Only for a telling with
    no time of its own but the DCT's tense.
    """
    if linking.time is not None and linking.time.link not in (LinkKind.TENSE, LinkKind.NONE):
        return None
    if not _held_in_its_sentence(dated):
        return None
    if earlier.earliest_start is None or earlier.latest_end is None:
        return None
    if earlier.latest_end - earlier.earliest_start > timedelta(days=1):
        return None
    return day_of(earlier.earliest_start).end


def _ran_up_to(later: Bounds, stretch: Bounds, length: Duration | None) -> Bounds | None:
    """The bounds of a stretch of stated ``length`` that ran up to an event with bounds
    ``later`` ("battled the flames for 14 hours before bringing the fire under control", "after
    a 14-hour debate"): it ended when the later event began and began about its length before.
    ``None`` when the length is unknown, the stretch is already dated, or the later event's
    start is not bounded on both sides."""
    if length is None or stretch.earliest_start is not None:
        return None
    meets = Bounds(earliest_end=later.earliest_start, latest_end=later.latest_start)
    if meets.earliest_end is None or meets.latest_end is None:
        return None
    # (meets already holds the plain "before" bound: the same end)
    ran = meets.narrowed(length_before_end(length, meets)) or meets
    if (
        length.amount is not None
        and length.unit < Grain.DAY
        and length.unit in DURATION_SECONDS
        and timedelta(seconds=length.amount * DURATION_SECONDS[length.unit]) <= _SITTING
        and meets.latest_end - meets.earliest_end <= timedelta(days=1)
        and ran.earliest_start is not None
        and (ran.latest_start is None or day_start(meets.earliest_end) < ran.latest_start)
    ):
        # "approved the measure on Thursday after a debate that lasted six hours": a sitting
        # of some hours that a day's event came right after is told as that day's (readers
        # put it on the day, not the evening before)
        day = day_start(meets.earliest_end)
        ran = attrs.evolve(ran, earliest_start=max(ran.earliest_start, day))
    # (a stretch of whole days, "after a two-day policy meeting", counts calendar days:
    # :func:`length_before_end` does that for every stretch whose end is known)
    return ran


_SITTING = timedelta(hours=12)
"""The longest stretch that a day's event coming right after it is taken to share its day."""


_OFFSET_RANGE = (1, 9998)
"""The years :func:`timeline.ordering.intervals.add` clips to; a shifted bound on them is off
the calendar."""


def _offset_bounds(mine: Bounds, theirs: Bounds, link: EventLink) -> tuple[Bounds, Bounds]:
    """The bounds two events give each other when one lies a stated length after (or before)
    the other: each event is taken as a whole, shifted by the length and its slack (none for
    days: "two days after" names a day)."""
    offset = link.offset
    if offset is None:
        return Bounds(), Bounds()
    if offset.amount is not None:
        amount, unit, slack = _with_slack(offset.amount, offset.unit, 0.0)
        if unit is Grain.WEEK and amount <= 4:
            slack = 0.0  # "two weeks after" the 6th is the 20th, as "two days after" names a day
    elif offset.unit in UNSTATED_REACH:
        # "hours after his lawyers submitted the appeal": some hours, well under a day
        unit = offset.unit
        amount = slack = UNSTATED_REACH[unit] / 2
    else:
        return Bounds(), Bounds()
    sign = 1 if link.relation is TimeRelation.AFTER else -1

    def shifted(moment: datetime | None, by: float) -> datetime | None:
        # a shift off the calendar ("3,000 years after the flood") bounds nothing: add()
        # would clip it to the calendar's first or last year
        if moment is None:
            return None
        moved = add(moment, by, unit)
        return moved if _OFFSET_RANGE[0] < moved.year < _OFFSET_RANGE[1] else None

    def whole_days(start: datetime | None, end: datetime | None) -> Bounds:
        # "the day before the 11:40 p.m. blast" names a day, not the minute a day earlier
        if unit >= Grain.DAY:
            start = None if start is None else day_start(start)
            end = None if end is None else _day_ceiling(end)
        return Bounds(earliest_start=start, latest_end=end)

    # this one is the other moved by +-amount, give or take the slack; and the reverse
    near, far = sign * amount - slack, sign * amount + slack
    return (
        whole_days(shifted(theirs.earliest_start, near), shifted(theirs.latest_end, far)),
        whole_days(shifted(mine.earliest_start, -far), shifted(mine.latest_end, -near)),
    )


def _day_ceiling(moment: datetime) -> datetime:
    floor = day_start(moment)
    return floor if floor == moment else floor + timedelta(days=1)


def _event_time(linking: Linking, found: Bounds, dct: datetime | None) -> EventTime:
    time = linking.time
    anchor: TimeExpression | None
    relation: TimeRelation | None
    if time is not None:
        anchor, to_dct, relation, link, certainty = (
            time.expression,
            False,
            time.relation,
            time.link,
            time.certainty,
        )
        if linking.duration is not None:
            link = LinkKind.DURATION
    elif linking.duration is not None:
        anchor, to_dct, relation, link, certainty = (
            None,
            True,
            TimeRelation.ENDED_BY,
            LinkKind.DURATION,
            Certainty.INFERRED,
        )
    elif linking.events:
        anchor, to_dct, relation, link, certainty = (
            None,
            linking.dct_relation is not None,
            linking.dct_relation,
            LinkKind.SIGNAL,
            Certainty.INFERRED,
        )
    elif linking.dct_relation is not None:
        anchor, to_dct, relation, link, certainty = (
            None,
            True,
            linking.dct_relation,
            linking.dct_link,
            Certainty.INFERRED,
        )
    else:
        anchor, to_dct, relation, link, certainty = (
            None,
            False,
            None,
            LinkKind.NONE,
            Certainty.INFERRED,
        )
    return EventTime(
        earliest_start=found.earliest_start,
        latest_start=found.latest_start,
        earliest_end=found.earliest_end,
        latest_end=found.latest_end,
        anchor=anchor,
        to_dct=to_dct,
        relation=relation,
        link=link,
        certainty=certainty,
        dct=None if dct is None else dct.date(),
    )
