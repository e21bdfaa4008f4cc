"""Run the grammar over plain text and keep the longest non-overlapping matches.

Every rule's regex is compiled once at import and scans the text once, so the work is linear in
the text length times the (fixed) number of rules.
"""

from __future__ import annotations

import attrs

from timeline.temporal.grammar_en import RULES
from timeline.temporal.rules import Parsed, Rule

__all__ = ["Candidate", "recognize"]


@attrs.frozen
class Candidate:
    """A recognised but unresolved expression.

    Attributes:
        start: offset of the first character.
        end: offset after the last character.
        rule: the name of the rule that matched.
        parsed: what the rule read.
    """

    start: int
    end: int
    rule: str
    parsed: Parsed


def _matches(text: str, rules: tuple[Rule, ...]) -> list[tuple[int, int, int, Candidate]]:
    found = []
    for priority, grammar_rule in enumerate(rules):
        for match in grammar_rule.pattern.finditer(text):
            if match.end() == match.start():
                continue
            parsed = grammar_rule.build(match)
            if parsed is None:
                continue
            start = match.start() + parsed.start
            end = match.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            candidate = Candidate(start, end, grammar_rule.name, parsed)
            found.append((-(end - start), priority, start, candidate))
    return found


def recognize(text: str, rules: tuple[Rule, ...] = RULES) -> tuple[Candidate, ...]:
    """The longest non-overlapping matches of ``rules`` in ``text``, in text order."""
    taken: list[Candidate] = []
    occupied = bytearray(len(text))
    for _length, _priority, _start, candidate in sorted(
        _matches(text, rules), key=lambda item: item[:3]
    ):
        if any(occupied[candidate.start : candidate.end]):
            continue
        occupied[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        taken.append(candidate)
    return tuple(sorted(taken, key=lambda candidate: candidate.start))
