"""Rules for vague references: "recently" (PAST_REF), "now", "current" (PRESENT_REF), "soon"."""

from __future__ import annotations

import re

from timeline.model import TimexType
from timeline.temporal.grammar_relative import unit_grain
from timeline.temporal.rules import Parsed, Rule, rule
from timeline.temporal.underspecified import (
    Length,
    Ref,
)

__all__ = ["VAGUE_RULES"]


@rule(
    "recently|now|currently|the future",
    r"(?<![\w'’-])(?i:(?P<w>recently|lately|currently|nowadays|right\s+now|now|at\s+present|these\s+days"
    r"|soon|recent\s+(?:years|months|weeks|days|times|quarters)|(?:the\s+)?(?:near|distant|"
    r"foreseeable)\s+future|the\s+future|the\s+past|formerly|the\s+(?:near|short)\s+term"
    r"|a\s+later\s+date|(?<!the\s)past\s+(?:years|months|decades)"
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
    if word.endswith(" term") or word == "a later date":
        return Parsed(TimexType.DATE, Ref("FUTURE_REF"))
    if word.startswith("recent ") and word != "recent years":
        # "in recent months" is a stretch up to now (TimeBank: DURATION four times out of six);
        # "in recent years" is a vague past, DATE PAST_REF three times out of five, and always
        # in news readers' tagging
        unit = word.split()[1]
        return Parsed(TimexType.DURATION, Length(None, unit_grain(unit)))
    if word == "soon":
        after = m.string[m.end() : m.end() + 8].lower()
        if after.startswith((" as", " after", " afterwards", " thereafter")):
            return None
        return Parsed(TimexType.DATE, Ref("FUTURE_REF"))
    if word == "recently" and re.match(r"\s+as\b", m.string[m.end() : m.end() + 4]):
        return None  # "as recently as Tuesday": a signal of the date that follows
    if word.startswith(("recent", "past ")) or word in ("lately", "formerly", "the past"):
        return Parsed(TimexType.DATE, Ref("PAST_REF"))
    if word.endswith("future"):
        return Parsed(TimexType.DATE, Ref("FUTURE_REF"))
    return Parsed(TimexType.DATE, Ref("PRESENT_REF"))


VAGUE_RULES: tuple[Rule, ...] = (vague_reference,)
"""Vague-reference rules."""
