"""Standalone TimeML: well-formed XML, text preserved, ids that refer to something."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import attrs
from hypothesis import given, settings

from tests.export_samples import SAMPLE_TEXT, sample_timeline, timelines
from timeline.events.model import Event, EventClass
from timeline.export.timeml_doc import to_timeml
from timeline.ordering.model import Timeline


def _check_references(root: ET.Element) -> None:
    """Every id a MAKEINSTANCE or TLINK uses is defined once in the document."""
    tids = [t.get("tid") for t in root.iter("TIMEX3")]
    eids = [e.get("eid") for e in root.iter("EVENT")]
    eiids = [m.get("eiid") for m in root.iter("MAKEINSTANCE")]
    assert len(set(tids)) == len(tids)
    assert len(set(eids)) == len(eids)
    assert sorted(m.get("eventID") for m in root.iter("MAKEINSTANCE")) == sorted(eids)
    for link in root.iter("TLINK"):
        source = link.get("timeID") or link.get("eventInstanceID")
        target = link.get("relatedToTime") or link.get("relatedToEventInstance")
        assert source in tids or source in eiids
        assert target in tids or target in eiids


def test_sample_document_structure() -> None:
    root = ET.fromstring(to_timeml(sample_timeline(), docid="libya & co"))
    assert root.tag == "TimeML"
    assert root.findtext("DOCID") == "libya & co"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.attrib["tid"] == "t0"
    assert dct.attrib["value"] == "2020-06-15"
    assert dct.attrib["functionInDocument"] == "CREATION_TIME"
    text = root.find("TEXT")
    assert text is not None
    assert "".join(text.itertext()) == SAMPLE_TEXT  # "<core>", "&" and quotes survive
    _check_references(root)


def test_inline_tags_carry_the_values() -> None:
    tl = sample_timeline()
    root = ET.fromstring(to_timeml(tl))
    timexes = [(t.text, t.get("tid"), t.get("value"), t.get("mod")) for t in root.iter("TIMEX3")]
    assert timexes[1:] == [
        ("Sunday", "t1", "2020-06-14", None),
        ("weeks", "t2", "PXW", None),
        ("2011", "t3", "2011", None),
        ("last week", "t4", "2020-W24", "END"),
    ]
    events = [(e.text, e.get("eid"), e.get("class")) for e in root.iter("EVENT")]
    # ids follow the text, not the time order of the timeline
    assert [eid for _, eid, _ in events] == [f"e{n}" for n in range(1, len(tl.events) + 1)]
    assert events[0] == ("postponed", "e1", "OCCURRENCE")
    assert [text for text, _, _ in events] == sorted(
        (e.text for e in tl.events), key=SAMPLE_TEXT.index
    )
    future = next(m for m in root.iter("MAKEINSTANCE") if m.get("modality") == "will")
    continue_eid = next(e.get("eid") for e in root.iter("EVENT") if e.text == "continue")
    assert future.get("eventID") == continue_eid
    assert future.get("tense") == "FUTURE"


def test_tlinks_point_at_the_right_tags() -> None:
    root = ET.fromstring(to_timeml(sample_timeline()))
    eid = {e.text: e.get("eid") for e in root.iter("EVENT")}
    eiid = {m.get("eventID"): m.get("eiid") for m in root.iter("MAKEINSTANCE")}
    links = {
        (
            link.get("eventInstanceID") or link.get("timeID"),
            link.get("relType"),
            link.get("relatedToTime") or link.get("relatedToEventInstance"),
        )
        for link in root.iter("TLINK")
    }
    postponed, said = eiid[eid["postponed"]], eiid[eid["said"]]
    assert links == {
        (postponed, "IS_INCLUDED", "t1"),
        (said, "IS_INCLUDED", "t0"),
        (postponed, "BEFORE", said),
        ("t1", "BEFORE", "t0"),
    }


def test_without_a_dct_there_is_no_t0() -> None:
    tl = attrs.evolve(sample_timeline(), dct=None)
    root = ET.fromstring(to_timeml(tl))
    assert root.find("DCT") is None
    assert all("t0" not in link.attrib.values() for link in root.iter("TLINK"))
    _check_references(root)


def test_a_crossing_event_is_left_out_with_its_instance() -> None:
    tl = sample_timeline()
    start = SAMPLE_TEXT.index("last week") + len("last ")
    crossing = Event("week came", start, start + 9, "come", 5, "VERB", EventClass.OCCURRENCE)
    root = ET.fromstring(to_timeml(attrs.evolve(tl, events=(*tl.events, crossing))))
    assert "week came" not in [e.text for e in root.iter("EVENT")]
    assert len(list(root.iter("MAKEINSTANCE"))) == len(tl.events)
    _check_references(root)


@settings(max_examples=100, deadline=None)
@given(timelines())
def test_any_timeline_gives_well_formed_timeml(tl: Timeline) -> None:
    root = ET.fromstring(to_timeml(tl, docid=tl.text))
    _check_references(root)
