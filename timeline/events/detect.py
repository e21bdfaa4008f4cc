"""Find the events of a parsed document: candidates -> classifier -> TimeML attributes.

The pipeline per token: a cheap filter (:func:`~timeline.events.features.is_candidate`), the
trained detector and class typer (:mod:`timeline.events.classify`), then rules for tense,
aspect, polarity and modality (:mod:`timeline.events.attributes`), factuality
(:mod:`timeline.events.factuality`) and participants (:mod:`timeline.events.participants`).
Tokens inside a time expression are never events ("week", "Sunday", "14-month").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

import attrs
import numpy
from spacy.tokens import Doc

from timeline.errors import InputTextError, TimelineError
from timeline.events.attributes import grammar
from timeline.events.classify import EventModel, load_model
from timeline.events.factuality import factuality
from timeline.events.features import (
    GOVERNED_EVENT_NOUN,
    HOLDING_PARTICIPLES,
    NEGATED_EVENT_NOUN,
    is_candidate,
    is_light_verb_object,
    light_verb_object,
    token_features,
    verb_read_as_modifier,
    word_extent,
)
from timeline.events.model import Event, EventClass, Tense
from timeline.events.participants import participants
from timeline.model import TimeExpression

__all__ = ["detect_events"]


def _inside(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint ``[starts[i], ends[i])``."""
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and ends[index] > start:
        return True
    return index + 1 < len(starts) and starts[index + 1] < end


_NEWS_EVENT_NOUNS = frozenset(
    {
        "conference", "summit", "meeting", "vigil", "funeral", "ceremony", "rally", "protest",
        "demonstration", "march", "blast", "explosion", "landslide", "earthquake", "quake",
        "flood", "eruption", "crash", "collision", "derailment", "stoppage", "walkout", "strike",
        "ballot", "referendum", "election", "vote", "hearing", "trial", "verdict", "inquiry",
        "probe", "landfall", "launch", "takeoff", "landing", "flight", "evacuation", "rescue",
        "raid", "attack", "ambush", "shooting", "bombing", "fire", "outbreak", "shutdown",
        "outage", "closure", "resignation", "arrest", "visit", "talks", "negotiations", "speech",
        "statement", "interview", "announcement", "call", "storm", "typhoon", "hurricane",
        "cyclone", "tornado", "rain", "rainfall", "snowfall", "avalanche", "tsunami", "drought",
        "heatwave", "aftershock", "ceasefire", "truce", "injury", "ban", "blackout",
        "quarantine", "lockdown", "leak", "spill", "grounding", "audit", "debate", "riot",
        "coup", "uprising", "clash", "siege", "kidnapping", "hijacking", "massacre", "boycott",
        "lockout", "sinking", "accident", "race", "harvest", "assessment", "cleanup",
        "inspection", "check", "test", "drill", "exam", "surgery", "crush", "cut",
        "slide", "rockfall", "mudslide", "rockslide", "collapse", "thunderstorm", "repair",
        "upgrade", "renovation", "restoration", "concert", "reception", "dinner", "parade",
        "festival", "match", "championship", "tournament", "competition", "performance",
        "reunion", "reopening", "downpour", "gala", "banquet", "celebration", "survey",
        "review", "display", "recall", "holiday", "dance",
    }
)  # fmt: skip
"""Nouns that name a happening in news text whatever the context: found even where the
TimeBank-trained detector, which learned how sparingly TimeBank marks nouns, would leave them."""


_NOMINAL_DEPS = frozenset({"dobj", "oprd", "nsubj", "nsubjpass", "pobj"})
"""Dependencies of a noun's place in a clause: an adjective-tagged word there is read as a noun."""


def _news_event_noun(token: Any) -> bool:
    """Whether ``token`` is one of :data:`_NEWS_EVENT_NOUNS` heading its own noun phrase (not a
    modifier: "the conference room", "fire brigade")."""
    return (
        # the small pipeline tags "landfall" an adjective even as an object ("made landfall")
        (token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.dep_ in _NOMINAL_DEPS))
        and token.dep_ != "compound"
        and token.lemma_.lower() in _NEWS_EVENT_NOUNS
    )


_KEEPING_VERBS = frozenset({"remain", "stay", "keep"})


def _kept_closed(token: Any) -> bool:
    """Whether ``token`` is "closed" or "shut" as the state a verb of keeping holds ("will
    remain closed", "stay shut", "keep the restaurant shut"): a closure news readers follow,
    which the TimeBank-trained detector (TimeBank has no such case) leaves out."""
    return (
        token.lower_ in {"closed", "shut"}
        and token.dep_ in {"acomp", "xcomp", "oprd", "ccomp"}
        and token.head.lemma_.lower() in _KEEPING_VERBS
    )


_DATING_PREPOSITIONS = frozenset({"in", "on", "at"})
"""Prepositions by which a time dates a participle ("built in 1974", "launched on May 3")."""


