"""Turn an underspecified value into a TIMEX3 value and a real interval, given its context.

One function per kind of value: calendar dates in :mod:`~timeline.temporal.resolve_dates`,
weekdays in :mod:`~timeline.temporal.resolve_days`, times of day, durations and vague references
here. News resolves against the DCT and the sentence's tense
(HeidelTime's news mode); narratives (no DCT) resolve against the previous date mentioned.
Any calendar overflow (year 9999 + 1) makes the value unresolvable instead of raising.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from timeline.model import Anchor, Certainty, Duration, Grain, TimeSpan
from timeline.temporal.calendar import add, add_amount, floor, span_of, timex_duration_value
from timeline.temporal.resolution import (
    Context,
    Resolution,
    after_past_sentence,
    counting_from,
    long_gone,
    unit,
)
from timeline.temporal.resolve_dates import absolute, holiday, period, shift
from timeline.temporal.resolve_days import weekday, weekend
from timeline.temporal.tense import Tense
from timeline.temporal.underspecified import (
    Absolute,
    Base,
    Clock,
    DayPart,
    Elapsed,
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

# a night ends at midnight: "Sunday night" is 2024-03-10TNI, inside that Sunday
_PART_HOURS = {"MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (20, 24),
               "DT": (6, 18)}  # fmt: skip
# a morning clock time after an evening or night named last is on the next day
_EVENING_STARTS, _MORNING_ENDS = 18, 12
_SMALL_HOURS_END = 6


def _day_of(
    day: Underspecified | None, context: Context, hour: int | None = None
) -> Resolution | None:
    """The day a time of day falls on; ``hour``: the clock hour, if it is a clock time."""
    if day is None and hour is not None and context.reported_at and context.dct is not None:
        # "Ribeiro told a news conference at 11 a.m.": the report's own day
        return unit(context.dct, Grain.DAY, Certainty.ANCHORED, Anchor.DCT)
    if day is None:
        named = _named_day(context)
        if (
            hour is not None
            and named is not None
            and named.grain < Grain.DAY
            and not _holds(named, hour)
        ):
            # "on Tuesday night ... under control shortly after 4 a.m. ... the lightning hit
            # the tower at about 9:40 p.m.": a clock time outside the time named last (a part
            # of a day or a clock time) is in a part of a day named lately that holds it
            named = _part_holding(context, hour) or named
        night = context.sentence_previous
        if (
            hour is not None
            and hour < _MORNING_ENDS
            and night is not None
            and night.grain is Grain.PART_OF_DAY
            and night.start is not None
            and night.start.hour >= _EVENING_STARTS
            and (
                named is None
                or (
                    named.start is not None
                    and floor(night.start, Grain.DAY) == floor(named.start, Grain.DAY)
                )
            )
        ):
            # "came down at about 3:40 p.m. ... Rescue crews worked through the night to reach
            # a driver, freeing him at 5:50 a.m.", "has celebrated since Friday night, and the
            # bells were rung after the coach arrived home at 2:15 a.m.": a morning hour told
            # after the night its sentence went through is the morning after that night
            named = night
        if named is not None and named.start is not None:
            # "at 10 p.m." after a day was named happens on that day: "shortly after 2 a.m. on
            # Sunday ... A guard discovered the theft at 3:15 a.m."
            start = floor(named.start, Grain.DAY)
            if (
                hour is not None
                and hour < _MORNING_ENDS
                and named.grain < Grain.DAY
                and (
                    named.start.hour >= _EVENING_STARTS
                    # "reported at 3:40 p.m. ... battled the flames for more than nine hours
                    # before bringing it under control shortly after 1 a.m.": the small hours
                    # told after an afternoon hour of the same sentence follow it
                    or (
                        hour < _SMALL_HOURS_END
                        and named.start.hour >= _MORNING_ENDS
                        and named is context.sentence_previous
                    )
                )
            ):
                # "rose on Tuesday night and peaked shortly before 6 a.m.": the morning after
                # (but not past the DCT's day in a past sentence: "remained in intensive care
                # on Thursday evening ... a process that lasted until about 7 a.m.")
                later = start + timedelta(days=1)
                if not (
                    context.tense is Tense.PAST
                    and context.dct is not None
                    and later > floor(context.dct, Grain.DAY)
                ):
                    start = later
            elif (
                hour is not None
                and hour >= _EVENING_STARTS
                and named.grain < Grain.DAY
                and named.start.hour < _SMALL_HOURS_END
                and context.tense is Tense.PAST
                and any(
                    span.start is not None
                    and floor(span.start, Grain.DAY) == start - timedelta(days=1)
                    for span in context.recent_days
                )
            ):
                # "struck on Wednesday evening ... brought under control shortly after 1:30
                # a.m. ... The spire collapsed at about 11:15 p.m.": an evening told after the
                # small hours of a night the story crossed is the evening before them (but a
                # swim begun at 5 a.m. and finished at 9 p.m. stays on its day)
                start -= timedelta(days=1)
            return unit(start, Grain.DAY, Certainty.INFERRED, Anchor.PREVIOUS)
        story = _story_day_before_dct(context)
        if story is None and hour is not None:
            story = _day_of_earlier_statement(context, hour)
        if story is not None:
            return unit(story, Grain.DAY, Certainty.INFERRED, Anchor.PREVIOUS)
        found = counting_from(context, Base.DCT)
        if found is None:
            return None
        return unit(found[0], Grain.DAY, Certainty.ANCHORED, found[1])
    return resolve(day, context)


def _story_day_before_dct(context: Context) -> datetime | None:
    """The day of a past clock time when no day was named in the last sentences: the last day
    named before the DCT's, however far back ("brought down on Sunday morning ... [history of
    the plant] ... Police closed roads from 8 a.m."), the day the story tells of, not the day of
    the report."""
    past = context.past_day
    if context.tense is not Tense.PAST or past is None or past.start is None:
        return None
    if context.day_named_after or context.dct_day_named or context.dct is None:
        return None
    if floor(past.start, Grain.DAY) >= floor(context.dct, Grain.DAY):
        return None
    if long_gone(past.start, context.dct):
        return None  # a day of a year long gone: background
    previous = context.previous
    if previous is not None and previous.start is not None and previous.start > past.start:
        # "capsized on Nov. 4 ... the operation was approved in March. The first cage reached
        # the surface at 11:40 a.m.": the story has moved past that day
        return None
    return floor(past.start, Grain.DAY)


def _day_of_earlier_statement(context: Context, hour: int) -> datetime | None:
    """The day of a past clock time that a statement made before the DCT's day reports, when
    the story named no day of its own: "Perrault said on Saturday night that she had cried when
    the game ended shortly before 6:30 p.m." (Sunday's story) is Saturday's, since what a
    statement tells in the past cannot come after it. A clock hour past the statement's part of
    the day is the day before's ("said on Saturday morning that the fire broke out at 11 p.m.").
    Only a statement of the same sentence: the next sentence may tell of another day."""
    said = context.previous
    if (
        not context.previous_statement
        or context.day_named_after
        or context.sentence_previous is not said
        or context.tense is not Tense.PAST
        or context.dct is None
        or said is None
        or said.start is None
        or said.grain > Grain.DAY
        or floor(said.start, Grain.DAY) >= floor(context.dct, Grain.DAY)
    ):
        return None
    day = floor(said.start, Grain.DAY)
    if (
        said.grain < Grain.DAY
        and said.end is not None
        and said.end.day == said.start.day
        and hour >= said.end.hour
    ):
        return day - timedelta(days=1)
    return day


def _holds(span: TimeSpan, hour: int) -> bool:
    """Whether a part of the day named holds the clock hour; a whole day holds every hour."""
    if span.grain >= Grain.DAY or span.start is None or span.end is None:
        return True
    last = span.end.hour if span.end.day == span.start.day else 24
    return span.start.hour <= hour < last


def _part_holding(context: Context, hour: int) -> TimeSpan | None:
    """The part of a day named lately that holds the clock hour: "walked off the job on
    Thursday morning ... after talks collapsed on Tuesday night. Picket lines formed from 7
    a.m." is Thursday's morning, not the morning after Tuesday night."""
    for span in context.recent_days:
        if (
            span.grain is Grain.PART_OF_DAY
            and span.start is not None
            and _holds(span, hour)
            and not after_past_sentence(span.start, context)
        ):
            return span
    return None


