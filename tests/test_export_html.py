"""HTML page: self-contained, escaped, events in time order, an axis that shows uncertainty."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given, settings

from tests.export_samples import NEWS_YEARS, SAMPLE_TEXT, sample_timeline, timelines
from timeline.events.model import Event, EventClass
from timeline.export.html import sentence_around, to_html
from timeline.ordering.model import Timeline

SVG = "{http://www.w3.org/2000/svg}"


class _Collector(HTMLParser):
    """Collects tags, attributes, table rows and the marked triggers of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[str] = []
        self._in_mark = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_mark = tag == "mark"

    def handle_endtag(self, tag: str) -> None:
        self._in_mark = False

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks.append(data)


def _parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def _svg(page: str) -> ET.Element:
    match = re.search(r"<svg.*?</svg>", page, re.S)
    assert match is not None
    return ET.fromstring(match.group(0))


def _rows(svg: ET.Element) -> dict[str, ET.Element]:
    """The row group of each event, keyed by its trigger (row labels read "3. postponed")."""
    rows = {}
    for group in svg.iter(f"{SVG}g"):
        label = next(t.text for t in group.iter(f"{SVG}text") if t.get("class") == "name")
        assert label is not None
        rows[label.split(". ", 1)[1]] = group
    return rows


def _bar(group: ET.Element) -> tuple[float, float]:
    rect = next(group.iter(f"{SVG}rect"))
    left = float(rect.attrib["x"])
    return left, left + float(rect.attrib["width"])


def test_page_is_self_contained() -> None:
    page = to_html(sample_timeline())
    assert page.startswith("<!DOCTYPE html>")
    tags = _parse(page).tags
    assert "script" not in {name for name, _ in tags}
    assert not [a for _, a in tags if "src" in a or "href" in a]  # nothing fetched
    assert "<style>" in page


def test_events_are_listed_in_time_order_with_their_sentence() -> None:
    tl = sample_timeline()
    page = to_html(tl)
    assert _parse(page).marks == [event.text for event in tl.events]
    # the trigger is shown inside its own sentence, escaped
    assert "Cavusoglu <mark>said</mark> the &lt;core&gt; issues were &quot;unrelated&quot;." in page
    assert "agent: Russia <small>(GPE)</small>" in page
    assert "2020-06-14" in page


def test_article_text_cannot_inject_markup() -> None:
    text = "Officials <script>alert(1)</script> met & talked."
    start = text.index("met")
    event = Event("met", start, start + 3, "meet", 0, "VERB", EventClass.OCCURRENCE)
    tl = Timeline(text=text, dct=None, events=(event,))
    page = to_html(tl, title="<b>x</b>")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page
    assert "<svg" not in page  # no event has a time: there is nothing to place


def test_axis_places_events_by_their_bounds() -> None:
    rows = _rows(_svg(to_html(sample_timeline())))
    postponed, said, mired, push = (_bar(rows[k]) for k in ("postponed", "said", "mired", "push"))
    assert mired[0] < push[0] <= postponed[0] < said[0]  # 2011 < W24 <= 06-14 < 06-15
    assert postponed[1] <= said[0] + 0.5  # Sunday ends where Monday (the DCT) begins


def test_axis_shows_open_ends_and_unknown_times() -> None:
    rows = _rows(_svg(to_html(sample_timeline())))

    def fades(group: ET.Element) -> set[str]:
        return {
            r.attrib["fill"] for r in group.iter(f"{SVG}rect") if r.attrib["fill"].startswith("url")
        }

    assert fades(rows["mired"]) == {"url(#fade-right)"}  # since 2011, not ended
    assert fades(rows["continue"]) == {"url(#fade-right)"}  # after the DCT
    assert fades(rows["advanced"]) == {"url(#fade-left)"}  # began weeks before: no earliest start
    assert fades(rows["postponed"]) == set()


