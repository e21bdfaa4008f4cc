"""Rules for dates counted from an anchor: "yesterday", "last week", "Sunday", "two days ago".

What they count from (the DCT or the previous mention) is part of the value they build; the
counting itself happens in :mod:`timeline.temporal.resolve`.
"""

from __future__ import annotations

import re

from timeline.model import Grain, Mod, TimexType
from timeline.temporal.date_words import RELATIVE_SHIFT
from timeline.temporal.lexicon_en import PARTS_OF_DAY, UNITS, WEEKDAYS, number_value
from timeline.temporal.patterns_en import (
    AMPM,
    DAY_NUMBER,
    MONTH,
    NUMBER,
    PART_OF_DAY,
    UNIT,
    WEEKDAY,
)
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import (
    Base,
    DayPart,
    Elapsed,
    Length,
    Period,
    Ref,
    Shift,
    Weekday,
    Weekend,
)

__all__ = ["RELATIVE_RULES", "unit_grain"]

_DETERMINER_SHIFT = {
    "this": 0, "current": 0, "the current": 0, "the same": 0, "last": -1, "past": -1,
    "the past": -1, "the last": -1, "previous": -1, "the previous": -1, "the preceding": -1,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the following": 1,
    "this past": -1, "the latest": -1, "latest": -1,
}  # fmt: skip
_FROM_PREVIOUS = {"the previous", "the preceding", "the next", "the following", "the same"}
_NOT_AFTER_WEEKDAY = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Observer|Tribune|Star|Mail|"
    r"Sport|Night\s+Live|Morning\s+Post|Bloody|Club|School)\b"
)


def unit_grain(word: str) -> Grain:
    """The grain of a unit word, singular or plural ("centuries" is CENTURY)."""
    lowered = word.lower()
    if lowered in UNITS:
        return UNITS[lowered]
    return UNITS[lowered[:-1]] if lowered.endswith("s") else UNITS[lowered.rstrip("s")]


@rule(
    "today|yesterday|tomorrow",
    r"(?i:(?:the\s+day\s+(?P<x>before|after)\s+)?(?P<w>today|yesterday|tomorrow))(?!\w)",
    (
        ("Talks resume today.", "today"),
        ("He left the day before yesterday.", "the day before yesterday"),
    ),
)
def deictic_day(m: re.Match[str]) -> Parsed | None:
    if m["w"][0].isupper() and re.search(
        r"[A-Z]\w*\s+$", m.string[max(0, m.start() - 20) : m.start()]
    ):
        return None  # "VOA Today", "USA Today": a name
    amount = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["w"].lower()]
    amount += {"before": -1, "after": 1, None: 0}[m["x"] and m["x"].lower()]
    return Parsed(TimexType.DATE, Shift(amount, Grain.DAY))


_STAYING_THING_AFTER = re.compile(
    r"\s+(?i:visitors?|guests?|stays?|trips?|bags?|accommodation|parking|camping|shifts?"
    r"|services?|flights?|trains?|ferr(?:y|ies)|buses)\b"
)
"""Nouns "overnight" modifies as a kind of thing ("overnight visitors", "overnight shifts")."""


@rule(
    "tonight|this <part of day>|last night",
    rf"(?i:(?P<w>tonight|overnight|(?:this|last|tomorrow|yesterday)\s+(?P<p>{PART_OF_DAY})))\b",
    (("He will speak tonight.", "tonight"), ("Shots were heard last night.", "last night")),
)
def deictic_part_of_day(m: re.Match[str]) -> Parsed | None:
    word = m["w"].lower()
    if word.endswith("overnight") and _STAYING_THING_AFTER.match(m.string, m.end()):
        return None  # "6.2 million overnight visitors", "its last overnight service"
    if word == "tonight":
        return Parsed(TimexType.TIME, DayPart("NI", Shift(0, Grain.DAY)))
    if word == "overnight":
        return Parsed(TimexType.TIME, DayPart("NI", Shift(-1, Grain.DAY)))
    det = word.split()[0]
    amount = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[det]
    code = PARTS_OF_DAY[m["p"].lower()]
    if det == "last" and code != "NI":
        return None
    return Parsed(TimexType.TIME, DayPart(code, Shift(amount, Grain.DAY)))


