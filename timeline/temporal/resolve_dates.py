"""Resolve calendar dates: days and months without a year, holidays, quarters, seasons, shifts.

A year left out is guessed from the DCT and the sentence's tense (:func:`guess_year`); "the
quarter" of a business story is the one it reports on (:func:`reported_quarter`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from timeline.model import Anchor, Certainty, Grain
from timeline.temporal.calendar import add, floor
from timeline.temporal.holidays_en import HOLIDAYS
from timeline.temporal.resolution import (
    DEADLINE_SIGNALS,
    Context,
    Resolution,
    after_past_sentence,
    counting_from,
    earliest_ahead,
    last_day_named,
    limit_ahead,
    long_gone,
    unit,
    weekend_unit,
)
from timeline.temporal.tense import Tense
from timeline.temporal.underspecified import Absolute, Base, Holiday, Period, Shift

__all__ = ["absolute", "guess_year", "holiday", "period", "reported_quarter", "shift"]

_PAST_SLACK = timedelta(days=45)
_MONTH_SLACK = timedelta(days=7)
_RANGE_END_SIGNALS = ("until", "till", "through")
_REPORTING_SEASON = timedelta(days=45)  # results of a quarter come out within about six weeks


def guess_year(
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
    found = counting_from(context, Base.DCT)
    if found is None:
        return None
    reference, anchor = found
    if anchor is Anchor.PREVIOUS and direction is None:
        return reference.year, anchor  # narratives move forward within the year last named
    if context.scope_year is not None and direction is None:
        return context.scope_year, Anchor.PREVIOUS  # "Last year, a heatwave ... in July"
    opening = context.sentence_previous
    if (
        direction is None
        and context.signal in _RANGE_END_SIGNALS
        and opening is not None
        and opening.start is not None
        and Grain.DAY <= opening.grain <= Grain.MONTH
        and (
            # "suspended from May until September": the range ends after its start (but not
            # "contracts ran until mid-April will be paid until the end of March")
            context.range_opened
            # "Workers sealed the breach on September 18, but sludge kept flowing until early
            # October" (told in February): what went on, or was allowed, until a month after a
            # day gone by that the sentence named ends at the first such month after that day
            or (context.tense is Tense.PAST and opening.start < reference)
        )
    ):
        first = opening.start
        year = first.year + (1 if (month, day or 1) < (first.month, first.day if day else 1) else 0)
        return year, Anchor.PREVIOUS
    if (
        direction is None
        and moveable is None
        and opening is not None
        and opening.start is not None
        and Grain.DAY <= opening.grain <= Grain.MONTH
        and (
            # its year written out, not "last June"
            (opening.certainty is Certainty.STATED and opening.start.year < reference.year)
            # or a day still to come: "was due to open on March 24 and run for 11 weeks,
            # finishing on June 9" (told in December)
            or (opening.grain is Grain.DAY and opening.start > reference)
        )
        and not context.perfect_since
        # "will lift off no earlier than July 10 on a rocket that flew its first mission in
        # November": a past relative clause tells of something else, dated from the DCT
        and not (context.relative_after_previous and context.tense is Tense.PAST)
    ):
        # "opened its investigation in September 2018 after a newspaper reported in August":
        # a month the sentence names after an earlier dated one is its nearest neighbour
        first = opening.start
        if context.told_on and opening.grain is not Grain.DAY:
            # "began in March 2022 and was completed in December", "closed in December 2019
            # and reopened in January": the story goes on, to the first such month after
            later = (month, day or 1) <= (first.month, first.day if day else 1)
            return first.year + (1 if later else 0), Anchor.PREVIOUS
        ahead = context.tense is Tense.FUTURE or context.signal in DEADLINE_SIGNALS
        nearest = min(
            (
                year
                for year in (first.year - 1, first.year, first.year + 1)
                # "will ask the company on Wednesday to keep the plant open until December":
                # a time still to come is not a month gone
                if not (ahead and datetime(year, month, 1) < floor(reference, Grain.MONTH))
            ),
            key=lambda year: abs(
                (datetime(year, month, min(day or 1, 28)) - first).total_seconds()
            ),
            default=None,
        )
        if nearest is not None:
            return nearest, Anchor.PREVIOUS
    if (
        direction is None
        and moveable is None
        and context.reported_would
        and opening is not None
        and opening.start is not None
        and Grain.DAY <= opening.grain <= Grain.MONTH
        and opening.start < reference
    ):
        # "said in November that the bearings would not arrive until February": the first
        # such month after the report's
        first = opening.start
        year = first.year + (1 if (month, day or 1) <= (first.month, first.day) else 0)
        return year, Anchor.PREVIOUS
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
        # a deadline looks ahead ("has extended the loans through January", "gave the company
        # until mid-November"), but one a deferral told in the past set may lie on either side
        # ("delayed the return of the pipes until November": the nearer one)
        deadline = context.signal in DEADLINE_SIGNALS and context.tense is not Tense.PLANNED
        future = (
            context.tense is Tense.FUTURE
            or deadline
            or earliest_ahead(context)
            or context.paired_ahead
        )
        past = past and not deadline and not earliest_ahead(context)
        if direction is None and past and start > reference + slack:
            continue
        if direction is None and future and end <= reference - (slack if day else timedelta(0)):
            continue
        # measured from the DCT's day, not its clock time: a month equally far on both sides
        # ("September" told on March 17) must not turn on the DCT's microseconds
        day_of = floor(reference, Grain.DAY)
        distance = (
            0.0
            if start <= reference < end
            else min(abs((start - day_of).total_seconds()), abs((end - day_of).total_seconds()))
        )
        options.append((distance, year))
    if not options:
        return reference.year, anchor
    return min(options)[1], anchor


def holiday(value: Holiday, context: Context) -> Resolution | None:
    compute = HOLIDAYS[value.name]
    year, anchor, certainty = value.year, Anchor.NONE, Certainty.STATED
    if year is None:
        guessed = guess_year(context, 1, 1, value.direction, compute)
        if guessed is None:
            return None
        (year, anchor), certainty = guessed, Certainty.INFERRED
    day = compute(year)
    moment = datetime(day.year, day.month, day.day)
    if value.weekend:
        return _holiday_weekend(moment, certainty, anchor)
    return unit(moment, Grain.DAY, certainty, anchor)


def _holiday_weekend(day: datetime, certainty: Certainty, anchor: Anchor) -> Resolution:
    """The weekend a holiday belongs to ("the Labor Day weekend"): the one nearest the day.
    TIMEX3 writes the ISO week's weekend, so its interval is that Saturday and Sunday, without
    the Monday or Friday holiday itself."""
    ahead = (6 - day.isoweekday()) % 7
    saturday = day + timedelta(days=ahead if ahead <= 3 else ahead - 7)
    return weekend_unit(saturday, certainty, anchor)


def absolute(value: Absolute, context: Context) -> Resolution | None:
    year, anchor, certainty = value.year, Anchor.NONE, Certainty.STATED
    if year is None and value.year_shift is not None:
        found = counting_from(context, Base.DCT)
        if found is None:
            return None
        year, anchor, certainty = found[0].year + value.year_shift, found[1], Certainty.ANCHORED
    day = value.day if value.week is None else _week_day(value.week)
    previous = context.previous
    if (
        year is None
        and value.from_previous
        and value.month is not None
        and previous is not None
        and previous.start is not None
        and (
            previous.grain <= Grain.MONTH
            # "in the spring of 2021 ... in November that year": any stretch within a year
            # names the year
            or (value.direction == 0 and previous.grain <= Grain.YEAR)
        )
    ):
        # "in June 2021 ... the following January": the first January after that June
        named = previous.start
        if value.direction == 1:
            year = named.year if value.month > named.month else named.year + 1
        elif value.direction == 0:
            # "that June", "a cold snap that January": the one of the year named
            year = named.year
        else:
            year = named.year if value.month < named.month else named.year - 1
        anchor, certainty = Anchor.PREVIOUS, Certainty.ANCHORED
    if year is None:
        guessed = guess_year(context, value.month or 1, day, value.direction)
        if guessed is None:
            return None
        (year, anchor), certainty = guessed, Certainty.INFERRED
    if value.week is not None and value.week < 0:
        # "the last week of June": the week around the month's fourth-last day
        moment = add(datetime(year, value.month or 1, 1), 1, Grain.MONTH) - timedelta(days=4)
        return unit(moment, Grain.WEEK, certainty, anchor)
    moment = datetime(year, value.month or 1, day or 1)
    return unit(moment, value.grain, certainty, anchor)


def _week_day(week: int) -> int:
    """The middle day of the ``week``-th seven days of a month ("the second week": the 11th),
    whose ISO week names it; the last week is counted from the month's end."""
    return 7 * week - 3 if week > 0 else 28


