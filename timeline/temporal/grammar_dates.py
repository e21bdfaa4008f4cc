"""Rules for calendar dates written out: "June 14, 2020", "2020-06-14", "the 1990s", "fiscal 2019".

Each rule is named by its surface template and carries the examples it must recognise.

Years and decades live in :mod:`~timeline.temporal.grammar_years`, quarters, seasons and
holidays in :mod:`~timeline.temporal.grammar_periods`; :data:`DATE_RULES` lists them all.
"""

from __future__ import annotations

import re

import attrs

from timeline.model import Grain, TimexType
from timeline.temporal.date_words import (
    RELATIVE_SHIFT,
    SPOKEN_YEAR,
    day_value,
    digits_number,
    month_number,
    year_number,
)
from timeline.temporal.grammar_periods import PERIOD_RULES
from timeline.temporal.grammar_years import YEAR_RULES
from timeline.temporal.patterns_en import DAY_NUMBER, MONTH, WEEKDAY, YEAR
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import Absolute, Weekend

__all__ = ["DATE_RULES", "month_number"]

_NAME_AFTER = re.compile(r"\s+(?!(?:of|and|to)\b)[A-Z][a-z]+")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_LIST_AFTER = re.compile(rf",\s+(?:{_MONTHS})\b")
_MONTH_LIST_BEFORE = re.compile(rf"\b(?:{_MONTHS})(?:,|\s+and|\s+or)\s+$")
_THAT_BEFORE = re.compile(r"(?i:\bthat\s+)$")
_TIME_PREPOSITION_BEFORE = re.compile(r"(?i:\b(?:in|since|until|till|during)\s+)$")
"""A preposition of time before a month followed by a capitalised word: the month's, not a
first name's ("in March Halvorsen halted a canning line")."""
_MAY_BEFORE = re.compile(
    r"(?i:\b(?:in|of|since|until|till|early|late|mid|last|next|this|by|through|to|and|from|"
    r"between|during|before|after|on|the|each|every|or|that)\s+|mid-)$"
)


