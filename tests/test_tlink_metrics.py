"""Temporal awareness (TempEval-3) counts on hand-made gold and system link sets."""

from __future__ import annotations

import pytest

from timeline.eval.tlink_metrics import Awareness, awareness


def test_identical_graphs_score_one() -> None:
    links = [("e1", "t1", "IS_INCLUDED"), ("e2", "e1", "BEFORE")]
    score = awareness(links, links)
    assert score == Awareness(precise=2, system=2, recalled=2, gold=2)
    assert score.f1 == 1.0


def test_implied_links_count_through_closure() -> None:
    gold = [("a", "b", "BEFORE"), ("b", "c", "BEFORE")]
    system = [("a", "c", "BEFORE")]
    score = awareness(gold, system)
    # the system link is entailed by the gold closure; of two gold links it recalls none
    assert (score.precise, score.system, score.recalled, score.gold) == (1, 1, 0, 2)
    assert score.precision == 1.0
    assert score.recall == 0.0


def test_redundant_system_links_are_counted_once() -> None:
    gold = [("a", "b", "BEFORE")]
    system = [("a", "b", "BEFORE"), ("b", "a", "AFTER"), ("a", "b", "BEFORE")]
    assert awareness(gold, system).system == 1


def test_wrong_relation_costs_precision_and_recall() -> None:
    gold = [("a", "b", "BEFORE"), ("c", "b", "IS_INCLUDED")]
    system = [("a", "b", "AFTER"), ("c", "b", "IS_INCLUDED")]
    score = awareness(gold, system)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.5)


def test_sums_over_documents() -> None:
    total = Awareness(1, 2, 3, 4) + Awareness(1, 0, 1, 0)
    assert total == Awareness(2, 2, 4, 4)
    assert Awareness().f1 == 0.0