def reported_quarter(context: Context) -> tuple[datetime, Anchor] | None:
    """The quarter a business story talks about: the last one mentioned if it has begun,
    else the last one completed before the DCT (results come after a quarter ends)."""
    found = counting_from(context, Base.DCT)
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


def period(value: Period, context: Context) -> Resolution | None:
    grain = value.grain
    if value.index is None:  # "the quarter": the one talked about, else the last one reported
        if value.of_previous and context.last_quarter is None:
            # "paid dividends over the same period" after "between 2016 and 2018": no quarter
            # was named, and the stretch meant is not one date
            return None
        quarter = reported_quarter(context)
        if quarter is None:
            return None
        moment, anchor = quarter
        if value.year is not None:
            moment = moment.replace(year=value.year)
        return unit(moment, grain, Certainty.INFERRED, anchor)
    month = {Grain.QUARTER: 3 * (value.index - 1) + 1, Grain.HALF_YEAR: 6 * (value.index - 1) + 1}
    first_month = month.get(grain, value.index)
    if value.year is not None:
        return unit(datetime(value.year, first_month, 1), grain, Certainty.STATED, Anchor.NONE)
    named = context.previous
    if (
        value.of_previous
        and value.shift == 1
        and named is not None
        and named.end is not None
        and Grain.SEASON <= named.grain <= Grain.YEAR
    ):
        # "searched that summer, and his sons dug the lawn the following spring", "in 1995
        # ... the following spring": the first one that begins after the stretch named ends
        candidate = datetime(named.end.year - 1, first_month, 1)
        while candidate < named.end:
            candidate = add(candidate, 12, Grain.MONTH)
        return unit(candidate, grain, Certainty.INFERRED, Anchor.PREVIOUS)
    if value.of_previous and value.shift is not None:
        # "the following spring" after "September 2023": the first spring after it
        found = counting_from(context, Base.PREVIOUS, Grain.MONTH)
        if found is None or found[1] is not Anchor.PREVIOUS:
            return None
        reference, anchor = found
        candidate = datetime(reference.year - 1, first_month, 1)
        while add(candidate, 1, grain) <= reference:
            candidate = add(candidate, 12, Grain.MONTH)
        if value.shift == 1 and candidate <= reference:
            candidate = add(candidate, 12, Grain.MONTH)
        elif value.shift == -1:
            candidate = add(candidate, -12, Grain.MONTH)
        return unit(candidate, grain, Certainty.INFERRED, anchor)
    if value.of_previous:
        found = counting_from(context, Base.PREVIOUS, Grain.YEAR)
        if found is None:
            return None
        reference, anchor = found
        return unit(datetime(reference.year, first_month, 1), grain, Certainty.INFERRED, anchor)
    if value.shift is None and value.year_shift is None and context.scope_year is not None:
        # "was last restored in 2009, when the gates were replaced during the winter": the
        # part of the year the sentence's year holds
        return unit(
            datetime(context.scope_year, first_month, 1), grain, Certainty.INFERRED, Anchor.PREVIOUS
        )
    found = counting_from(context, Base.DCT)
    if found is None:
        return None
    reference, anchor = found
    opening = context.sentence_previous
    if (
        value.shift is None
        and value.year_shift is None
        and grain is Grain.SEASON
        and opening is not None
        and opening.start is not None
        and Grain.DAY <= opening.grain <= Grain.MONTH
        and opening.certainty is Certainty.STATED
        and opening.start.year < reference.year
        and not context.perfect_since
        and not (context.relative_after_previous and context.tense is Tense.PAST)
    ):
        # "in August 2012, destroyed 14 homes and burned for five weeks before autumn rains
        # put it out": a season the sentence names after a dated month is that month's
        # nearest, as a month would be (guess_year), not the last one before the DCT
        first = opening.start
        nearest = min(
            (
                datetime(year, first_month, 1)
                for year in (first.year - 1, first.year, first.year + 1)
            ),
            key=lambda candidate: abs((candidate - first).total_seconds()),
        )
        return unit(nearest, grain, Certainty.INFERRED, Anchor.PREVIOUS)
    if value.year_shift is not None:
        year = reference.year + value.year_shift
        return unit(datetime(year, first_month, 1), grain, Certainty.ANCHORED, anchor)
    current = floor(reference, grain)
    candidate = datetime(reference.year, first_month, 1)
    if first_month == 12 and reference.month <= 2:
        candidate = datetime(reference.year - 1, 12, 1)
    after_reference = candidate > current and grain is not Grain.SEASON
    # "postponed until the autumn" looks ahead whatever the tense; "by the third quarter"
    # unless the sentence is past ("was finished by the spring")
    limit = context.signal in ("until", "till") or limit_ahead(context)
    # "have suspended their routes for the winter" (in October): a season something is done
    # for is the one about to come
    limit = limit or (
        context.signal == "for"
        and grain is Grain.SEASON
        and timedelta(0) <= _next_start(candidate, reference) - reference <= _SEASON_AHEAD
    )
    since = value.shift is None and context.signal == "since"
    if (
        value.shift == -1
        or (
            value.shift is None
            and (context.tense is Tense.PAST or after_reference)
            and context.tense is not Tense.FUTURE
            and not limit
        )
        # "for the first time since the summer, my members know they will be paid" (in
        # January): a start gone by, whatever the tense
        or since
    ):
        while candidate > current or (value.shift == -1 and candidate >= current):
            candidate = add(candidate, -12, Grain.MONTH)
        if (
            value.shift == -1
            and grain is Grain.SEASON
            and first_month == 6
            and add(candidate, 3, Grain.MONTH) == current
            and reference < add(current, 2, Grain.MONTH)
        ):
            # "last summer" told in September or October: the summer just over is still "this
            # summer", and "last" names the one a year before (the held-out articles' writers
            # read "last autumn" in December or January as the one just over, though)
            candidate = add(candidate, -12, Grain.MONTH)
    elif value.shift == 1 or (
        value.shift is None and (context.tense is Tense.FUTURE or limit) and grain is Grain.SEASON
    ):
        while candidate < current or (value.shift == 1 and candidate <= current):
            candidate = add(candidate, 12, Grain.MONTH)
    if value.shift is None and grain is Grain.QUARTER and candidate > current:
        # "will publish fourth-quarter results on Jan. 27": a quarter that ended weeks ago is
        # the one reported on, not the same quarter next year
        previous = add(candidate, -12, Grain.MONTH)
        if reference - add(previous, 1, grain) < _REPORTING_SEASON:
            candidate = previous
    certainty = Certainty.ANCHORED if value.shift is not None else Certainty.INFERRED
    return unit(candidate, grain, certainty, anchor)


