"""Rules for named parts of a year and holidays: "the third quarter", "the first half", "last
summer", "Christmas".
"""

from __future__ import annotations

import re

from timeline.model import Grain, TimexType
from timeline.temporal.date_words import RELATIVE_SHIFT, SPOKEN_YEAR, year_number
from timeline.temporal.holidays_en import HOLIDAYS
from timeline.temporal.lexicon_en import ORDINALS, SEASONS
from timeline.temporal.patterns_en import SEASON, YEAR
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import Holiday, Period

__all__ = ["PERIOD_RULES"]

_HOLIDAY = (
    "(?:"
    + "|".join(
        sorted(
            (
                " ".join(
                    word.capitalize() if word not in ("of", "the") else word
                    for word in name.split()
                )
                .replace("'", "['’]")
                .replace(" ", r"\s+")
                for name in HOLIDAYS
            ),
            key=len,
            reverse=True,
        )
    )
    + ")"
)
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_OF_AFTER = re.compile(r"\s+of\b(?!\s+(?:this|last|next|that|the\s+same)\s+year\b)")
"""An "of" after a season that no year follows: "the fall of communism"."""
_NAME_AFTER = re.compile(r"\s+(?!(?:of|and|to)\b)[A-Z][a-z]+")


@rule(
    "[the] <ordinal> quarter [of <year>]",
    r"(?i:(?:(?P<rel0>this|last|next)\s+year['’]s\s+)?(?P<the>the\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
    r"(?P<y0>(?:19|20)\d\d\s+)?(?P<o>first|second|"
    r"third|fourth|final|1st|2nd|3rd|4th)(?P<sep>[\s-]+)(?:fiscal[\s-]+)?quarters?\b)"
    rf"(?:(?:\s+of|,)?\s+(?:fiscal\s+)?(?P<y>{YEAR})|\s+of\s+(?P<rel>(?i:last|this|next))\s+year)?",
    (
        ("Profit fell in the third quarter.", "the third quarter"),
        ("Third-quarter net", "Third-quarter"),
        ("It expects the third-quarter results soon.", "third-quarter"),
        ("The company posted a second quarterly loss.", ""),
    ),
)
def quarter(m: re.Match[str]) -> Parsed | None:
    word = m["o"].lower()
    index = 4 if word == "final" else (ORDINALS[word])
    year = year_number(m["y"] or (m["y0"] or "").strip() or None)
    relative = RELATIVE_SHIFT.get((m["rel"] or m["rel0"] or "").lower())
    period = Period(Grain.QUARTER, index, year, year_shift=relative)
    if m["the"] and not m["rel0"] and m["sep"] == "-":
        # "the third-quarter results": the adjective alone is the time, "the" is the noun's
        return Parsed(TimexType.DATE, period, start=len(m["the"]))
    return Parsed(TimexType.DATE, period)


@rule(
    "[the] <first|second> half [of <year>]",
    r"(?i:(?:the\s+)?(?P<o>first|second|last|latter)(?P<h>[\s-]+)half)"
    rf"(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<this>(?i:this|the|last|next)\s+year)))?",
    (("Growth slowed in the first half of 2019.", "the first half of 2019"),),
)
def half_year(m: re.Match[str]) -> Parsed | None:
    index = 1 if m["o"].lower() == "first" else 2
    if m["y"] is None and m["this"] is None and "-" not in m["h"]:
        return None  # "the second half" of a match; "first-half profit" is a business half
    relative = RELATIVE_SHIFT.get((m["this"] or "").split(" ")[0].lower())
    return Parsed(
        TimexType.DATE, Period(Grain.HALF_YEAR, index, year_number(m["y"]), year_shift=relative)
    )


# a capitalised word that does not open its sentence, right before a capitalised season
_NAME_BEFORE = re.compile(r"(?<![.!?\n])(?<!^)\s[A-Z][a-z]+\s+$")


