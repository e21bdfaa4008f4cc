"""Regular-expression building blocks for the English grammar, built once from the lexicon.

Month and weekday names must be capitalised: that alone rules out the modal "may" and the verb
"march"; everything else is matched case-insensitively through inline ``(?i:...)`` groups.
"""

from __future__ import annotations

from timeline.temporal.lexicon_en import ORDINALS, PARTS_OF_DAY, SEASONS, UNITS, alternation

__all__ = [
    "AMPM",
    "DAY_NUMBER",
    "MONTH",
    "NUMBER",
    "ORDINAL",
    "PART_OF_DAY",
    "SEASON",
    "TIMEZONE",
    "UNIT",
    "WEEKDAY",
    "YEAR",
]

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?![\w])"
)
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?!\w)"
)
DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[0-9]\d\d|2[01]\d\d)(?![\d])"
UNIT = r"(?i:" + alternation(UNITS) + r")"
ORDINAL = r"(?i:" + alternation(ORDINALS) + r")"
PART_OF_DAY = r"(?i:" + alternation(PARTS_OF_DAY) + r")"
SEASON = r"(?i:" + alternation(SEASONS) + r")"
_UNIT_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (
    r"(?i:(?:\d{1,3}\s+1/2|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d+)?(?!\d))"
    rf"|(?:(?:{_TENS})(?:[\s-]+(?:{_UNIT_WORDS}))?|{_TEENS}|{_UNIT_WORDS})\s+and\s+a\s+half"
    rf"|(?:{_TENS})(?:[\s-]+(?:{_UNIT_WORDS})\b)?|(?:{_TEENS})|(?:{_UNIT_WORDS})"
    r"|(?:a|one|two|three|four|five)\s+(?:hundred|thousand)|hundreds\s+of|thousands\s+of"
    r"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|dozens\s+of|half\s+a|a\s+half"
    r"|several|a\s+few|few|many|some|a\s+number\s+of|numerous|an|a)"
)
AMPM = r"(?:[ap]\.m\.?|[AP]\.M\.?|[ap]m\b|[AP]M\b)"
TIMEZONE = r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|local\s+time)\b"
