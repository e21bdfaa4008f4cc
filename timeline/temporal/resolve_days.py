"""Resolve weekdays and weekends: which occurrence a sentence means, from its tense and signal."""

from __future__ import annotations

from datetime import datetime, timedelta

from timeline.model import Anchor, Certainty, Grain
from timeline.temporal.calendar import floor
from timeline.temporal.resolution import (
    Context,
    Resolution,
    counting_from,
    last_day_named,
    limit_ahead,
    unit,
    weekend_unit,
)
from timeline.temporal.resolve_dates import absolute
from timeline.temporal.tense import Tense
from timeline.temporal.underspecified import Base, Weekday, Weekend

__all__ = ["weekday", "weekend"]


_END_AHEAD = 4
"""How many days ahead an end set by "until" may lie and still be read as still to come."""


def _end_told_from_now(context: Context, day: datetime) -> bool:
    """Whether an end set by "until" is told from the DCT: not "did not find the fault until
    Friday" (a negated "until" looks back), nor "from Dec. 7 until Sunday" or "on Sunday ...
    stranded until Monday morning", which count on from a past day the sentence named."""
    told = context.sentence_previous
    return context.signal != "not until" and not (
        told is not None and told.start is not None and told.start < day
    )


def weekday(value: Weekday, context: Context) -> Resolution | None:
    found = counting_from(context, value.base, Grain.DAY)
    if found is None:
        return None
    reference, anchor = found
    day = floor(reference, Grain.DAY)
    delta = value.weekday - day.isoweekday()
    certainty = Certainty.ANCHORED
    if value.week is not None:
        # "Wednesday next week": that weekday of the week named
        target = day + timedelta(days=delta + 7 * value.week)
        return unit(target, Grain.DAY, certainty, anchor)
    if value.shift is None and value.base is Base.DCT and context.scope_week is not None:
        # "Last week, the minister urged both sides to settle, warning on Wednesday that":
        # that weekday of the week the sentence opened with
        target = context.scope_week + timedelta(days=value.weekday - 1)
        return unit(target, Grain.DAY, Certainty.INFERRED, Anchor.PREVIOUS)
    first = context.previous
    if (
        value.shift is None
        and context.coordinated
        and first is not None
        and first.grain is Grain.DAY
        and first.start is not None
    ):
        # "rain could fall on Thursday and Friday": the pair lies on the side of the DCT
        # that its first weekday does ("statements made Friday and Thursday" both back); a
        # pair opening on the DCT's own day goes by the tense
        if first.start > day or (first.start == day and context.tense is Tense.FUTURE):
            target = day + timedelta(days=delta % 7 or 7)
        else:
            target = day - timedelta(days=(-delta) % 7)
        return unit(target, Grain.DAY, Certainty.INFERRED, anchor)
    if value.shift == 0:
        target = day + timedelta(days=delta)
    elif value.shift == -1:
        target = day + timedelta(days=(delta % 7) - 7 if delta % 7 else -7)
    elif value.shift == 1:
        target = day + timedelta(days=delta % 7 or 7)
    else:
        certainty = Certainty.INFERRED
        if value.shift == -2 and context.tense is Tense.FUTURE and delta % 7 < (-delta) % 7:
            # "Friday's purchases" names a past day, but under a future verb the nearer one
            # wins: "will take charge for Wednesday's trip" on a Monday is two days ahead,
            # "would look for ways to get around Wednesday's ruling" on a Friday two days back
            target = day + timedelta(days=delta % 7)
        elif value.shift == -2 or context.signal == "since":
            target = day - timedelta(days=(-delta) % 7)
        elif delta and (context.tense is Tense.FUTURE or limit_ahead(context)):
            target = day + timedelta(days=delta % 7)
        elif ((context.tense is Tense.PLANNED or context.end_set) and delta % 7 < (-delta) % 7) or (
            context.end_set and delta % 7 <= _END_AHEAD and _end_told_from_now(context, day)
        ):
            # "a voyage that was due to end on Sunday", told on a Thursday: the nearer one;
            # so too the end a past action set ("shut two campgrounds until Sunday"), and one
            # a little further ahead when the sentence names no day before it ("has closed the
            # estuary until at least Monday", told on a Thursday)
            target = day + timedelta(days=delta % 7)
        else:  # news looks back: the most recent one, the DCT itself included
            target = day - timedelta(days=(-delta) % 7)
    return unit(target, Grain.DAY, certainty, anchor)


def weekend(value: Weekend, context: Context) -> Resolution | None:
    if value.day is not None:
        # "the weekend of Sept. 14": the weekend of that day's week
        fixed = absolute(value.day, context)
        if fixed is None or fixed.interval is None or fixed.interval.start is None:
            return None
        saturday = floor(fixed.interval.start, Grain.WEEK) + timedelta(days=5)
        return weekend_unit(saturday, fixed.certainty, fixed.anchor)
    found = counting_from(context, Base.DCT)
    if found is None:
        return None
    reference, anchor = found
    if value.from_previous:
        # "rose on Oct. 1 ... blocked the booths the following weekend": from the day named
        day = last_day_named(context)
        if day is not None:
            reference, anchor = day, Anchor.PREVIOUS
    saturday = floor(reference, Grain.WEEK) + timedelta(days=5)
    shift = value.shift
    if shift is None:
        shift = 1 if context.tense is Tense.FUTURE or limit_ahead(context) else -1
        if (context.tense is Tense.PLANNED or context.end_set) and not limit_ahead(context):
            # "more unsettled weather was likely over the weekend", told on a Thursday: a plan
            # or forecast told in the past names the nearer one, and so does the end an action
            # set ("advised people to keep their windows shut until the weekend")
            ahead = (saturday - floor(reference, Grain.DAY)).days
            shift = 1 if 0 <= ahead <= 3 else -1
    if shift == -1 and (
        saturday > reference
        # "won in Cortina last weekend", told on a Saturday or Sunday: the one before this
        or (value.shift == -1 and saturday <= reference)
        # "lost $3,000 in sales over the weekend", told on a Saturday: the weekend just begun
        # holds no past yet, so the one before (but tickets "sold for the weekend" are for it)
        or (
            value.shift is None
            and context.tense is Tense.PAST
            and context.signal != "for"
            and floor(reference, Grain.DAY) == saturday
        )
    ):
        saturday -= timedelta(days=7)
    elif (
        shift == 1
        and saturday <= floor(reference, Grain.DAY)
        # "expect to lose millions over the weekend", told on a Saturday: this one, just begun
        # (told on a Sunday, "until the weekend" is the next one)
        and not (value.shift is None and floor(reference, Grain.DAY) == saturday)
    ):
        saturday += timedelta(days=7)
    return weekend_unit(saturday, Certainty.INFERRED, anchor)
