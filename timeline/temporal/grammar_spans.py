"""Rules for durations ("14-month", "several days", "the past two weeks"), and the list of all
span rules: durations here, clock times (:mod:`~timeline.temporal.grammar_clock`), sets
(:mod:`~timeline.temporal.grammar_sets`) and vague references
(:mod:`~timeline.temporal.grammar_vague`), in priority order.
"""

from __future__ import annotations

import itertools
import re

from timeline.model import Grain, Mod, TimexType
from timeline.temporal.calendar import DURATION_SECONDS, timex_duration_value
from timeline.temporal.grammar_clock import CLOCK_RULES
from timeline.temporal.grammar_relative import unit_grain
from timeline.temporal.grammar_sets import SET_RULES, plural_weekday
from timeline.temporal.grammar_vague import VAGUE_RULES
from timeline.temporal.lexicon_en import (
    VAGUE_AMOUNTS,
    number_value,
)
from timeline.temporal.patterns_en import (
    NUMBER,
    UNIT,
)
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import (
    Frequency,
    Length,
)

__all__ = ["SPAN_RULES"]

_SCHEDULE_BEFORE = re.compile(r"(?i:\b(?:opening|office|working|business|visiting|trading))\s+$")
"""Nouns before "hours" that make them a timetable ("opening hours"), not a length."""
_MODAL_BEFORE = re.compile(
    r"(?i:\b(?:will|would|could|can|may|might|must|should|to|did|does|do|'ll|not|and|or))\s+$"
)
_FRACTION_AFTER = re.compile(
    r"\s+(?:of|more|less|fewer|higher|lower|above|below|bigger|smaller|larger)\b", re.IGNORECASE
)
"""What makes "a quarter" a fraction: "of the population", "more than the limit"."""
_CHANGE_BY_BEFORE = re.compile(
    r"(?i:\bby\s+(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than"
    r"|just\s+over|just\s+under)\s+)?)$"
)
"""A change "by" a quarter is a fraction too: "student numbers rise by nearly a quarter"."""
_AGE_AFTER = re.compile(r"[\s-]+old\b")
_RATE_BEFORE = re.compile(
    r"(?:\d|million|billion|thousand|percent|%|cents?|dollars?|times|(?<![\w-])(?:two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands|penny|pence)\b)[^\s]*"
    r"(?<![,.;:])\s+"
    # "50,000 signatures in a week" is how long the gathering took, not a rate
    r"(?:(?!(?:in|within|for|over|during|after|before|than|about|under|of)\b)[a-z]+\s+){0,2}"
    # "4 million tonnes of freight a year", "1,500 tonnes of household waste a day"
    r"(?:of\s+(?:(?!(?:the|a|an|in|within|for|over|during|after|before|than|about|under|his"
    r"|her|its|their)\b)[a-z]+\s+){1,3})?$"
)
_ADJECTIVES_AFTER = re.compile(
    r",\s+(?!(?:then|and|but|or|which|who|when|while|before|after|as|so|the|a|an|it|he|she|"
    r"they|we|i|not|only|just|perhaps|maybe|at|in|on|for|to)\b)[a-z]+\s+[a-z]+\b"
)
"""Coordinated adjectives after an ordinal: "a second, wider bridge"."""
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:ago|later|earlier|or|and|before|after|of|to|in|the|from|longer|more|when|while|"
    r"for|until|at|on|by|with|as|than|is|was|that|so)\b)[a-z]+"
)


def _amount(text: str) -> tuple[float | None, Mod | None]:
    lowered = " ".join(text.lower().split())
    if lowered in VAGUE_AMOUNTS or lowered in ("hundreds of", "thousands of", "dozens of"):
        return None, None
    if "couple" in lowered:
        return 2, Mod.APPROX
    half = 0.0
    if lowered.endswith((" 1/2", " and a half")):
        half = 0.5
        lowered = lowered.removesuffix(" 1/2").removesuffix(" and a half")
    value = number_value(lowered)
    return (None if value is None else value + half), None


_ENDING_NOW = frozenset({"the past", "the last", "past", "last", "the previous", "the preceding"})
_STARTING_NOW = frozenset({"the next", "next", "the coming", "the remaining"})


