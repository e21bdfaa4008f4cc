"""English words of time as plain tables (HeidelTime's ``norm*`` resources as Python dicts).

The grammar builds its regular expressions from these tables and the builders read values back
from them, so a word is added in one place.
"""

from __future__ import annotations

from timeline.model import Grain

__all__ = [
    "FREQUENCY_WORDS",
    "MONTHS",
    "NUMBERS",
    "ORDINALS",
    "PARTS_OF_DAY",
    "SEASONS",
    "SET_ADVERBS",
    "UNITS",
    "VAGUE_AMOUNTS",
    "WEEKDAYS",
    "alternation",
    "number_value",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
"""Month names and news abbreviations (lower case, without the abbreviation's full stop)."""

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}  # fmt: skip
"""Weekday names with their ISO numbers (Monday = 1, as TIMEX3 ``XXXX-WXX-1``)."""

NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "thousand": 1000,
    "a thousand": 1000, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
    "dozen": 12, "half a": 0.5, "a half": 0.5,
}  # fmt: skip
"""Number words a duration may start with ("twenty four" is read by :func:`number_value`)."""

VAGUE_AMOUNTS = ("several", "a few", "few", "many", "some", "a number of", "numerous")
"""Amount words that leave the number unknown: "several days" is ``PXD``."""

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}  # fmt: skip

UNITS: dict[str, Grain] = {
    "second": Grain.SECOND, "minute": Grain.MINUTE, "hour": Grain.HOUR, "day": Grain.DAY,
    "week": Grain.WEEK, "fortnight": Grain.WEEK, "month": Grain.MONTH,
    "quarter": Grain.QUARTER, "year": Grain.YEAR, "decade": Grain.DECADE,
    "century": Grain.CENTURY, "centurie": Grain.CENTURY, "millennium": Grain.MILLENNIUM,
    "millennia": Grain.MILLENNIUM, "weekend": Grain.DAY,
}  # fmt: skip
"""Unit words (singular stems; "centurie" lets "centuries" be stem + "s")."""

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "daytime": "DT",
}  # fmt: skip
"""Parts of the day with their TIMEX3 codes ("Monday morning" is ``2020-06-15TMO``)."""

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip
"""Seasons with their TIMEX3 codes."""

SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
    "semiannually": "P6M", "semi-annually": "P6M",
}  # fmt: skip
"""Frequency adverbs and the period of their SET value."""

FREQUENCY_WORDS: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}


def alternation(words: object) -> str:
    """A regex alternation of ``words``, longest first so that "sept" wins over "sep"."""
    items = sorted((str(word) for word in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(word.replace(" ", r"\s+").replace(".", r"\.") for word in items)


def number_value(text: str) -> float | None:
    """The value of a number written in digits or words ("14", "twenty four", "twenty-four")."""
    cleaned = " ".join(text.lower().replace("-", " ").replace(",", "").split())
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        pass
    if cleaned in NUMBERS:
        return float(NUMBERS[cleaned])
    total = 0.0
    for word in cleaned.split():
        if word in ("and", "a"):
            continue
        value = NUMBERS.get(word)
        if value is None:
            return None
        if value in (100, 1000) and total:
            total *= value
        else:
            total += value
    return total
