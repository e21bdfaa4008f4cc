"""The English grammar: every rule, in priority order (earlier wins a tie of equal length).

Each rule also gets its anchor: a cheap regex for a word that every match of the rule contains.
The recognizer runs a rule only in windows around its anchors, so a long article costs a few
fast scans instead of dozens of slow ones.
"""

from __future__ import annotations

import re

import attrs

from timeline.temporal.grammar_dates import DATE_RULES
from timeline.temporal.grammar_relative import RELATIVE_RULES
from timeline.temporal.grammar_spans import SPAN_RULES
from timeline.temporal.rules import Rule

__all__ = ["RULES"]

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)(?:day|DAY)"
_UNIT = (
    r"(?i:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur|millenni|period)"
)
_PART = r"(?i:morning|afternoon|evening|night|midday|daytime)"
_ANCHORS: dict[str, str] = {
    "<yyyy>-<mm>-<dd>": r"\d{4}-\d",
    "<m>/<d>/<yyyy>": r"\d/\d",
    "[<weekday>,] <month> <day>[, <year>]": _MONTH,
    "[<weekday>,] <day> <month> [<year>]": _MONTH,
    "<month> [of] <year>": _MONTH,
    "last|next|this <month>": _MONTH,
    "<month>": _MONTH,
    "<month> this|last|next year": _MONTH,
    "<year>": r"\d\d\d\d",
    "mid-<year>": r"\d\d\d\d",
    "nineteen ninety-six": r"(?i:nineteen|twenty|thousand)",
    "[the] <yyy0>s": r"0'?s",
    "the <decade word>": r"(?i:ties\b)",
    "the <ordinal> century": r"(?i:century)",
    "fiscal [year] <year>": r"(?i:fiscal)|FY",
    "[the] <ordinal> quarter [of <year>]": r"(?i:quarter)",
    "[the] <first|second> half [of <year>]": r"(?i:half)",
    "[this|last|next] <season> [<year>]": r"(?i:spring|summer|fall|autumn|winter)",
    "[last|next] <holiday> [<year>]": r"Christmas|New|Thanksgiving|Easter|Independence|Fourth"
    r"|July|Halloween|Valentine|Boxing|Labor|Memorial|Martin|Election|Good",
    "the week of <month> <day>": r"(?i:week\s+of)",
    "today|yesterday|tomorrow": r"(?i:today|yesterday|tomorrow)",
    "tonight|this <part of day>|last night": r"(?i:tonight|overnight)|" + _PART,
    "this|last|next <unit>": _UNIT,
    "the <year> quarter|period": _UNIT,
    "the [fiscal] year|quarter ended|ending": _UNIT,
    "year-end|the full year": _UNIT,
    "the <unit>": _UNIT,
    "<n> <unit> ago|earlier|later": _UNIT,
    "year-earlier|year-ago": _UNIT,
    "that [same] <unit>": _UNIT + "|" + _PART,
    "the quarter|period a year ago": _UNIT,
    "the day before|after": _UNIT + "|" + _PART,
    "[last|next] <weekday> [<part of day>]": _WEEKDAY,
    "<h>[:<mm>] a.m.|p.m. [<zone>] [<day>]": r"\d\s*[apAP]\.?[mM]",
    "<hh>:<mm> <zone>": r"\d:\d",
    "at <hh>:<mm>": r"\d:\d",
    "noon|midnight [<day>]": r"(?i:noon|midnight|midday)",
    "<part of day> [of] <weekday>": _WEEKDAY + r"|(?i:today|yesterday|tomorrow)",
    "[the past|next] <n> <unit>s": _UNIT,
    "<unit>s": _UNIT,
    "half a|an <unit>": _UNIT,
    "a <n>-<unit> period": _UNIT,
    "<weekday>s": _WEEKDAY,
    "a decade|a year and a half": _UNIT,
    "every|each <unit|weekday|month>": r"(?i:every|each)",
    "daily|weekly|annually": r"(?i:ly\b)",
    "once|twice|<n> times a|per <unit>": r"(?i:once|twice|thrice|times)",
    "recently|now|currently|the future": r"(?i:recent|lately|current|nowaday|now\b|present|these"
    r"|future|past|formerly|moment|soon|term|coming)",
}


def _anchored(rule: Rule) -> Rule:
    return attrs.evolve(rule, anchor=re.compile(_ANCHORS[rule.name]))


RULES: tuple[Rule, ...] = tuple(
    _anchored(rule) for rule in DATE_RULES + RELATIVE_RULES + SPAN_RULES
)
