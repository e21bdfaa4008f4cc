"""JSON export: exact round trips, references for shared objects, clear errors on bad input."""

from __future__ import annotations

import json
from datetime import date, datetime

import attrs
import pytest
from hypothesis import given, settings

from tests.export_samples import sample_timeline, timelines
from timeline.errors import ExportFormatError, TimelineError
from timeline.export.json import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from timeline.model import Grain
from timeline.ordering.model import Timeline, TimeRelation, TLink


@settings(max_examples=150, deadline=None)
@given(timelines())
def test_round_trip_is_exact(tl: Timeline) -> None:
    assert from_json(to_json(tl)) == tl


@settings(max_examples=50, deadline=None)
@given(timelines())
def test_output_is_plain_json_with_schema_version(tl: Timeline) -> None:
    data = json.loads(to_json(tl, indent=None))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data == to_dict(tl)


def test_sample_round_trip_keeps_types() -> None:
    tl = sample_timeline()
    back = from_json(to_json(tl))
    assert back == tl
    assert type(back.dct) is datetime
    when = back.events[3].when
    assert when is not None
    assert type(when.dct) is date  # a date stays a date, not a midnight datetime
    assert back.expressions[0].interval is not None
    assert back.expressions[0].interval.grain is Grain.DAY


def test_shared_objects_are_written_by_reference() -> None:
    tl = sample_timeline()
    data = to_dict(tl)
    postponed = data["events"][3]
    assert postponed["text"] == "postponed"
    assert postponed["when"]["anchor"] == {"time": 0}  # tl.expressions[0] is "Sunday"
    first_link = data["tlinks"][0]
    assert first_link["source"] == {"event": 3}
    assert first_link["target"] == {"time": 0}
    assert data["tlinks"][1]["target"] == "DCT"
    assert data["dct"] == "2020-06-15T00:00:00"
    assert data["expressions"][0]["interval"]["grain"] == "DAY"


def test_objects_outside_the_timeline_are_written_inline() -> None:
    tl = sample_timeline()
    postponed = tl.events[3]
    assert postponed.when is not None
    stray = attrs.evolve(tl.expressions[0], text="Sun.")
    moved = attrs.evolve(postponed, when=attrs.evolve(postponed.when, anchor=stray))
    link = TLink(tl.events[0], "DCT", TimeRelation.BEFORE)
    changed = attrs.evolve(tl, events=(moved,), tlinks=(link,))
    data = to_dict(changed)
    assert set(data["events"][0]["when"]["anchor"]) == {"time_value"}
    assert set(data["tlinks"][0]["source"]) == {"event_value"}
    assert from_dict(data) == changed


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"text": "", "dct": null, "events": []}', "schema_version"),
        ('{"schema_version": 99, "text": "", "dct": null, "events": []}', "schema version 99"),
        (
            '{"schema_version": 1, "text": "", "dct": "yesterday", "events": []}',
            "dct: expected an ISO date",
        ),
        ('{"schema_version": 1, "text": "", "dct": null}', "events: missing"),
        (
            '{"schema_version": 1, "text": "", "dct": null, "events": [], "colour": 1}',
            "unknown field",
        ),
        (
            '{"schema_version": 1, "text": "", "dct": null, "events": [],'
            ' "tlinks": [{"source": {"event": 4}, "target": "DCT", "relation": "BEFORE"}]}',
            "does not refer",
        ),
        (
            '{"schema_version": 1, "text": "", "dct": null, "events": [],'
            ' "tlinks": [{"source": "DCT", "target": "DCT", "relation": "SOON"}]}',
            "relation: expected one of",
        ),
    ],
)
def test_bad_documents_raise_a_clear_error(document: str, message: str) -> None:
    with pytest.raises(ExportFormatError, match=message) as caught:
        from_json(document)
    assert isinstance(caught.value, TimelineError)
    assert isinstance(caught.value, ValueError)


def test_a_non_string_is_rejected() -> None:
    with pytest.raises(ExportFormatError, match="JSON string"):
        from_json(42)  # type: ignore[arg-type]