def _named_day(context: Context) -> TimeSpan | None:
    """The day a bare time of day falls on: the last day named that the sentence's tense
    allows ("landed at 6:40 p.m." is not on the Wednesday a plan named since). In a past
    sentence the DCT's own day, usually the day of a statement ("said on Sunday"), gives way to
    an earlier day named before it, the day of the story's events, unless the DCT's day was
    named by a time of day. In a future sentence it gives way to a later day named."""
    previous = context.previous
    candidates = (
        [previous]
        if previous is not None
        and previous.grain is Grain.DAY
        and not context.previous_statement
        and not context.previous_not_story
        else []
    )
    candidates.extend(context.recent_days)
    if (
        previous is not None
        and previous.grain > Grain.DAY
        and previous.start is not None
        and previous.end is not None
        and context.dct is not None
        and previous.end <= floor(context.dct, Grain.DAY)
    ):
        # "rescued that night (Nov. 4) ... the operation was approved in March. The first cage
        # reached the surface at 11:40 a.m.": the story has moved past the days named before
        # the month gone by that it named since (a month to come, "a report next month", is
        # a plan, not the story's moment)
        moved_on = previous.start
        candidates = [span for span in candidates if span.start is None or span.start >= moved_on]
    dct = context.dct
    today = floor(dct, Grain.DAY) if dct is not None else None
    allowed = [span for span in candidates if _may_date(span, context, today)]
    hot = _story_clock_day(allowed, context, today)
    if hot is not None:
        return hot
    if (
        context.tense in (Tense.PAST, Tense.FUTURE)
        and today is not None
        # a time of day named last is the story's own ("peaked before 6 a.m."), no statement's
        and not (allowed and allowed[0].grain < Grain.DAY)
    ):
        # the story's day lies before the statement's in a past sentence and after it in a
        # future one ("will return to the table on Monday, mediators said on Friday ... Talks
        # will resume at 1000 GMT" is Monday's)
        past = context.tense is Tense.PAST
        tomorrow = today + timedelta(days=1)
        story = [
            span
            for span in allowed
            if span.start is not None
            and (
                (span.start < today if past else span.start >= tomorrow)
                # "shares fell in early trading on Tuesday before recovering some ground by
                # midday": a day its own clause named for the story, no statement's
                or (span is previous and _story_day_of_own_clause(context))
            )
        ]
        if story:
            return story[0]
    if not allowed and context.tense is Tense.PAST and today is not None:
        # "lost power on Sunday night ... issued a distress call at 7:40 p.m. ... [a quote] ...
        # Two tugs got lines aboard at about 11:30 p.m.": with no day named near, a past clock
        # time goes on the story's clock, not on the report's day
        clock = context.story_clock
        if (
            clock is not None
            and clock.start is not None
            and today - timedelta(days=_STORY_DAYS) <= clock.start < today
        ):
            return clock
    return allowed[0] if allowed else None