@rule(
    "[this|last|next] <season> [<year>]",
    rf"(?:(?P<det>(?i:this\s+past|this\s+coming|this|last|next|the\s+following|the\s+next"
    rf"|the\s+previous|the\s+preceding|the|that))\s+)?(?P<s>{SEASON})"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}|{SPOKEN_YEAR})|\s+of\s+(?P<ry>(?i:next|last|this))\s+year"
    r"|\s+of\s+(?P<that>(?i:that|the\s+same))\s+year)?"
    r"(?!\w)",
    (
        ("Talks resume this spring.", "this spring"),
        ("A developer is chosen in the autumn of next year.", "the autumn of next year"),
        ("It rained last summer.", "last summer"),
        ("Work resumed in March 2020. Crews returned that summer.", "that summer"),
        (
            "Output ends in March 2021; the first car is due in the autumn of that year.",
            "the autumn of that year",
        ),
        (
            "A court suspended the cap in September 2023 and struck it down the following spring.",
            "the following spring",
        ),
    ),
)
def season(m: re.Match[str]) -> Parsed | None:
    word = m["s"].lower()
    det = (m["det"] or "").lower()
    if det == "" and m["y"] is None and word in ("spring", "fall"):
        return None  # the verbs "fall" and "spring"
    if word == "fall" and m["y"] is None and _HAPPENED_AFTER.match(m.string, m.end()):
        return None  # "The fall happened on April 22": a fall of rock, no autumn
    if m["y"] is None and _NAME_AFTER.match(m.string, m.end()):
        return None  # "Summer Street"
    if m["y"] is None and _OF_AFTER.match(m.string, m.end()):
        return None  # "the fall of communism", "the spring of the uprising": no season
    if not det and m["y"] is None and _SEASONAL_THING_AFTER.match(m.string, m.end()):
        return None  # "host summer camps next week", "winter wheat": a kind of thing
    if (
        not det
        and m["y"] is None
        and m["s"][0].isupper()
        and _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    ):
        return None  # "Donna Summer": a season is written in lower case after a name
    shift = {"last": -1, "next": 1, "this": 0, "this past": -1, "this coming": 1}.get(
        " ".join(det.split())
    )
    index = _SEASON_MONTH[SEASONS[word]]
    year = year_number(m["y"])
    following = " ".join(det.split())
    if following in ("the following", "the next", "the previous", "the preceding") and year is None:
        # "struck it down the following spring": the first such season after the date named
        # before (the one before it for "the previous winter")
        direction = 1 if following in ("the following", "the next") else -1
        counted = Period(Grain.SEASON, index, shift=direction, of_previous=True)
        return Parsed(TimexType.DATE, counted)
    if m["ry"] is not None:
        # "in the autumn of next year": that season of the year counted from the DCT's
        year_shift = {"next": 1, "last": -1, "this": 0}[m["ry"].lower()]
        return Parsed(TimexType.DATE, Period(Grain.SEASON, index, year_shift=year_shift))
    if (det == "that" or m["that"] is not None) and year is None:
        # "Crews returned that summer", "in the autumn of that year": the season of the year
        # the story is telling of
        return Parsed(TimexType.DATE, Period(Grain.SEASON, index, of_previous=True))
    return Parsed(TimexType.DATE, Period(Grain.SEASON, index, year, shift))


_HAPPENED_AFTER = re.compile(r"\s+(?i:happened|occurred|injured|killed|was\s+caused)\b")
_SEASONAL_THING_AFTER = re.compile(
    r"\s+(?i:camps?|jobs?|houses?|homes?|olympics|games|collections?|clothes|clothing|tyres|tires"
    r"|wheat|barley|crops?|squash|interns?|internships?|residences?|palace|tides?)\b"
)
"""Nouns a bare season modifies as a kind of thing rather than as a date."""
_THING_AFTER = re.compile(
    r"\s+(?i:markets?|trees?|cards?|carols?|lights|decorations?|presents|gifts?|puddings?"
    r"|cakes?|jumpers?|songs?|albums?|films?|movies?|crackers?|stockings?|eggs?|bunn(?:y|ies)"
    r"|island|shopping|shoppers|parties|party|rush)\b"
)
"""Nouns a holiday name modifies as a kind of thing rather than as a date."""


@rule(
    "[last|next] <holiday> [<year>]",
    rf"(?:(?P<the>(?i:the))\s+(?={_HOLIDAY}\s+(?i:weekend)\b))?"
    rf"(?:(?P<det>(?i:last|next|this))\s+)?(?P<h>{_HOLIDAY})(?!\w)"
    r"(?P<we>\s+(?i:weekend)(?![\w-]))?"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    (
        ("The shops will reopen before Christmas.", "Christmas"),
        ("on New Year's Day", "New Year's Day"),
        ("stranded over the Labor Day weekend", "the Labor Day weekend"),
    ),
)
def holiday(m: re.Match[str]) -> Parsed | None:
    if m["y"] is None and _THING_AFTER.match(m.string, m.end()):
        return None  # "a Christmas markets cruise", "Easter eggs": a kind of thing, no date
    name = " ".join(m["h"].lower().replace("\u2019", "'").split())
    direction = {"last": -1, "next": 1, "this": 0}.get((m["det"] or "").lower())
    return Parsed(
        TimexType.DATE, Holiday(name, year_number(m["y"]), direction, weekend=bool(m["we"]))
    )


PERIOD_RULES: tuple[Rule, ...] = (quarter, half_year, season, holiday)
"""Part-of-year and holiday rules, in priority order."""