def test_axis_rows_are_numbered_as_the_table_and_skip_unknown_times() -> None:
    tl = sample_timeline()
    page = to_html(tl)
    labels = [
        t.text
        for t in _svg(page).iter(f"{SVG}text")
        if t.get("class") == "name" and t.text is not None
    ]
    expected = [f"{n}. {e.text}" for n, e in enumerate(tl, start=1) if e.when is not None]
    assert labels == expected
    assert "proposal" not in _rows(_svg(page))  # no time at all: in the table only
    assert "1 event with no known time is in the table only" in page


def test_axis_core_marks_the_certain_stretch() -> None:
    rows = _rows(_svg(to_html(sample_timeline())))
    # "has advanced for weeks" started by 06-08 and ended at the DCT at the earliest: it
    # certainly covers 06-08..06-15, drawn as a darker rect inside the light bar
    light, core = (r for r in rows["advanced"].iter(f"{SVG}rect") if "fill-opacity" in r.attrib)
    assert float(core.attrib["fill-opacity"]) > float(light.attrib["fill-opacity"])
    assert _bar(rows["advanced"])[0] < float(core.attrib["x"]) < _bar(rows["advanced"])[1]
    # a day-long event has no certain stretch: it lies somewhere inside the day
    assert len(list(rows["postponed"].iter(f"{SVG}rect"))) == 1


def test_axis_opacity_follows_certainty() -> None:
    tl = sample_timeline()
    postponed = tl.events[3]
    assert postponed.when is not None
    guessed = attrs.evolve(
        postponed, when=attrs.evolve(postponed.when, certainty=postponed.when.certainty.INFERRED)
    )
    rows = _rows(_svg(to_html(attrs.evolve(tl, events=(guessed, *tl.events[4:])))))
    said = _rows(_svg(to_html(tl)))["postponed"]
    faint = next(rows["postponed"].iter(f"{SVG}rect")).attrib["fill-opacity"]
    firm = next(said.iter(f"{SVG}rect")).attrib["fill-opacity"]
    assert float(faint) < float(firm)


@pytest.mark.parametrize(
    ("word", "sentence"),
    [
        ("postponed", "On Sunday, Russia and Turkey postponed talks on Libya & Syria."),
        ("advanced", "The GNA has advanced for weeks."),
        ("mired", "Libya has been mired in turmoil since 2011."),
        ("proposal", "The push last week came despite a proposal."),
    ],
)
def test_sentence_around(word: str, sentence: str) -> None:
    start = SAMPLE_TEXT.index(word)
    before, trigger, after = sentence_around(SAMPLE_TEXT, start, start + len(word))
    assert trigger == word
    assert before + trigger + after == sentence


@settings(max_examples=60, deadline=None)
@given(timelines(NEWS_YEARS))
def test_any_timeline_gives_a_page_with_a_well_formed_axis(tl: Timeline) -> None:
    page = to_html(tl)
    collector = _parse(page)
    assert "script" not in {name for name, _ in collector.tags}
    assert [name for name, _ in collector.tags].count("mark") == len(tl.events)
    if "<svg" in page:
        labels = [t for t in _svg(page).iter(f"{SVG}text") if t.get("class") == "name"]
        assert len(labels) == sum(1 for e in tl if e.when is not None and _has_bound(e))


def _has_bound(event: Event) -> bool:
    when = event.when
    assert when is not None
    return any(
        b is not None
        for b in (when.earliest_start, when.latest_start, when.earliest_end, when.latest_end)
    )


@pytest.mark.parametrize(
    ("text", "word", "sentence"),
    [
        (
            "It was a plot. U.S. spokesman P.J. Crowley said so in Washington. Nobody else did.",
            "said",
            "U.S. spokesman P.J. Crowley said so in Washington.",
        ),
        (
            "Talks failed. Gen. Haftar attacked on Aug. 7 and Mr. Smith left. Then calm.",
            "attacked",
            "Gen. Haftar attacked on Aug. 7 and Mr. Smith left.",
        ),
        (
            'He said: "We will go." They went, at 3 p.m. on Sunday.',
            "went",
            "They went, at 3 p.m. on Sunday.",
        ),
    ],
)
def test_sentence_around_abbreviations(text: str, word: str, sentence: str) -> None:
    start = text.index(word)
    before, trigger, after = sentence_around(text, start, start + len(word))
    assert before + trigger + after == sentence
