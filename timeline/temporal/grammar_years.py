"""Rules for years and longer: "2011", "mid-2020", "nineteen ninety-four", "the 1990s", "the 20th
century", "fiscal 2019".
"""

from __future__ import annotations

import re

from timeline.model import Grain, Mod, TimexType
from timeline.temporal.date_words import year_number
from timeline.temporal.lexicon_en import ORDINALS, number_value
from timeline.temporal.patterns_en import ORDINAL, YEAR
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import Absolute

__all__ = ["YEAR_RULES"]

_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
_NOT_AFTER_YEAR = re.compile(
    r"\s*(?:%|percent|per\s|(?:troops|people|soldiers|employees|workers|shares|members|units|"
    r"cars|jobs|votes|points|tons|barrels|miles|feet|meters|acres|residents|refugees|deaths|"
    r"dead|students|children|homes|pages|copies|hours|minutes|days|weeks|months|years)\b|"
    r"-(?:year|month|day|week|mile|foot|meter)|[A-Za-z]*\d)",
)
_CLAUSE_OPENING_IN = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?i:in)\s+$")
"""An "in" that opens a clause: "and in 1947 members won a prize" is a year, whatever noun
follows (but "resulted in 1500 deaths" counts)."""
_NOT_BEFORE_YEAR = re.compile(
    r"(?:\$|#|No\.\s*|[Pp]age\s+|[Ff]light\s+|[Rr]oute\s+|[Rr]oom\s+|[Bb]oeing\s+|[Aa]irbus\s+"
    r"|[Mm]odel\s+|[Nn]umber\s+|[Aa]rticle\s+|[Ss]ection\s+|[Rr]esolution\s+|\d[\s,.]|[-+]\s?)$"
)
_ADDRESS_AFTER = re.compile(
    r"\s+[A-Z][a-z]+\s+(?:Avenue|Street|St\.|Road|Rd\.|Boulevard|Ave\.|Drive|Lane)"
)


@rule(
    "<year>",
    rf"(?<![\w$.,/:'-])(?:(?i:the\s+year\s+)|(?P<side>(?i:post|pre))-)?(?P<y>{YEAR})"
    r"(?![\w%/]|[.,:]\d|-\d)",
    (
        ("Libya has been in turmoil since 2011.", "2011"),
        ("He sent 1,200 troops.", ""),
        ("The site doubled in size, and in 1947 members won a prize.", "1947"),
        ("The crash resulted in 1947 deaths.", ""),
        ("The post-1959 politics split families.", "post-1959"),
    ),
)
def bare_year(m: re.Match[str]) -> Parsed | None:
    before = m.string[max(0, m.start() - 12) : m.start()]
    if _NOT_BEFORE_YEAR.search(before):
        return None
    if _NOT_AFTER_YEAR.match(m.string, m.end()) and not _CLAUSE_OPENING_IN.search(before):
        return None
    if _ADDRESS_AFTER.match(m.string, m.end()):
        return None
    year = int(m["y"])
    signalled = re.search(
        r"(?i:\b(?:in|since|by|from|until|of|to|and|year|around|after|before))\s+$", before
    )
    if not m.group(0).lower().startswith("the") and not (1600 <= year <= 2099 or signalled):
        return None
    if m["side"]:  # "post-1959": the time after (or before) that year
        side = Mod.AFTER if m["side"].lower() == "post" else Mod.BEFORE
        return Parsed(TimexType.DATE, Absolute(Grain.YEAR, year), side)
    return Parsed(TimexType.DATE, Absolute(Grain.YEAR, year))


@rule(
    "mid-<year>",
    rf"(?i:mid-?)(?P<y>{YEAR})(?![\w%/-])",
    (("Production will resume in mid-2020.", "mid-2020"),),
)
def mid_year(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.DATE, Absolute(Grain.YEAR, int(m["y"])), Mod.MID)


