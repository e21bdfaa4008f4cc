"""The phrase corpus (tests/corpus/en_times.py) run as parametrized tests.

Each positive case must give an expression whose extent is exactly the marked phrase, with the
expected TIMEX3 type, value and mod, and no other expression may overlap it. Each negative
sentence must give nothing. On failure the message lists everything the resolver found, with the
rule that made it (chrono's buffered debug trace), so a failing case reads as a diagnosis.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pytest

import timeline
from tests.corpus import Case, Negative
from tests.corpus.en_times import NEGATIVE, POSITIVE, SECTIONS


def _ids(sections: dict[str, list[Case]]) -> list[str]:
    seen: Counter[str] = Counter()
    ids = []
    for section, cases in sections.items():
        for case in cases:
            base = f"{section}: {case.phrase} @{case.dct or 'narrative'}"
            seen[base] += 1
            ids.append(base if seen[base] == 1 else f"{base} #{seen[base]}")
    return ids


def trace(text: str, found: Sequence[timeline.TimeExpression]) -> str:
    """Everything the resolver found, one line each, for failure messages."""
    if not found:
        return "  (nothing found)"
    return "\n".join(
        f"  [{e.start}:{e.end}] {e.text!r} {e.type.value} value={e.value!r} "
        f"mod={e.mod.value if e.mod else None} anchor={e.anchor.value} rule={e.rule!r}"
        for e in found
    )


@pytest.mark.parametrize("case", POSITIVE, ids=_ids(SECTIONS))
def test_positive_case(case: Case) -> None:
    found = timeline.find_times(case.text, dct=case.dct)
    context = (
        f"\ntext: {case.text!r}\ndct: {case.dct}\nexpected: {case.phrase!r} "
        f"{case.type} value={case.value!r} mod={case.mod}\nfound:\n{trace(case.text, found)}"
    )
    for expression in found:
        assert case.text[expression.start : expression.end] == expression.text, context
    exact = [e for e in found if (e.start, e.end) == (case.start, case.end)]
    assert exact, "no expression with the expected extent" + context
    expression = exact[0]
    assert expression.text == case.phrase, context
    assert (expression.type.value, expression.value) == (case.type, case.value), context
    assert (expression.mod.value if expression.mod else None) == case.mod, context
    if case.set_attributes:
        assert (expression.quant, expression.freq) == (case.quant, case.freq), (
            f"quant={expression.quant!r} freq={expression.freq!r}, expected "
            f"quant={case.quant!r} freq={case.freq!r}" + context
        )
    overlapping = [
        e for e in found if e is not expression and e.start < case.end and case.start < e.end
    ]
    assert not overlapping, "other expressions overlap the phrase" + context


@pytest.mark.parametrize("negative", NEGATIVE, ids=[f"{n.trap}: {n.text[:40]}" for n in NEGATIVE])
def test_negative_sentence_gives_nothing(negative: Negative) -> None:
    found = timeline.find_times(negative.text, dct=negative.dct)
    assert not found, f"\ntext: {negative.text!r} (trap: {negative.trap})\nfound:\n" + trace(
        negative.text, found
    )


def test_corpus_is_large_and_covers_every_bullet_of_the_issue() -> None:
    assert len(POSITIVE) >= 400
    assert len(NEGATIVE) >= 60
    assert all(len(cases) >= 10 for cases in SECTIONS.values()), {
        name: len(cases) for name, cases in SECTIONS.items()
    }
    assert {c.type for c in POSITIVE} == {"DATE", "TIME", "DURATION", "SET"}
    assert any(c.dct is None for c in POSITIVE)


def test_corpus_cases_are_well_formed() -> None:
    for case in POSITIVE:
        assert case.text[case.start : case.end] == case.phrase
        assert case.phrase == case.phrase.strip()
        first_word = case.phrase.split()[0].lower()
        assert first_word not in {"on", "in", "for", "since", "until", "by", "during"}, case
    texts = [n.text for n in NEGATIVE]
    assert len(texts) == len(set(texts))
