"""Rules for durations, sets, clock times and vague references.

"14-month" and "several days" are DURATIONs, "every Sunday" and "twice a year" SETs, "3 p.m."
and "noon Thursday" TIMEs, "recently" and "now" vague DATE references (TimeML's PAST_REF...).
"""

from __future__ import annotations

import re

from timeline.model import Grain, Mod, TimexType
from timeline.temporal.calendar import timex_duration_value
from timeline.temporal.grammar_dates import month_number
from timeline.temporal.grammar_relative import unit_grain
from timeline.temporal.lexicon_en import (
    FREQUENCY_WORDS,
    PARTS_OF_DAY,
    SET_ADVERBS,
    VAGUE_AMOUNTS,
    WEEKDAYS,
    alternation,
    number_value,
)
from timeline.temporal.patterns_en import (
    AMPM,
    MONTH,
    NUMBER,
    PART_OF_DAY,
    TIMEZONE,
    UNIT,
    WEEKDAY,
)
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import (
    Absolute,
    Clock,
    DayPart,
    Frequency,
    Length,
    Ref,
    Shift,
    Underspecified,
    Weekday,
)

__all__ = ["SPAN_RULES"]

_MODAL_BEFORE = re.compile(
    r"(?i:\b(?:will|would|could|can|may|might|must|should|to|did|does|do|'ll|not))\s+$"
)
_AGE_AFTER = re.compile(r"[\s-]+old\b")
_RATE_BEFORE = re.compile(
    r"(?:\d|million|billion|thousand|percent|%|cents?|dollars?|times)[^\s]*\s+(?:[a-z]+\s+){0,2}$"
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:ago|later|earlier|or|and|before|after|of|to|in|the|from|longer|more|when|while|"
    r"for|until|at|on|by|with|as|than|is|was|that|so)\b)[a-z]+"
)

_DAY_AFTER_TIME = (
    rf"(?:,?\s+(?:on\s+)?(?P<day>{WEEKDAY}|(?i:today|yesterday|tomorrow)|"
    rf"{MONTH}\s+(?:3[01]|[12]\d|0?[1-9])(?!\d)))?"
)


def _day_value(word: str | None) -> Underspecified | None:
    if word is None:
        return None
    lowered = word.lower()
    parts = lowered.split()
    if len(parts) == 2:
        return Absolute(Grain.DAY, None, month_number(parts[0]), int(parts[1]))
    if lowered in WEEKDAYS:
        return Weekday(WEEKDAYS[lowered])
    return Shift({"today": 0, "yesterday": -1, "tomorrow": 1}[lowered], Grain.DAY)


@rule(
    "<h>[:<mm>] a.m.|p.m. [<zone>] [<day>]",
    rf"(?<![\w.:])(?P<h>1[0-2]|0?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})"
    rf"(?:\s+{TIMEZONE})?{_DAY_AFTER_TIME}",
    (("The blast came at 3 p.m. local time.", "3 p.m. local time"),),
)
def clock_ampm(m: re.Match[str]) -> Parsed | None:
    hour = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    minute = int(m["mi"]) if m["mi"] else None
    return Parsed(TimexType.TIME, Clock(hour, minute, _day_value(m["day"])))


@rule(
    "<hh>:<mm> <zone>",
    rf"(?<![\w.:])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s+(?P<z>{TIMEZONE}|(?i:hours|hrs)))"
    rf"{_DAY_AFTER_TIME}",
    (("Polls closed at 10:30 GMT.", "10:30 GMT"),),
)
def clock_zone(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.TIME, Clock(int(m["h"]), int(m["mi"]), _day_value(m["day"])))


@rule(
    "at <hh>:<mm>",
    r"(?:(?<=\bat )|(?<=\bAt )|(?<=\bby )|(?<=\buntil )|(?<=\bfrom ))"
    r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:.,]\d)",
    (("The meeting began at 15:00 in the capital.", "15:00"),),
)
def clock_at(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.TIME, Clock(int(m["h"]), int(m["mi"])))


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
    r"(?<![\w-])(?i:(?:(?P<mid>mid)(?:-|\s+)?|the\s+)(?P<p>morning|afternoon|evening))\b(?!-)",
    (
        ("Dealers placed orders in the morning.", "the morning"),
        ("By mid afternoon", "mid afternoon"),
    ),
)
def the_part_of_day(m: re.Match[str]) -> Parsed | None:
    mod = Mod.MID if m["mid"] else None
    return Parsed(TimexType.TIME, DayPart(PARTS_OF_DAY[m["p"].lower()]), mod)