@rule(
    "this|last|next <unit>",
    r"(?i:(?P<det>this\s+past|this|last|next|past|previous|coming|current|latest|the\s+"
    r"(?:past|last|previous|preceding|coming|next|following|current|same|latest))\s+"
    r"(?P<u>week|fortnight|month|year|quarter|decade|century|fiscal\s+year|weekend|period))\b(?!-\w)"
    r"(?![\s-]+century)",
    (("The push last week came late.", "last week"), ("Sales rose this year.", "this year")),
)
def deictic_unit(m: re.Match[str]) -> Parsed | None:
    if m["u"][0].isupper() and m["det"][0].isupper():
        return None  # "This Week", a television programme
    det = " ".join(m["det"].lower().split())
    unit = m["u"].lower()
    amount = _DETERMINER_SHIFT[det]
    base = Base.PREVIOUS if det in _FROM_PREVIOUS else Base.DCT
    if unit == "weekend":
        return Parsed(TimexType.DATE, Weekend(amount, base is Base.PREVIOUS))
    if unit == "fortnight":
        # "in the past fortnight": the two weeks up to now; no calendar fortnight exists
        if det not in ("the past", "the last", "the next", "the coming", "past", "last", "next"):
            return None
        return Parsed(TimexType.DURATION, Length(2, Grain.WEEK, amount))
    if unit == "period" and det not in ("the latest", "latest", "the current", "the same"):
        return None
    if (unit == "quarter" and det in ("the latest", "latest", "the last", "the past")) or (
        unit == "period"
    ):
        # "profits rose in the last quarter": in a results story the quarter reported on, not
        # a three-month stretch before now (as "the past year" is); "the same period" is the
        # quarter named before, if one was
        same = unit == "period" and det == "the same"
        return Parsed(TimexType.DATE, Period(Grain.QUARTER, None, of_previous=same))
    grain = Grain.YEAR if unit == "fiscal year" else UNITS[unit]
    long_stretch = not (det == "the next" and grain is Grain.YEAR)  # "The next year, ..."
    if (
        det in ("the past", "the last", "the next", "the coming")
        and grain >= Grain.MONTH
        and long_stretch
    ):
        # "over the past year", "the next decade": a stretch of time ending (starting) now
        return Parsed(TimexType.DURATION, Length(1, grain, amount))
    return Parsed(TimexType.DATE, Shift(amount, grain, base))


@rule(
    "the <year> quarter|period",
    r"(?i:the\s+(?P<y>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?:quarter|period))\b",
    (("Net rose from the 1988 quarter.", "the 1988 quarter"),),
)
def year_quarter(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.DATE, Period(Grain.QUARTER, None, int(m["y"])))


@rule(
    "the [fiscal] year|quarter ended|ending",
    # ("the year to March 31", but not "by the end of the year to ease the workload")
    r"(?i:the\s+(?:fiscal\s+)?(?P<u>year|quarter))(?=\s+(?:ended|ending|through)\b|\s+to\s+"
    rf"(?:(?i:the\s+end\s+of\s+)?{MONTH}|\d))",
    (
        ("Revenue for the year ended March 31 rose.", "the year"),
        ("Profit in the year to June 30 fell.", "the year"),
    ),
)
def year_ended(m: re.Match[str]) -> Parsed | None:
    if m["u"].lower() == "quarter":
        return Parsed(TimexType.DATE, Period(Grain.QUARTER, None))  # the quarter reported on
    return Parsed(TimexType.DURATION, Length(1, UNITS[m["u"].lower()]))


