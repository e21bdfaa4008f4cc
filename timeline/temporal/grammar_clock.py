"""Rules for clock times and parts of the day: "3 p.m.", "10:30 GMT", "noon Thursday", "the
morning".
"""

from __future__ import annotations

import re

from timeline.model import Grain, Mod, TimexType
from timeline.temporal.grammar_dates import month_number
from timeline.temporal.lexicon_en import (
    PARTS_OF_DAY,
    WEEKDAYS,
)
from timeline.temporal.patterns_en import (
    AMPM,
    MONTH,
    PART_OF_DAY,
    TIMEZONE,
    WEEKDAY,
)
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import (
    Absolute,
    Base,
    Clock,
    DayPart,
    Shift,
    Underspecified,
    Weekday,
)

__all__ = ["CLOCK_RULES"]


_DAY_AFTER_TIME = (
    # "at about 2:30 p.m. last Sunday": a weekday counted from the DCT's week closes it too
    rf"(?:,?\s+(?:on\s+)?(?P<day>(?:(?i:last|next|this)\s+)?{WEEKDAY}"
    r"|(?i:today|yesterday|tomorrow)|"
    # "at 11:15 p.m. on Nov. 21, 2017": the year closes the date
    rf"{MONTH}\s+(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:,?\s+(?:19|20)\d\d(?!\d))?))?"
)


def _day_value(word: str | None) -> Underspecified | None:
    if word is None:
        return None
    lowered = word.lower()
    parts = lowered.replace(",", " ").split()
    if len(parts) == 2 and parts[1] in WEEKDAYS:
        # "last Sunday", "next Monday", "this Friday"
        return Weekday(WEEKDAYS[parts[1]], {"last": -1, "next": 1, "this": 0}[parts[0]])
    if len(parts) in (2, 3):
        year = int(parts[2]) if len(parts) == 3 else None
        return Absolute(Grain.DAY, year, month_number(parts[0]), int(parts[1]))
    if lowered in WEEKDAYS:
        return Weekday(WEEKDAYS[lowered])
    return Shift({"today": 0, "yesterday": -1, "tomorrow": 1}[lowered], Grain.DAY)


@rule(
    "<h>[:<mm>] a.m.|p.m. [<zone>] [<day>]",
    rf"(?<![\w.:])(?P<h>1[0-2]|0?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})"
    rf"(?:\s+{TIMEZONE})?{_DAY_AFTER_TIME}",
    (
        ("The blast came at 3 p.m. local time.", "3 p.m. local time"),
        ("The ring was found at 2:30 p.m. last Sunday.", "2:30 p.m. last Sunday"),
    ),
)
def clock_ampm(m: re.Match[str]) -> Parsed | None:
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    minute = int(m["mi"]) if m["mi"] else None
    return Parsed(TimexType.TIME, Clock(hour, minute, _day_value(m["day"])))


@rule(
    "<hh>:<mm> <zone>",
    rf"(?<![\w.:,])(?:(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d))"
    rf"(?:\s+(?P<z>{TIMEZONE}|(?i:hours|hrs)))"
    rf"{_DAY_AFTER_TIME}",
    (
        ("Polls closed at 10:30 GMT.", "10:30 GMT"),
        ("Shares rose 4 percent by 1500 GMT.", "1500 GMT"),
    ),
)
def clock_zone(m: re.Match[str]) -> Parsed | None:
    """ "10:30 GMT", and the wire services' four digits: "by 1500 GMT", "at 0630 hours"."""
    hour, minute = (m["h"], m["mi"]) if m["h"] is not None else (m["h4"], m["mi4"])
    return Parsed(TimexType.TIME, Clock(int(hour), int(minute), _day_value(m["day"])))


@rule(
    "at <hh>:<mm>",
    r"(?:(?<=\bat )|(?<=\bAt )|(?<=\bby )|(?<=\buntil )|(?<=\bfrom ))"
    r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:.,]\d)",
    (("The meeting began at 15:00 in the capital.", "15:00"),),
)
def clock_at(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.TIME, Clock(int(m["h"]), int(m["mi"])))


@rule(
    "<h> [o'clock] in the morning|afternoon|evening|at night",
    r"(?<![\w.:,])(?P<h>1[0-2]|0?[1-9])(?:\s+o['’]clock)?\s+"
    r"(?:in\s+the\s+(?P<p>morning|afternoon|evening)|at\s+(?P<n>night))\b",
    (
        ("People were running out of fuel at 3 in the morning.", "3 in the morning"),
        ("The bells rang until 10 o'clock at night.", "10 o'clock at night"),
    ),
)
def clock_part_of_day(m: re.Match[str]) -> Parsed | None:
    """The spoken clock: "at 3 in the morning" is 03:00 and "at 10 at night" 22:00, one time,
    not a bare morning beside a number ("at least 3 in the morning" counts no clock)."""
    if not _CLOCK_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    hour = int(m["h"]) % 12
    if m["p"] in ("afternoon", "evening") or (m["n"] and hour >= 6):
        hour += 12
    return Parsed(TimexType.TIME, Clock(hour, None))


