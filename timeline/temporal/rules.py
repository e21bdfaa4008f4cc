"""The rule record shared by the grammar and the recognizer (timexy's ``Rule`` with examples)."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from timeline.model import Mod, TimexType
from timeline.temporal.underspecified import Underspecified

__all__ = ["Parsed", "Rule", "rule"]


@attrs.frozen
class Parsed:
    """What a rule read from its match, before resolution.

    Attributes:
        type: the TIMEX3 type.
        value: the underspecified value.
        mod: the TIMEX3 mod the phrase itself carries ("a couple of years" is APPROX).
        start: how far into the match the expression starts (to drop a leading signal word).
    """

    type: TimexType
    value: Underspecified
    mod: Mod | None = None
    start: int = 0


@attrs.frozen
class Rule:
    """A grammar rule named by its surface template, with the examples it must recognise.

    Attributes:
        name: a readable template ("<n> <unit> ago").
        pattern: the compiled regular expression.
        build: reads a match; ``None`` rejects it (a "May" that is a modal, a year that counts
            troops).
        examples: ``(sentence, expected expression text)`` pairs, run by the rule tests.
        anchor: the atoms (kinds of anchor word, see :data:`timeline.temporal.grammar_en.ATOMS`;
            "num" for digits) of which every match contains one ("unit" for "two days ago"); the
            rule then runs only near them, which keeps recognition fast. ``None`` scans the
            whole text.
    """

    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str]], Parsed | None]
    examples: tuple[tuple[str, str], ...] = ()
    anchor: frozenset[str] | None = None


def rule(
    name: str,
    pattern: str,
    examples: tuple[tuple[str, str], ...] = (),
) -> Callable[[Callable[[re.Match[str]], Parsed | None]], Rule]:
    """Decorator turning a builder function into a :class:`Rule` (the regex compiled once)."""

    def wrap(build: Callable[[re.Match[str]], Parsed | None]) -> Rule:
        return Rule(name, re.compile(pattern), build, examples)

    return wrap
