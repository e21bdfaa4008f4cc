"""Reading the words of a written date: month names, years ("'94", "nineteen ninety-four")."""

from __future__ import annotations

import re
from datetime import date

from timeline.model import Grain
from timeline.temporal.lexicon_en import MONTHS, number_value
from timeline.temporal.underspecified import Absolute

__all__ = [
    "RELATIVE_SHIFT",
    "SPOKEN_YEAR",
    "day_value",
    "digits_number",
    "month_number",
    "year_number",
]

RELATIVE_SHIFT = {"last": -1, "this": 0, "next": 1}
"""How far "last", "this" and "next" move a unit ("last year", "Wednesday next week")."""


def month_number(word: str) -> int:
    """The month number of a month name or abbreviation ("Sept." is 9)."""
    return MONTHS[word.lower().rstrip(".")]


def day_value(year: int | None, month: int, day: int) -> Absolute | None:
    """A day value, or ``None`` when the date cannot exist (``Feb 30``)."""
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return None
    return Absolute(Grain.DAY, year, month, day)


SPOKEN_YEAR = (
    r"(?i:nineteen[\s-]+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)(?![\w-])"
)


def year_number(text: str | None) -> int | None:
    """The year a written year names: "1994", "'94", "nineteen ninety-four"."""
    if text is None:
        return None
    if text[:1].isalpha():  # "nineteen ninety-four"
        words = text.lower().replace("-", " ").split()
        return 1900 + int(number_value(" ".join(words[1:])) or 0)
    digits = text.lstrip("'")
    if len(digits) == 2:
        return 1900 + int(digits) if int(digits) >= 30 else 2000 + int(digits)
    return int(digits)


def digits_number(text: str) -> int:
    """The number written by the digits of ``text`` ("1,200" is 1200)."""
    return int(re.sub(r"\D", "", text))
