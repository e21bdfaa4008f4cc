"""The TLINKs of a timeline: what they link, and their TimeML form."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

import timeline
from timeline.export.timeml import tlink_elements
from timeline.ordering.model import LinkKind, TimeRelation
from timeline.ordering.tlinks import DCT

from .conftest import SEED_DCT


@pytest.fixture(scope="module")
def seed_timeline(seed_text: str) -> timeline.Timeline:
    return timeline.extract(seed_text, dct=SEED_DCT)


def _link(tl: timeline.Timeline, source_text: str, target: object) -> list[TimeRelation]:
    return [
        link.relation
        for link in tl.tlinks
        if isinstance(link.source, timeline.Event)
        and link.source.text == source_text
        and (link.target == target or getattr(link.target, "text", None) == target)
    ]


def test_event_time_links_come_from_syntax(seed_timeline: timeline.Timeline) -> None:
    assert TimeRelation.IS_INCLUDED in _link(seed_timeline, "postponed", "Sunday")
    assert TimeRelation.BEGUN_BY in _link(seed_timeline, "mired", "2011")
    kinds = {link.link for link in seed_timeline.tlinks if link.target != DCT}
    assert LinkKind.SYNTAX in kinds


def test_event_dct_links_follow_tense(seed_timeline: timeline.Timeline) -> None:
    assert TimeRelation.BEFORE in _link(seed_timeline, "agreed", DCT)
    future = timeline.extract("Russia will continue the talks.", dct=SEED_DCT)
    assert _link(future, "continue", DCT) == [TimeRelation.AFTER]


def test_future_in_reported_speech_has_bounds_but_no_dct_link(
    seed_timeline: timeline.Timeline,
) -> None:
    # "Turkey will continue talks ..., Turkey's foreign minister said": TimeBank relates such a
    # future to the saying, not to the DCT, so only the bounds say "after the DCT"
    continued = [e for e in seed_timeline if e.text == "continue" and e.tense.value == "FUTURE"]
    assert continued
    assert str(continued[0].when) == "after 2020-06-15"
    assert _link(seed_timeline, "continue", DCT).count(TimeRelation.AFTER) == 0


def test_every_link_end_is_in_the_timeline(seed_timeline: timeline.Timeline) -> None:
    items = set(seed_timeline.events) | set(seed_timeline.expressions) | {DCT}
    for link in seed_timeline.tlinks:
        assert link.source in items
        assert link.target in items


def test_tlink_elements_name_written_ids(seed_timeline: timeline.Timeline) -> None:
    lines = tlink_elements(seed_timeline.tlinks, seed_timeline.events, seed_timeline.expressions)
    assert lines
    instances = {f"ei{n}" for n in range(1, len(seed_timeline.events) + 1)}
    tids = {f"t{n}" for n in range(len(seed_timeline.expressions) + 1)}
    for number, line in enumerate(lines, start=1):
        element = ElementTree.fromstring(line)
        assert element.tag == "TLINK"
        assert element.get("lid") == f"l{number}"
        assert element.get("relType") in TimeRelation.__members__
        source = element.get("eventInstanceID") or element.get("timeID")
        target = element.get("relatedToEventInstance") or element.get("relatedToTime")
        for end in (source, target):
            assert end in instances or end in tids, line
    assert any(re.search(r'relatedToTime="t0"', line) for line in lines)


def _names(tl: timeline.Timeline) -> list[tuple[object, object, str]]:
    def name(item: object) -> object:
        return item if isinstance(item, str) else id(item)

    return [(name(link.source), name(link.target), link.relation.value) for link in tl.tlinks]


def test_tlinks_never_contradict_each_other(seed_timeline: timeline.Timeline) -> None:
    from timeline.eval.closure import consistent_links

    _, violated = consistent_links(_names(seed_timeline))
    assert violated == []


def test_times_are_related_across_sentences_but_not_to_the_dct() -> None:
    tl = timeline.extract(
        "Talks began on Monday. Officials met again on Wednesday.", dct="2020-06-19"
    )
    monday, wednesday = tl.expressions
    assert (monday, wednesday, TimeRelation.BEFORE) in {
        (link.source, link.target, link.relation) for link in tl.tlinks
    }
    # time-DCT relations are calendar facts the annotators seldom write: no TLINK
    assert not [link for link in tl.tlinks if link.source in tl.expressions and link.target == DCT]
