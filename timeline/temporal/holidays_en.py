"""Named days of the (mostly US and Christian) news calendar, as functions of the year.

Fixed days are a month and a day; moveable ones are computed ("the fourth Thursday of
November"), Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher) and Orthodox
Easter by Meeus's Julian algorithm, written out here because the only library that has them
(dateutil) ships without type information.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

__all__ = ["HOLIDAYS", "easter", "holiday_date", "orthodox_easter"]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` of a month; ``n = -1`` is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday of ``year``."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    day = (h + weekday_shift - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday of ``year`` (1900 to 2099), on the Gregorian calendar: the Julian
    calendar's Easter (Meeus), 13 days later on the Gregorian calendar in those years."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _election_day(year: int) -> date:
    return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "independence day": _fixed(7, 4),
    "the fourth of july": _fixed(7, 4),
    "july fourth": _fixed(7, 4),
    "halloween": _fixed(10, 31),
    "valentine's day": _fixed(2, 14),
    "boxing day": _fixed(12, 26),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 4, 4),
    "thanksgiving day": lambda year: _nth_weekday(year, 11, 4, 4),
    "labor day": lambda year: _nth_weekday(year, 9, 1, 1),
    "memorial day": lambda year: _nth_weekday(year, 5, 1, -1),
    "martin luther king day": lambda year: _nth_weekday(year, 1, 1, 3),
    "election day": _election_day,
    "easter": easter,
    "easter sunday": easter,
    "good friday": lambda year: easter(year) - timedelta(days=2),
    "easter monday": lambda year: easter(year) + timedelta(days=1),
    "orthodox easter": orthodox_easter,
    "orthodox easter sunday": orthodox_easter,
    "orthodox christmas": _fixed(1, 7),
}
"""Holiday names (lower case, straight apostrophes) and the date they fall on in a year."""


def holiday_date(name: str, year: int) -> date:
    """The date of holiday ``name`` (a key of :data:`HOLIDAYS`) in ``year``."""
    return HOLIDAYS[name](year)
