"""What resolution looks at (:class:`Context`) and returns (:class:`Resolution`).

Shared by the resolvers of each kind of value, together with the choice of the instant a relative
value counts from (:func:`counting_from`): the DCT in news, the previous date in narratives.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs

from timeline.model import Anchor, Certainty, Duration, Grain, TimeSpan
from timeline.temporal.calendar import floor, span_of, timex_date_value
from timeline.temporal.tense import Tense
from timeline.temporal.underspecified import Base

__all__ = [
    "DEADLINE_SIGNALS",
    "EARLIEST_SIGNALS",
    "Context",
    "Resolution",
    "after_past_sentence",
    "counting_from",
    "earliest_ahead",
    "last_day_named",
    "limit_ahead",
    "long_gone",
    "unit",
    "weekend_unit",
]

DEADLINE_SIGNALS = ("until", "till", "through", "by")
"""Signals after which a date is a limit, usually still ahead ("until June")."""
STARTING_SIGNALS = ("starting", "beginning", "from")
"""Signals of a start, still ahead unless the sentence is past ("can apply for refunds online
starting Monday", "visitors can watch on a webcam from Tuesday", but "a strike starting Monday
halted the port")."""
EARLIEST_SIGNALS = (
    "as soon as",
    "as early as",
    "not before",
    "not until",
    "not till",
    "rescheduled to",
)
"""Signals of a time still to come whatever the tense: "as early as Tuesday", "not before June"
(a negated limit), and the new date of something moved ("rescheduled to": "were moved to
March", "was postponed to Monday")."""


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
        recent_days: the days named (or the days of times of day) within a few sentences
            before, the latest first: a bare time of day ("at 3:15 a.m.") happened on the
            latest one its sentence's tense allows.
        scope_year: the year that a year expression opening the sentence ("Last year, ...",
            "In 2017, ...") or followed by a "when" clause ("since 2017, when ...") sets for the
            rest of the sentence: a month named after it without a year is in that year.
        scope_week: the Monday of a week that a week expression opening the sentence ("Last
            week, ...") sets for the rest of its clause: a weekday named after it is in that
            week (not one in a clause joined after a comma, ", and on Monday").
        coordinated: the expression is the second of a pair joined by "and", "or", "to" or a
            dash ("on Thursday and Friday"): the pair lies on the first one's side of the DCT,
            whatever the nearest verb's tense says.
        range_opened: the last date mentioned before in the same sentence opened a range
            ("from May"): an "until September" after it ends that range.
        past_day: the last day named before (however far back) that is not after the DCT's
            day: the story's day that a past "that night" points back to when the days named
            since are plans ("will be free to play from April 22. He phoned Joe that night").
        reported_at: a clock time closes a report's own clause ("told a news conference at
            11 a.m."): the telling's time, on the DCT's day, not a day the story named.
        reported_would: the expression lies in a "would" clause a past report introduces
            ("said in November that bearings would not arrive until February").
        end_set: the expression follows an "until" that does not open the sentence ("shut two
            campgrounds until Sunday"): the end an action set, the nearer such weekday even
            when the action is past ("Until Thursday, police had not named a suspect" looks
            back).
        perfect_since: the expression follows a present perfect's "since" ("tensions have
            grown since June"): what has gone on since then goes on now, so a month without a
            year is the latest before the DCT, not the neighbour of a date named before.
        relative_after_previous: a relative clause opens between the date named before in the
            same sentence and the expression ("no earlier than July 10, on a rocket that flew
            its first mission in November"): the expression may tell of something else.
        apart_after_previous: a "that" clause or a past perfect comes between the date named
            before in the sentence and this expression ("confirmed on Tuesday that the blast
            happened at 4 a.m.", "seized the wreck on Monday, which had been towed away after
            the fire was put out shortly after midnight"): it may tell of another day.
        paired_ahead: the expression is the second month of a pair whose first lies after the
            DCT ("will host a round in May and a festival in August"): it is ahead too.
        previous_statement: the day named last is a statement's ("the coastguard said on
            Friday"): it dates the saying, not the story a bare clock time after it tells of.
        previous_not_story: the day named last opened a stretch ("since Thursday") or is a
            limit ("a Friday deadline") or an end of a stretch "between" two days: not the day
            of the story a bare clock time after it tells of.
        dct_day_named: the DCT's own day was named before ("closed to traffic on Monday"):
            the story is today's, so a past clock time with no day near it is today's too.
        day_named_after: a day is named later in the same sentence ("fell 7.2 percent by 11
            a.m. in New York on Thursday"): a bare clock time before it is that day's.
        told_on: an "and" joins the expression's clause to the date named before in the same
            sentence, with no "after", "before", "since", "when" or "until" between ("began in
            March 2022 and was completed in December"): the story goes on, so the month is the
            first such month after that date, not its nearest neighbour.
        story_clock: the last time of day named so far that lies within a few days of the
            DCT (the story's own day, told by its clock), however far back in the text.
    """

    dct: datetime | None
    previous: TimeSpan | None
    sentence_previous: TimeSpan | None
    last_quarter: TimeSpan | None
    tense: Tense
    signal: str | None = None
    scope_year: int | None = None
    scope_week: datetime | None = None
    recent_days: tuple[TimeSpan, ...] = ()
    coordinated: bool = False
    past_day: TimeSpan | None = None
    range_opened: bool = False
    perfect_since: bool = False
    end_set: bool = False
    reported_would: bool = False
    day_named_after: bool = False
    dct_day_named: bool = False
    previous_statement: bool = False
    previous_not_story: bool = False
    reported_at: bool = False
    relative_after_previous: bool = False
    apart_after_previous: bool = False
    paired_ahead: bool = False
    told_on: bool = False
    story_clock: TimeSpan | None = None


@attrs.frozen
class Resolution:
    """The resolved meaning: TIMEX3 value, interval, duration, certainty and anchor."""

    value: str
    interval: TimeSpan | None = None
    duration: Duration | None = None
    certainty: Certainty = Certainty.STATED
    anchor: Anchor = Anchor.NONE


def after_past_sentence(start: datetime, context: Context) -> bool:
    """Whether a day named starting at ``start`` lies after the DCT's day while the sentence is
    past: a past event cannot fall on it, nor can a past "that night" point back to it."""
    return (
        context.dct is not None
        and context.tense is Tense.PAST
        and floor(start, Grain.DAY) > floor(context.dct, Grain.DAY)
    )


def limit_ahead(context: Context) -> bool:
    """Whether the signal names a limit still to come: an earliest time ("as early as Tuesday",
    "not before June", "moved to March") whatever the tense, or a deadline ("until June", "by
    Friday") or a start ("starting Monday") unless the sentence is past ("was finished by
    Friday")."""
    return earliest_ahead(context) or (
        context.signal in DEADLINE_SIGNALS + STARTING_SIGNALS and context.tense is not Tense.PAST
    )


def earliest_ahead(context: Context) -> bool:
    """Whether the signal names an earliest time still to come whatever the tense ("as early
    as Tuesday", "would not reopen until June"); a past "not until" tells when something at
    last happened ("was not fully fixed until Monday morning")."""
    if context.signal not in EARLIEST_SIGNALS:
        return False
    return not (context.signal in ("not until", "not till") and context.tense is Tense.PAST)


def counting_from(
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


def long_gone(moment: datetime, dct: datetime) -> bool:
    """Whether ``moment`` lies in a year before the one before the DCT's: "opened its doors on
    Oct. 5, 1874 ... The celebrations began at 10 a.m." names the story's background, not the
    day of today's clock times."""
    return moment.year < dct.year - 1


def last_day_named(context: Context) -> datetime | None:
    """The start of the day named last, a sentence or two back at most: what "two days later"
    and "the following weekend" count from when a month was named since."""
    previous = context.previous
    if previous is not None and previous.start is not None and previous.grain <= Grain.DAY:
        return previous.start
    if context.recent_days and context.recent_days[0].start is not None:
        return context.recent_days[0].start
    return None


def weekend_unit(saturday: datetime, certainty: Certainty, anchor: Anchor) -> Resolution:
    """The weekend that begins on ``saturday``: TIMEX3 writes it as its ISO week's weekend
    ("2020-W24-WE"), and its interval is that Saturday and Sunday."""
    iso = saturday.isocalendar()
    span = TimeSpan(saturday, saturday + timedelta(days=2), Grain.DAY, certainty)
    return Resolution(f"{iso[0]:04d}-W{iso[1]:02d}-WE", span, None, certainty, anchor)


def unit(t: datetime, grain: Grain, certainty: Certainty, anchor: Anchor) -> Resolution:
    return Resolution(timex_date_value(t, grain), span_of(t, grain, certainty), None, certainty,
                      anchor)  # fmt: skip
