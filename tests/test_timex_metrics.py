"""TempEval-3 time metrics on small hand-built gold/system pairs, figures computed by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.eval.timeml import read_timeml
from timeline.eval.timex_metrics import (
    Counts,
    Extent,
    count_matches,
    counts_by_gold_type,
    report,
    score,
    score_pairs,
)
from timeline.model import TimeExpression, TimexType
from timeline.ordering.model import Timeline


def date(start: int, end: int, value: str, kind: str = "DATE") -> Extent:
    return Extent(start, end, kind, value)


def test_perfect_match_scores_one_everywhere() -> None:
    gold = [date(0, 6, "2020-06-14"), date(20, 29, "P3Y", "DURATION")]
    result = score([(gold, list(gold))])
    assert result.strict_f1 == result.relaxed_f1 == 1.0
    assert result.value_f1 == result.type_f1 == 1.0
    assert result.counts == Counts(gold=2, system=2, strict=2, relaxed=2, value=2, type=2)


def test_shifted_extent_is_a_strict_miss_and_a_relaxed_hit() -> None:
    # gold "last week" at 10..19, system "week ago" at 15..23: overlap of 4 characters
    result = score([([date(10, 19, "2020-W24")], [date(15, 23, "2020-W24")])])
    assert (result.strict_precision, result.strict_recall, result.strict_f1) == (0.0, 0.0, 0.0)
    assert (result.relaxed_precision, result.relaxed_recall, result.relaxed_f1) == (1.0, 1.0, 1.0)
    assert result.value_f1 == 1.0


def test_touching_extents_do_not_overlap() -> None:
    result = score([([date(0, 5, "2020")], [date(5, 9, "2020")])])
    assert result.relaxed_f1 == 0.0
    assert result.counts.relaxed == 0


def test_wrong_value_is_a_value_miss_but_a_type_hit() -> None:
    gold = [date(0, 4, "2011"), date(10, 14, "2013")]
    system = [date(0, 4, "2011"), date(10, 14, "2012")]
    result = score([(gold, system)])
    assert result.relaxed_f1 == 1.0
    assert result.value_accuracy == 0.5
    assert result.value_f1 == 0.5
    assert result.type_f1 == 1.0


def test_mixed_document_matches_hand_computation() -> None:
    # gold: 4 expressions; system: 3, of which 2 overlap gold (1 exact), 1 spurious.
    gold = [
        date(0, 6, "2020-06-14"),
        date(10, 24, "2020-06-15TMO", "TIME"),
        date(30, 34, "2011"),
        date(40, 49, "P3Y", "DURATION"),
    ]
    system = [
        date(0, 6, "2020-06-14"),  # strict match, right value
        date(10, 16, "2020-06-15", "DATE"),  # relaxed only, wrong value and type
        date(60, 63, "PRESENT_REF"),  # spurious
    ]
    result = score([(gold, system)])
    assert result.strict_precision == pytest.approx(1 / 3)
    assert result.strict_recall == pytest.approx(1 / 4)
    assert result.strict_f1 == pytest.approx(2 / 7)  # 2*(1/3)(1/4)/(1/3+1/4)
    assert result.relaxed_precision == pytest.approx(2 / 3)
    assert result.relaxed_recall == pytest.approx(1 / 2)
    assert result.relaxed_f1 == pytest.approx(4 / 7)
    # value: 1 of 2 matched correct -> 0.5 * 4/7 = 2/7 = 2*1/(4+3)
    assert result.value_f1 == pytest.approx(2 / 7)
    assert result.type_f1 == pytest.approx(2 / 7)


def test_matching_is_one_to_one() -> None:
    # gold "Monday morning"; the system splits it into "Monday" and "morning"
    gold = [date(0, 14, "2020-06-15TMO", "TIME")]
    system = [date(0, 6, "2020-06-15"), date(7, 14, "XXXX-XX-XXTMO", "TIME")]
    counts = count_matches(gold, system)
    assert counts.relaxed == 1
    result = score([(gold, system)])
    assert result.relaxed_precision == 0.5
    assert result.relaxed_recall == 1.0


def test_exact_extent_is_paired_before_a_mere_overlap() -> None:
    gold = [date(10, 20, "2020-06")]
    system = [date(5, 15, "2020"), date(10, 20, "2020-06")]
    counts = count_matches(gold, system)
    assert counts.strict == 1
    assert counts.value == 1


def test_larger_overlap_wins_among_partial_matches() -> None:
    gold = [date(10, 20, "2020-06")]
    system = [date(0, 12, "2019"), date(12, 30, "2020-06")]
    assert count_matches(gold, system).value == 1


def test_counts_are_micro_averaged_over_documents() -> None:
    first = ([date(0, 4, "2011")], [date(0, 4, "2011")])
    second = ([date(0, 4, "2012"), date(9, 13, "2013"), date(20, 24, "2014")], [])
    result = score([first, second])
    assert result.relaxed_recall == pytest.approx(1 / 4)  # macro would give 0.5
    assert result.relaxed_precision == 1.0


def test_no_gold_and_no_system_scores_one_and_no_system_scores_zero() -> None:
    assert score([([], [])]).value_f1 == 1.0
    nothing_found = score([([date(0, 4, "2011")], [])])
    assert nothing_found.relaxed_f1 == 0.0
    assert nothing_found.value_f1 == 0.0


def test_empty_gold_extents_count_as_gold_but_never_match() -> None:
    counts = count_matches([date(5, 5, "2011")], [date(0, 9, "2011")])
    assert counts.gold == 1
    assert counts.relaxed == 0


GOLD_FILE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-06-15" temporalFunction="false" functionInDocument="CREATION_TIME">2020-06-15</TIMEX3></DCT>
<TEXT>
Talks stalled <TIMEX3 tid="t1" type="DATE" value="2020-06-14">on Sunday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
</TimeML>
"""  # noqa: E501


