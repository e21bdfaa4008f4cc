"""The real interval behind a time expression, and the calendar arithmetic anchoring needs.

The resolver normally hands over ``TimeExpression.interval``; when it does not (a value it could
not place, or an expression built by hand from a gold TIMEX3), the TIMEX3 value string itself is
enough to recover the interval, so anchoring never depends on how the expression was made.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import attrs

from timeline.model import (
    Anchor,
    Certainty,
    Duration,
    Grain,
    Mod,
    TimeExpression,
    TimeSpan,
    TimexType,
)
from timeline.ordering.model import TimeRelation

__all__ = [
    "add",
    "day_of",
    "day_start",
    "duration_of",
    "interval_of",
    "is_elapsed",
    "parse_value",
    "time_dct_relation",
]

_SEASONS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "AU": (9, 12), "WI": (12, 15)}
# a night ends at midnight: "Sunday night" is 2024-03-10TNI, inside that Sunday
_PARTS_OF_DAY = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (20, 24), "DT": (8, 18)}
_UNITS = {
    "Y": Grain.YEAR,
    "M": Grain.MONTH,
    "W": Grain.WEEK,
    "D": Grain.DAY,
    "H": Grain.HOUR,
    "MIN": Grain.MINUTE,
    "S": Grain.SECOND,
    "DE": Grain.DECADE,
    "CE": Grain.CENTURY,
    "Q": Grain.QUARTER,
}
_DATE = re.compile(
    r"(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?:-(?P<wday>\d|WE))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|AU|WI)))?"
    r"(?:T(?P<hour>\d{2})(?::(?P<minute>\d{2}))?|T(?P<part>MO|AF|EV|NI|DT))?"
)
_DURATION = re.compile(r"P(?:T)?(?P<amount>\d+(?:\.\d+)?|X)(?P<unit>MIN|DE|CE|[YMWDHSQ])")


def add(moment: datetime, amount: float, unit: Grain) -> datetime:
    """``moment`` shifted by ``amount`` units; months and years clip to the month's last day."""
    if unit in (Grain.MONTH, Grain.QUARTER, Grain.SEASON, Grain.HALF_YEAR, Grain.YEAR):
        months = {Grain.MONTH: 1, Grain.SEASON: 3, Grain.QUARTER: 3, Grain.HALF_YEAR: 6}
        total = round(amount * months.get(unit, 12))
        index = moment.year * 12 + moment.month - 1 + total
        year, month = divmod(index, 12)
        year = min(max(year, 1), 9998)
        day = min(moment.day, _month_length(year, month + 1))
        return moment.replace(year=year, month=month + 1, day=day)
    if unit in (Grain.DECADE, Grain.CENTURY, Grain.MILLENNIUM):
        years = {Grain.DECADE: 10, Grain.CENTURY: 100, Grain.MILLENNIUM: 1000}[unit]
        return add(moment, amount * years, Grain.YEAR)
    seconds = {
        Grain.SECOND: 1,
        Grain.MINUTE: 60,
        Grain.HOUR: 3600,
        Grain.PART_OF_DAY: 6 * 3600,
        Grain.DAY: 86400,
        Grain.WEEK: 7 * 86400,
    }[unit]
    try:
        return moment + timedelta(seconds=amount * seconds)
    except OverflowError:
        return datetime.min if amount < 0 else datetime.max


