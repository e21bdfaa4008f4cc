"""The phrase corpus (tests/corpus/en_times.py) run as parametrized tests.

Each positive case must give an expression whose extent is exactly the marked phrase, with the
expected TIMEX3 type, value and mod, and no other expression may overlap it. Each negative
sentence must give nothing. On failure the message lists everything the resolver found, with the
rule that made it (chrono's buffered debug trace), so a failing case reads as a diagnosis.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

import pytest

import timeline
from tests.corpus import Case, Negative
from tests.corpus.en_times import MON, NEGATIVE, POSITIVE, SECTIONS, TUE
from timeline.model import Duration, Grain


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
    assert not set(texts) & {case.text for case in POSITIVE}
    expected: dict[tuple[str, int, str | None], tuple[str, str, str | None]] = {}
    for case in POSITIVE:  # one sentence, one phrase, one DCT: one expectation
        key = (case.text, case.start, case.dct)
        want = (case.type, case.value, case.mod)
        assert expected.setdefault(key, want) == want, f"conflicting expectations for {key}"


# --- the real interval behind each value ----------------------------------------------------

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9}


def span_of_value(value: str) -> tuple[datetime, datetime] | None:
    """The half-open interval a TIMEX3 DATE value names, read independently of the library
    (``None`` for values this reader does not cover)."""
    if re.fullmatch(r"\d{4}", value):
        year = int(value)
        return datetime(year, 1, 1), datetime(year + 1, 1, 1)
    if re.fullmatch(r"\d{3}|\d{2}", value):
        size = 10 if len(value) == 3 else 100
        first = int(value) * size
        return datetime(max(first, 1), 1, 1), datetime(first + size, 1, 1)
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(match[1]), int(match[2])
        return datetime(year, month, 1), datetime(year + month // 12, month % 12 + 1, 1)
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = datetime(int(match[1]), int(match[2]), int(match[3]))
        return day, day + timedelta(days=1)
    if match := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = datetime.combine(date.fromisocalendar(int(match[1]), int(match[2]), 1), time())
        if match[3]:
            return monday + timedelta(days=5), monday + timedelta(days=7)
        return monday, monday + timedelta(days=7)
    if match := re.fullmatch(r"(\d{4})-([QH])(\d)", value):
        months = 3 if match[2] == "Q" else 6
        first = (int(match[3]) - 1) * months + 1
        year = int(match[1])
        end_month = first + months
        return datetime(year, first, 1), datetime(
            year + (end_month > 12), (end_month - 1) % 12 + 1, 1
        )
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA)", value):
        year, first = int(match[1]), _SEASON_START[match[2]]
        return datetime(year, first, 1), datetime(year, first + 3, 1)
    return None


_OPENING_SIGNAL = re.compile(
    r"\b(since|until|till|by|through|before|after|as of)\s+(?:at\s+least\s+)?$", re.I
)

_PLAIN_DATES = [
    case
    for name, cases in SECTIONS.items()
    if name != "range"
    for case in cases
    if case.type == "DATE"
    and case.mod is None
    and span_of_value(case.value) is not None
    # since/until/by... make the interval open on purpose
    and not _OPENING_SIGNAL.search(case.text[: case.start])
]


@pytest.mark.parametrize(
    "case", _PLAIN_DATES, ids=[f"{c.phrase} = {c.value} @{c.dct}" for c in _PLAIN_DATES]
)
def test_the_interval_of_a_date_is_the_span_its_value_names(case: Case) -> None:
    found = timeline.find_times(case.text, dct=case.dct)
    exact = [e for e in found if (e.start, e.end) == (case.start, case.end)]
    assert exact, f"no expression for {case.phrase!r}:\n{trace(case.text, found)}"
    expression = exact[0]
    if expression.value != case.value:
        pytest.fail(f"value {expression.value!r} is wrong (see the value test); no interval check")
    assert expression.interval is not None, f"{case.phrase!r} has no interval"
    start, end = span_of_value(case.value) or (None, None)
    assert (expression.interval.start, expression.interval.end) == (start, end)


SEMANTICS = [
    # (sentence, dct, phrase, what to check)
    ("Talks were postponed on Sunday.", MON, "Sunday", "anchor=dct certainty=inferred"),
    ("Fighting intensified last week.", MON, "last week", "anchor=dct certainty=anchored"),
    ("The deal was signed on June 14, 2020.", MON, "June 14, 2020", "anchor=none certainty=stated"),
    ("The lockdown was imposed in March.", MON, "March", "anchor=dct certainty=inferred"),
    (
        "The company was founded in 2011. Three years later, it went public.",
        MON,
        "Three years later",
        "anchor=previous certainty=anchored",
    ),
]


@pytest.mark.parametrize(("text", "dct", "phrase", "expected"), SEMANTICS, ids=lambda x: str(x))
def test_anchor_and_certainty_say_where_a_value_came_from(
    text: str, dct: str, phrase: str, expected: str
) -> None:
    """Issue 2: a certainty (stated, anchored, inferred) and what the value was resolved against
    (the DCT, an earlier expression, nothing); model.Certainty documents which is which."""
    found = {e.text: e for e in timeline.find_times(text, dct=dct)}
    assert phrase in found, trace(text, tuple(found.values()))
    expression = found[phrase]
    got = f"anchor={expression.anchor.value} certainty={expression.certainty.value}"
    assert got == expected


def test_since_opens_the_interval_to_the_future() -> None:
    (expression,) = timeline.find_times("Libya has been mired in turmoil since 2011.", dct=MON)
    assert expression.text == "2011"
    assert expression.interval is not None
    assert expression.interval.start == datetime(2011, 1, 1)
    assert expression.interval.end is None


def test_until_opens_the_interval_to_the_past() -> None:
    (expression,) = timeline.find_times("The ban will stay in force until June.", dct=TUE)
    assert expression.interval is not None
    assert expression.interval.start is None
    assert expression.interval.end in (datetime(2024, 6, 1), datetime(2024, 7, 1))


def test_the_past_two_weeks_is_a_duration_that_ends_at_the_dct() -> None:
    (expression,) = timeline.find_times("Prices have doubled over the past two weeks.", dct=MON)
    assert expression.duration == Duration(2, Grain.WEEK)
    assert expression.interval is not None
    assert expression.interval.end in (datetime(2020, 6, 15), datetime(2020, 6, 16))
    assert expression.interval.start == expression.interval.end - timedelta(weeks=2)


def test_durations_carry_amount_and_unit() -> None:
    text = "The GNA has advanced for weeks in a 14-month campaign."
    found = {e.text: e for e in timeline.find_times(text, dct=MON)}
    assert found["weeks"].duration == Duration(None, Grain.WEEK)
    assert found["14-month"].duration == Duration(14, Grain.MONTH)
