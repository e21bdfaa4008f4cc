"""Rules for SETs, times that recur: "every Sunday", "Mondays", "daily", "twice a year"."""

from __future__ import annotations

import re

from timeline.model import Grain, TimexType
from timeline.temporal.calendar import timex_duration_value
from timeline.temporal.grammar_dates import month_number
from timeline.temporal.grammar_relative import unit_grain
from timeline.temporal.lexicon_en import (
    FREQUENCY_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    SET_ADVERBS,
    WEEKDAYS,
    alternation,
    number_value,
)
from timeline.temporal.patterns_en import (
    MONTH,
    NUMBER,
    WEEKDAY,
)
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import (
    Frequency,
)

__all__ = ["SET_RULES", "plural_weekday"]


@rule(
    "<weekday>s",
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s\b|\s+"
    r"(?P<p>mornings|afternoons|evenings|nights)\b)",
    (("The shops close on Sundays.", "Sundays"), ("It airs on Tuesday nights.", "Tuesday nights")),
)
def plural_weekday(m: re.Match[str]) -> Parsed | None:
    part = f"T{PARTS_OF_DAY[m['p'][:-1].lower()]}" if m["p"] else ""
    return Parsed(TimexType.SET, Frequency(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}{part}"))


@rule(
    "every|each <unit|weekday|month>",
    rf"(?i:(?:every|each)\s+(?:(?P<other>other)\s+|(?P<n>{NUMBER})\s+)?)(?P<x>{WEEKDAY}|{MONTH}|(?i:day|week|month|year|quarter|"
    r"morning|night|evening|afternoon|weekend|hour|minute|summer|winter|spring|fall|autumn"
    r"|fortnight)s?)\b"
    # "every Sunday afternoon": that part of that weekday
    r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night))\b)?",
    (("They meet every Sunday.", "every Sunday"), ("It grows each year.", "each year")),
)
def every_unit(m: re.Match[str]) -> Parsed | None:
    word = m["x"].lower().rstrip(".")
    quant = "EACH" if m.group(0)[:4].lower() == "each" else "EVERY"
    count = 2 if m["other"] else number_value(m["n"]) if m["n"] else 1
    if count is not None and count <= 0:
        return None  # "every 0 weeks" recurs never
    if count != 1 and count is not None:
        try:
            grain = unit_grain(word)
        except KeyError:  # a weekday, month, part of day or season: nothing to count
            if not m["other"]:
                return None  # "every two Monday" is no English
            quant += " OTHER"  # "every other Monday": that weekday, every second week
        else:
            return Parsed(TimexType.SET, Frequency(_period(count, grain), quant))
    singular = word[:-1] if word.endswith("s") else word
    if (
        singular in WEEKDAYS
        or singular in PARTS_OF_DAY
        or singular in SEASONS
        or singular == "weekend"
    ):
        word = singular  # "every Sundays", "every summers": loose, but clearly the same
    if word in WEEKDAYS:
        part = f"T{PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else ""
        return Parsed(TimexType.SET, Frequency(f"XXXX-WXX-{WEEKDAYS[word]}{part}", quant))
    if m["part"]:
        return None  # "every day morning" is no English; "every day" alone is read below
    if word.startswith("fortnight"):
        if count is None:
            return None  # "every few fortnights": no period to name
        return Parsed(TimexType.SET, Frequency(_period(2 * count, Grain.WEEK), quant))
    if word in PARTS_OF_DAY:
        return Parsed(TimexType.SET, Frequency(f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", quant))
    if word in SEASONS:
        return Parsed(TimexType.SET, Frequency(f"XXXX-{SEASONS[word]}", quant))
    if word == "weekend":
        return Parsed(TimexType.SET, Frequency("XXXX-WXX-WE", quant))
    try:
        return Parsed(TimexType.SET, Frequency(f"XXXX-{month_number(word):02d}", quant))
    except KeyError:
        pass
    try:
        grain = unit_grain(word)
    except KeyError:
        return None  # nothing the pattern lets through should get here; no guessing if it does
    return Parsed(TimexType.SET, Frequency(_period(1, grain), quant))


def _period(amount: float, grain: Grain) -> str:
    return timex_duration_value(amount, grain)


_BUSINESS_NOUN_AFTER = re.compile(
    r"\s+(?:dividends?|results|reports?|earnings|loss|losses|payments?|profits?|net|sales)\b"
)
_QUANTITY_BEFORE = re.compile(r"(?:\d[\d,.]*%?|percent|million|billion)\s+(?:[a-z]+\s+)?$")


@rule(
    "daily|weekly|annually",
    r"(?<![\w-])(?i:(?P<w>" + alternation(SET_ADVERBS) + r"))\b",
    (("The paper appears weekly.", "weekly"),),
)
def set_adverb(m: re.Match[str]) -> Parsed | None:
    before = m.string[max(0, m.start() - 12) : m.start()].lower()
    if m["w"][0].isupper() and re.search(r"\w\s+$", before):
        return None  # "The Daily Mail", "the Weekly Standard": a title
    if m["w"].lower() == "daily" and re.match(r"\s+(?-i:[A-Z])", m.string[m.end() :]):
        return None  # "the party daily Granma": a newspaper
    adjective = re.search(r"\b(?:the|its|their|a|an|his|her|our|initial|regular|first)\s+$", before)
    if adjective and m["w"].lower() not in ("daily", "weekly", "hourly", "nightly"):
        return None  # "its quarterly dividend": a business adjective, not a frequency
    if m["w"] == "quarterly" and _BUSINESS_NOUN_AFTER.match(m.string, m.end()):
        return None  # "the split and quarterly dividend"
    if m["w"].lower() == "annually" and _QUANTITY_BEFORE.search(
        m.string, max(0, m.start() - 30), m.start()
    ):
        return None  # "rise 8.5% annually", "10,000 units annually": a growth rate
    return Parsed(TimexType.SET, Frequency(SET_ADVERBS[m["w"].lower()], freq="1X"))


@rule(
    "once|twice|<n> times a|per <unit>",
    rf"(?i:(?P<f>once|twice|thrice|(?P<n>{NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+"
    r"(?P<u>day|week|month|year|quarter|hour|minute|decade))\b",
    (("They meet twice a year.", "twice a year"),),
)
def times_per_unit(m: re.Match[str]) -> Parsed | None:
    word = m["f"].lower()
    count = FREQUENCY_WORDS.get(word) or number_value(m["n"] or "")
    if count is None:
        return None
    return Parsed(TimexType.SET, Frequency(_period(1, unit_grain(m["u"])), freq=f"{count:g}X"))


_COUNTED_BEFORE = re.compile(
    r"(?i:\b(?:the|these|those|two|three|four|five|six|several|few|many|both|consecutive|all"
    r"|past|last|next|recent|coming|successive|\d+))\s+$"
)


@rule(
    "weekends",
    r"(?<![\w'’-])(?i:weekends)(?![\w'’-])",
    (("The museum opens at weekends.", "weekends"),),
)
def plural_weekend(m: re.Match[str]) -> Parsed | None:
    """ "at weekends", "on weekends": every weekend, as "on Sundays" is every Sunday; "two
    weekends", "the past weekends" count or name some of them, no SET."""
    if _COUNTED_BEFORE.search(m.string, max(0, m.start() - 15), m.start()):
        return None
    return Parsed(TimexType.SET, Frequency("XXXX-WXX-WE"))


SET_RULES: tuple[Rule, ...] = (every_unit, set_adverb, times_per_unit, plural_weekend)
"""Set rules, in priority order (``plural_weekday`` ranks among the durations)."""