_SEASON_AHEAD = timedelta(days=92)
"""How soon a season must begin for "for the winter" to name the coming one."""


def _next_start(candidate: datetime, reference: datetime) -> datetime:
    """The first start of the season beginning at ``candidate``'s month after ``reference``."""
    while candidate < reference:
        candidate = add(candidate, 12, Grain.MONTH)
    return candidate


def _story_day(reference: datetime, context: Context) -> datetime:
    """The day a story's "the next morning" ("two days later") counts from when the day named
    last is the DCT's own: the story's day named before it, if any.

    Why: the DCT's day is named for the report ("told a news conference on Thursday"); a day
    after it would be "tomorrow", so "Inspections began the next morning" follows the story's
    earlier day ("discovered the cracks on Monday").
    """
    if context.dct is None:
        return reference
    today = floor(context.dct, Grain.DAY)
    if floor(reference, Grain.DAY) != today:
        return reference
    for span in context.recent_days:
        if span.start is not None and span.start < today:
            return span.start
    past = context.past_day
    if (
        context.tense is Tense.PAST
        and past is not None
        and past.start is not None
        and past.start < today
        and context.dct is not None
        and not long_gone(past.start, context.dct)
    ):
        # "breached late on September 14, 2021 ... said in a statement on Thursday evening ...
        # The leak was first spotted at 5:30 a.m. the following day": a past "the following
        # day" cannot be the day after the report, so it follows the story's last day, however
        # far back it was named
        return past.start
    return reference