@rule(
    "nineteen ninety-six",
    r"(?i:(?P<c>nineteen|twenty)[\s-]+(?:hundred\s+(?:and\s+)?)?(?P<t>ten|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)(?:[\s-]+(?P<u>one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?P<year>the\s+year\s+)?(?P<k>two\s+thousand)(?:\s+and\s+(?P<ku>one|two|three|four|five"
    r"|six|seven|eight|nine|ten))?)(?![\w-])",
    (("In nineteen ninety-one he was convicted.", "nineteen ninety-one"),),
)
def spoken_year(m: re.Match[str]) -> Parsed | None:
    if m["k"] is not None:
        if m["year"] is None:
            return None  # "two thousand" people
        return Parsed(
            TimexType.DATE, Absolute(Grain.YEAR, 2000 + int(number_value(m["ku"] or "") or 0))
        )
    year = number_value(m["c"]) or 0
    rest = number_value(f"{m['t']} {m['u'] or ''}".strip()) or 0
    before = m.string[max(0, m.start() - 12) : m.start()]
    signalled = re.search(r"(?i:\b(?:in|since|of|by|until|year|from|to|and|a|the))\s+$", before)
    if not signalled and not m.string.startswith((".", ","), m.end()):
        return None  # "twenty five" counts something
    return Parsed(TimexType.DATE, Absolute(Grain.YEAR, int(year * 100 + rest)))


@rule(
    "[the] <yyy0>s",
    r"(?:(?i:the)\s+)?(?:(?P<c>1\d|20)(?P<d>\d)0|'(?P<s>\d)0)'?s(?!\w)",
    (("Prices rose in the 1990s.", "the 1990s"), ("In the '80s it was bad.", "the '80s")),
)
def decade(m: re.Match[str]) -> Parsed | None:
    century = int(m["c"]) if m["c"] else 19
    digit = int(m["d"] if m["d"] is not None else m["s"])
    if m["c"] and digit == 0 and century < 20:
        # "beams that date back to the 1400s": a century, the fifteenth ("the 2000s" is the
        # decade people mean)
        return Parsed(TimexType.DATE, Absolute(Grain.CENTURY, century * 100))
    return Parsed(TimexType.DATE, Absolute(Grain.DECADE, century * 100 + digit * 10))


@rule(
    "the <decade word>",
    r"(?i:the\s+(?:(?P<c>nineteen|twenty)[\s-]+)?(?P<w>twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties))\b",
    (("Back in the sixties it was cheap.", "the sixties"),),
)
def decade_word(m: re.Match[str]) -> Parsed | None:
    century = 20 if (m["c"] or "").lower() == "twenty" else 19
    return Parsed(
        TimexType.DATE, Absolute(Grain.DECADE, century * 100 + 10 * _DECADE_WORDS[m["w"].lower()])
    )


@rule(
    "the <ordinal> century",
    rf"(?i:(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL})[\s-]+century)\b",
    (("It dates from the 20th century.", "the 20th century"),),
)
def century(m: re.Match[str]) -> Parsed | None:
    word = m["n"].lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= number <= 99:
        return None
    return Parsed(TimexType.DATE, Absolute(Grain.CENTURY, (number - 1) * 100))


@rule(
    "fiscal [year] <year>",
    rf"(?i:(?:the\s+)?fiscal(?:\s+year)?\s+)(?P<y>{YEAR}|'\d\d(?!\w))|FY\s?(?P<f>{YEAR}|\d\d(?!\w))",
    (("Profit rose in fiscal 2019.", "fiscal 2019"),),
)
def fiscal_year(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.DATE, Absolute(Grain.YEAR, year_number(m["y"] or m["f"])))


YEAR_RULES: tuple[Rule, ...] = (
    bare_year,
    mid_year,
    spoken_year,
    decade,
    decade_word,
    century,
    fiscal_year,
)
"""Year-and-longer rules, in priority order."""