@rule(
    "year-end|the full year",
    r"(?i:(?P<end>(?:the\s+)?year(?:-|\s+|['’]s\s+)end)|the\s+(?:full|entire|whole)\s+year)\b(?!-\w)",
    (("The deal should close by year-end.", "year-end"),),
)
def year_end(m: re.Match[str]) -> Parsed | None:
    mod = Mod.END if m["end"] else None
    return Parsed(TimexType.DATE, Shift(0, Grain.YEAR), mod)


_RELATIVE_CLAUSE_AFTER = re.compile(
    r"\s+(?:that\s+|when\s+)?(?-i:I|we|he|she|they|you|it|[A-Z][a-z]+\s+(?:was|were|died|left))\b"
)
"""A clause naming which year is meant ("the year I was born", "the year she left")."""


@rule(
    "the <unit>",
    r"(?i:the\s+(?:(?P<fiscal>fiscal)\s+)?(?P<u>year|quarter|weekend|month|week))\b(?!-\w)",
    (("Profit for the quarter fell.", "the quarter"),),
)
def the_unit(m: re.Match[str]) -> Parsed | None:
    unit = m["u"].lower()
    if unit in ("month", "week"):
        # only as "the end of the month", "later in the week": bare "the month" is too vague
        if not re.search(r"(?i:\b(?:of|in))\s+$", m.string[max(0, m.start() - 6) : m.start()]):
            return None
        return Parsed(TimexType.DATE, Shift(0, UNITS[unit]))
    if unit == "quarter":
        return Parsed(TimexType.DATE, Period(Grain.QUARTER, None))
    if unit == "weekend":
        return Parsed(TimexType.DATE, Weekend(None))
    if _RELATIVE_CLAUSE_AFTER.match(m.string, m.end()):
        return None  # "planted it the year I was born, in 1946": a year a clause names
    if _TITLE_OF_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # "named sportswoman of the year", "game of the year": a title, no date
    return Parsed(TimexType.DATE, Shift(0, Grain.YEAR))


_TITLE_OF_BEFORE = re.compile(
    r"\b(?!(?:end|start|beginning|middle|rest|half|part|most|some|much|all|time|day|week|month"
    r"|quarter|season|one|first|second|third|fourth|last|remainder|close|turn|course|balance"
    r"|holiday|weekend|night|hour)s?\b)"
    r"(?-i:[a-z]+)\s+of\s+$"
)
"""A title won for a year ("sportswoman of the year", "citizen of the year"), not a part of it
or a time in it ("the end of the year", "the first nine months of the year")."""


_THIS_PERIOD_AFTER = re.compile(
    r"\s+(?i:this|next|last)\s+(?i:year|month|week|quarter|season|spring|summer|autumn|fall"
    r"|winter)\b"
)


