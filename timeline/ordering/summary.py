"""The readable summary of an event's time (``str(event.when)``).

A reader wants "2020-06-14" or "2019-04 .. ongoing", not four datetimes; the summary names the
calendar unit the bounds coincide with, and falls back to a range or a one-sided bound ("from
2018" for an open-ended event that begins after the article).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from timeline.model import Grain
from timeline.ordering.intervals import add

if TYPE_CHECKING:
    from timeline.ordering.model import EventTime

__all__ = ["label", "summarize"]

_ONE_TICK = timedelta(microseconds=1)


def _last_moment(end: datetime) -> datetime:
    """The last moment before an exclusive end (the end itself at the calendar's start)."""
    return end if end == datetime.min else end - _ONE_TICK


def _is_midnight(moment: datetime) -> bool:
    return moment == moment.replace(hour=0, minute=0, second=0, microsecond=0)


def label(start: datetime, end: datetime) -> str | None:
    """The TIMEX3-style name of ``[start, end)`` when it is exactly one calendar unit."""
    if not _is_midnight(start):
        # clock times: "at 10:35 a.m." is the minute 10:35, "at 10 a.m." may be the hour
        if end == start + timedelta(minutes=1) and start.second == 0:
            return f"{_day(start)}T{start:%H:%M}"
        if end == start + timedelta(hours=1) and start.minute == 0 and start.second == 0:
            return f"{_day(start)}T{start:%H}"
        return None
    if end == start + timedelta(days=1):
        return _day(start)
    if end == start + timedelta(days=7) and start.weekday() == 0:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if start.day == 1 and end == add(start, 1, Grain.MONTH):
        return _month(start)
    if start.day == 1 and start.month == 1 and end == add(start, 1, Grain.YEAR):
        return f"{start.year:04d}"
    return None


def _approximate(start: datetime, end: datetime) -> str:
    """A name for the time between two bounds: their unit, else the month or year around them."""
    exact = label(start, end)
    if exact is not None:
        return exact
    if end - start > timedelta(days=2 * 366):
        # "the first eruption since 2011" began some time in 2012-2025: a middle year would
        # name a date the text never gave
        return f"{start.year:04d}-{(_last_moment(end)).year:04d}"
    middle = start + (end - start) / 2
    if end - start <= timedelta(days=100):
        return _month(middle) if end - start > timedelta(days=1) else _day(middle)
    return f"{middle.year:04d}"


def _day(moment: datetime) -> str:
    # zero-padded by hand: strftime writes year 1 as "1"
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"


def _month(moment: datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}"


def summarize(when: EventTime) -> str:
    """Summarize the bounds of ``when`` in a few characters."""
    es, ls, ee, le = when.earliest_start, when.latest_start, when.earliest_end, when.latest_end
    if es is not None and le is not None:
        exact = label(es, le)
        if exact is not None:
            return exact
        if le - es <= timedelta(days=1) and _day(es) == _day(_last_moment(le)):
            # within one day ("this morning"): the clock times say more than the day twice
            return f"{_day(es)}T{es:%H:%M} .. {le:%H:%M}"
        if ls is not None and ee is not None and ls <= ee:
            return f"{_approximate(es, ls)} .. {_day(_last_moment(le))}"
        return f"{_day(es)} .. {_day(_last_moment(le))}"
    if es is not None and ls is not None and le is None:
        dct = when.dct.date() if isinstance(when.dct, datetime) else when.dct
        if dct is not None and es.date() > dct:
            return f"from {_approximate(es, ls)}"  # begins after the article: not "ongoing"
        return f"{_approximate(es, ls)} .. ongoing"
    if es is not None:
        return f"after {_day(es)}"
    if le is not None:
        ended = label(ee, le) if ee is not None else None
        if ended is not None:
            return f"ended {ended}"  # "ending a four-month trial on Friday": the start unknown
        start = f"{_day(_last_moment(ls))} or earlier" if ls is not None and ls < le else None
        return (
            f"before {_day(_last_moment(le))}"
            if start is None
            else f"{start} .. {_day(_last_moment(le))}"
        )
    if ls is not None:
        return f"started before {_day(_last_moment(ls))}"
    if ee is not None:
        return f"ended after {_day(ee)}"
    return "unknown"