@rule(
    "noon|midnight [<day>]",
    rf"(?<![\w-])(?i:(?P<w>noon|midnight|midday))(?!\w){_DAY_AFTER_TIME}",
    (("He spoke at noon.", "noon"), ("The deadline is midnight Friday.", "midnight Friday")),
)
def noon(m: re.Match[str]) -> Parsed | None:
    if re.search(r"(?i:\bhigh)\s+$", m.string[max(0, m.start() - 6) : m.start()]):
        return None  # "high noon": a showdown (or the film), not a clock time
    hour = 24 if m["w"].lower() == "midnight" else 12
    return Parsed(TimexType.TIME, Clock(hour, None, _day_value(m["day"])))


@rule(
    "the|mid <part of day>",
    r"(?<![\w-])(?i:(?:(?P<mid>mid)(?:-|\s+)?|the\s+|(?P<edge>early|late)\s+)"
    r"(?P<p>morning|afternoon|evening)|the\s+(?P<night>night))\b(?!-)"
    # "late afternoon Friday", "early morning on Tuesday": the weekday rules take those
    r"(?!\s+(?:on\s+|of\s+)?(?:[A-Z]|\d|(?i:the|this|last|next|yesterday|today)\b))"
    # (after a comma a number opens the next clause: "By late afternoon, 43 ships were queued",
    # and so does a name: "during the night, Whitlow told reporters")
    rf"(?!\s*,\s*(?:on\s+|of\s+)?(?:{WEEKDAY}|{MONTH}|(?i:the|this|last|next|yesterday|today)\b))",
    (
        ("Dealers placed orders in the morning.", "the morning"),
        ("By mid afternoon", "mid afternoon"),
        ("Police went door to door from early morning.", "early morning"),
        ("Rescuers worked through the night.", "the night"),
        ("By late afternoon, 43 ships were queued.", "late afternoon"),
    ),
)
def the_part_of_day(m: re.Match[str]) -> Parsed | None:
    """A part of the day the story is telling of, like a bare clock time."""
    edge = {"early": Mod.START, "late": Mod.END}.get((m["edge"] or "").lower())
    mod = Mod.MID if m["mid"] else edge
    code = PARTS_OF_DAY[(m["p"] or m["night"]).lower()]
    if (
        m.group(0).lower().startswith("the ")
        and _AFTER.match(m.string, m.end())
        and not _IN_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
    ):
        # "a test carried out the morning after the race": the next day's, counted from the
        # day just told of (but "in the morning after the opening bell" is that day's)
        return Parsed(TimexType.TIME, DayPart(code, Shift(1, Grain.DAY, Base.PREVIOUS)), mod)
    return Parsed(TimexType.TIME, DayPart(code), mod)


_AFTER = re.compile(r"\s+after\b", re.IGNORECASE)
_CLOCK_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:at|by|until|till|from|around|about|before|after|since))\s+$"
)
_IN_BEFORE = re.compile(r"\b(?i:in)\s+$")


def _part_of_named_day(m: re.Match[str]) -> Parsed | None:
    """A part of a named day is one time: "afternoon Friday", and "the evening of March 14"
    (``XXXX-03-14TEV``, not a bare evening beside a date). Both rules below build with it."""
    return Parsed(TimexType.TIME, DayPart(PARTS_OF_DAY[m["p"].lower()], _day_value(m["day"])))


part_of_day_weekday = rule(
    "<part of day> [of] <weekday>",
    rf"(?i:(?P<p>{PART_OF_DAY}))(?:\s+(?:of\s+)?)(?P<day>{WEEKDAY}|(?i:yesterday|today|tomorrow))",
    (("Violence erupted late afternoon Friday.", "afternoon Friday"),),
)(_part_of_named_day)

part_of_day_of_date = rule(
    "the <part of day> of <month> <day> [<year>]",
    rf"(?i:the)\s+(?P<p>{PART_OF_DAY})\s+of\s+(?P<day>{MONTH}\s+(?:3[01]|[12]\d|0?[1-9])(?!\d)"
    rf"(?:,?\s+(?:19|20)\d\d(?!\d))?)",
    (
        ("The ribbon will be cut on the morning of April 8.", "the morning of April 8"),
        ("The ship sank on the night of Nov. 3, 1911.", "the night of Nov. 3, 1911"),
    ),
)(_part_of_named_day)


CLOCK_RULES: tuple[Rule, ...] = (
    clock_ampm,
    clock_zone,
    clock_at,
    clock_part_of_day,
    noon,
    the_part_of_day,
    part_of_day_weekday,
    part_of_day_of_date,
)
"""Clock-time rules, in priority order."""