@rule(
    "<n> <unit> ago|earlier|later",
    rf"(?<![\w'’-])(?P<n>{NUMBER})[\s-]+(?P<u>{UNIT})s?\s+(?P<dir>(?i:ago|earlier|later|"
    r"hence|from\s+now|back))\b(?P<today>\s+(?i:today))?",
    (("He left two days ago.", "two days ago"), ("Three years later he won.", "Three years later")),
)
def unit_ago(m: re.Match[str]) -> Parsed | None:
    amount = number_value(m["n"])
    direction = " ".join(m["dir"].lower().split())
    sign = 1 if direction in ("later", "after", "hence", "from now") else -1
    base = Base.PREVIOUS if direction in ("earlier", "later") else Base.DCT
    if base is Base.PREVIOUS and _THIS_PERIOD_AFTER.match(m.string, m.end()):
        return None  # "surveyed the site for six weeks earlier this year": a length, then a date
    if base is Base.PREVIOUS and _THAN_AFTER.match(m.string, m.end()):
        return None  # "on Oct. 24, a week later than scheduled": a difference, a length
    restated = _RESTATED_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
    if base is Base.PREVIOUS and restated:
        # "restored by 9.15 p.m., more than three hours later", "on Friday, two days later":
        # the time just named, restated as the length since the story's last event
        return None
    grain = unit_grain(m["u"])
    if amount is not None and m["u"].lower().startswith("fortnight"):
        amount *= 2  # "a fortnight earlier": the week is its grain, and it counts two
    if base is Base.PREVIOUS and grain < Grain.DAY:
        return None  # "about two hours later": the length is the expression (below)
    if (amount is None or amount != int(amount)) and base is Base.PREVIOUS:
        return None  # "a few days later" names no date; "a few days" stays, as a duration
    if amount is None or amount != int(amount):
        return Parsed(TimexType.DATE, Ref("FUTURE_REF" if sign > 0 else "PAST_REF"))
    if m["today"]:
        return Parsed(TimexType.DATE, Shift(sign * int(amount), grain, base, False, Grain.DAY))
    keep = grain is Grain.YEAR and amount == 1
    if grain is Grain.DECADE:
        # "a decade ago" names a year ten years back (TimeBank: 1989 told in 1999), not the
        # decade that year lies in
        return Parsed(
            TimexType.DATE, Shift(sign * 10 * int(amount), Grain.YEAR, base, keep_grain=keep)
        )
    if grain is Grain.WEEK and base is Base.PREVIOUS:
        # "a week later" counted from a day is that day a week on (see the resolver)
        return Parsed(TimexType.DATE, Shift(sign * int(amount), grain, base, False, Grain.DAY))
    return Parsed(TimexType.DATE, Shift(sign * int(amount), grain, base, keep_grain=keep))


@rule(
    "<n> <hours|minutes> (later|earlier)",
    rf"(?<![\w'’-])(?P<n>{NUMBER})[\s-]+(?P<u>(?i:hour|minute|second))s?"
    r"(?=\s+(?P<dir>(?i:later|earlier))\b(?!\s+than\b))",
    (("Crews arrived two hours later.", "two hours"),),
)
def hours_later(m: re.Match[str]) -> Parsed | None:
    """ "about two hours later": TimeML tags the length ("over an hour" later, TBAQ) as a
    DURATION; the time it reaches from the time named before is its interval."""
    amount = number_value(m["n"])
    if amount is None or amount != int(amount):
        return None
    grain = unit_grain(m["u"])
    length = Length(amount, grain)
    if _RESTATED_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        # "restored by 9.15 p.m., more than three hours later": a length, the time is named
        return Parsed(TimexType.DURATION, length)
    sign = 1 if m["dir"].lower() == "later" else -1
    reached = Shift(sign * int(amount), grain, Base.PREVIOUS)
    return Parsed(TimexType.DURATION, Elapsed(length, reached))


_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
_RESTATED_BEFORE = re.compile(
    rf"(?:{AMPM}|{WEEKDAY}|{MONTH}\s+{DAY_NUMBER}|\b(?i:noon|midnight))\s*,\s*"
    r"(?i:(?:more|less)\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?$"
)
"""A time named just before a comma: what a "<n> <unit> later" right after it restates."""

_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@rule(
    "year-earlier|year-ago",
    r"(?i:(?P<the>the\s+)?(?:comparable\s+)?(?:year|12-month)[-\s](?:earlier|ago))"
    r"(?:\s+(?P<n>(?i:period|quarter|(?P<q>first|second|third|fourth)[-\s]quarter"
    rf"|(?P<amount>{NUMBER})\s+(?P<unit>months|weeks))))?\b",
    (
        ("Net fell from the year-earlier period.", "the year-earlier period"),
        ("It earned less in the year-ago third quarter.", "the year-ago third quarter"),
        ("The year-ago results included a charge.", "year-ago"),
        ("Net for the year-earlier nine months rose.", "the year-earlier nine months"),
    ),
)
def year_earlier(m: re.Match[str]) -> Parsed | None:
    # "the year-ago results": only the modifier is a time, as TimeML tags it
    start = 0 if m["n"] or not m["the"] else len(m["the"])
    if m["amount"]:  # "the year-earlier nine months": a stretch of time, TimeML's duration
        amount = number_value(m["amount"])
        if amount is not None:
            length = Length(amount, unit_grain(m["unit"]))
            return Parsed(TimexType.DURATION, length, start=start)
    if m["q"]:
        index = _QUARTER_ORDINALS[m["q"].lower()]
        return Parsed(TimexType.DATE, Period(Grain.QUARTER, index, year_shift=-1), start=start)
    shift = Shift(-1, Grain.YEAR, Base.DCT, keep_grain=True)
    return Parsed(TimexType.DATE, shift, start=start)


