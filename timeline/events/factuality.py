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
complement, ``compound``, ``of``/``for`` object or to-infinitive clause of such a word is under
it ("to focus" under "expected", "a decision to postpone"), and the lookup goes on through
infinitive chains ("agreed to continue working"). A governor that is itself future, modal or
conditional passes that on ("will allow developers to create", "would let users control"). A
participle or relative clause modifying a noun is not under it: "an agreement reached in 1991"
happened, and "Speaking at a conference, Merkel urged" is no plan. An infinitive that is
"be to" ("is to be held") or a headline's predicate ("Apple to give refunds") is PLANNED.

Anchoring can tell more: an event the timeline places wholly after the DCT has not happened yet,
so :func:`after_anchoring` turns ACTUAL into PLANNED for it ("the next election in 2021").
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from timeline.events.attributes import Grammar, grammar
from timeline.events.features import is_light_verb_object
from timeline.events.model import Factuality, Polarity, Tense

__all__ = ["after_anchoring", "factuality"]

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
_EMBEDDINGS = frozenset({"xcomp", "ccomp", "compound"})
# clauses that are a word's content only as to-infinitives ("a plan to visit", "came to sign");
# as participles they describe ("an agreement reached in 1991", "Speaking at a conference, ...")
_INFINITIVE_EMBEDDINGS = frozenset({"advcl", "acl"})


def _to_infinitive(token: Token) -> bool:
    return any(child.tag_ == "TO" and child.dep_ in ("aux", "mark") for child in token.children)


def _governor(token: Token) -> Token | None:
    """The word that embeds ``token`` as its complement, compound or of/for-object."""
    dep = token.dep_
    if dep in _EMBEDDINGS or (dep in _INFINITIVE_EMBEDDINGS and _to_infinitive(token)):
        return token.head
    if dep == "pobj" and token.head.lower_ in ("of", "for", "to", "on") and token.head.head:
        return token.head.head
    if dep == "conj":
        return _governor(token.head)
    return None


def _governors(token: Token, depth: int = 3) -> list[Token]:
    governors = []
    current = token
    for _ in range(depth):
        governor = _governor(current)
        if governor is None or governor is current:
            break
        governors.append(governor)
        current = governor
    return governors


def _inherited(governor: Token) -> Factuality | None:
    """What a future or modal governor passes on to the event it embeds.

    A governor in a condition needs no check here: the governor is an ancestor of the event,
    and :func:`_conditional` has already looked up the event's ancestors.
    """
    found = grammar(governor)
    if _future_in_past(governor, found):
        return Factuality.PLANNED
    if found.modality in _EPISTEMIC or found.modality in ("would", "should"):
        return Factuality.UNCERTAIN
    if found.tense is Tense.FUTURE or _planned_infinitive(governor, found.tense):
        return Factuality.PLANNED
    return None


# Verbs after which a to-infinitive happened: aspectual ("continued to rise") and implicative
# ("managed to escape", "went on to win") ones, and those of enabling ("allows users to record":
# a capability, not a prospect). After any other word a to-infinitive names an
# aim, a duty or a prospect ("forced Apple to lower prices", "negotiations to arrange a deal").
_FACTUAL_INFINITIVE_GOVERNORS = frozenset(
    {
        "begin", "start", "continue", "keep", "stop", "cease", "resume", "proceed", "go",
        "manage", "help", "remember", "dare", "happen", "tend", "use", "fail", "first", "last",
        "only", "be", "allow", "enable", "permit", "let",
    }
)  # fmt: skip
# Adjectives that put an event noun in the future ("the upcoming update", "the next election").
_FUTURE_MODIFIERS = frozenset(
    {"upcoming", "forthcoming", "future", "next", "coming", "impending", "planned", "scheduled"}
)
# Verbs whose subject is an event said to occur ("the change will occur", "talks begin"): the
# noun is as factual as the verb.
_OCCURRING_VERBS = frozenset({"occur", "happen", "begin", "start", "commence", "take", "follow"})
# Verbs of saying and announcing: "would" in their that-clause is the future of a past report
# ("announced that he would be on leave"), not a conditional.
_SAYING_VERBS = frozenset(
    {
        "say", "announce", "tell", "report", "state", "add", "confirm", "declare", "note",
        "explain", "write", "reveal", "indicate", "disclose", "promise", "insist",
    }
)  # fmt: skip