_BACK_FROM_A_TIME = frozenset({"the previous", "the preceding"})
_ON_FROM_A_TIME = frozenset({"the next", "the following", "the ensuing"})
"""Determiners that count from the time a sentence tells of as readily as from now."""


def _placement(det: str) -> int:
    """Where a determiner places a duration (:attr:`Length.placed`): -1 ending now ("the past
    two weeks"), +1 starting now ("the next decade"), 0 floating ("a two-week visit")."""
    if det in _ENDING_NOW:
        return -1
    return 1 if det in _STARTING_NOW else 0


@rule(
    "[the past|next] <n> <unit>s",
    r"(?<![\w'’-])(?:(?P<det>(?i:the\s+(?:past|last|next|first|final|previous|coming|following|"
    r"remaining|latest|preceding|same|initial|ensuing)|past|last|next|first|another|the))\s+)?"
    rf"(?:(?P<n>{NUMBER})[\s-]+(?:(?i:more|additional|further|extra|consecutive|straight"
    # "a whole year", "a single month": the same length, stressed
    r"|successive|whole|full|single|entire)\s+)?"
    r"(?:(?i:trading|business|working|calendar)\s+(?=days?\b))?)?"
    rf"(?P<u>{UNIT})s?(?!\w)(?![-'’]\w)",
    (
        ("Haftar waged a 14-month campaign.", "14-month"),
        ("over the past two weeks", "the past two weeks"),
        ("The dinar has fallen for six consecutive weeks.", "six consecutive weeks"),
    ),
)
def amount_unit(m: re.Match[str]) -> Parsed | None:
    unit_word = m["u"].lower()
    det = " ".join((m["det"] or "").lower().split())
    if m["n"] is None:
        # "the coming weeks", "the past months": a vague stretch; a singular unit is a date
        if not det.startswith("the ") or det == "the" or not m.group(0).endswith("s"):
            return None
        amount, mod = None, None
    else:
        amount, mod = _amount(m["n"])
    if unit_word == "weekend" or unit_word.startswith("weekend"):
        return None
    sentence_start = m.start() == 0 or m.string[max(0, m.start() - 3) : m.start()].rstrip()[
        -1:
    ] in (
        ".",
        "",
        "\n",
    )
    if m["u"][0].isupper() and not sentence_start:
        return None  # "Sandra Day O'Connor": a name, not a unit
    if _AGE_AFTER.match(m.string, m.end()):
        return None  # "52 years old"
    if (
        unit_word.startswith("quarter")
        and m.string.startswith(" of", m.end())
        and "-" in m.group(0)
    ):
        return None  # "three-quarters of": a fraction
    fraction = unit_word == "quarter" or "-" in m.group(0)
    if (
        unit_word.startswith("quarter")
        and fraction
        and (
            _FRACTION_AFTER.match(m.string, m.end())
            or _CHANGE_BY_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        )
    ):
        # "a quarter of the population", "nearly a quarter more than the limit": a fraction
        return None
    grain = unit_grain(unit_word)  # a fortnight's grain is the week: it counts two
    if unit_word.startswith("fortnight"):
        amount = None if amount is None else amount * 2
    if (m["n"] or "").lower() in ("a", "an") and _RATE_BEFORE.search(
        m.string, max(0, m.start() - 70), m.start()
    ):
        # "$1.76 a year", "four flights a week": a rate, a SET of the unit (as TimeBank tags
        # "a profit of about $33 million a year"), not a length; "130 kilometres an hour" is a
        # speed, no time
        if grain < Grain.DAY:
            return None
        return Parsed(TimexType.SET, Frequency(timex_duration_value(1, grain)))
    start = 0
    if det in ("last", "past") and _MODAL_BEFORE.search(
        m.string, max(0, m.start() - 20), m.start()
    ):
        start, det = m.start("n") - m.start(), ""  # "will last 30 days": the verb "last"
    if (
        m["n"] is not None
        and m["n"].lower() in ("a", "an")
        and grain in (Grain.SECOND, Grain.MINUTE)
        and (_NOUN_AFTER.match(m.string, m.end()) or _ADJECTIVES_AFTER.match(m.string, m.end()))
    ):
        return None  # "a second attempt", "a minute error", "a second, wider bridge"
    if det == "the" and m["n"] is not None and m.string[m.end("n") : m.start("u")] == "-":
        start, det = m.start("n") - m.start(), ""  # "the 30-day period": "the" is the noun's
    if det == "another" and amount is not None:
        start = m.start("n") - m.start()  # "another two years": the duration is "two years"
        det = ""
    placed = _placement(det)
    told_from = -1 if det in _BACK_FROM_A_TIME else 1 if det in _ON_FROM_A_TIME else 0
    if amount is None and det in ("the past", "the last", "past", "last") and grain > Grain.DAY:
        # "the last few months": TimeBank reads a vague stretch before now as PAST_REF.
        return Parsed(TimexType.DURATION, Length(None, grain, -1), mod)
    return Parsed(TimexType.DURATION, Length(amount, grain, placed, told_from), mod, start=start)