@rule(
    "<yyyy>-<mm>-<dd>",
    r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w-])",
    (("It was signed on 2020-06-14.", "2020-06-14"),),
)
def iso_date(m: re.Match[str]) -> Parsed | None:
    value = day_value(int(m["y"]), int(m["m"]), int(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, value)


@rule(
    "<m>/<d>/<yyyy>",
    r"(?<![\w/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)(?![\w/])",
    (("Filed 6/14/2020 in court.", "6/14/2020"),),
)
def slash_date(m: re.Match[str]) -> Parsed | None:
    value = day_value(year_number(m["y"]), int(m["m"]), int(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, value)


@rule(
    "[<weekday>,] <month> <day>[, <year>]",
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAY_NUMBER})"
    rf"(?:(?:,\s*|\s+)(?P<y>{YEAR}))?",
    (
        ("The vote is on June 14, 2020 in Paris.", "June 14, 2020"),
        ("By Sept. 30 it fell.", "Sept. 30"),
    ),
)
def month_day(m: re.Match[str]) -> Parsed | None:
    value = day_value(year_number(m["y"]), month_number(m["mon"]), digits_number(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, value)


@rule(
    "<month> <day> and|to <day>",
    rf"(?P<mon>{MONTH})\s+{DAY_NUMBER}\s+(?P<c>and|or|to|through)\s+(?P<d>{DAY_NUMBER})"
    rf"(?:(?:,\s*|\s+)(?P<y>{YEAR}))?(?=\s*(?:[,.;:)]|$|(?:in|at|on|of|and|when|with|by|for|after"
    r"|before|during|the)\b))",
    (("The summit is on April 24 and 25 in Washington.", "25"),),
)
def second_day(m: re.Match[str]) -> Parsed | None:
    """The second day of "April 24 and 25" shares the first one's month (and year)."""
    value = day_value(year_number(m["y"]), month_number(m["mon"]), digits_number(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, value, start=m.start("d") - m.start())


@rule(
    "[<weekday>,] <day> <month> [<year>]",
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY_NUMBER})\s+(?:of\s+)?(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    (("He left on 14 June 2020.", "14 June 2020"), ("On the 3rd of May we met.", "the 3rd of May")),
)
def day_month(m: re.Match[str]) -> Parsed | None:
    value = day_value(year_number(m["y"]), month_number(m["mon"]), digits_number(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, value)


@rule(
    "<month> [of] <year>",
    rf"(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}|'\d\d(?!\w)|{SPOKEN_YEAR})",
    (("Sales fell in June 2020.", "June 2020"), ("In July of 1997 it began.", "July of 1997")),
)
def month_year(m: re.Match[str]) -> Parsed | None:
    return Parsed(
        TimexType.DATE, Absolute(Grain.MONTH, year_number(m["y"]), month_number(m["mon"]))
    )


@rule(
    "the <ordinal> week of <month> [<year>]",
    rf"(?i:the\s+(?P<o>first|second|third|fourth|last|final)\s+week\s+of)\s+(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    (("Exams will be held in the second week of January.", "the second week of January"),),
)
def week_of_month(m: re.Match[str]) -> Parsed | None:
    order = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
    week = order[m["o"].lower()]
    year = year_number(m["y"]) if m["y"] else None
    return Parsed(TimexType.DATE, Absolute(Grain.WEEK, year, month_number(m["mon"]), week=week))


@rule(
    "last|next|this <month>",
    rf"(?P<det>(?i:last|next|this\s+past|this\s+coming|this|past))\s+(?P<mon>{MONTH})(?!\.?\s*\d)",
    (("The helicopters crashed last February.", "last February"),),
)
def deictic_month(m: re.Match[str]) -> Parsed | None:
    det = m["det"].lower().split()[-1]
    direction = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[det]
    month = month_number(m["mon"])
    return Parsed(TimexType.DATE, Absolute(Grain.MONTH, None, month, None, direction))


@rule(
    "the following|previous <month>",
    rf"(?i:the\s+(?P<det>following|next|previous|preceding))\s+(?P<mon>{MONTH})(?!\.?\s*\d)",
    (("The regulator fined it the following January.", "the following January"),),
)
def following_month(m: re.Match[str]) -> Parsed | None:
    direction = 1 if m["det"].lower() in ("following", "next") else -1
    month = month_number(m["mon"])
    return Parsed(
        TimexType.DATE, Absolute(Grain.MONTH, None, month, None, direction, from_previous=True)
    )


@rule(
    "<month> <day> this|last|next year",
    rf"(?P<mon>{MONTH})\s+(?P<d>{DAY_NUMBER})\s+(?P<rel>(?i:this|last|next))\s+(?i:year)\b(?!['’-])",
    (("Engineers shut the bridge on June 12 last year.", "June 12 last year"),),
)
def month_day_this_year(m: re.Match[str]) -> Parsed | None:
    """A day of a month named with the year it falls in relative to the DCT's."""
    shift = RELATIVE_SHIFT[m["rel"].lower()]
    month, day = month_number(m["mon"]), digits_number(m["d"])
    return Parsed(TimexType.DATE, Absolute(Grain.DAY, None, month, day, year_shift=shift))


@rule(
    "<month> this|last|next year",
    rf"(?P<mon>{MONTH})\s+(?:of\s+)?(?P<rel>(?i:this|last|next))\s+(?i:year)\b(?!['’-])",
    (("The ratification began in February this year.", "February this year"),),
)
def month_this_year(m: re.Match[str]) -> Parsed | None:
    shift = RELATIVE_SHIFT[m["rel"].lower()]
    month = month_number(m["mon"])
    return Parsed(TimexType.DATE, Absolute(Grain.MONTH, None, month, year_shift=shift))


@rule(
    "<month> [of] that|the same year",
    rf"(?P<mon>{MONTH})\s+(?:of\s+)?(?i:that|the\s+same)\s+year\b",
    (
        ("The board wrote off the debts in December of that year.", "December of that year"),
        ("The plan was dropped in November that year.", "November that year"),
    ),
)
def month_of_that_year(m: re.Match[str]) -> Parsed | None:
    """A month of the year named before ("stopped charging fines in 2019 ... in December of
    that year", "petitioned in 2009 ... dropped in November that year"): one expression,
    2019-12, not a bare month and a year of its own."""
    month = month_number(m["mon"])
    return Parsed(TimexType.DATE, Absolute(Grain.MONTH, None, month, None, 0, from_previous=True))


@rule(
    "<month>",
    rf"(?P<mon>{MONTH})",
    (("The offensive began in March.", "March"), ("It may rain.", "")),
)
def bare_month(m: re.Match[str]) -> Parsed | None:
    word = m["mon"]
    before = m.string[max(0, m.start() - 20) : m.start()]
    if _NAME_AFTER.match(m.string, m.end()) and not _TIME_PREPOSITION_BEFORE.search(before):
        # "April Ryan", "Jan Koum": a first name (but "in March Halvorsen halted a line" opens
        # with its preposition of time)
        return None
    # "May" and "March" are common words: only a month after a preposition or determiner.
    if (
        (word in ("May", "MAY") or word.startswith("Mar"))
        and not _MAY_BEFORE.search(before)
        # "Wages for March, April, May and June": a month in a list of months
        and not _MONTH_LIST_AFTER.match(m.string, m.end())
        and not _MONTH_LIST_BEFORE.search(before)
    ):
        return None
    if _THAT_BEFORE.search(before):
        # "began in March 2020 ... and resumed that June": the June of the date named before
        return Parsed(
            TimexType.DATE,
            Absolute(Grain.MONTH, None, month_number(word), None, 0, from_previous=True),
        )
    return Parsed(TimexType.DATE, Absolute(Grain.MONTH, None, month_number(word)))


@rule(
    "the week of <month> <day>",
    rf"(?i:the\s+week\s+of)\s+(?P<mon>{MONTH})\s+(?P<d>{DAY_NUMBER})(?:,?\s+(?P<y>{YEAR}))?",
    (("The vote is planned for the week of June 22.", "the week of June 22"),),
)
def week_of(m: re.Match[str]) -> Parsed | None:
    value = day_value(year_number(m["y"]), month_number(m["mon"]), digits_number(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, attrs.evolve(value, grain=Grain.WEEK))


@rule(
    "the weekend of <month> <day>",
    rf"(?i:the\s+weekend\s+of)\s+(?P<mon>{MONTH})\s+(?P<d>{DAY_NUMBER})(?:,?\s+(?P<y>{YEAR}))?",
    (("A beer festival is planned for the weekend of Sept. 14.", "the weekend of Sept. 14"),),
)
def weekend_of(m: re.Match[str]) -> Parsed | None:
    value = day_value(year_number(m["y"]), month_number(m["mon"]), digits_number(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, Weekend(day=value))


DATE_RULES: tuple[Rule, ...] = (
    iso_date,
    slash_date,
    month_day_this_year,
    month_day,
    second_day,
    day_month,
    month_year,
    following_month,
    week_of_month,
    deictic_month,
    month_this_year,
    month_of_that_year,
    bare_month,
    *YEAR_RULES,
    *PERIOD_RULES,
    week_of,
    weekend_of,
)
"""Every calendar-date rule, in priority order (earlier wins a tie of equal length)."""