def _dated_participle(token: Any, starts: list[int], ends: list[int]) -> bool:
    """Whether ``token`` is a past participle on a noun that a time of its own dates ("a
    220-bed facility built in 1974", "a ship launched in 1896"): a happening the story dates,
    which the TimeBank-trained detector, reading such participles as adjectives, leaves out.
    Not a noun's own happening ("the first round, held on Wednesday"): the noun is the event.
    """
    if token.tag_ != "VBN" or token.dep_ != "acl" or not starts:
        return False
    if token.lemma_.lower() in HOLDING_PARTICIPLES:
        return False
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in _DATING_PREPOSITIONS:
            continue
        for place in child.children:
            if place.dep_ == "pobj" and _inside(starts, ends, place.idx, place.idx + len(place)):
                return True
    return False


def detect_events(
    doc: Any, expressions: Sequence[TimeExpression] = (), model: EventModel | None = None
) -> tuple[Event, ...]:
    """Return the events of a spaCy ``Doc`` in text order.

    Args:
        doc: a document parsed by the English pipeline (tagger, parser, lemmatizer, NER).
        expressions: the document's time expressions; no event is found inside one.
        model: the event classifier; by default the one shipped in the package (trained on
            TBAQ, see :mod:`timeline.events.train`). Held-out evaluations pass a model trained
            without the documents they score (:func:`timeline.events.train.train_on`).

    Raises:
        InputTextError: ``doc`` is not a spaCy ``Doc``.
        TimelineError: ``doc`` was made by a pipeline without tagger, parser or lemmatizer.
    """
    if not isinstance(doc, Doc):
        raise InputTextError(f"detect_events needs a spaCy Doc, not {type(doc).__name__}")
    if len(doc) and not all(doc.has_annotation(a) for a in ("TAG", "DEP", "LEMMA")):
        raise TimelineError(
            "detect_events needs a Doc parsed by a pipeline with tagger, parser and lemmatizer "
            "(use timeline.nlp.load_pipeline())"
        )
    if model is None:
        model = load_model()
    elif not isinstance(model, EventModel):
        raise TimelineError(f"model must be an EventModel, not {type(model).__name__}")
    spans = sorted((expression.start, expression.end) for expression in expressions)
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    # the sentence starts from one array read: iterating ``doc.sents`` builds a Span per sentence
    sentence_starts = (
        numpy.flatnonzero(doc.to_array("SENT_START") == 1).tolist() if len(doc) else []
    )
    if sentence_starts[:1] != [0]:
        sentence_starts.insert(0, 0)
    text = doc.text
    events = []
    for token in doc:
        if not is_candidate(token):
            continue
        start, end = word_extent(token)
        if starts and _inside(starts, ends, start, end):
            continue
        if light_verb_object(token) is not None:
            continue  # "made" in "made arrests": the noun is the event
        features = token_features(token)
        label = model.classify(
            features,
            negated_noun=NEGATED_EVENT_NOUN in features,
            governed_noun=GOVERNED_EVENT_NOUN in features,
        )
        if label is None and is_light_verb_object(token):
            label = model.typer.predict(features)  # "arrests" in "made arrests"
        if label is None and _news_event_noun(token):
            # a happening; the typer, misled by an adjective's tag ("made landfall"), is not
            # asked then
            label = "OCCURRENCE" if token.pos_ == "ADJ" else model.typer.predict(features)
        kept_closed = _kept_closed(token)
        if label is None and kept_closed:
            label = "STATE"  # "will remain closed for at least three weeks"
        main_verb = verb_read_as_modifier(token)
        if label is None and main_verb:
            label = model.typer.predict(features)
        if label is None and _dated_participle(token, starts, ends):
            label = model.typer.predict(features)  # "a facility built in 1974"
        if label is None:
            continue
        attributes = grammar(token)
        if kept_closed:
            # the state holds as long as the keeping verb says: its tense is the state's
            held = grammar(token.head)
            attributes = attrs.evolve(
                attributes,
                tense=held.tense,
                aspect=held.aspect,
                polarity=held.polarity,
                modality=held.modality,
            )
        if main_verb and attributes.tense is Tense.PASTPART:
            attributes = attrs.evolve(attributes, tense=Tense.PAST)  # no auxiliary: a past
        events.append(
            Event(
                text=text[start:end],
                start=start,
                end=end,
                lemma=token.lemma_.lower(),
                sentence=bisect.bisect_right(sentence_starts, token.i) - 1,
                pos=attributes.pos,
                kind=EventClass(label),
                tense=attributes.tense,
                aspect=attributes.aspect,
                polarity=attributes.polarity,
                modality=attributes.modality,
                factuality=factuality(token, attributes),
                participants=participants(token, text),
            )
        )
    return tuple(events)
