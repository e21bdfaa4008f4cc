"""Turn an underspecified value into a TIMEX3 value and a real interval, given its context.

One function per kind of value. News resolves against the DCT and the sentence's tense
(HeidelTime's news mode); narratives (no DCT) resolve against the previous date mentioned.
Any calendar overflow (year 9999 + 1) makes the value unresolvable instead of raising.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import attrs

from timeline.model import Anchor, Certainty, Duration, Grain, TimeSpan
from timeline.temporal.calendar import (
    add,
    floor,
    span_of,
    timex_date_value,
    timex_duration_value,
)
from timeline.temporal.holidays_en import HOLIDAYS
from timeline.temporal.tense import Tense
from timeline.temporal.underspecified import (
    Absolute,
    Base,
    Clock,
    DayPart,
    Frequency,
    Holiday,
    Length,
    Period,
    Ref,
    Shift,
    Underspecified,
    Weekday,
    Weekend,
)

__all__ = ["Context", "Resolution", "resolve"]

_PART_HOURS = {"MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30),
               "DT": (6, 18)}  # fmt: skip
_PAST_SLACK = timedelta(days=45)
_MONTH_SLACK = timedelta(days=7)
_DEADLINE_SIGNALS = ("until", "till", "through", "by")
_EARLIEST_SIGNALS = ("as soon as", "as early as")  # "as early as Tuesday" is still to come


@attrs.frozen
class Context:
    """What resolution may look at besides the value itself.

    Attributes:
        dct: the document creation time, or ``None`` in narrative mode.
        previous: the interval of the last date mentioned before, if any.
        sentence_previous: the last date mentioned before in the same sentence, if any.
        last_quarter: the last quarter mentioned before, if any ("the quarter" refers to it).
        tense: the lexical tense of the sentence.
        signal: the signal word right before the expression ("since", "until"), if any.
    """

    dct: datetime | None
    previous: TimeSpan | None
    sentence_previous: TimeSpan | None
    last_quarter: TimeSpan | None
    tense: Tense
    signal: str | None = None


@attrs.frozen
class Resolution:
    """The resolved meaning: TIMEX3 value, interval, duration, certainty and anchor."""

    value: str
    interval: TimeSpan | None = None
    duration: Duration | None = None
    certainty: Certainty = Certainty.STATED
    anchor: Anchor = Anchor.NONE


def _reference(
    context: Context, base: Base, grain: Grain = Grain.MILLENNIUM
) -> tuple[datetime, Anchor] | None:
    """The instant a relative value counts from, and which anchor that is.

    A previous mention coarser than ``grain`` cannot anchor it ("the day before" after "1990"
    is not 1989-12-31), so the DCT is used then.
    """
    previous = context.previous
    usable = previous is not None and previous.start is not None and previous.grain <= grain
    if base is Base.PREVIOUS and usable and previous is not None and previous.start is not None:
        return previous.start, Anchor.PREVIOUS
    if context.dct is not None:
        return context.dct, Anchor.DCT
    if context.previous is not None and context.previous.start is not None:
        return context.previous.start, Anchor.PREVIOUS
    return None


def _unit(t: datetime, grain: Grain, certainty: Certainty, anchor: Anchor) -> Resolution:
    return Resolution(timex_date_value(t, grain), span_of(t, grain, certainty), None, certainty,
                      anchor)  # fmt: skip


def _guess_year(
    context: Context,
    month: int,
    day: int | None,
    direction: int | None,
    moveable: Callable[[int], date] | None = None,
) -> tuple[int, Anchor] | None:
    """The year of a month (and day) stated without one.

    The occurrence nearest to the anchor wins, but a past-tense sentence rules out dates more
    than a month and a half after it, and a future-tense one dates before its month; "last
    March" is the latest March before the DCT's month, "next March" the first after it.
    """
    found = _reference(context, Base.DCT)
    if found is None:
        return None
    reference, anchor = found
    if anchor is Anchor.PREVIOUS and direction is None:
        return reference.year, anchor  # narratives move forward within the year last named
    options = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if moveable is not None:
            fixed = moveable(year)
            month, day = fixed.month, fixed.day
        start = datetime(year, month, min(day or 1, 28))
        end = add(start, 1, Grain.DAY if day else Grain.MONTH)
        if direction == -1 and start >= floor(reference, Grain.MONTH if not day else Grain.DAY):
            continue
        if direction == 1 and end <= add(floor(reference, Grain.MONTH), 1, Grain.MONTH):
            continue
        if direction == 0 and year != reference.year:
            continue
        slack = _PAST_SLACK if day else _MONTH_SLACK
        past = context.tense is Tense.PAST or context.signal == "since"
        future = context.tense is Tense.FUTURE or context.signal in _DEADLINE_SIGNALS
        future = future or context.signal in _EARLIEST_SIGNALS
        past = past and context.signal not in _DEADLINE_SIGNALS
        if direction is None and past and start > reference + slack:
            continue
        if direction is None and future and end <= reference - (slack if day else timedelta(0)):
            continue
        distance = (
            0.0
            if start <= reference < end
            else min(
                abs((start - reference).total_seconds()), abs((end - reference).total_seconds())
            )
        )
        options.append((distance, year))
    if not options:
        return reference.year, anchor
    return min(options)[1], anchor


def _holiday(value: Holiday, context: Context) -> Resolution | None:
    compute = HOLIDAYS[value.name]
    year, anchor, certainty = value.year, Anchor.NONE, Certainty.STATED
    if year is None:
        guessed = _guess_year(context, 1, 1, value.direction, compute)
        if guessed is None:
            return None
        (year, anchor), certainty = guessed, Certainty.INFERRED
    day = compute(year)
    return _unit(datetime(day.year, day.month, day.day), Grain.DAY, certainty, anchor)


def _absolute(value: Absolute, context: Context) -> Resolution | None:
    year, anchor, certainty = value.year, Anchor.NONE, Certainty.STATED
    if year is None and value.year_shift is not None:
        found = _reference(context, Base.DCT)
        if found is None:
            return None
        year, anchor, certainty = found[0].year + value.year_shift, found[1], Certainty.ANCHORED
    if year is None:
        guessed = _guess_year(context, value.month or 1, value.day, value.direction)
        if guessed is None:
            return None
        (year, anchor), certainty = guessed, Certainty.INFERRED
    moment = datetime(year, value.month or 1, value.day or 1)
    return _unit(moment, value.grain, certainty, anchor)


def _reported_quarter(context: Context) -> tuple[datetime, Anchor] | None:
    """The quarter a business story talks about: the last one mentioned if it has begun,
    else the last one completed before the DCT (results come after a quarter ends)."""
    found = _reference(context, Base.DCT)
    quarter = context.last_quarter
    completed = (
        quarter is not None
        and quarter.end is not None
        and (found is None or found[1] is not Anchor.DCT or quarter.end <= found[0])
    )
    if completed and quarter is not None and quarter.start is not None:
        return quarter.start, Anchor.PREVIOUS
    if found is None:
        return None
    return add(found[0], -1, Grain.QUARTER), found[1]


def _period(value: Period, context: Context) -> Resolution | None:
    grain = value.grain
    if value.index is None:  # "the quarter": the one talked about, else the last one reported
        quarter = _reported_quarter(context)
        if quarter is None:
            return None
        moment, anchor = quarter
        if value.year is not None:
            moment = moment.replace(year=value.year)
        return _unit(moment, grain, Certainty.INFERRED, anchor)
    month = {Grain.QUARTER: 3 * (value.index - 1) + 1, Grain.HALF_YEAR: 6 * (value.index - 1) + 1}
    first_month = month.get(grain, value.index)
    if value.year is not None:
        return _unit(datetime(value.year, first_month, 1), grain, Certainty.STATED, Anchor.NONE)
    found = _reference(context, Base.DCT)
    if found is None:
        return None
    reference, anchor = found
    if value.year_shift is not None:
        year = reference.year + value.year_shift
        return _unit(datetime(year, first_month, 1), grain, Certainty.ANCHORED, anchor)
    current = floor(reference, grain)
    candidate = datetime(reference.year, first_month, 1)
    if first_month == 12 and reference.month <= 2:
        candidate = datetime(reference.year - 1, 12, 1)
    after_reference = candidate > current and grain is not Grain.SEASON
    if value.shift == -1 or (
        value.shift is None
        and (context.tense is Tense.PAST or after_reference)
        and context.tense is not Tense.FUTURE
    ):
        while candidate > current or (value.shift == -1 and candidate >= current):
            candidate = add(candidate, -12, Grain.MONTH)
    elif value.shift == 1 or (
        value.shift is None and context.tense is Tense.FUTURE and grain is Grain.SEASON
    ):
        while candidate < current or (value.shift == 1 and candidate <= current):
            candidate = add(candidate, 12, Grain.MONTH)
    certainty = Certainty.ANCHORED if value.shift is not None else Certainty.INFERRED
    return _unit(candidate, grain, certainty, anchor)


def _shift(value: Shift, context: Context) -> Resolution | None:
    if value.keep_grain:
        # "a year earlier" compares with the period under discussion: the month or quarter
        # just mentioned, else the quarter a business story reports on.
        previous = context.sentence_previous
        dct_year = context.dct.year if context.dct is not None else None
        if (
            previous is not None
            and previous.start is not None
            and Grain.MONTH <= previous.grain < Grain.YEAR
            and previous.start.year == (dct_year or previous.start.year)
        ):
            moved = add(previous.start, value.amount, value.grain)
            return _unit(moved, previous.grain, Certainty.ANCHORED, Anchor.PREVIOUS)
        if context.last_quarter is not None:
            quarter = _reported_quarter(context)
            if quarter is not None:
                moved = add(quarter[0], value.amount, value.grain)
                return _unit(moved, Grain.QUARTER, Certainty.INFERRED, Anchor.PREVIOUS)
    found = _reference(context, value.base, value.grain)
    if found is None:
        return None
    reference, anchor = found
    grain = value.result_grain or value.grain
    return _unit(add(reference, value.amount, value.grain), grain, Certainty.ANCHORED, anchor)


def _weekday(value: Weekday, context: Context) -> Resolution | None:
    found = _reference(context, value.base, Grain.DAY)
    if found is None:
        return None
    reference, anchor = found
    day = floor(reference, Grain.DAY)
    delta = value.weekday - day.isoweekday()
    certainty = Certainty.ANCHORED
    if value.shift == 0:
        target = day + timedelta(days=delta)
    elif value.shift == -1:
        target = day + timedelta(days=(delta % 7) - 7 if delta % 7 else -7)
    elif value.shift == 1:
        target = day + timedelta(days=delta % 7 or 7)
    else:
        certainty = Certainty.INFERRED
        if value.shift == -2 or context.signal == "since":
            target = day - timedelta(days=(-delta) % 7)
        elif delta and (
            context.tense is Tense.FUTURE
            or context.signal in _EARLIEST_SIGNALS
            or (context.signal in _DEADLINE_SIGNALS and context.tense is not Tense.PAST)
        ):
            target = day + timedelta(days=delta % 7)
        else:  # news looks back: the most recent one, the DCT itself included
            target = day - timedelta(days=(-delta) % 7)
    return _unit(target, Grain.DAY, certainty, anchor)


def _weekend(value: Weekend, context: Context) -> Resolution | None:
    found = _reference(context, Base.DCT)
    if found is None:
        return None
    reference, anchor = found
    saturday = floor(reference, Grain.WEEK) + timedelta(days=5)
    shift = value.shift
    if shift is None:
        shift = 1 if context.tense is Tense.FUTURE else -1
    if shift == -1 and saturday > reference:
        saturday -= timedelta(days=7)
    elif shift == 1 and saturday <= floor(reference, Grain.DAY):
        saturday += timedelta(days=7)
    iso = saturday.isocalendar()
    span = TimeSpan(saturday, saturday + timedelta(days=2), Grain.DAY, Certainty.INFERRED)
    return Resolution(f"{iso[0]:04d}-W{iso[1]:02d}-WE", span, None, Certainty.INFERRED, anchor)


def _day_of(day: Underspecified | None, context: Context) -> Resolution | None:
    previous = context.previous
    if day is None and previous is not None and previous.grain is Grain.DAY and previous.start:
        # "at 10 p.m." right after a day was named happens on that day
        return _unit(previous.start, Grain.DAY, Certainty.INFERRED, Anchor.PREVIOUS)
    if day is None:
        found = _reference(context, Base.DCT)
        if found is None:
            return None
        return _unit(found[0], Grain.DAY, Certainty.ANCHORED, found[1])
    return resolve(day, context)


def _day_part(value: DayPart, context: Context) -> Resolution | None:
    day = _day_of(value.day, context)
    if day is None or day.interval is None or day.interval.start is None:
        return None
    first, last = _PART_HOURS.get(value.code, (0, 24))
    start = day.interval.start
    span = TimeSpan(start + timedelta(hours=first), start + timedelta(hours=last),
                    Grain.PART_OF_DAY, day.certainty)  # fmt: skip
    return Resolution(f"{day.value}T{value.code}", span, None, day.certainty, day.anchor)


def _clock(value: Clock, context: Context) -> Resolution | None:
    day = _day_of(value.day, context)
    if day is None or day.interval is None or day.interval.start is None:
        return None
    start = day.interval.start + timedelta(hours=value.hour, minutes=value.minute or 0)
    grain = Grain.HOUR if value.minute is None else Grain.MINUTE
    text = f"{day.value}T{value.hour:02d}:{value.minute or 0:02d}"
    span = TimeSpan(start, add(start, 1, grain), grain, day.certainty)
    return Resolution(text, span, None, day.certainty, day.anchor)


def _length(value: Length, context: Context) -> Resolution:
    duration = Duration(value.amount, value.grain)
    text = timex_duration_value(value.amount, value.grain)
    interval = None
    if value.placed and context.dct is not None and value.amount is not None:
        try:
            day = floor(context.dct, Grain.DAY)
            steps = int(value.amount)
            if value.placed < 0:
                end = add(day, 1, Grain.DAY)
                interval = TimeSpan(add(end, -steps, value.grain), end, value.grain,
                                    Certainty.ANCHORED)  # fmt: skip
            else:
                interval = TimeSpan(day, add(day, steps, value.grain), value.grain,
                                    Certainty.ANCHORED)  # fmt: skip
        except (OverflowError, ValueError):
            interval = None
    anchor = Anchor.DCT if interval is not None else Anchor.NONE
    certainty = Certainty.ANCHORED if interval is not None else Certainty.STATED
    return Resolution(text, interval, duration, certainty, anchor)


def _ref(value: Ref, context: Context) -> Resolution:
    if context.dct is None:
        return Resolution(value.value, None, None, Certainty.INFERRED, Anchor.NONE)
    today = span_of(context.dct, Grain.DAY, Certainty.INFERRED)
    if value.value == "PAST_REF":
        span = TimeSpan(None, today.end, Grain.DAY, Certainty.INFERRED)
    elif value.value == "FUTURE_REF":
        span = TimeSpan(today.start, None, Grain.DAY, Certainty.INFERRED)
    else:
        span = today
    return Resolution(value.value, span, None, Certainty.INFERRED, Anchor.DCT)


def resolve(value: Underspecified, context: Context) -> Resolution | None:
    """Resolve ``value`` in ``context``; ``None`` when it cannot be placed (or leaves the
    calendar's range)."""
    try:
        return _dispatch(value, context)
    except (OverflowError, ValueError):
        return None


def _dispatch(value: Underspecified, context: Context) -> Resolution | None:
    if isinstance(value, Absolute):
        return _absolute(value, context)
    if isinstance(value, Period):
        return _period(value, context)
    if isinstance(value, Holiday):
        return _holiday(value, context)
    if isinstance(value, Shift):
        return _shift(value, context)
    if isinstance(value, Weekday):
        return _weekday(value, context)
    if isinstance(value, Weekend):
        return _weekend(value, context)
    if isinstance(value, DayPart):
        return _day_part(value, context)
    if isinstance(value, Clock):
        return _clock(value, context)
    if isinstance(value, Length):
        return _length(value, context)
    if isinstance(value, Ref):
        return _ref(value, context)
    if isinstance(value, Frequency):
        return Resolution(value.value, None, None, Certainty.STATED, Anchor.NONE)
    return None