def test_score_pairs_reads_gold_from_documents_and_excludes_the_dct(tmp_path: Path) -> None:
    path = tmp_path / "test.tml"
    path.write_text(GOLD_FILE, encoding="utf-8")
    document = read_timeml(path)
    text = document.text
    start = text.index("Sunday")  # the gold extent wrongly includes "on": relaxed only
    system = (
        TimeExpression("Sunday", start, start + 6, TimexType.DATE, "2020-06-14"),
        TimeExpression("2020", 0, 0, TimexType.DATE, "2020"),  # an empty extent: spurious
    )
    timeline = Timeline(text=text, dct=document.dct, events=(), expressions=system)
    result = score_pairs([(document, timeline)])
    assert result.counts == Counts(gold=2, system=2, strict=0, relaxed=1, value=1, type=1)
    assert result.relaxed_f1 == pytest.approx(0.5)
    lines = report([(document, timeline)])
    assert any("relaxed span" in line and "F1 0.500" in line for line in lines)
    assert any("value F1 0.500" in line for line in lines)
    assert any("DATE 1 (found 1.00, value 1.00)" in line for line in lines)
    assert any("DURATION 1 (found 0.00, value 0.00)" in line for line in lines)


def test_counts_by_gold_type_split_recall_and_value_accuracy() -> None:
    gold = [date(0, 4, "2011"), date(10, 15, "P3Y", "DURATION"), date(20, 25, "P1W", "SET")]
    system = [date(0, 4, "2012"), date(10, 15, "P3Y", "DURATION"), date(40, 44, "2020")]
    split = counts_by_gold_type([(gold, system)])
    assert split["DATE"] == Counts(gold=1, system=1, strict=1, relaxed=1, value=0, type=1)
    assert split["DURATION"] == Counts(gold=1, system=1, strict=1, relaxed=1, value=1, type=1)
    assert split["SET"] == Counts(gold=1)
    assert list(split) == ["DATE", "DURATION", "SET"]
