"""Rules for calendar dates written out: "June 14, 2020", "2020-06-14", "the 1990s", "fiscal 2019".

Each rule is named by its surface template and carries the examples it must recognise.
"""

from __future__ import annotations

import re
from datetime import date

import attrs

from timeline.model import Grain, Mod, TimexType
from timeline.temporal.holidays_en import HOLIDAYS
from timeline.temporal.lexicon_en import MONTHS, ORDINALS, number_value
from timeline.temporal.patterns_en import DAY_NUMBER, MONTH, ORDINAL, SEASON, WEEKDAY, YEAR
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import Absolute, Holiday, Period

__all__ = ["DATE_RULES", "month_number"]

_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
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
_SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_NOT_AFTER_YEAR = re.compile(
    r"\s*(?:%|percent|per\s|(?:troops|people|soldiers|employees|workers|shares|members|units|"
    r"cars|jobs|votes|points|tons|barrels|miles|feet|meters|acres|residents|refugees|deaths|"
    r"dead|students|children|homes|pages|copies|hours|minutes|days|weeks|months|years)\b|"
    r"-(?:year|month|day|week|mile|foot|meter)|[A-Za-z]*\d)",
)
_NOT_BEFORE_YEAR = re.compile(
    r"(?:\$|#|No\.\s*|[Pp]age\s+|[Ff]light\s+|[Rr]oute\s+|[Rr]oom\s+|[Bb]oeing\s+|[Aa]irbus\s+"
    r"|[Mm]odel\s+|[Nn]umber\s+|[Aa]rticle\s+|[Ss]ection\s+|[Rr]esolution\s+|\d[\s,.]|[-+]\s?)$"
)
_NAME_AFTER = re.compile(r"\s+(?!(?:of|and|to)\b)[A-Z][a-z]+")
_ADDRESS_AFTER = re.compile(
    r"\s+[A-Z][a-z]+\s+(?:Avenue|Street|St\.|Road|Rd\.|Boulevard|Ave\.|Drive|Lane)"
)
_MAY_BEFORE = re.compile(
    r"(?i:\b(?:in|of|since|until|till|early|late|mid|last|next|this|by|through|to|and|from|"
    r"between|during|before|after|on|the|each|every|or|that)\s+|mid-)$"
)


def month_number(word: str) -> int:
    """The month number of a month name or abbreviation ("Sept." is 9)."""
    return MONTHS[word.lower().rstrip(".")]


def _day(year: int | None, month: int, day: int) -> Absolute | None:
    """A day value, or ``None`` when the date cannot exist (``Feb 30``)."""
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return None
    return Absolute(Grain.DAY, year, month, day)


_SPOKEN_YEAR = (
    r"(?i:nineteen[\s-]+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)(?![\w-])"
)


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    if text[:1].isalpha():  # "nineteen ninety-four"
        words = text.lower().replace("-", " ").split()
        return 1900 + int(number_value(" ".join(words[1:])) or 0)
    digits = text.lstrip("'")
    if len(digits) == 2:
        return 1900 + int(digits) if int(digits) >= 30 else 2000 + int(digits)
    return int(digits)


def _number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