@rule(
    "that [same] <unit>",
    r"(?i:(?:that|the\s+same)\s+(?:same\s+)?(?P<u>day|week|month|quarter|year|morning|afternoon"
    r"|evening|night))\b(?!-\w)",
    (("Earlier that day, the family sent a fax.", "that day"),),
)
def that_unit(m: re.Match[str]) -> Parsed | None:
    unit = m["u"].lower()
    if unit in PARTS_OF_DAY:
        return Parsed(
            TimexType.TIME, DayPart(PARTS_OF_DAY[unit], Shift(0, Grain.DAY, Base.PREVIOUS))
        )
    return Parsed(TimexType.DATE, Shift(0, UNITS[unit], Base.PREVIOUS))


@rule(
    "the quarter|period a year ago",
    r"(?i:the\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+"
    r"(?:a\s+year\s+(?:ago|earlier)|last\s+year)|last\s+year['’]s\s+(?:quarter|period))\b",
    (
        ("Net fell from the quarter a year ago.", "the quarter a year ago"),
        (
            "Net was $2 million in the corresponding period last year.",
            "the corresponding period last year",
        ),
        ("Sales for last year's quarter were flat.", "last year's quarter"),
    ),
)
def quarter_year_ago(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.DATE, Shift(-1, Grain.YEAR, Base.DCT, keep_grain=True))


_ANCHORING_CLAUSE = re.compile(
    # "the day before the shooting" names its own anchor; "the day before at his request",
    # "the day before and ..." do not (a preposition or conjunction follows)
    r"\s+(?!(?:yesterday|tomorrow|last|that|this|at|in|on|and|but|or|when|as|with|by|from"
    r"|for|amid|during|while|because|so|to|after|before|until)\b)[a-z]"
)


_NAMED_DAY_BEFORE = re.compile(
    rf"\b(?:{WEEKDAY}|{MONTH}\.?\s+{DAY_NUMBER}|{DAY_NUMBER}\s+{MONTH})(?:,?\s+\d{{4}})?,\s+$"
)


@rule(
    "the day before|after",
    r"(?i:the\s+(?:(?P<x>day|week|month|year)\s+(?P<d>before|after)|(?P<n>next|following|"
    r"previous|preceding)\s+(?P<u>day|morning|night|evening)))\b(?!-\w)",
    (("He was freed the day before.", "the day before"), ("The next day he left.", "The next day")),
)
def the_day_before(m: re.Match[str]) -> Parsed | None:
    if m["x"] is not None and _ANCHORING_CLAUSE.match(m.string, m.end()):
        if m["x"].lower() == "day" and _NAMED_DAY_BEFORE.search(m.string, 0, m.start()):
            # "On Sunday, the day before the walkout began": an appositive that names again
            # the day just mentioned, so it has that day's value.
            return Parsed(TimexType.DATE, Shift(0, Grain.DAY, Base.PREVIOUS))
        # "the day before the shooting": a preposition introducing its own anchor, which is
        # an event, not the date mentioned before; TimeML leaves such phrases untagged.
        return None
    if m["x"] is not None:
        sign = -1 if m["d"].lower() == "before" else 1
        return Parsed(TimexType.DATE, Shift(sign, UNITS[m["x"].lower()], Base.PREVIOUS))
    sign = 1 if m["n"].lower() in ("next", "following") else -1
    unit = m["u"].lower()
    if unit == "day":
        return Parsed(TimexType.DATE, Shift(sign, Grain.DAY, Base.PREVIOUS))
    code = PARTS_OF_DAY[unit]
    return Parsed(TimexType.TIME, DayPart(code, Shift(sign, Grain.DAY, Base.PREVIOUS)))