def _month_length(year: int, month: int) -> int:
    following = datetime(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def day_start(moment: datetime) -> datetime:
    """The midnight that opens the calendar day of ``moment``."""
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def day_of(moment: datetime) -> TimeSpan:
    """The calendar day that contains ``moment``."""
    start = day_start(moment)
    return TimeSpan(start, start + timedelta(days=1), Grain.DAY)


def _safe(year: int, month: int = 1, day: int = 1) -> datetime | None:
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def parse_value(value: str, dct: datetime | None = None) -> TimeSpan | None:
    """The interval a TIMEX3 DATE/TIME value denotes, or ``None`` when it denotes none.

    Handles years, months, days, ISO weeks and their weekends, quarters, halves, seasons,
    decades ("199"), centuries ("19"), times of day, and the DCT-relative PAST_REF/PRESENT_REF/
    FUTURE_REF.
    """
    if value in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
        if dct is None:
            return None
        today = day_of(dct)
        if value == "PAST_REF":
            return TimeSpan(None, today.start, Grain.DAY, Certainty.INFERRED)
        if value == "FUTURE_REF":
            return TimeSpan(today.end, None, Grain.DAY, Certainty.INFERRED)
        return today
    if re.fullmatch(r"\d{3}", value):
        start = _safe(int(value) * 10)
        return None if start is None else TimeSpan(start, add(start, 1, Grain.DECADE), Grain.DECADE)
    if re.fullmatch(r"\d{2}", value):
        start = _safe(max(int(value) * 100, 1))
        return (
            None if start is None else TimeSpan(start, add(start, 1, Grain.CENTURY), Grain.CENTURY)
        )
    match = _DATE.fullmatch(value)
    if match is None:
        return None
    return _date_span(match)


def _date_span(match: re.Match[str]) -> TimeSpan | None:
    parts = match.groupdict()
    year = int(parts["year"])
    if year < 1:
        return None
    if parts["week"]:
        try:
            monday = datetime.fromisocalendar(year, int(parts["week"]), 1)
        except ValueError:
            return None
        if parts["wday"] == "WE":  # the weekend: Saturday and Sunday
            saturday = monday + timedelta(days=5)
            return TimeSpan(saturday, saturday + timedelta(days=2), Grain.DAY)
        if parts["wday"]:
            weekday = monday + timedelta(days=int(parts["wday"]) - 1)
            return TimeSpan(weekday, weekday + timedelta(days=1), Grain.DAY)
        return TimeSpan(monday, monday + timedelta(days=7), Grain.WEEK)
    if parts["quarter"]:
        start = _safe(year, 3 * int(parts["quarter"]) - 2)
        return (
            None if start is None else TimeSpan(start, add(start, 1, Grain.QUARTER), Grain.QUARTER)
        )
    if parts["half"]:
        start = _safe(year, 6 * int(parts["half"]) - 5)
        return (
            None if start is None else TimeSpan(start, add(start, 6, Grain.MONTH), Grain.HALF_YEAR)
        )
    if parts["season"]:
        first, stop = _SEASONS[parts["season"]]
        start = _safe(year, first)
        if start is None:
            return None
        return TimeSpan(start, add(start, stop - first, Grain.MONTH), Grain.SEASON)
    if parts["month"] is None:
        start = _safe(year)
        return None if start is None else TimeSpan(start, add(start, 1, Grain.YEAR), Grain.YEAR)
    if parts["day"] is None:
        start = _safe(year, int(parts["month"]))
        return None if start is None else TimeSpan(start, add(start, 1, Grain.MONTH), Grain.MONTH)
    day = _safe(year, int(parts["month"]), int(parts["day"]))
    if day is None:
        return None
    if parts["hour"] is not None:
        hour = int(parts["hour"])
        if hour > 23:
            return TimeSpan(day, day + timedelta(days=1), Grain.DAY)
        if parts["minute"] is not None:
            moment = day.replace(hour=hour, minute=min(int(parts["minute"]), 59))
            return TimeSpan(moment, moment + timedelta(minutes=1), Grain.MINUTE)
        moment = day.replace(hour=hour)
        return TimeSpan(moment, moment + timedelta(hours=1), Grain.HOUR)
    if parts["part"] is not None:
        first, stop = _PARTS_OF_DAY[parts["part"]]
        return TimeSpan(
            day + timedelta(hours=first), day + timedelta(hours=stop), Grain.PART_OF_DAY
        )
    return TimeSpan(day, day + timedelta(days=1), Grain.DAY)


def interval_of(expression: TimeExpression, dct: datetime | None) -> TimeSpan | None:
    """The interval an expression places in time: its own, else one read from its value.

    Durations and sets place nothing unless the resolver gave them an interval ("the past two
    weeks"). The mods START/MID/END narrow the interval to its first, middle or last third, the
    way "early March" means the first days of March.
    """
    span = expression.interval
    if expression.type in (TimexType.DATE, TimexType.TIME) and (span is None or span.is_open):
        # "since 2011" comes as [2011, open); the point it names is 2011 itself, and the signal
        # ("since") tells the relation
        span = parse_value(expression.value, dct) or span
    if span is None or span.start is None or span.end is None:
        return span
    if expression.mod in (Mod.START, Mod.MID, Mod.END) and expression.interval is None:
        third = (span.end - span.start) / 3
        index = {Mod.START: 0, Mod.MID: 1, Mod.END: 2}[expression.mod]
        return TimeSpan(span.start + third * index, span.start + third * (index + 1), span.grain)
    return _before_or_after_dct(expression, span, dct)


def _before_or_after_dct(
    expression: TimeExpression, span: TimeSpan, dct: datetime | None
) -> TimeSpan:
    """ "earlier this year" is the part of the year up to the DCT's day, "later this month" the
    part from it: TimeML writes the year (mod START or END), but the words also say which side
    of the article date."""
    if dct is None or span.start is None or span.end is None:
        return span
    word = expression.text.split(maxsplit=1)[0].lower() if expression.text else ""
    today = day_of(dct)
    if today.start is None or today.end is None or not span.start <= today.start < span.end:
        return span
    if word == "earlier":
        return attrs.evolve(span, end=min(span.end, today.end))
    if word == "later":
        return attrs.evolve(span, start=max(span.start, today.start))
    return span


def is_elapsed(expression: TimeExpression) -> bool:
    """Whether a duration is a length since the time named before ("about two hours later"),
    whose interval is the time it reaches: an event told with it happened then."""
    return (
        expression.type is TimexType.DURATION
        and expression.anchor is Anchor.PREVIOUS
        and expression.interval is not None
    )


def duration_of(expression: TimeExpression) -> Duration | None:
    """The length a DURATION expression states, from its own field or its value ("P14M")."""
    if expression.duration is not None:
        return expression.duration
    if expression.type is not TimexType.DURATION:
        return None
    match = _DURATION.fullmatch(expression.value)
    if match is None:
        return None
    unit = match.group("unit")
    grain = Grain.MINUTE if unit == "M" and expression.value.startswith("PT") else _UNITS[unit]
    amount = None if match.group("amount") == "X" else float(match.group("amount"))
    return Duration(amount, grain)


def time_dct_relation(expression: TimeExpression, dct: datetime) -> TimeRelation | None:
    """How a dated expression stands to the DCT day, when its interval decides it."""
    span = interval_of(expression, dct)
    if span is None or expression.type not in (TimexType.DATE, TimexType.TIME):
        return None
    today = day_of(dct)
    assert today.start is not None
    assert today.end is not None
    if span.end is not None and span.end <= today.start:
        return TimeRelation.BEFORE
    if span.start is not None and span.start >= today.end:
        return TimeRelation.AFTER
    if span.start == today.start and span.end == today.end:
        return TimeRelation.IDENTITY
    if span.start is not None and span.end is not None:
        if span.start <= today.start and today.end <= span.end:
            return TimeRelation.INCLUDES
        if today.start <= span.start and span.end <= today.end:
            return TimeRelation.IS_INCLUDED
    return None
