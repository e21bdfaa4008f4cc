"""The phrase corpus as data: a spec that runs as parametrized tests (duckling's ``Corpus.hs``).

A positive case is a realistic news sentence in which exactly one phrase is marked with square
brackets, the DCT it is read against (``None`` for narrative text), and the TIMEX3 type, value and
mod TimeML gives that phrase. ``examples(...)`` maps many paraphrases to one expected value, like
duckling's ``examples (datetime ...) ["last week", "past week"]``. Expected values are written from
the TimeML guidelines, TimeBank/AQUAINT practice and issue 2, never copied from the system.

Extents follow TimeML: a leading preposition (on, in, for, since, until, by, during) is a signal
and stays outside the brackets; determiners and modifiers are inside ("the past three months",
"last week", "early March").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

__all__ = ["Case", "Negative", "examples", "negatives"]

_MARK = re.compile(r"\[([^\[\]]+)\]")


@attrs.frozen
class Case:
    """One expected time expression inside a sentence.

    Attributes:
        text: the sentence (or short text) without the brackets.
        phrase: the marked phrase, the expected TIMEX3 extent.
        start: where the phrase starts in ``text``.
        dct: the document creation date as an ISO string, or ``None`` for narrative text.
        type: the expected TIMEX3 type ("DATE", "TIME", "DURATION", "SET").
        value: the expected TIMEX3 value.
        mod: the expected TIMEX3 mod, or ``None``.
        quant: the expected TIMEX3 ``quant`` of a SET ("EVERY"), when ``set_attributes``.
        freq: the expected TIMEX3 ``freq`` of a SET ("2X"), when ``set_attributes``.
        set_attributes: whether ``quant`` and ``freq`` are part of the expectation (TempEval-3
            does not score them, and TimeBank is not consistent about them, so most cases leave
            them out).
    """

    text: str
    phrase: str
    start: int
    dct: str | None
    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    set_attributes: bool = False

    @property
    def end(self) -> int:
        """Where the phrase ends in ``text``."""
        return self.start + len(self.phrase)

    @classmethod
    def parse(
        cls,
        marked: str,
        dct: str | None,
        type: str,
        value: str,
        mod: str | None = None,
        **set_attributes: str | None,
    ) -> Case:
        """Build a case from a sentence with exactly one ``[bracketed]`` phrase.

        ``quant=...`` and/or ``freq=...`` make the SET attributes part of the expectation.
        """
        found = _MARK.findall(marked)
        if len(found) != 1 or marked.count("[") != 1 or marked.count("]") != 1:
            raise ValueError(f"mark exactly one phrase with [brackets]: {marked!r}")
        match = _MARK.search(marked)
        assert match is not None
        text = marked[: match.start()] + match.group(1) + marked[match.end() :]
        unknown = set(set_attributes) - {"quant", "freq"}
        if unknown:
            raise ValueError(f"unknown expectations {sorted(unknown)}")
        return cls(
            text,
            match.group(1),
            match.start(),
            dct,
            type,
            value,
            mod,
            quant=set_attributes.get("quant"),
            freq=set_attributes.get("freq"),
            set_attributes=bool(set_attributes),
        )


@attrs.frozen
class Negative:
    """A sentence that holds no time expression at all.

    Attributes:
        text: the sentence.
        dct: the DCT it is read against.
        trap: what a careless grammar would take for a time ("may" as a modal, "a 747").
    """

    text: str
    dct: str | None
    trap: str


def examples(
    dct: str | None,
    type: str,
    value: str,
    sentences: Iterable[str],
    *,
    mod: str | None = None,
    **set_attributes: str | None,
) -> list[Case]:
    """Many marked sentences that must all give the same type, value and mod (and, when given,
    the same SET ``quant`` and ``freq``)."""
    return [Case.parse(sentence, dct, type, value, mod, **set_attributes) for sentence in sentences]


def negatives(dct: str | None, pairs: Iterable[tuple[str, str]]) -> list[Negative]:
    """``(trap, sentence)`` pairs that must give no expression at all."""
    return [Negative(sentence, dct, trap) for trap, sentence in pairs]