_DEMONSTRATIVE_THAT_BEFORE = re.compile(
    r"(?:\b(?i:on|of|by|until|till|from|later|earlier|since)|[ap]\.m\.)\s+that\s+$"
)
"""A "that" pointing back before a weekday ("at 6:40 a.m. that Thursday", "later that
Friday"), not the "that" opening a clause ("warned that Thursday's finale could be ...")."""


@rule(
    "[last|next] <weekday> [<part of day>]",
    rf"(?:(?P<det>(?i:last|next|this|past|this\s+past|this\s+coming|coming|the\s+following"
    r"|the\s+next|the\s+previous|the\s+preceding))\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:,?\s+(?P<p>(?i:morning|afternoon|evening|night)))?",
    (("Talks were postponed on Sunday.", "Sunday"), ("He flew Monday morning.", "Monday morning")),
)
def weekday(m: re.Match[str]) -> Parsed | None:
    if m["p"] is None and _NOT_AFTER_WEEKDAY.match(m.string, m.end()):
        return None
    if m["wd"] == "Sunday" and re.search(
        r"(?:Mail|Post|Times|Express|Independent|Telegraph|Mirror)\s+on\s+$",
        m.string[max(0, m.start() - 16) : m.start()],
    ):
        return None  # "The Mail on Sunday": a newspaper ("the Times on Friday" is a date)
    det = " ".join((m["det"] or "").lower().split())
    shift = {"last": -1, "past": -1, "this past": -1, "next": 1, "this coming": 1,
             "coming": 1, "this": 0, "": None, "the following": 1, "the next": 1,
             "the previous": -1, "the preceding": -1}[det]  # fmt: skip
    base = Base.PREVIOUS if det.startswith("the ") else Base.DCT
    if not det and _DEMONSTRATIVE_THAT_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        # "began at 6:40 a.m. that Thursday": the Thursday of the days just told of
        shift, base = 0, Base.PREVIOUS
    if shift is None and m["p"] is None and m.string.startswith(("'s", "’s"), m.end()):
        shift = -2  # "Friday's purchases": a possessive weekday names a past day
    day = Weekday(WEEKDAYS[m["wd"].lower()], shift, base)
    if m["p"] is not None:
        return Parsed(TimexType.TIME, DayPart(PARTS_OF_DAY[m["p"].lower()], day))
    return Parsed(TimexType.DATE, day)


@rule(
    "<weekday> last|this|next week",
    rf"(?P<wd>{WEEKDAY})\s+(?P<rel>(?i:last|this|next))\s+(?i:week)\b(?!['’-])",
    (("The hearing will begin on Wednesday next week.", "Wednesday next week"),),
)
def weekday_of_week(m: re.Match[str]) -> Parsed | None:
    """A weekday of a week named relative to the DCT's."""
    week = RELATIVE_SHIFT[m["rel"].lower()]
    return Parsed(TimexType.DATE, Weekday(WEEKDAYS[m["wd"].lower()], week=week))


RELATIVE_RULES: tuple[Rule, ...] = (
    weekday_of_week,
    deictic_day,
    deictic_part_of_day,
    deictic_unit,
    year_quarter,
    year_ended,
    year_end,
    the_unit,
    unit_ago,
    hours_later,
    year_earlier,
    quarter_year_ago,
    that_unit,
    the_day_before,
    weekday,
)
