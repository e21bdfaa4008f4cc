"""Tense, aspect, polarity, modality and part of speech of an event, by TimeML's conventions.

Rules over the auxiliaries and the dependency parse, checked against TimeBank's MAKEINSTANCE
attributes:

- "will"/"shall"/"'ll" + verb is FUTURE with no modality ("will continue": FUTURE NONE);
  every other modal gives tense NONE and the modal as ``modality`` ("would", "could", "may").
- "to" + verb is INFINITIVE; a bare "-ing" form is PRESPART and a bare participle PASTPART
  ("Speaking alongside ...", "a NATO-backed uprising"), unless it heads a clause of its own.
- "has advanced" is PRESENT PERFECTIVE, "had been" PAST PERFECTIVE, "is fighting" PRESENT
  PROGRESSIVE, "has been fighting" PRESENT PERFECTIVE_PROGRESSIVE; the passive auxiliary gives
  only the tense ("were expected" is PAST NONE).
- A predicate adjective or noun takes tense, aspect and modality from its copula ("would be
  unrealistic": NONE NONE would); other nouns and adjectives are NONE.
- A conjoined verb without auxiliaries shares those of the first conjunct ("has advanced and
  retaken": both PRESENT PERFECTIVE).
- Polarity is NEG with a negation on the event or its copula ("did not", "never") or with the
  determiner "no" on an event noun ("no technical disagreements").
"""

from __future__ import annotations

from typing import Any

import attrs

from timeline.events.features import is_light_verb_object
from timeline.events.model import Aspect, Polarity, Tense

__all__ = ["Grammar", "grammar", "timeml_pos"]

Token = Any  # spacy.tokens.Token

_FUTURE = frozenset({"will", "shall", "'ll", "wo", "ll"})
_MODAL_NAMES = {"ca": "can", "'d": "would", "wo": "will", "sha": "shall"}
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
_TENSE_OF_TAG = {"VBD": Tense.PAST, "VBZ": Tense.PRESENT, "VBP": Tense.PRESENT}
# Clause heads: a participle with its own subject or at the root is a finite verb mis-tagged.
_CLAUSAL = frozenset({"ROOT", "ccomp", "conj", "relcl", "parataxis"})


@attrs.frozen
class Grammar:
    """The TimeML MAKEINSTANCE attributes of one event.

    Attributes:
        tense: TimeML tense.
        aspect: TimeML aspect.
        polarity: NEG when the event is negated.
        modality: the modal word, normalised ("ca" -> "can"), or ``None``.
        pos: TimeML part of speech: VERB, NOUN, ADJECTIVE, PREPOSITION or OTHER.
    """

    tense: Tense
    aspect: Aspect
    polarity: Polarity
    modality: str | None
    pos: str