_BACKGROUND_DAYS = 7
"""How long before the DCT a day named in passing is background, not the story's day."""
_STORY_DAYS = 3
"""How near the DCT the story's own day, named with its time of day, lies."""


def _story_clock_day(
    allowed: list[TimeSpan], context: Context, today: datetime | None
) -> TimeSpan | None:
    """The story's own day, named with a time of day, when the day named last is a day of its
    background in another sentence ("The crane's arm fell at 2:41 p.m. ... City inspectors
    last examined the crane on July 28 ... the weather service recorded winds of only 25 km
    per hour at 2:30 p.m."): clock times tell the story's day, and a day weeks back named
    without one is a flashback, not where the story moved."""
    if today is None or not allowed:
        return None
    last = allowed[0]
    if (
        last.grain is not Grain.DAY
        or last.start is None
        or last is context.sentence_previous
        or last.start >= today - timedelta(days=_BACKGROUND_DAYS)
    ):
        return None
    clock = context.story_clock
    if (
        clock is not None
        and clock.start is not None
        and today - timedelta(days=_STORY_DAYS) <= clock.start < today + timedelta(days=1)
        and _may_date(clock, context, today)
    ):
        return clock
    return None


def _may_date(span: TimeSpan, context: Context, today: datetime | None) -> bool:
    """Whether a day named before may be the one a bare time of day falls on: not one of long
    ago (unless its own sentence named it: "In one entry, dated March 3, 1944, he describes
    watching a freighter burn at about 4 a.m."), nor one a past sentence has moved past, nor
    a day gone by in a future sentence."""
    dct = context.dct
    return (
        span.start is not None
        and (dct is None or span is context.sentence_previous or not long_gone(span.start, dct))
        and not after_past_sentence(span.start, context)
        and not (today is not None and context.tense is Tense.FUTURE and span.start < today)
    )


def _story_day_of_own_clause(context: Context) -> bool:
    """Whether the day named last was named in the sentence's own clause as the story's (no
    statement's day, nor the start of a stretch, nor one a relative clause came between)."""
    return (
        context.sentence_previous is context.previous
        and not context.previous_statement
        and not context.previous_not_story
        # ("Saturday's ceremony, which started at 11 a.m." is that day's)
        and not context.apart_after_previous
    )


def _day_part(value: DayPart, context: Context) -> Resolution | None:
    day = _day_of(value.day, context)
    if day is None or day.interval is None or day.interval.start is None:
        return None
    first, last = _PART_HOURS.get(value.code, (0, 24))
    start = day.interval.start
    if (
        value.day is None
        and value.code == "NI"
        and context.tense is Tense.PAST
        and context.dct is not None
        and start == floor(context.dct, Grain.DAY)
    ):
        # "Crews worked through the night", told on the DCT: the night gone by, which ended
        # that morning, not the DCT's own night, still to come when the story was filed
        start -= timedelta(days=1)
        day = unit(start, Grain.DAY, day.certainty, day.anchor)
    span = TimeSpan(start + timedelta(hours=first), start + timedelta(hours=last),
                    Grain.PART_OF_DAY, day.certainty)  # fmt: skip
    return Resolution(f"{day.value}T{value.code}", span, None, day.certainty, day.anchor)


