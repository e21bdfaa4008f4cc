"""Did the event happen? Factuality from polarity, tense, modality and what governs the event.

TimeML leaves factuality to SLINKs and FactBank; users filtering a timeline want one value on
the event itself. The rules, first match wins:

1. NEGATED: the event is negated ("did not attack", "no technical disagreements").
2. HYPOTHETICAL: it sits in a condition ("if", "unless") or is a verb under "would"/"should"
   (a conditional: "would collapse").
3. UNCERTAIN: an epistemic modal ("may", "might", "could", "can", "must"), a judgement under a
   modal ("would be unrealistic"), or governed by a word of expectation, belief or report of
   intent ("were expected to focus", "a ceasefire proposal", "likely to meet").
4. PLANNED: FUTURE tense ("will continue") or governed by a word of plan, decision or
   agreement ("agreed to continue", "scheduled talks", "plans to visit").
5. ACTUAL otherwise.

The governor is looked up along the dependency path: an event that is the ``xcomp``/``ccomp``
complement, ``compound`` or ``of``/``for`` object of such a word is under it ("to focus" under
"expected"), and the lookup goes on through infinitive chains ("agreed to continue working").
"""

from __future__ import annotations

from typing import Any

from timeline.events.attributes import Grammar
from timeline.events.model import Factuality, Polarity, Tense

__all__ = ["factuality"]

Token = Any  # spacy.tokens.Token

_CONDITIONS = frozenset({"if", "unless", "whether"})
_EPISTEMIC = frozenset({"may", "might", "could", "can", "must"})
_UNCERTAIN_GOVERNORS = frozenset(
    {
        "expect", "expectation", "likely", "unlikely", "possible", "possibility", "believe",
        "think", "hope", "fear", "suspect", "allege", "alleged", "seem", "appear", "predict",
        "forecast", "propose", "proposal", "rumor", "rumour", "speculation", "speculate",
        "doubt", "consider", "suggest", "suggestion", "claim", "estimate", "anticipate",
    }
)  # fmt: skip
_PLANNING_GOVERNORS = frozenset(
    {
        "plan", "intend", "intention", "agree", "agreement", "decide", "decision", "promise",
        "vow", "pledge", "want", "seek", "try", "attempt", "aim", "threaten", "order", "ask",
        "call", "urge", "schedule", "prepare", "set", "offer", "demand", "request", "mean",
        "determine", "resolve", "commit", "vote", "wish", "need",
    }
)  # fmt: skip
_EMBEDDINGS = frozenset({"xcomp", "ccomp", "compound", "advcl", "acl"})


def _governor(token: Token) -> Token | None:
    """The word that embeds ``token`` as its complement, compound or of/for-object."""
    dep = token.dep_
    if dep in _EMBEDDINGS:
        return token.head
    if dep == "pobj" and token.head.lower_ in ("of", "for", "to", "on") and token.head.head:
        return token.head.head
    if dep == "conj":
        return _governor(token.head)
    return None


def _governing_lemmas(token: Token, depth: int = 3) -> list[str]:
    lemmas = []
    current = token
    for _ in range(depth):
        governor = _governor(current)
        if governor is None or governor is current:
            break
        lemmas.append(governor.lemma_.lower())
        current = governor
    return lemmas


def _conditional(token: Token) -> bool:
    """Whether the event's clause (or one it is part of) is introduced by "if"/"unless"."""
    current = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in current.children):
            return True
        if current.dep_ in ("ROOT",) or current.head is current:
            return False
        current = current.head
    return False


def factuality(token: Token, grammar: Grammar) -> Factuality:
    """The factuality of the event headed by ``token`` with the given TimeML attributes."""
    if grammar.polarity is Polarity.NEG:
        return Factuality.NEGATED
    if _conditional(token):
        return Factuality.HYPOTHETICAL
    modality = grammar.modality
    if modality in ("would", "should") and grammar.pos == "VERB":
        return Factuality.HYPOTHETICAL
    if modality in _EPISTEMIC or modality in ("would", "should"):
        return Factuality.UNCERTAIN
    if grammar.tense is Tense.FUTURE:
        return Factuality.PLANNED
    for lemma in _governing_lemmas(token):
        if lemma in _UNCERTAIN_GOVERNORS:
            return Factuality.UNCERTAIN
        if lemma in _PLANNING_GOVERNORS:
            return Factuality.PLANNED
    return Factuality.ACTUAL