@rule(
    "<unit>s",
    r"(?<![\w-])(?P<u>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))(?!\w)",
    (("The GNA has advanced for weeks.", "weeks"),),
)
def bare_units(m: re.Match[str]) -> Parsed | None:
    if m["u"][0].isupper() and m.start() > 1 and m.string[m.start() - 2] not in ".!?\n":
        return None  # "a Days Inn motel"
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    if re.search(r"(?:the|these|those|their|his|her|its|our|early|of|all|\d)\s+$", before):
        return None  # "the years", "52 years old"
    if m["u"].lower() == "hours" and _SCHEDULE_BEFORE.search(before):
        return None  # "cutting opening hours at the library": a timetable, no length
    return Parsed(TimexType.DURATION, Length(None, unit_grain(m["u"])))


@rule(
    "<unit>-long",
    r"(?<![\w'’-])(?:(?P<n>" + NUMBER + r")-)?"
    r"(?P<u>(?i:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?)-long\b",
    (("After a year-long closure, the museum reopened.", "year-long"),),
)
def unit_long(m: re.Match[str]) -> Parsed | None:
    """ "a year-long closure", "a decades-long dispute": the length of the noun's event (TimeBank
    tags "day-long" and "decades-long" so, the "-long" inside the extent)."""
    word = m["u"].lower()
    if m["n"] is not None:
        amount, mod = _amount(m["n"])
        if amount is None:
            return None
    else:
        amount, mod = (None if word.endswith("s") else 1), None  # "decades-long": unknown
    return Parsed(TimexType.DURATION, Length(amount, unit_grain(word)), mod)


@rule(
    "the <unit>s ahead",
    r"(?i:the\s+(?P<u>days|weeks|months|years|decades)\s+ahead)\b",
    (("Prices may fall in the weeks ahead.", "the weeks ahead"),),
)
def units_ahead(m: re.Match[str]) -> Parsed | None:
    """A stretch of unknown length from now on, a duration as "the coming weeks" is."""
    return Parsed(TimexType.DURATION, Length(None, unit_grain(m["u"])))


@rule(
    "half a|an <unit>",
    r"(?i:(?P<f>half|a\s+quarter\s+of|three[\s-]quarters\s+of)\s+(?:an?\s+)"
    r"(?P<u>year|month|day|week|hour|minute|decade|century))\b",
    (
        ("The vote was delayed by half an hour.", "half an hour"),
        ("The fire was out within a quarter of an hour.", "a quarter of an hour"),
    ),
)
def half_unit(m: re.Match[str]) -> Parsed | None:
    """A fraction of one unit: "half an hour" (PT30M), "a quarter of an hour" (PT15M), "three
    quarters of an hour" (PT45M)."""
    fraction = m["f"].lower()
    amount = 0.5 if fraction == "half" else 0.25 if fraction.startswith("a") else 0.75
    return Parsed(TimexType.DURATION, Length(amount, unit_grain(m["u"])))