def _planned_infinitive(token: Token, tense: Tense) -> bool:
    """Whether a to-infinitive names what is to come ("is to be held", "Apple to give refunds",
    "forced Apple to lower prices", "negotiations to arrange a deal")."""
    if tense is not Tense.INFINITIVE or not _to_infinitive(token):
        return False
    head = token.head
    if head is token:
        return any(child.dep_ == "nsubj" for child in token.children)
    if token.dep_ == "xcomp" and head.lemma_ == "be" and head.pos_ == "AUX":
        return True  # "is to be held"
    if token.dep_ == "conj":
        return _planned_infinitive(head, tense) if _to_infinitive(head) else False
    return head.lemma_.lower() not in _FACTUAL_INFINITIVE_GOVERNORS


def _future_in_past(token: Token, found: Grammar) -> bool:
    """ "would" in the that-clause of a verb of saying: the future of a past report.

    Verbs only: a judgement under "would" ("said it would be unrealistic") stays uncertain.
    """
    if found.modality != "would" or found.pos != "VERB":
        return False
    clause = token
    for _ in range(2):  # the event, or the copula or verb it is the complement of
        if clause.dep_ == "ccomp":
            return clause.head.lemma_.lower() in _SAYING_VERBS
        if clause.head is clause:
            return False
        clause = clause.head
    return False


def _occurring_verb(token: Token) -> Token | None:
    """The verb that says an event noun occurs ("the change will occur"), if there is one."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = token.head
    if verb.lemma_.lower() in _OCCURRING_VERBS:
        return verb
    return next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _OCCURRING_VERBS),
        None,
    )


def _conditional(token: Token) -> bool:
    """Whether the event's clause (or one it is part of) is introduced by "if"/"unless"."""
    current = token
    for _ in range(4):
        # a clause's "if" precedes its head: the left children suffice
        if any(c.lower_ in _CONDITIONS and c.dep_ == "mark" for c in current.lefts):
            return True
        if current.dep_ in ("ROOT",) or current.head is current:
            return False
        current = current.head
    return False


def factuality(token: Token, attributes: Grammar) -> Factuality:
    """The factuality of the event headed by ``token`` with the given TimeML attributes."""
    if attributes.polarity is Polarity.NEG:
        return Factuality.NEGATED
    if _conditional(token):
        return Factuality.HYPOTHETICAL
    modality = attributes.modality
    if _future_in_past(token, attributes):
        return Factuality.PLANNED
    if modality in ("would", "should") and attributes.pos == "VERB":
        return Factuality.HYPOTHETICAL
    if modality in _EPISTEMIC or modality in ("would", "should"):
        return Factuality.UNCERTAIN
    if attributes.tense is Tense.FUTURE:
        return Factuality.PLANNED
    if token.pos_ == "NOUN":
        if is_light_verb_object(token):
            # "will make a statement": what the light verb says of it ("made" is no event)
            return factuality(token.head, grammar(token.head))
        if any(c.dep_ == "amod" and c.lower_ in _FUTURE_MODIFIERS for c in token.children):
            return Factuality.PLANNED
        verb = _occurring_verb(token)
        if verb is not None:
            return factuality(verb, grammar(verb))
    for governor in _governors(token):
        lemma = governor.lemma_.lower()
        if lemma in _UNCERTAIN_GOVERNORS:
            return Factuality.UNCERTAIN
        if lemma in _PLANNING_GOVERNORS:
            return Factuality.PLANNED
        inherited = _inherited(governor)
        if inherited is not None:
            return inherited
    if _planned_infinitive(token, attributes.tense):
        return Factuality.PLANNED
    return Factuality.ACTUAL


def after_anchoring(
    factuality: Factuality,
    tense: Tense,
    earliest_start: date | datetime | None,
    dct: datetime | None,
) -> Factuality:
    """The factuality once the event is anchored: what starts after the DCT's day is PLANNED.

    Only ACTUAL changes (a negated, hypothetical or uncertain event stays so, whenever it is),
    and only for events whose form does not say they are past: nouns, infinitives, present
    forms. A past verb anchored after the DCT ("discussed the census in 2030") has the wrong
    anchor, not a future.
    """
    if (
        factuality is not Factuality.ACTUAL
        or tense in (Tense.PAST, Tense.PASTPART)
        or earliest_start is None
        or dct is None
    ):
        return factuality
    start = earliest_start.date() if isinstance(earliest_start, datetime) else earliest_start
    return Factuality.PLANNED if start > dct.date() else factuality