@rule(
    "<yyyy>-<mm>-<dd>",
    r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\w-])",
    (("It was signed on 2020-06-14.", "2020-06-14"),),
)
def iso_date(m: re.Match[str]) -> Parsed | None:
    value = _day(int(m["y"]), int(m["m"]), int(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, value)


@rule(
    "<m>/<d>/<yyyy>",
    r"(?<![\w/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)(?![\w/])",
    (("Filed 6/14/2020 in court.", "6/14/2020"),),
)
def slash_date(m: re.Match[str]) -> Parsed | None:
    value = _day(_year(m["y"]), int(m["m"]), int(m["d"]))
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
    value = _day(_year(m["y"]), month_number(m["mon"]), _number(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, value)


@rule(
    "[<weekday>,] <day> <month> [<year>]",
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY_NUMBER})\s+(?:of\s+)?(?P<mon>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?",
    (("He left on 14 June 2020.", "14 June 2020"), ("On the 3rd of May we met.", "the 3rd of May")),
)
def day_month(m: re.Match[str]) -> Parsed | None:
    value = _day(_year(m["y"]), month_number(m["mon"]), _number(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, value)


@rule(
    "<month> [of] <year>",
    rf"(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}|'\d\d(?!\w)|{_SPOKEN_YEAR})",
    (("Sales fell in June 2020.", "June 2020"), ("In July of 1997 it began.", "July of 1997")),
)
def month_year(m: re.Match[str]) -> Parsed | None:
    return Parsed(TimexType.DATE, Absolute(Grain.MONTH, _year(m["y"]), month_number(m["mon"])))


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
    "<month> this|last|next year",
    rf"(?P<mon>{MONTH})\s+(?:of\s+)?(?P<rel>(?i:this|last|next))\s+(?i:year)\b(?!['’-])",
    (("The ratification began in February this year.", "February this year"),),
)
def month_this_year(m: re.Match[str]) -> Parsed | None:
    shift = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    month = month_number(m["mon"])
    return Parsed(TimexType.DATE, Absolute(Grain.MONTH, None, month, year_shift=shift))


@rule(
    "<month>",
    rf"(?P<mon>{MONTH})",
    (("The offensive began in March.", "March"), ("It may rain.", "")),
)
def bare_month(m: re.Match[str]) -> Parsed | None:
    word = m["mon"]
    before = m.string[max(0, m.start() - 20) : m.start()]
    if _NAME_AFTER.match(m.string, m.end()):
        return None  # "April Ryan", "Jan Koum": a first name
    # "May" and "March" are common words: only a month after a preposition or determiner.
    if (word in ("May", "MAY") or word.startswith("Mar")) and not _MAY_BEFORE.search(before):
        return None
    return Parsed(TimexType.DATE, Absolute(Grain.MONTH, None, month_number(word)))


@rule(
    "<year>",
    rf"(?<![\w$.,/:'-])(?:(?i:the\s+year\s+))?(?P<y>{YEAR})(?![\w%/]|[.,:]\d|-\d)",
    (("Libya has been in turmoil since 2011.", "2011"), ("He sent 1,200 troops.", "")),
)
def bare_year(m: re.Match[str]) -> Parsed | None:
    before = m.string[max(0, m.start() - 12) : m.start()]
    if _NOT_BEFORE_YEAR.search(before) or _NOT_AFTER_YEAR.match(m.string, m.end()):
        return None
    if _ADDRESS_AFTER.match(m.string, m.end()):
        return None
    year = int(m["y"])
    signalled = re.search(
        r"(?i:\b(?:in|since|by|from|until|of|to|and|year|around|after|before))\s+$", before
    )
    if not m.group(0).lower().startswith("the") and not (1600 <= year <= 2099 or signalled):
        return None
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
    return Parsed(TimexType.DATE, Absolute(Grain.YEAR, _year(m["y"] or m["f"])))


@rule(
    "[the] <ordinal> quarter [of <year>]",
    r"(?i:(?:(?P<rel0>this|last|next)\s+year['’]s\s+)?(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
    r"(?P<y0>(?:19|20)\d\d\s+)?(?P<o>first|second|"
    r"third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarters?)"
    rf"(?:(?:\s+of|,)?\s+(?:fiscal\s+)?(?P<y>{YEAR})|\s+of\s+(?P<rel>(?i:last|this|next))\s+year)?",
    (
        ("Profit fell in the third quarter.", "the third quarter"),
        ("Third-quarter net", "Third-quarter"),
    ),
)
def quarter(m: re.Match[str]) -> Parsed | None:
    word = m["o"].lower()
    index = 4 if word == "final" else (ORDINALS[word])
    year = _year(m["y"] or (m["y0"] or "").strip() or None)
    relative = {"last": -1, "this": 0, "next": 1}.get((m["rel"] or m["rel0"] or "").lower())
    return Parsed(TimexType.DATE, Period(Grain.QUARTER, index, year, year_shift=relative))


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
    relative = {"last": -1, "this": 0, "next": 1}.get((m["this"] or "").split(" ")[0].lower())
    return Parsed(
        TimexType.DATE, Period(Grain.HALF_YEAR, index, _year(m["y"]), year_shift=relative)
    )


@rule(
    "[this|last|next] <season> [<year>]",
    rf"(?:(?P<det>(?i:this\s+past|this\s+coming|this|last|next|the))\s+)?(?P<s>{SEASON})"
    rf"(?:\s+(?:of\s+)?(?P<y>{YEAR}|{_SPOKEN_YEAR}))?(?!\w)",
    (("Talks resume this spring.", "this spring"), ("It rained last summer.", "last summer")),
)
def season(m: re.Match[str]) -> Parsed | None:
    word = m["s"].lower()
    det = (m["det"] or "").lower()
    if det == "" and m["y"] is None and word in ("spring", "fall"):
        return None  # the verbs "fall" and "spring"
    if m["y"] is None and _NAME_AFTER.match(m.string, m.end()):
        return None  # "Summer Street"
    shift = {"last": -1, "next": 1, "this": 0, "this past": -1, "this coming": 1}.get(
        " ".join(det.split())
    )
    index = _SEASON_MONTH[_SEASON_CODE[word]]
    return Parsed(TimexType.DATE, Period(Grain.SEASON, index, _year(m["y"]), shift))


@rule(
    "[last|next] <holiday> [<year>]",
    rf"(?:(?P<det>(?i:last|next|this))\s+)?(?P<h>{_HOLIDAY})(?!\w)(?:,?\s+(?P<y>{YEAR}))?",
    (
        ("The shops will reopen before Christmas.", "Christmas"),
        ("on New Year's Day", "New Year's Day"),
    ),
)
def holiday(m: re.Match[str]) -> Parsed | None:
    name = " ".join(m["h"].lower().replace("\u2019", "'").split())
    direction = {"last": -1, "next": 1, "this": 0}.get((m["det"] or "").lower())
    return Parsed(TimexType.DATE, Holiday(name, _year(m["y"]), direction))


@rule(
    "the week of <month> <day>",
    rf"(?i:the\s+week\s+of)\s+(?P<mon>{MONTH})\s+(?P<d>{DAY_NUMBER})(?:,?\s+(?P<y>{YEAR}))?",
    (("The vote is planned for the week of June 22.", "the week of June 22"),),
)
def week_of(m: re.Match[str]) -> Parsed | None:
    value = _day(_year(m["y"]), month_number(m["mon"]), _number(m["d"]))
    return None if value is None else Parsed(TimexType.DATE, attrs.evolve(value, grain=Grain.WEEK))


DATE_RULES: tuple[Rule, ...] = (
    iso_date,
    slash_date,
    month_day,
    day_month,
    month_year,
    deictic_month,
    month_this_year,
    bare_month,
    bare_year,
    mid_year,
    spoken_year,
    decade,
    decade_word,
    century,
    fiscal_year,
    quarter,
    half_year,
    season,
    holiday,
    week_of,
)
