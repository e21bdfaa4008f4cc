"""Refiners that run between recognition and resolution (chrono's refiner list, made pure).

``attach_modifiers`` widens an expression over a leading modifier ("early March", "about two
weeks", "mid-2020") and records its TIMEX3 mod; ``signal_before`` reads the preposition that
opens an interval ("since 2011") without making it part of the expression, as TimeML wants.
"""

from __future__ import annotations

import re

import attrs

from timeline.model import Mod, TimexType
from timeline.temporal.recognize import Candidate
from timeline.temporal.underspecified import Clock, Elapsed, Length, Ref, Shift

__all__ = ["REFINERS", "attach_modifiers", "signal_before"]

_POINT_MODIFIER = re.compile(
    r"(?i:\b(?P<w>(?:the\s+)?(?:early|late|mid)|the\s+(?:beginning|start|end|middle|close|turn)\s+of|earlier|later"
    r"|the\s+first\s+(?:days?|weeks?)\s+of)(?:\s*-\s*|\s+))$"
)
_AMOUNT_MODIFIER = re.compile(
    r"(?i:\b(?P<w>about|around|approximately|roughly|some|nearly|almost|more\s+than|over|"
    r"less\s+than|under|at\s+least|up\s+to|no\s+more\s+than|at\s+most|just\s+over|just\s+under|"
    r"well\s+over|fewer\s+than|upwards\s+of|close\s+to)\s+)$"
)
_POINT_MODS = {
    "early": Mod.START, "late": Mod.END, "mid": Mod.MID, "earlier": Mod.START,
    "later": Mod.END,
}  # fmt: skip
_AMOUNT_MODS = {
    "about": Mod.APPROX, "around": Mod.APPROX, "approximately": Mod.APPROX,
    "roughly": Mod.APPROX, "some": Mod.APPROX, "close to": Mod.APPROX,
    "nearly": Mod.EQUAL_OR_LESS, "almost": Mod.EQUAL_OR_LESS, "more than": Mod.MORE_THAN,
    "over": Mod.MORE_THAN, "just over": Mod.MORE_THAN, "well over": Mod.MORE_THAN,
    "upwards of": Mod.MORE_THAN, "less than": Mod.LESS_THAN, "under": Mod.LESS_THAN,
    "fewer than": Mod.LESS_THAN, "just under": Mod.LESS_THAN, "at least": Mod.EQUAL_OR_MORE,
    "up to": Mod.EQUAL_OR_LESS, "no more than": Mod.EQUAL_OR_LESS, "at most": Mod.EQUAL_OR_LESS,
}  # fmt: skip
_APPROX_WORDS = ("about", "around", "approximately", "roughly", "circa")
_SIGNAL = re.compile(
    r"(?i:\b(?P<w>since|until|till|through|before|after|from|by|to|between|and|for"
    r"|starting|beginning|as\s+(?:soon|early)\s+as)\s+(?:at\s+least\s+)?)$"
)


_OVER_AFTER = re.compile(
    r"(?i:\b(?:for|of|than|in|within|after|lasted|lasts?|took|takes?|spent)\s+)$"
)
"""Words after which "over" before a counted length means "more than" ("for over three
years", "lasted over a week")."""
_COUNT_WORD = re.compile(
    r"(?i:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
)


def _over_as_preposition(text: str, candidate: Candidate, match: re.Match[str]) -> bool:
    """Whether "over" before a counted length is a preposition ("rose 400 percent over 18
    months", "infected 63 people over four months": throughout, a signal TimeML leaves out),
    not "more than" ("over an hour later", "for over three years")."""
    if match["w"].lower() != "over" or not _COUNT_WORD.match(text, candidate.start):
        return False
    start = candidate.start - (len(match.group()))
    return not _OVER_AFTER.search(text, max(0, start - 20), start)


def _point_mod(word: str) -> Mod | None:
    lowered = " ".join(word.lower().split())
    lowered = lowered[4:] if lowered.startswith("the ") and lowered[4:] in _POINT_MODS else lowered
    if lowered in _POINT_MODS:
        return _POINT_MODS[lowered]
    if "beginning" in lowered or "start" in lowered or "first" in lowered:
        return Mod.START
    if "end" in lowered or "close" in lowered or "turn" in lowered:
        return Mod.END
    return Mod.MID


def attach_modifiers(text: str, candidate: Candidate) -> Candidate:
    """Widen ``candidate`` over a modifier right before it and record the TIMEX3 mod."""
    before = text[max(0, candidate.start - 30) : candidate.start]
    parsed = candidate.parsed
    value = parsed.value
    if parsed.type in (TimexType.DATE, TimexType.TIME) and not isinstance(value, Ref):
        match = _POINT_MODIFIER.search(before)
        if match is not None:
            word = match["w"].lower()
            if word in ("earlier", "later") and not isinstance(value, Shift):
                return candidate
            mod = _point_mod(match["w"])
            start = candidate.start - (len(before) - match.start())
            return attrs.evolve(candidate, start=start, parsed=attrs.evolve(parsed, mod=mod))
    amount_like = isinstance(value, (Length, Clock, Elapsed)) or candidate.rule.endswith(
        "ago|earlier|later"
    )
    match = _AMOUNT_MODIFIER.search(before)
    if match is not None and not amount_like:
        if parsed.type is TimexType.DATE and match["w"].lower() in _APPROX_WORDS:
            start = candidate.start - (len(before) - match.start())
            return attrs.evolve(candidate, start=start, parsed=attrs.evolve(parsed, mod=Mod.APPROX))
        return candidate
    if amount_like:
        first = text[candidate.start : candidate.start + 4].lower()
        if candidate.rule == "a <n>-<unit> period":
            first = "the"  # "over a three-year period": "over" is a preposition here
        if (
            match is not None
            and not (first.startswith("the") and match["w"].lower() in ("over", "under", "some"))
            and not _over_as_preposition(text, candidate, match)
        ):
            mod = _AMOUNT_MODS[" ".join(match["w"].lower().split())]
            start = candidate.start - (len(before) - match.start())
            return attrs.evolve(candidate, start=start, parsed=attrs.evolve(parsed, mod=mod))
    return candidate


def signal_before(text: str, candidate: Candidate) -> str | None:
    """The signal word (since, until, from...) right before an expression, lower-cased."""
    match = _SIGNAL.search(text[max(0, candidate.start - 16) : candidate.start])
    return None if match is None else " ".join(match["w"].lower().split())


REFINERS = (attach_modifiers,)
"""Refiners applied to every candidate, in order."""
