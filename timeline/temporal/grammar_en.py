"""The English grammar: every rule, in priority order (earlier wins a tie of equal length).

Each rule also gets its anchor: the kinds of word ("atoms": a number, a month name, a unit
word...) of which every match of the rule contains at least one. The recognizer finds all atoms
in one cheap tokenising pass and runs a rule only in windows around its atoms, so a long article
costs one fast scan plus a few slow regexes over small windows.
"""

from __future__ import annotations

import attrs

from timeline.temporal.grammar_dates import DATE_RULES
from timeline.temporal.grammar_relative import RELATIVE_RULES
from timeline.temporal.grammar_spans import SPAN_RULES
from timeline.temporal.rules import Rule

__all__ = ["ATOMS", "RULES"]

_ATOM_WORDS: dict[str, str] = {
    "month": "january february march april may june july august september october november"
    " december jan feb mar apr jun jul aug sep sept oct nov dec",
    "weekday": "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays"
    " wednesdays thursdays fridays saturdays sundays",
    "unit": "second seconds minute minutes hour hours day days week weeks weekend weekends"
    " fortnight fortnights month months quarter quarters year years decade decades century"
    " centuries millennium millennia period periods",
    "part": "morning mornings afternoon afternoons evening evenings night nights midday daytime"
    " tonight overnight noon midnight",
    "deictic": "today yesterday tomorrow",
    "season": "spring summer fall autumn winter",
    "half": "half",
    "fiscal": "fiscal fy",
    "spoken": "nineteen twenty thousand",
    "decadeword": "twenties thirties forties fifties sixties seventies eighties nineties",
    "every": "every each",
    "setadverb": "hourly daily nightly weekly biweekly monthly quarterly annually yearly"
    " semiannually",
    "freq": "once twice thrice times",
    "vague": "recently lately currently nowadays now present these future past formerly soon"
    " recent term coming current later",
    "holiday": "christmas new thanksgiving easter independence fourth july halloween valentine"
    " boxing labor memorial martin election good",
}
ATOMS: dict[str, tuple[str, ...]] = {}
"""Lower-case word -> the anchor atoms it belongs to ("july" is a month and a holiday word)."""
for _atom, _words in _ATOM_WORDS.items():
    for _word in _words.split():
        ATOMS[_word] = (*ATOMS.get(_word, ()), _atom)

_NUM = frozenset({"num"})
_UNIT = frozenset({"unit"})
_UNIT_PART = frozenset({"unit", "part"})
_ANCHORS: dict[str, frozenset[str]] = {
    "<yyyy>-<mm>-<dd>": _NUM,
    "<m>/<d>/<yyyy>": _NUM,
    "<month> <day> this|last|next year": frozenset({"month"}),
    "[<weekday>,] <month> <day>[, <year>]": frozenset({"month"}),
    "<month> <day> and|to <day>": frozenset({"month"}),
    "[<weekday>,] <day> <month> [<year>]": frozenset({"month"}),
    "<month> [of] <year>": frozenset({"month"}),
    "last|next|this <month>": frozenset({"month"}),
    "the following|previous <month>": frozenset({"month"}),
    "<month> this|last|next year": frozenset({"month"}),
    "<month> [of] that|the same year": frozenset({"month"}),
    "<month>": frozenset({"month"}),
    "<year>": _NUM,
    "mid-<year>": _NUM,
    "nineteen ninety-six": frozenset({"spoken"}),
    "[the] <yyy0>s": _NUM,
    "the <decade word>": frozenset({"decadeword"}),
    "the <ordinal> century": _UNIT,
    "fiscal [year] <year>": frozenset({"fiscal"}),
    "[the] <ordinal> quarter [of <year>]": _UNIT,
    "[the] <first|second> half [of <year>]": frozenset({"half"}),
    "[this|last|next] <season> [<year>]": frozenset({"season"}),
    "[last|next] <holiday> [<year>]": frozenset({"holiday"}),
    "the week of <month> <day>": _UNIT,
    "the weekend of <month> <day>": _UNIT,
    "the <ordinal> week of <month> [<year>]": frozenset({"month"}),
    "today|yesterday|tomorrow": frozenset({"deictic"}),
    "tonight|this <part of day>|last night": frozenset({"part"}),
    "this|last|next <unit>": _UNIT,
    "the <year> quarter|period": _UNIT,
    "the [fiscal] year|quarter ended|ending": _UNIT,
    "year-end|the full year": _UNIT,
    "the <unit>": _UNIT,
    "<n> <unit> ago|earlier|later": _UNIT,
    "<n> <hours|minutes> (later|earlier)": _UNIT,
    "year-earlier|year-ago": _UNIT,
    "the quarter|period a year ago": _UNIT,
    "that [same] <unit>": _UNIT_PART,
    "the day before|after": _UNIT_PART,
    "[last|next] <weekday> [<part of day>]": frozenset({"weekday"}),
    "<weekday> last|this|next week": frozenset({"weekday"}),
    "<h>[:<mm>] a.m.|p.m. [<zone>] [<day>]": _NUM,
    "<hh>:<mm> <zone>": _NUM,
    "at <hh>:<mm>": _NUM,
    "<h> [o'clock] in the morning|afternoon|evening|at night": frozenset({"part"}),
    "noon|midnight [<day>]": frozenset({"part"}),
    "<part of day> [of] <weekday>": frozenset({"weekday", "deictic"}),
    "the <part of day> of <month> <day> [<year>]": frozenset({"month"}),
    "the|mid <part of day>": frozenset({"part"}),
    "[the past|next] <n> <unit>s": _UNIT,
    "<n> <unit>, <n> <unit> and <n> <unit>": _UNIT,
    "<unit>s": _UNIT,
    "<unit>-long": _UNIT,
    "the <unit>s ahead": _UNIT,
    "half a|an <unit>": _UNIT,
    "a quarter|half century": _UNIT,
    "a <n>-<unit> period": _UNIT,
    "<weekday>s": frozenset({"weekday"}),
    "a decade|a year and a half": _UNIT,
    "every|each <unit|weekday|month>": frozenset({"every"}),
    "daily|weekly|annually": frozenset({"setadverb"}),
    "once|twice|<n> times a|per <unit>": frozenset({"freq"}),
    "weekends": _UNIT,
    "recently|now|currently|the future": frozenset({"vague"}),
}


def _anchored(rule: Rule) -> Rule:
    return attrs.evolve(rule, anchor=_ANCHORS[rule.name])


RULES: tuple[Rule, ...] = tuple(
    _anchored(rule) for rule in DATE_RULES + RELATIVE_RULES + SPAN_RULES
)
