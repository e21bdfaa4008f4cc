"""The ``timeline_timex`` spaCy component: found through the entry point, writes doc.spans only."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
import spacy

from tests.conftest import ROOT
from timeline.errors import DCTError
from timeline.nlp import PIPELINE_PACKAGES
from timeline.spacy_ext import SPANS_KEY, timex_of

SENTENCE = "Russia and Turkey postponed talks in Moscow on Sunday. They will meet again next week."
# DCT Monday 2020-06-15: the Sunday before is 06-14; "next week" is ISO week 26 (06-22..06-28).
EXPECTED = [("Sunday", "2020-06-14"), ("next week", "2020-W26")]


@pytest.fixture(scope="module")
def fresh_nlp() -> Any:
    """A newly loaded English pipeline (never the library's cached one, which we must not edit)."""
    for name in PIPELINE_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.fail(f"none of {PIPELINE_PACKAGES} is installed")


def test_entry_point_registers_the_factory_without_importing_timeline() -> None:
    script = (
        # the script never imports timeline: spaCy finds the factory through the entry point
        "import json, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('timeline_timex', config={'dct': '2020-06-15'})\n"
        f"doc = nlp({SENTENCE!r})\n"
        "spans = doc.spans['timeline_timex']\n"
        "print(json.dumps([[s.text, s._.timeline_timex.value] for s in spans]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT.parent,  # not the project root: the package must come from its installation
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [tuple(pair) for pair in json.loads(done.stdout)] == EXPECTED


def test_spans_carry_the_time_expressions(fresh_nlp: Any) -> None:
    before = fresh_nlp(SENTENCE)
    fresh_nlp.add_pipe("timeline_timex", config={"dct": "2020-06-15"})
    try:
        doc = fresh_nlp(SENTENCE)
    finally:
        fresh_nlp.remove_pipe("timeline_timex")
    spans = doc.spans[SPANS_KEY]
    assert [(span.text, span._.timeline_timex.value) for span in spans] == EXPECTED
    for span in spans:
        expression = timex_of(span)
        assert expression is not None
        assert (span.start_char, span.end_char) == (expression.start, expression.end)
    # doc.ents is the statistical NER's, untouched: no DATE entity was replaced or dropped
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in before.ents]
    assert any(e.label_ == "DATE" for e in doc.ents)


def test_a_dct_on_the_doc_wins_over_the_config() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("timeline_timex", config={"dct": "2020-06-15"})
    doc = nlp.make_doc(SENTENCE)
    doc._.timeline_dct = "2020-06-22"  # one week later
    doc = nlp.get_pipe("timeline_timex")(doc)
    values = [span._.timeline_timex.value for span in doc.spans[SPANS_KEY]]
    assert values == ["2020-06-21", "2020-W27"]


def test_a_bad_dct_in_the_config_is_a_clear_error() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(DCTError, match="2020-13-01"):
        nlp.add_pipe("timeline_timex", config={"dct": "2020-13-01"})


def test_a_span_of_another_component_has_no_expression() -> None:
    doc = spacy.blank("en")("on Sunday")
    assert timex_of(doc[1:2]) is None