def _clock(value: Clock, context: Context) -> Resolution | None:
    day = _day_of(value.day, context, value.hour)
    if day is None or day.interval is None or day.interval.start is None:
        return None
    start = day.interval.start + timedelta(hours=value.hour, minutes=value.minute or 0)
    grain = Grain.HOUR if value.minute is None else Grain.MINUTE
    text = f"{day.value}T{value.hour:02d}:{value.minute or 0:02d}"
    span = TimeSpan(start, add(start, 1, grain), grain, day.certainty)
    return Resolution(text, span, None, day.certainty, day.anchor)


def _counted_from_a_told_time(value: Length, context: Context) -> TimeSpan | None:
    """The stretch "the next 20 years" or "the previous three months" covers when it counts
    from the date its past-tense sentence named before it, not from the DCT.

    Why: "was withdrawn from service in 1967 ... and spent the next 20 years rusting" and
    "opened its inquiry in August 2020 ... which received 3,000 calls in the previous three
    months" tell of 1967-1987 and the months before August 2020; counted from the DCT they
    would put a past stretch in the future, or decades off.
    """
    told = context.sentence_previous
    if (
        not value.told_from
        or value.amount is None
        or context.tense is not Tense.PAST
        or context.dct is None
        or told is None
        or told.start is None
        or told.end is None
        # (ends after the DCT's day; counted back from the end, so that a DCT on the
        # calendar's last day cannot overflow)
        or told.end - timedelta(days=1) > floor(context.dct, Grain.DAY)
    ):
        return None
    return _stretch(told.start, value.amount, value.grain, value.told_from, Certainty.INFERRED)


def _stretch(
    point: datetime, amount: float, grain: Grain, direction: int, certainty: Certainty
) -> TimeSpan | None:
    """The ``amount`` ``grain``s that end at ``point`` (``direction`` below 0) or start there;
    ``None`` past the calendar's range."""
    try:
        if direction < 0:
            return TimeSpan(add_amount(point, -amount, grain), point, grain, certainty)
        return TimeSpan(point, add_amount(point, amount, grain), grain, certainty)
    except (OverflowError, ValueError):
        return None


def _length(value: Length, context: Context) -> Resolution:
    duration = Duration(value.amount, value.grain)
    text = timex_duration_value(value.amount, value.grain)
    told = _counted_from_a_told_time(value, context)
    if told is not None:
        return Resolution(text, told, duration, Certainty.INFERRED, Anchor.PREVIOUS)
    interval = None
    if value.placed and context.dct is not None and value.amount is not None:
        # "the past two weeks" ends with the DCT's day, "the next two weeks" starts with it
        day = floor(context.dct, Grain.DAY)
        try:
            point = add(day, 1, Grain.DAY) if value.placed < 0 else day
        except (OverflowError, ValueError):
            point = None  # the DCT's day is the calendar's last
        if point is not None:
            interval = _stretch(point, value.amount, value.grain, value.placed, Certainty.ANCHORED)
    anchor = Anchor.DCT if interval is not None else Anchor.NONE
    certainty = Certainty.ANCHORED if interval is not None else Certainty.STATED
    return Resolution(text, interval, duration, certainty, anchor)


def _elapsed(value: Elapsed, context: Context) -> Resolution:
    """The length as the value, the time it reaches from the previous mention as the
    interval (none when that cannot be counted)."""
    length = _length(value.length, context)
    reached = shift(value.shift, context)
    if reached is None or reached.interval is None:
        return length
    return Resolution(
        length.value, reached.interval, length.duration, reached.certainty, reached.anchor
    )


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
        return absolute(value, context)
    if isinstance(value, Period):
        return period(value, context)
    if isinstance(value, Holiday):
        return holiday(value, context)
    if isinstance(value, Shift):
        return shift(value, context)
    if isinstance(value, Weekday):
        return weekday(value, context)
    if isinstance(value, Weekend):
        return weekend(value, context)
    if isinstance(value, DayPart):
        return _day_part(value, context)
    if isinstance(value, Clock):
        return _clock(value, context)
    if isinstance(value, Length):
        return _length(value, context)
    if isinstance(value, Elapsed):
        return _elapsed(value, context)
    if isinstance(value, Ref):
        return _ref(value, context)
    if isinstance(value, Frequency):
        return Resolution(value.value, None, None, Certainty.STATED, Anchor.NONE)
    return None