@rule(
    "a quarter|half century",
    r"(?<![\w'’-])(?:(?P<det>(?i:the\s+(?:past|last|next|coming|previous)|an?))\s+)?"
    r"(?P<f>(?i:quarter|half))[\s-](?i:century)\b",
    (("Prices rose over the past half century.", "the past half century"),),
)
def fraction_of_century(m: re.Match[str]) -> Parsed | None:
    """Twenty-five or fifty years, ending now after "the past" ("the last quarter century")."""
    det = " ".join((m["det"] or "").lower().split())
    amount = 0.25 if m["f"].lower() == "quarter" else 0.5
    return Parsed(TimexType.DURATION, Length(amount, Grain.CENTURY, _placement(det)))


@rule(
    "a <n>-<unit> period",
    rf"(?i:(?:a|an|the)\s+)(?P<n>{NUMBER})-(?P<u>{UNIT})\s+(?i:period|span|stretch|spell|window)\b",
    (("The loans are repaid over a three-year period.", "a three-year period"),),
)
def unit_period(m: re.Match[str]) -> Parsed | None:
    amount, mod = _amount(m["n"])
    return Parsed(TimexType.DURATION, Length(amount, unit_grain(m["u"])), mod)


@rule(
    "a decade|a year and a half",
    rf"(?<![\w'’-])(?P<n>{NUMBER})\s+(?P<u>(?i:year|month|day|week|hour|minute|decade))s?\s+"
    r"(?i:and\s+a\s+half)",
    (("It lasted a year and a half.", "a year and a half"),),
)
def and_a_half(m: re.Match[str]) -> Parsed | None:
    amount, mod = _amount(m["n"])
    if amount is None:
        return None
    return Parsed(TimexType.DURATION, Length(amount + 0.5, unit_grain(m["u"])), mod)


_PART_NUMBER = (
    r"\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:twenty|thirty|forty|fifty)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_PART_UNIT = r"(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds?)"
_PART = rf"(?:{_PART_NUMBER})\s+{_PART_UNIT}"
_PARTS = re.compile(rf"(?P<n>{_PART_NUMBER})\s+(?P<u>{_PART_UNIT})")


@rule(
    "<n> <unit>, <n> <unit> and <n> <unit>",
    rf"(?<![\w'’-]){_PART}(?:,\s+{_PART})*,?\s+and\s+{_PART}(?![\w-])",
    (
        ("She swam it in 11 hours and 42 minutes.", "11 hours and 42 minutes"),
        ("He won in 2 hours, 18 minutes and 40 seconds.", "2 hours, 18 minutes and 40 seconds"),
    ),
)
def compound_length(m: re.Match[str]) -> Parsed | None:
    """One length told in several units, largest first: "11 hours and 42 minutes" is PT11H42M
    (a race or crossing time), not two lengths; its amount is a fraction of the first unit,
    which the TIMEX3 value breaks down again."""
    found = _PARTS.findall(m.group(0))
    if any(n.lower() in ("a", "an") and u.lower() in ("second", "minute") for n, u in found):
        return None  # "for a month, and a second review": an ordinal, no unit
    parts = [
        (number_value("1" if n.lower() in ("a", "an") else n), unit_grain(u)) for n, u in found
    ]
    grains = [grain for _, grain in parts]
    if (
        any(amount is None for amount, _ in parts)
        or any(grain not in DURATION_SECONDS for grain in grains)
        or any(later >= earlier for earlier, later in itertools.pairwise(grains))
        or (Grain.WEEK in grains and Grain.MONTH in grains)
    ):
        return None  # "two weeks and a month": two lengths, not one
    total = sum((amount or 0) * DURATION_SECONDS[grain] for amount, grain in parts)
    return Parsed(TimexType.DURATION, Length(total / DURATION_SECONDS[grains[0]], grains[0]))


SPAN_RULES: tuple[Rule, ...] = (
    *CLOCK_RULES,
    compound_length,
    amount_unit,
    bare_units,
    unit_long,
    units_ahead,
    half_unit,
    fraction_of_century,
    unit_period,
    plural_weekday,
    and_a_half,
    *SET_RULES,
    *VAGUE_RULES,
)
"""Every span rule, in priority order (earlier wins a tie of equal length)."""
