"""Run the grammar over plain text and keep the longest non-overlapping matches.

Every rule's regex is compiled once at import. One tokenising pass finds the anchor words (a
number, a month name, a unit word, "today"...); each rule then runs only in windows around the
atoms it needs, so the work stays linear and the slow patterns read only small parts of a text.
"""

from __future__ import annotations

import re

import attrs

from timeline.temporal.grammar_en import ATOMS, RULES
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


_BEFORE = 40
_AFTER = 30
_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def _atom_hits(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each anchor atom occurs: one tokenising pass and a dictionary lookup per word."""
    hits: dict[str, list[tuple[int, int]]] = {}
    for token in _TOKEN.finditer(text):
        word = token.group()
        atoms = ("num",) if word[0].isdigit() else ATOMS.get(word.lower(), ())
        for atom in atoms:
            hits.setdefault(atom, []).append((token.start(), token.end()))
    return hits


def _windows(
    text: str, anchor: frozenset[str] | None, hits: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` windows around the rule's atoms (the whole text if none)."""
    if anchor is None:
        return [(0, len(text))]
    spots = sorted(spot for atom in anchor for spot in hits.get(atom, ()))
    windows: list[tuple[int, int]] = []
    for hit_start, hit_end in spots:
        start, end = max(0, hit_start - _BEFORE), min(len(text), hit_end + _AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


def _matches(text: str, rules: tuple[Rule, ...]) -> list[tuple[int, int, int, Candidate]]:
    found = []
    hits = _atom_hits(text)
    cache: dict[frozenset[str] | None, list[tuple[int, int]]] = {}
    for priority, grammar_rule in enumerate(rules):
        if grammar_rule.anchor not in cache:
            cache[grammar_rule.anchor] = _windows(text, grammar_rule.anchor, hits)
        # the windows are merged, so no match is seen twice
        for window_start, window_end in cache[grammar_rule.anchor]:
            for match in grammar_rule.pattern.finditer(text, window_start, window_end):
                found.extend(_candidate(text, grammar_rule, priority, match))
    return found


def _candidate(
    text: str, grammar_rule: Rule, priority: int, match: re.Match[str]
) -> list[tuple[int, int, int, Candidate]]:
    """The sort key and candidate ``match`` makes (empty when the rule rejects it)."""
    if match.end() == match.start():
        return []
    parsed = grammar_rule.build(match)
    if parsed is None:
        return []
    start = match.start() + parsed.start
    end = match.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return []
    return [(-(end - start), priority, start, Candidate(start, end, grammar_rule.name, parsed))]


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