@rule(
    "<part of day> [of] <weekday>",
    rf"(?i:(?P<p>{PART_OF_DAY}))(?:\s+(?:of\s+)?)(?P<day>{WEEKDAY}|(?i:yesterday|today|tomorrow))",
    (("Violence erupted late afternoon Friday.", "afternoon Friday"),),
)
def part_of_day_weekday(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.TIME, DayPart(PARTS_OF_DAY[m["p"].lower()], _day_value(m["day"])))


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


def _length(amount: float | None, grain: Grain) -> Length:
    return Length(amount, grain)


@rule(
    "[the past|next] <n> <unit>s",
    r"(?<![\w'’-])(?:(?P<det>(?i:the\s+(?:past|last|next|first|final|previous|coming|following|"
    r"remaining|latest|preceding|same|initial|ensuing)|past|last|next|first|another|the))\s+)?"
    rf"(?:(?P<n>{NUMBER})[\s-]+(?:(?i:more|additional|further|extra)\s+)?)?"
    rf"(?P<u>{UNIT})s?(?!\w)(?![-'’]\w)",
    (
        ("Haftar waged a 14-month campaign.", "14-month"),
        ("over the past two weeks", "the past two weeks"),
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
    if unit_word.startswith("quarter") and fraction and m.string.startswith(" of", m.end()):
        return None  # "a quarter of the population": a fraction
    if unit_word.startswith("fortnight"):
        amount, grain = (None if amount is None else amount * 2), Grain.WEEK
    if (m["n"] or "").lower() in ("a", "an") and _RATE_BEFORE.search(
        m.string, max(0, m.start() - 40), m.start()
    ):
        return None  # "$1.76 a year", "four flights a week": a rate
    grain = unit_grain(unit_word)
    start = 0
    if det in ("last", "past") and _MODAL_BEFORE.search(
        m.string, max(0, m.start() - 20), m.start()
    ):
        start, det = m.start("n") - m.start(), ""  # "will last 30 days": the verb "last"
    if (
        m["n"] is not None
        and m["n"].lower() in ("a", "an")
        and grain in (Grain.SECOND, Grain.MINUTE)
        and _NOUN_AFTER.match(m.string, m.end())
    ):
        return None  # "a second attempt", "a minute error"
    if det == "another" and amount is not None:
        start = m.start("n") - m.start()  # "another two years": the duration is "two years"
        det = ""
    placed = (
        -1
        if det in ("the past", "the last", "past", "last", "the previous", "the preceding")
        else 0
    )
    placed = 1 if det in ("the next", "next", "the coming", "the remaining") else placed
    if amount is None and det in ("the past", "the last", "past", "last") and grain > Grain.DAY:
        # "the last few months": TimeBank reads a vague stretch before now as PAST_REF.
        return Parsed(TimexType.DURATION, Length(None, grain, -1), mod)
    return Parsed(TimexType.DURATION, Length(amount, grain, placed), mod, start=start)


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
    return Parsed(TimexType.DURATION, Length(None, unit_grain(m["u"])))


@rule(
    "half a|an <unit>",
    r"(?i:half\s+(?:an?\s+)(?P<u>year|month|day|week|hour|minute|decade|century))\b",
    (("The vote was delayed by half an hour.", "half an hour"),),
)
def half_unit(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.DURATION, Length(0.5, unit_grain(m["u"])))


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


@rule(
    "every|each <unit|weekday|month>",
    rf"(?i:(?:every|each)\s+(?:(?P<other>other)\s+|(?P<n>{NUMBER})\s+)?)(?P<x>{WEEKDAY}|{MONTH}|(?i:day|week|month|year|quarter|"
    r"morning|night|evening|afternoon|weekend|hour|minute|summer|winter|spring|fall|autumn)s?)\b",
    (("They meet every Sunday.", "every Sunday"), ("It grows each year.", "each year")),
)
def every_unit(m: re.Match[str]) -> Parsed | None:
    word = m["x"].lower().rstrip(".")
    quant = "EACH" if m.group(0)[:4].lower() == "each" else "EVERY"
    count = 2 if m["other"] else number_value(m["n"]) if m["n"] else 1
    if count != 1 and count is not None:
        return Parsed(TimexType.SET, Frequency(_period(count, unit_grain(word)), quant))
    word = word[:-1] if word.endswith("s") and word[:-1] in WEEKDAYS else word
    if word in WEEKDAYS:
        return Parsed(TimexType.SET, Frequency(f"XXXX-WXX-{WEEKDAYS[word]}", quant))
    if word in PARTS_OF_DAY:
        return Parsed(TimexType.SET, Frequency(f"XXXX-XX-XXT{PARTS_OF_DAY[word]}", quant))
    if word in ("summer", "winter", "spring", "fall", "autumn"):
        code = {"summer": "SU", "winter": "WI", "spring": "SP", "fall": "FA", "autumn": "FA"}
        return Parsed(TimexType.SET, Frequency(f"XXXX-{code[word]}", quant))
    if word == "weekend":
        return Parsed(TimexType.SET, Frequency("XXXX-WXX-WE", quant))
    try:
        return Parsed(TimexType.SET, Frequency(f"XXXX-{month_number(word):02d}", quant))
    except KeyError:
        pass
    return Parsed(TimexType.SET, Frequency(_period(1, unit_grain(word)), quant))


def _period(amount: float, grain: Grain) -> str:
    return timex_duration_value(amount, grain)


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


@rule(
    "recently|now|currently|the future",
    r"(?<![\w'’-])(?i:(?P<w>recently|lately|currently|nowadays|right\s+now|now|at\s+present|these\s+days"
    r"|soon|recent\s+(?:years|months|weeks|days|times|quarters)|(?:the\s+)?(?:near|distant|"
    r"foreseeable)\s+future|the\s+future|the\s+past|formerly|the\s+(?:near|short)\s+term"
    r"|(?:future|coming)\s+(?:years|months|weeks|days|quarters)"
    r"|(?:then\s+)?current(?=\s+(?!(?:accounts?|assets?|liabilit\w*|affairs)\b)[a-z])"
    r"))(?![\w'’-])",
    (
        ("The army recently retook the base.", "recently"),
        ("It is calm now.", "now"),
        ("Prices reflect current market conditions.", "current"),
    ),
)
def vague_reference(m: re.Match[str]) -> Parsed | None:
    word = " ".join(m["w"].lower().split())
    if word == "now":
        before = m.string[max(0, m.start() - 10) : m.start()].lower()
        after = m.string[m.end() : m.end() + 12].lower()
        if re.search(r"(?:from|than)\s+$", before) or after.startswith(",\u201d"):
            return None
    if word == "then current":
        return Parsed(TimexType.DATE, Ref("PAST_REF"))  # "the then current price"
    if word.startswith(("coming ", "future ")):
        if re.search(r"(?i:\bthe)\s+$", m.string[max(0, m.start() - 5) : m.start()]):
            return None  # "the coming weeks" is a duration
        return Parsed(TimexType.DATE, Ref("FUTURE_REF"))
    if word.endswith(" term"):
        return Parsed(TimexType.DATE, Ref("FUTURE_REF"))
    if word.startswith("recent "):
        unit = word.split()[1]
        return Parsed(TimexType.DURATION, Length(None, unit_grain(unit)))
    if word == "soon":
        after = m.string[m.end() : m.end() + 8].lower()
        if after.startswith((" as", " after", " afterwards", " thereafter")):
            return None
        return Parsed(TimexType.DATE, Ref("FUTURE_REF"))
    if word.startswith("recent") or word in ("lately", "formerly", "the past"):
        return Parsed(TimexType.DATE, Ref("PAST_REF"))
    if word.endswith("future"):
        return Parsed(TimexType.DATE, Ref("FUTURE_REF"))
    return Parsed(TimexType.DATE, Ref("PRESENT_REF"))


SPAN_RULES: tuple[Rule, ...] = (
    clock_ampm,
    clock_zone,
    clock_at,
    noon,
    the_part_of_day,
    part_of_day_weekday,
    amount_unit,
    bare_units,
    half_unit,
    unit_period,
    plural_weekday,
    and_a_half,
    every_unit,
    set_adverb,
    times_per_unit,
    vague_reference,
)
