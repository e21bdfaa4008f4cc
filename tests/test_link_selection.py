"""Link selection: which TLINKs are written, and what stays evidence for ``Timeline.relation``."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import attrs
import pytest

import timeline
from timeline.eval.closure import Relation
from timeline.eval.timeml import TimeMLDocument
from timeline.eval.tlink_metrics import Side, system_links
from timeline.export.timeml_doc import to_timeml
from timeline.nlp import load_pipeline
from timeline.ordering.build import build_timeline
from timeline.ordering.link_models import LinkModels, shipped_models
from timeline.ordering.model import DCT, LinkKind, TimeRelation, TLink
from timeline.ordering.selection import GROUPS, Selection, fit, probability, select_links
from timeline.ordering.train_links import Sample, ScoredDocument, choose_thresholds, inner_folds
from timeline.temporal.pipeline import find_time_expressions

from .conftest import SEED_DCT

_TEXT = (
    "On Sunday, Russia and Turkey postponed the talks. The ministers had met in March after "
    "fighting erupted. They said they will meet again next week, and the ceasefire holds."
)


def _timeline(text: str, models: LinkModels) -> timeline.Timeline:
    from timeline._input import parse_dct
    from timeline.events.detect import detect_events

    dct = parse_dct(SEED_DCT)
    expressions = find_time_expressions(text, dct)
    doc = load_pipeline()(text)
    return build_timeline(text, dct, expressions, detect_events(doc, expressions), doc, models)


def _refuse_all() -> Selection:
    return Selection(weights={"bias": -8.0}, thresholds=dict.fromkeys(GROUPS, 0.5))


def test_without_selection_every_link_is_written() -> None:
    tl = _timeline(_TEXT, attrs.evolve(shipped_models(), selection=None))
    assert tl.tlinks
    assert tl.written_tlinks == tl.tlinks


def test_unwritten_links_remain_evidence_for_relation() -> None:
    everything = _timeline(_TEXT, attrs.evolve(shipped_models(), selection=None))
    nothing = _timeline(_TEXT, attrs.evolve(shipped_models(), selection=_refuse_all()))
    assert nothing.written_tlinks == ()
    assert len(nothing.tlinks) == len(everything.tlinks)
    assert all(0.0 <= link.confidence < 0.5 for link in nothing.tlinks)
    for a, b in itertools.permutations(everything.events, 2):
        index_a, index_b = everything.events.index(a), everything.events.index(b)
        same = nothing.relation(nothing.events[index_a], nothing.events[index_b])
        assert same is everything.relation(a, b)


def test_written_iff_the_probability_reaches_the_group_threshold() -> None:
    selection = Selection(
        weights={"bias": 0.0, "cat=DE": 3.0, "cat=ET0": -3.0},
        thresholds={**dict.fromkeys(GROUPS, 0.4), "TT": 0.0},
    )
    tl = _timeline(_TEXT, attrs.evolve(shipped_models(), selection=selection))
    dct_links = [link for link in tl.tlinks if DCT in (link.source, link.target)]
    assert dct_links
    assert all(link.written and link.confidence > 0.9 for link in dct_links)
    time_links = [
        link
        for link in tl.tlinks
        if isinstance(link.target, timeline.TimeExpression)
        and isinstance(link.source, timeline.Event)
    ]
    assert time_links
    assert not any(link.written for link in time_links)


def test_only_written_links_are_scored_and_exported() -> None:
    tl = timeline.extract(_TEXT, dct=SEED_DCT)
    first = tl.tlinks[0]
    hidden = attrs.evolve(tl, tlinks=(attrs.evolve(first, written=False), *tl.tlinks[1:]))
    assert len(hidden.written_tlinks) == len(tl.written_tlinks) - (1 if first.written else 0)
    assert to_timeml(hidden).count("<TLINK") == len(hidden.written_tlinks)


def test_system_links_leave_unwritten_links_out() -> None:
    from timeline.eval.timeml import TimeMLDocument

    tl = timeline.extract(_TEXT, dct=SEED_DCT)
    silent = attrs.evolve(tl, tlinks=tuple(attrs.evolve(x, written=False) for x in tl.tlinks))
    document = TimeMLDocument.__new__(TimeMLDocument)  # only the attributes the renaming reads
    object.__setattr__(document, "instances", ())
    object.__setattr__(document, "events", ())
    object.__setattr__(document, "timexes", ())
    object.__setattr__(document, "dct_tid", "t0")
    assert system_links(document, silent) == []
    assert len(system_links(document, tl)) == len(tl.written_tlinks)


def test_select_links_marks_each_link_by_its_group() -> None:
    doc = load_pipeline()("Prices rose on Monday.")
    rose = timeline.find_events("Prices rose on Monday.", dct=SEED_DCT)[0]
    monday = timeline.find_times("Prices rose on Monday.", dct=SEED_DCT)[0]
    links = [
        TLink(rose, monday, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX),
        TLink(rose, DCT, TimeRelation.BEFORE, LinkKind.TENSE),
    ]
    selection = Selection(weights={"bias": 0.0}, thresholds={"ET": 0.4, "DE": 0.6})
    marked = select_links(doc, links, selection)
    assert [link.written for link in marked] == [True, False]
    assert [link.confidence for link in marked] == [0.5, 0.5]
    assert select_links(doc, links, None) == tuple(links)


def test_fit_separates_what_the_features_separate() -> None:
    examples = [(["bias", "good"], 1)] * 40 + [(["bias", "bad"], 0)] * 40
    weights = fit(examples)
    assert probability(weights, ["bias", "good"]) > 0.8
    assert probability(weights, ["bias", "bad"]) < 0.2


def test_thresholds_drop_an_unlikely_wrong_link_and_keep_a_right_one() -> None:
    gold = Side.of([("e1", "t1", "IS_INCLUDED"), ("e2", "t0", "BEFORE")])
    names: list[Relation] = [
        ("e1", "t1", "IS_INCLUDED"),
        ("e2", "t0", "AFTER"),
        ("e2", "t0", "BEFORE"),
    ]
    scored = [
        ScoredDocument(
            folder="x",
            names=names[:2],
            groups=["ET", "DE"],
            features=[[], []],
            labels=[1, 0],
            gold=Side.of([("e1", "t1", "IS_INCLUDED")]),
        ),
        ScoredDocument(
            folder="x",
            names=names,
            groups=["ET", "DE", "DE"],
            features=[[], [], []],
            labels=[1, 0, 1],
            gold=gold,
        ),
    ]
    thresholds, reached = choose_thresholds(scored, [[0.9, 0.1], [0.9, 0.1, 0.8]])
    assert 0.1 < thresholds["DE"] <= 0.8
    assert thresholds["ET"] <= 0.9
    assert reached.precision == 1.0
    assert reached.recall == 1.0


@pytest.mark.parametrize("group", GROUPS)
def test_a_selection_without_a_threshold_for_a_group_writes_it(group: str) -> None:
    assert Selection(weights={}, thresholds={}).writes(group, 0.0)


def _named(folder: str, name: str) -> Sample:
    document = cast(TimeMLDocument, SimpleNamespace(path=Path(folder) / name))
    return Sample(document=document, doc=None, expressions=(), events=())


def test_inner_folds_spread_each_folder_and_ignore_the_reading_order() -> None:
    samples = [_named("TimeBank", f"tb{n}.tml") for n in range(9)]
    samples += [_named("AQUAINT", f"aq{n}.tml") for n in range(5)]
    fold_of = inner_folds(samples, 4)
    assert sorted(set(fold_of)) == [0, 1, 2, 3]
    for folder in ("TimeBank", "AQUAINT"):
        counts = Counter(
            fold
            for sample, fold in zip(samples, fold_of, strict=True)
            if sample.document.path.parent.name == folder
        )
        assert max(counts.values()) - min(counts.get(fold, 0) for fold in range(4)) <= 1
    reordered = list(reversed(samples))
    again = dict(zip((s.document.path for s in reordered), inner_folds(reordered, 4), strict=True))
    assert again == dict(zip((s.document.path for s in samples), fold_of, strict=True))