def timeml_pos(token: Token) -> str:
    """TimeML's MAKEINSTANCE ``pos`` of a spaCy token."""
    pos = token.pos_
    if pos in ("VERB", "AUX"):
        return "VERB"
    if pos in ("NOUN", "PROPN"):
        return "NOUN"
    if pos == "ADJ":
        return "ADJECTIVE"
    if pos == "ADP":
        return "PREPOSITION"
    return "OTHER"


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb``, borrowed from the first conjunct when it has none."""
    found = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if not found and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        # "will cost them business, and the chamber estimated": a conjunct with a subject of
        # its own is a clause of its own, with auxiliaries of its own
        own_subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
        # "will be taken to Brest and scrapped": the tagger may read a regular participle
        # after a passive as a past form; with no subject of its own it is the participle
        participle = verb.tag_ == "VBD" and head.tag_ == "VBN" and verb.lower_.endswith("ed")
        # "will halt night shifts and cut output": a past-looking form after a base form is
        # the base form ("cut", "put", "set")
        base = verb.tag_ == "VBD" and head.tag_ == "VB" and verb.lower_ == verb.lemma_.lower()
        if not own_subject and (
            head.tag_ == verb.tag_ or verb.tag_ in ("VBN", "VBG", "VB") or participle or base
        ):
            found = [child for child in head.children if child.dep_ in ("aux", "auxpass")]
    return sorted(found, key=lambda token: token.i)


def _verbal(verb: Token) -> tuple[Tense, Aspect, str | None]:
    """Tense, aspect and modality of a verb from its form and auxiliaries."""
    auxiliaries = _auxiliaries(verb)
    words = [aux.lower_ for aux in auxiliaries]
    tag = verb.tag_
    modality = None
    tense: Tense | None = None
    for aux, word in zip(auxiliaries, words, strict=True):
        if aux.tag_ == "MD" or word in _FUTURE:
            if word in _FUTURE:
                tense = Tense.FUTURE
            else:
                modality = _MODAL_NAMES.get(word, word)
                tense = Tense.NONE
            break
    has_to = "to" in words
    perfect = next(
        (aux for aux in auxiliaries if aux.lemma_ == "have" and aux.lower_ != "to"), None
    )
    progressive = tag == "VBG" and any(aux.lemma_ == "be" for aux in auxiliaries)
    if progressive and perfect is not None:
        aspect = Aspect.PERFECTIVE_PROGRESSIVE
    elif perfect is not None and (tag == "VBN" or "been" in words):
        aspect = Aspect.PERFECTIVE
    elif progressive or (tag == "VBN" and "being" in words):
        aspect = Aspect.PROGRESSIVE
    else:
        aspect = Aspect.NONE
    if tense is None:
        finite = next((aux for aux in auxiliaries if aux.tag_ in _TENSE_OF_TAG), None)
        if finite is not None:
            tense = _TENSE_OF_TAG[finite.tag_]
        elif has_to:
            tense = Tense.INFINITIVE
        elif tag in _TENSE_OF_TAG:
            tense = _TENSE_OF_TAG[tag]
        elif tag == "VBG":
            tense = Tense.PRESPART if not auxiliaries else Tense.PRESENT
        elif tag == "VBN":
            clausal = verb.dep_ in _CLAUSAL and verb.dep_ != "conj"
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            wished = verb.head.lemma_.lower() in _WISHING_VERBS and verb.head.i != verb.i
            # "wanted the tax reviewed in March 2025": what is wished done has no tense
            tense = Tense.PAST if (clausal or has_subject) and not wished else Tense.PASTPART
        elif tag == "VB":
            tense = Tense.INFINITIVE if verb.dep_ in ("xcomp", "ccomp") else Tense.PRESENT
        else:
            tense = Tense.NONE
    return tense, aspect, modality


_WISHING_VERBS = frozenset({"want", "need", "like", "prefer", "wish"})
"""Verbs whose small clause ("wanted the tax reviewed") tells a state wished for, not done."""


def _copula(token: Token) -> Token | None:
    """The copula of a predicate adjective or noun ("unrealistic" in "would be unrealistic")."""
    if token.dep_ in ("acomp", "attr", "oprd") and token.head.lemma_ == "be":
        return token.head
    for child in token.children:
        if child.dep_ == "cop":
            return child
    return None


def _negated(token: Token) -> bool:
    if any(child.dep_ == "neg" or child.lower_ in ("never",) for child in token.children):
        return True
    return token.pos_ == "NOUN" and any(
        child.dep_ == "det" and child.lower_ in _NEGATIVE_DETERMINERS for child in token.children
    )


def grammar(token: Token) -> Grammar:
    """The TimeML tense, aspect, polarity, modality and pos of the event headed by ``token``."""
    pos = timeml_pos(token)
    negated = _negated(token)
    if pos == "VERB":
        tense, aspect, modality = _verbal(token)
    else:
        copula = _copula(token)
        if copula is not None:
            tense, aspect, modality = _verbal(copula)
            negated = negated or _negated(copula)
        elif pos == "NOUN" and is_light_verb_object(token):
            # the event noun of a light verb, which is no event of its own, takes its polarity
            # and modality ("did not give an address", "may pay a visit"); its tense stays NONE,
            # as TimeBank gives nouns (33 of 40 such nouns there)
            tense, aspect, modality = Tense.NONE, Aspect.NONE, _verbal(token.head)[2]
            negated = negated or _negated(token.head)
        else:
            tense, aspect, modality = Tense.NONE, Aspect.NONE, None
    if pos == "VERB" and not negated and token.dep_ == "conj":
        # "did not stop or slow down": the negation scopes over the conjoined verb too
        own_auxiliaries = any(child.dep_ in ("aux", "auxpass") for child in token.children)
        negated = token.head.pos_ == "VERB" and _negated(token.head) and not own_auxiliaries
    return Grammar(
        tense=tense,
        aspect=aspect,
        polarity=Polarity.NEG if negated else Polarity.POS,
        modality=modality,
        pos=pos,
    )