def _plan_named_since(context: Context) -> bool:
    """Whether the sentence is past and the last time named lies after the DCT's day: a plan,
    which a past "that afternoon" cannot point back to."""
    previous = context.previous
    return (
        previous is not None
        and previous.start is not None
        and after_past_sentence(previous.start, context)
    )


def _past_story_day(reference: datetime, context: Context) -> datetime | None:
    """The day a past sentence's "that night" ("two days later") counts from when the day
    named last lies after the DCT's day: the last day named that does not, if any.

    Why: a day after the DCT is a plan ("will be free to play again from April 22"), which a
    past "He phoned Joe that night" cannot point back to; it points to the story's day.
    """
    if not after_past_sentence(reference, context):
        return reference
    previous = context.previous
    if previous is not None and previous.grain > Grain.DAY:
        # "In March 2017, two inmates fled ... and were caught two days later": the story has
        # moved on to a month, which names no day to count from
        return None
    past = context.past_day
    return past.start if past is not None else None


def shift(value: Shift, context: Context) -> Resolution | None:
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
            return unit(moved, previous.grain, Certainty.ANCHORED, Anchor.PREVIOUS)
        if (
            previous is not None
            and previous.start is not None
            and previous.grain is Grain.YEAR
            and value.grain is Grain.YEAR
        ):
            # "sales of 182 million euros in 2023, up 4% from a year earlier": the year the
            # sentence has just named is the one compared, whichever year it is
            moved = add(previous.start, value.amount, value.grain)
            return unit(moved, Grain.YEAR, Certainty.ANCHORED, Anchor.PREVIOUS)
        if context.last_quarter is not None:
            quarter = reported_quarter(context)
            if quarter is not None:
                moved = add(quarter[0], value.amount, value.grain)
                return unit(moved, Grain.QUARTER, Certainty.INFERRED, Anchor.PREVIOUS)
    found = counting_from(context, value.base, value.grain)
    if found is None:
        return None
    reference, anchor = found
    if (
        value.base is Base.PREVIOUS
        and value.amount != 0  # "that same day" after "last October" is October's, not named
        and anchor is Anchor.DCT
        and value.grain <= Grain.WEEK
    ):
        # "began on Sept. 24 ... over a ban imposed in August. ... two days later": a month named
        # since cannot anchor days (nor "the following week"), the day named a sentence or two
        # before can
        day = last_day_named(context)
        if day is not None:
            reference, anchor = day, Anchor.PREVIOUS
    if (
        value.base is Base.PREVIOUS
        and value.amount == 0
        and anchor is Anchor.DCT
        and value.grain <= Grain.DAY
        and context.past_day is not None
        and context.past_day.start is not None
        and _plan_named_since(context)
    ):
        # "had opened an investigation on Wednesday and would publish findings next month.
        # Two inspectors reached the site that afternoon": a month to come is no story's day
        reference, anchor = context.past_day.start, Anchor.PREVIOUS
    if (
        value.base is Base.PREVIOUS
        and value.amount == 0
        and anchor is Anchor.PREVIOUS
        and value.grain <= Grain.DAY
        and context.previous_statement
        and context.sentence_previous is None
        and context.recent_days
        and context.recent_days[0].start is not None
    ):
        # "noticed the light at 2:40 a.m. on Tuesday, he said in an interview on Saturday. He
        # reported it the same morning": the story's day, not the statement's (but in the
        # statement's own sentence, "told reporters on Thursday outside the station where she
        # collected the violin that morning", the statement's)
        reference = context.recent_days[0].start
    if value.base is Base.PREVIOUS and anchor is Anchor.PREVIOUS and value.grain <= Grain.DAY:
        if value.amount > 0:
            reference = _story_day(reference, context)
        story = _past_story_day(reference, context)
        if story is None:
            return None
        reference = story
    if (
        value.base is Base.PREVIOUS
        and value.amount > 0
        and anchor is Anchor.DCT
        and context.tense is Tense.PAST
    ):
        # "reported cracks in May, and held a drill two weeks later": a past "later" cannot
        # count from the DCT, and a month named before is too coarse to count weeks from
        return None
    if value.amount == 0 and value.base is Base.PREVIOUS and anchor is not Anchor.PREVIOUS:
        return None  # "that day" points back at a day named before; with none, it is not the DCT
    grain = value.result_grain or value.grain
    previous = context.previous
    if (
        value.grain is Grain.WEEK
        and grain is Grain.DAY
        and not (anchor is Anchor.PREVIOUS and previous is not None and previous.grain <= Grain.DAY)
    ):
        # "a week later" lands on a day only when counted from one ("offered on May 5 ...
        # rejected the proposal a week later" is May 12); from a month, on a week
        grain = Grain.WEEK
    return unit(add(reference, value.amount, value.grain), grain, Certainty.ANCHORED, anchor)
