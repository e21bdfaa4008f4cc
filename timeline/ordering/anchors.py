"""Time-anchor rules: the time expression that dates an event, found through the parse.

1. syntax: a time expression governs or modifies the event ("postponed" <- "On Sunday"; "talks
   that were scheduled for Sunday"; "2011 when Gaddafi was toppled"); the preposition in front of
   it ("since", "until", "after") is the signal that gives the relation; a duration attached to
   an event ("a two day rally", "for weeks") says how long it lasts;
3. clause: a time in the same clause that no event claimed dates the clause's head.

(Rule 2, sharing, and rule 4, narrative, are in :mod:`timeline.ordering.sharing`.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from timeline.events.features import HOLDING_PARTICIPLES, verb_read_as_modifier
from timeline.events.model import Aspect, EventClass, Polarity, Tense
from timeline.model import Grain, Mod, TimeExpression, TimexType
from timeline.ordering.intervals import day_of, duration_of, interval_of, is_elapsed
from timeline.ordering.linking import (
    LIGHT_VERBS,
    ORDERING_PREPOSITIONS,
    PERFECT_ASPECTS,
    LinkState,
    TimeLink,
    Token,
    to_infinitive,
    tokens_of,
)
from timeline.ordering.model import LinkKind, TimeRelation
from timeline.ordering.phases import (
    allowed_by,
    launched_phase,
    marked_by,
    measured_by,
    opened_by,
)
from timeline.ordering.tense import clause_head, present_frame, tense_relation

__all__ = [
    "SIGNAL_RELATIONS",
    "AnchorRules",
    "of_a_day_or_finer",
    "signal_and_governor",
    "topic_of",
]

SIGNAL_RELATIONS = {
    "in": TimeRelation.IS_INCLUDED,
    "on": TimeRelation.IS_INCLUDED,
    "at": TimeRelation.IS_INCLUDED,
    "during": TimeRelation.IS_INCLUDED,
    "of": TimeRelation.IS_INCLUDED,
    "within": TimeRelation.IS_INCLUDED,
    "throughout": TimeRelation.DURING,
    "over": TimeRelation.IS_INCLUDED,
    "for": TimeRelation.IS_INCLUDED,
    "around": TimeRelation.IS_INCLUDED,
    "since": TimeRelation.BEGUN_BY,
    "from": TimeRelation.BEGUN_BY,
    "until": TimeRelation.ENDED_BY,
    "till": TimeRelation.ENDED_BY,
    "through": TimeRelation.ENDED_BY,
    "before": TimeRelation.BEFORE,
    "prior": TimeRelation.BEFORE,
    "after": TimeRelation.AFTER,
    "following": TimeRelation.AFTER,
    # at the earliest then: read as beginning then, like a negated "until" (no bound later)
    "as early as": TimeRelation.BEGUN_BY,
}
_DOCUMENT_NOUNS = frozenset(
    {"report", "study", "survey", "audit", "review", "assessment", "analysis", "paper",
     "letter", "memo", "inspection", "census", "poll", "ruling", "judgment", "judgement"}
)  # fmt: skip
"""Documents whose year dates what they tell ("A 2016 government report had warned")."""
_DOCUMENT_VERBS = frozenset(
    {"warn", "find", "show", "conclude", "say", "recommend", "reveal", "estimate", "predict",
     "describe", "criticise", "criticize", "urge", "call", "note", "identify", "rate", "rank",
     "highlight", "suggest", "state", "declare"}
)  # fmt: skip
"""What a document does: tells, finds, warns (see ``_finding_of_a_dated_document``)."""

_DIRECT_DEPS = {
    "npadvmod",
    "advmod",
    "tmod",
    "nmod",
    "obl",
    "compound",
    "amod",
    "nummod",
    "appos",
    "poss",
}
_SCHEDULING = {
    "schedule",
    "reschedule",
    "set",
    "plan",
    "slate",
    "due",
    "expect",
    "postpone",
    "delay",
    "move",
    "push",
    "put",
    "call",
}


_IMPOSING = frozenset({"order", "impose", "introduce", "announce", "declare", "approve", "issue"})
"""Verbs whose object measure runs "from" a date: "ordered water rationing from Monday", "issued
a flood warning for the valley from Saturday"."""

_SPENDING_VERBS = frozenset({"spend", "take", "last", "wait", "need"})
"""Verbs whose object length is how long they went on, even measuring a noun ("spent three
days of his holiday in hospital")."""

_NOMINAL = frozenset({"NOUN", "PROPN"})
"""Parts of speech of a sentence root that the parser made a noun phrase of."""

_FINDING_VERBS = frozenset({"find", "discover", "spot", "see", "notice", "catch"})
"""Verbs of finding someone or something in a state ("found Bramble lying on the doorstep")."""
_PARTICIPANT_DEPS = frozenset({"dobj", "oprd", "ccomp"})
"""Dependencies by which a noun that is no event hangs on the verb (or noun) it takes part in:
its object, and the predicate noun of a small clause ("declared Mwale the winner on June 3",
"named her chairwoman on Friday"), which the parser makes an object predicate or a clause."""

_EXAMPLE_PREPOSITIONS = frozenset({"including", "like"})
"""Prepositions that give an example of what their head tells ("including snap polls")."""
_NOMINAL_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nummod"})
"""Dependencies by which a time modifies a noun ("next year's budget", "the 2025 budget")."""


_CLAUSE_CLOSE = re.compile(r"[,;]|\band\b")


def of_a_day_or_finer(expression: TimeExpression, dct: Any) -> bool:
    """Whether ``expression`` is a date or time that names a day or a part of one (not "the
    current season", a reference to now)."""
    span = interval_of(expression, dct)
    return (
        expression.type in (TimexType.DATE, TimexType.TIME)
        and not expression.value.endswith("_REF")
        and span is not None
        and span.grain <= Grain.DAY
    )


_VINTAGE_BEFORE = re.compile(r"(?i:\b(?:a|an)\s+(?:[a-z]+\s+)?)$")
"""An indefinite article (and perhaps an adjective) right before a time that modifies a noun."""
_SCENE_PREPOSITIONS = frozenset({"in", "at", "during", "on", "amid", "throughout"})
"""Prepositions whose object is the scene of the verb ("raised in Saturday night's debate")."""

_RANGE_TO = re.compile(r"\s*(?:to|until|till|through|-|–)\s*", re.IGNORECASE)
"""What joins the two ends of "from June to August"."""

_WITHIN_SIGNALS = frozenset({"in", "over", "within", "during"})
"""Prepositions that put an event inside a stretch of time rather than make it last that long."""


_NEAR_WORDS = frozenset({"shortly", "just", "soon", "immediately", "right"})
"""Words before "after" or "before" that put the event close to the time."""


def _pronoun_argument(clause: Token) -> bool:
    """Whether a relative pronoun is the subject or object of ``clause`` ("which ... rejected")."""
    return any(
        child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.lower_ in {"which", "that", "who"}
        for child in clause.children
    )


def _an_age_now(span: Any) -> bool:
    """ "now" before a number in a person's apposition ("Firefighter Marcus Delgado, now 51,
    found her"): the person's age today, no time of the sentence's event."""
    if len(span) != 1 or span[0].lower_ != "now" or span.end >= len(span.doc):
        return False
    following: Token = span.doc[span.end]
    return bool(following.like_num) or following.lower_ == "aged"


def _participle_after_fronted_time(token: Token, root: Token, expression: TimeExpression) -> bool:
    """Whether ``token`` is the past form right after the root noun of a sentence that opens
    with its time: "In June, a mobile crane overturned on a road project" is parsed as a noun
    phrase whose participle is the verb; a time told before the subject is the verb's."""
    return (
        token.dep_ == "acl"
        and token.tag_ in {"VBD", "VBN"}
        and token.head.i == root.i
        and token.i == root.i + 1
        and expression.end <= root.sent.start_char + 40
        and expression.end < root.idx
    )


def _negated_governor(token: Token) -> bool:
    """Whether what an infinitive completes is negated ("not expect to return", "unlikely to
    drop")."""
    if token.dep_ != "xcomp":
        return False
    head = token.head
    return head.lower_ == "unlikely" or any(child.dep_ == "neg" for child in head.children)


def _said_near(root: Token) -> bool:
    """Whether "shortly", "just", "soon" or "immediately" opens the signal of the time phrase
    headed by ``root`` ("shortly after 2 a.m.", "just before Christmas")."""
    preposition = root.head
    if preposition.i == root.i or preposition.dep_ != "prep" or preposition.i == 0:
        return False
    return preposition.doc[preposition.i - 1].lower_ in _NEAR_WORDS


_RANKING_WORDS = frozenset({"first", "only", "last", "biggest", "largest", "worst"})
"""Modifiers that rank a noun against its kind since a time ("the first strike since 2009")."""


def _ranked(noun: Token) -> bool:
    """Whether ``noun`` is ranked by a superlative or an ordinal ("the deadliest flood")."""
    if noun.tag_ == "JJS" or noun.lower_ in _RANKING_WORDS:
        return True  # "the strike was the first since 2009"
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        child.dep_ == "amod" and (child.tag_ == "JJS" or child.lower_ in _RANKING_WORDS)
        for child in noun.children
    )


def _measures_a_signal(root: Token) -> bool:
    """Whether a length measures an "after" or "before" ("two days after the fire", "a day
    after the company launched"): the signal is its head or a marker of its head."""
    if root.dep_ != "npadvmod":
        return False
    head = root.head
    if head.lower_ in {"after", "before"}:
        return True
    if root.i + 1 < len(root.doc):
        # "guiding her yacht up the river 26 days after she set out": the parser may hang the
        # length on the verb the marked clause is of, right before its marker
        after = root.doc[root.i + 1]
        if after.dep_ == "mark" and after.lower_ in {"after", "before"} and after.head.head == head:
            return True
    return marked_by(head, {"after", "before"})


_PENALTY_VERBS = frozenset(
    {"jail", "imprison", "sentence", "ban", "suspend", "bar", "disqualify", "expel", "exile",
     "remand"}
)  # fmt: skip
"""Verbs whose "for" length is a penalty's term, not the act's own length ("jailed for seven
years", "remanded in custody for four weeks")."""
_RISKING_VERBS = frozenset({"face", "risk"})
"""Verbs whose object length is a term that may be handed down ("faces up to ten years")."""


def topic_of(noun: Token) -> Token | None:
    """The noun whose topic ``noun`` is ("a hearing on the outage", "a report on the
    failure"), if it is one."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in {"on", "into", "about"}:
        return None
    head = preposition.head
    return head if head.pos_ in {"NOUN", "PROPN"} else None


def _after_closed_aside(
    span: Any, root: Token, signal: str | None, governor: Token | None
) -> Token | None:
    """The verb a date belongs to when it follows a participle aside set off by commas: in "A
    cleaner discovered the phone, taped under a sink, on Thursday afternoon" the parser hangs
    the date on "taped", but the closing comma ends the aside."""
    if governor is None or governor.dep_ not in {"acl", "advcl"} or governor.tag_ != "VBN":
        return governor
    first = root.head.i if signal is not None and root.head.i < span.start else span.start
    doc = span.doc
    if first < 2 or doc[first - 1].text != "," or governor.i < 1:
        return governor
    if doc[governor.i - 1].text != ",":
        return governor
    if governor.dep_ == "advcl":
        return governor.head
    noun = governor.head
    return noun.head if noun.dep_ in {"dobj", "nsubj", "nsubjpass"} else governor


_LASTING_VERBS = frozenset({"last", "run", "continue", "take"})
"""Verbs whose bare length is how long their subject lasted ("a debate that lasted nine hours")."""

_GOING_ON_VERBS = _LASTING_VERBS | {"drag", "go", "persist", "stretch"}
"""Verbs by which a relative clause tells how long its noun went on."""

_TAKING_OBJECTS = frozenset({"place", "effect", "part", "over", "office", "charge"})
"""Objects with which "take" is no length ("to take place in September", "to take effect")."""
_EXPECTING = frozenset({"expect", "schedule", "set", "due", "likely", "slate", "plan"})
"""Words of a clause that expects something at its time ("where he is expected to plead"):
the scheduling verbs that say nothing of moving a date."""


def _expected_in(clause: Token) -> Token:
    """What a clause of expectation on a time says happens then ("March 21, where he is
    expected to plead not guilty": the plea, not the expecting, which is now); else the
    clause's own head."""
    if clause.lemma_.lower() not in _EXPECTING:
        return clause
    planned = next((child for child in clause.children if child.dep_ == "xcomp"), None)
    return clause if planned is None else planned


def _takes_a_length(verb: Token) -> bool:
    """Whether ``verb`` is a "take" of a length ("would take three weeks"); "take place" and
    "take effect" are no length."""
    return verb.lemma_.lower() == "take" and not any(
        child.lower_ in _TAKING_OBJECTS for child in verb.children
    )


def _duration_relation(signal: str | None) -> TimeRelation:
    """The relation of an event to a duration it is attached to.

    "for weeks", "a two day rally": the event fills the stretch (DURING); "in the past two
    weeks", "over the last five years": it happened inside it (IS_INCLUDED). TimeBank's
    annotators wrote IS_INCLUDED for the second kind 27 times against 9 SIMULTANEOUS (AQUAINT,
    checked: 5 against 0).
    """
    return TimeRelation.IS_INCLUDED if signal in _WITHIN_SIGNALS else TimeRelation.DURING


_PLANNING_FOR = frozenset(
    {"call", "book", "plan", "schedule", "set", "arrange", "slate", "reserve", "fix", "time"}
)
"""Verbs whose "for" date is when what they plan happens ("called a strike for Monday"),
which the scheduling rules and the object's own anchoring handle."""
_GRANTING_VERBS = frozenset({"give", "grant", "allow", "have"})
"""Verbs that grant (or have) time "until" a date to do something ("had until Friday to
respond"): the date is a deadline."""


def signal_and_governor(root: Token) -> tuple[str | None, Token | None]:
    """The preposition before a time expression and the word the phrase attaches to."""
    # "until now", "until recently", "from a year earlier", "than a year ago": the parser hangs
    # some time expressions on the preposition as pcomp, advmod or npadvmod rather than pobj
    on_preposition = root.dep_ in {"pcomp", "advmod", "npadvmod"} and root.head.dep_ == "prep"
    if (root.dep_ == "pobj" or on_preposition) and root.head.i != root.i:
        preposition = root.head
        signal = preposition.lower_
        governor = preposition.head if preposition.head.i != preposition.i else None
        if signal == "to" and preposition.head.lower_ == "prior":
            signal, governor = "prior", preposition.head.head
        if signal == "as" and preposition.head.lower_ == "early" and preposition.head.i != 0:
            # "could be held as early as December": the verb's earliest time
            signal, governor = "as early as", preposition.head.head
        if signal == "as" and preposition.head.lower_ in {"recently", "late"}:
            # "said as recently as Tuesday": it happened then (the latest of its kind)
            signal, governor = "in", preposition.head.head
        if signal in _PARTICLES and governor is not None and governor.pos_ == "VERB":
            # "struck it down the following spring": the verb's particle, read as a
            # preposition; the time is the verb's own
            signal = None
        return signal, governor
    # ("A vet was called the following day": the parser may read a bare time after a passive
    # as its object predicate, "oprd")
    if root.dep_ in _DIRECT_DEPS or root.dep_ in {"dobj", "attr", "pcomp", "conj", "oprd"}:
        return None, root.head if root.head.i != root.i else None
    return None, None


_OBJECT_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "acl", "compound", "amod"})
"""The links from a verb's object down to a phrase on it ("kept a warning in place since
Monday", "have campaigned for a ban since August")."""
_PARTICLES = frozenset({"down", "up", "off", "out", "back", "away"})
"""Particles of phrasal verbs the parser may take for a preposition before a time."""


def _past_a_bare_verb_misparse(governor: Token | None) -> Token | None:
    """The verb a date belongs to when the parser made a noun a bare verb clause: in "crashed
    on a hairpin bend below the San Lucio pass late Friday", "pass" comes out a base-form verb
    with no "to", auxiliary or subject, an adverbial clause of "crashed"; no such clause
    exists in English, so the date is the verb's above it."""
    if (
        governor is None
        or governor.tag_ != "VB"
        or governor.dep_ != "advcl"
        or governor.head.pos_ not in {"VERB", "AUX"}
        or any(
            child.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass"}
            for child in governor.children
        )
    ):
        return governor
    return governor.head


_CLOSING_MARKS = frozenset({"-RRB-", "''"})
"""Marks that close a participle's last words without ending its phrase ("by the Alliance for
Democratic Renewal (ADR) on Friday evening")."""


def _participle_before(root: Token, signal: str | None, governor: Token | None) -> Token | None:
    """The participle a date belongs to when the parser hung it on the noun the participle
    describes: in "The petition, lodged by the opposition on Friday evening, says" the day
    is the lodging's, though the phrase comes out on "petition"; the phrase follows the
    participle's own words with no comma between, as its modifiers do."""
    if (
        signal is None
        or governor is None
        or governor.pos_ not in {"NOUN", "PROPN"}
        or root.dep_ != "pobj"
        or root.head.head.i != governor.i
    ):
        return governor
    preposition = root.head
    for child in governor.children:
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and governor.i < child.i < preposition.i
            and all(
                token.tag_ in _CLOSING_MARKS
                for token in governor.doc[
                    max(token.i for token in child.subtree) + 1 : preposition.i
                ]
            )
        ):
            return child
    return governor


def _verb_after_subject(
    span: Any, signal: str | None, governor: Token | None, is_event: Callable[[Token], bool]
) -> Token | None:
    """The verb a date belongs to when it closes the subject right before that verb.

    Wire copy puts the day between subject and verb ("the national weather service on
    Wednesday issued a warning"); the parser hangs it on the nearest noun of the subject,
    though it dates the verb. Only when the path up from the date to the subject runs through
    prepositions and nouns that are no events: in "Geologists who inspected the site on
    Tuesday reported" the day is the inspecting's, in "A survey in 2019 warned" the survey's.
    """
    if signal not in _SCENE_PREPOSITIONS or governor is None or span.end >= len(span.doc):
        return governor  # "forward prices for October rose": the thing's month
    verb = span.doc[span.end]
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.pos_ != "VERB":
        return governor
    token = governor
    if token.dep_ == "acl" and token.lower_ == "aged":
        # "An army veteran aged 97 on Friday handed back a flag": an age, no event of its own
        token = token.head
    while token.dep_ in {"pobj", "prep", "compound", "conj", "appos"} and token.head.i != token.i:
        if is_event(token):
            return governor
        token = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.i != verb.i or is_event(token):
        return governor
    return verb


def _under_since_noun(root: Token) -> bool:
    """Whether a "since" governs the noun a time dates, a noun that is no event: "has risen
    since a retrospective in 2015" rose from 2015 on, not in 2015. (Not "after": "broke apart
    shortly after lift-off in March" broke in March.)"""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.lower_ not in {"in", "on"}:
        return False
    noun = preposition.head
    return noun.dep_ == "pobj" and noun.pos_ in {"NOUN", "PROPN"} and noun.head.lower_ == "since"


def _perfect_verb(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lemma_ == "have" for child in verb.children)


def noun_before_since(since: Token, governor: Token | None = None) -> Token | None:
    """The noun a "since" comes right after, among the arguments of the verb it hangs on.

    "blaming a sharp drop in orders since August", "since the government cut subsidies": the
    parser hangs the phrase or clause on the verb (``governor``, by default the head of the
    preposition), though it measures the noun told just before it.
    """
    governor = since.head if governor is None else governor
    if _perfect_verb(governor) or (governor.dep_ == "xcomp" and _perfect_verb(governor.head)):
        # "has faced repeated delays since 2015", "had forced drivers to work extra shifts
        # since October": a perfect goes on since then itself
        return None
    for token in governor.children:
        if (
            token.pos_ == "NOUN"
            and token.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}
            and token.right_edge.i + 1 == since.i
        ):
            return token
    return None


class AnchorRules(LinkState):
    """The time-anchor rules (syntax, clause), over the shared state of a linking pass."""

    # 1. syntax ------------------------------------------------------------------------------
    def syntax(self) -> None:
        for number, expression in enumerate(self.expressions):
            span = tokens_of(self.doc, expression.start, expression.end)
            if span is None:
                continue
            if expression.type is TimexType.DURATION and expression.interval is None:
                self._duration(expression, span)
                continue
            if expression.type is TimexType.SET or interval_of(expression, self.dct) is None:
                continue
            if _an_age_now(span):
                self.claimed.add(number)  # no time of any event
                continue
            if is_elapsed(expression) and span.end < len(self.doc):
                # "about four hours later": the phrase the parser builds ends with "later"
                after = self.doc[span.end]
                if after.lower_ in {"later", "earlier"}:
                    span = self.doc[span.start : span.end + 1]
            self._date(number, expression, span)

    def _describes_a_thing(self, root: Token, expression: TimeExpression) -> bool:
        """Whether a decade or century modifies a noun that is no event ("units that have
        operated in a 1960s wing", "the roof of its 19th-century great hall collapsed"): it
        tells the age of the thing, not when its sentence's event happened. A finer time may
        well date the clause ("third-quarter profit rose": the rising was in the quarter)."""
        interval = expression.interval
        return (
            interval is not None
            and interval.grain >= Grain.DECADE
            and root.dep_ in {"nummod", "nmod", "amod", "compound"}
            and root.head.pos_ in {"NOUN", "PROPN"}
            and self.event_of(root.head) is None
        )

    def _date(self, number: int, expression: TimeExpression, span: Any) -> None:
        root = span.root
        if root.head.i == root.i:
            # "lifted off at 11:02 p.m. local time on Saturday": the parser may start a new
            # sentence inside the expression; its part that hangs on the words before it
            # tells what it dates
            outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end]
            if outside:
                root = outside[0]
        elif root.dep_ == "prep" and root.i > span.start:
            # "reopened at 6:15 a.m. on Wednesday": the preposition inside the expression hangs
            # on the verb nearer the top than the clock time does; the time's own preposition,
            # before it, is the signal
            outside = [t for t in span if t.head.i < span.start or t.head.i >= span.end]
            root = outside[0]
        if self._describes_a_thing(root, expression):
            self.claimed.add(number)
            return
        counted = self._counted_from(span)
        if counted is not None:
            # "on Tuesday, the day before the decision was announced": the day is counted
            # from the event the phrase names, which comes after it (or before, for "after")
            self.claimed.add(number)
            before = span[-1].lower_ == "before"
            side = TimeRelation.AFTER if before else TimeRelation.BEFORE
            self._anchor(counted, expression, side, LinkKind.SYNTAX)
            return
        signal, governor = signal_and_governor(root)
        first = span[0]
        if signal is None and first.dep_ == "pobj" and first.head.i == span.start - 1:
            # "since May last year": the parser makes "year" the head of the expression and
            # hangs only "May" on the preposition, which still opens the whole expression
            signal, governor = signal_and_governor(first)
        governor = _participle_before(root, signal, governor)
        governor = self._fronted_before_own(span, governor)
        governor = _after_closed_aside(span, root, signal, governor)
        governor = self._reporting_verb_before(root, signal, governor)
        governor = self._clause_before_attribution(span, governor)
        governor = self._due_event(governor)
        governor = self._state_noun(governor)
        governor = self._finding_of_a_dated_document(signal, governor)
        governor = self._noun_the_verb_cannot_hold(span, signal, governor, expression)
        governor = self._past_verb_above_present_relative(governor, expression)
        governor = _past_a_bare_verb_misparse(governor)
        governor = _verb_after_subject(
            span, signal, governor, lambda token: self.event_of(token) is not None
        )
        governor = self._since_noun_before(span, signal, governor)
        until = None
        if signal == "between":
            # "between 2014 and 2018": it began in the first and ended in the second
            until = self._range_end(root)
            if until is None:
                return
            signal = "since"
        elif signal == "from":
            # "quarrelled from June to August": it began in the first and ended in the second
            until = self._range_to(expression)
        elif signal == "since" and governor is not None and _ranked(governor):
            # "its first eruption since 2011", "their lowest level since 2021": a record set
            # after that time, not something going on since then (nor a clause's time)
            signal = "after"
            self.claimed.add(number)
        elif signal == "since" and governor is not None:
            governor = self._event_noun_before(root.head) or self._perfect_before(
                root.head, governor
            )
            if governor is None:
                self.claimed.add(number)  # no clause fallback either
                return
        elif (
            signal in {"until", "till"}
            and governor is not None
            and governor.lemma_.lower() in _GRANTING_VERBS
        ):
            # "has given Corvane until Oct. 3 to respond": a deadline for the response, not
            # the end of the giving
            self.claimed.add(number)
            for child in governor.children:
                allowed = self.event_of(child) if child.dep_ in {"advcl", "xcomp"} else None
                if allowed is not None and self.deadline[allowed] is None:
                    self.deadline[allowed] = expression
            return
        elif signal == "by" or (signal == "before" and expression.mod is Mod.END):
            # "to be completed by the end of June", "before the end of the year": done no
            # later than that (the end of a year is its last part, not a point to come before)
            deadline = self.event_of(governor)
            if deadline is not None and self.deadline[deadline] is None:
                self.deadline[deadline] = expression
                self.claimed.add(number)
            return
        relation = SIGNAL_RELATIONS.get(signal or "in")
        if relation is None:
            return
        if expression.type is TimexType.DURATION and not is_elapsed(expression):
            relation = _duration_relation(signal)
        interval = interval_of(expression, self.dct)
        if signal == "through" and interval is not None and interval.grain is Grain.PART_OF_DAY:
            # "searched the ridge through the night": all night long, not until its end
            relation = TimeRelation.DURING
        if signal is None and root.dep_ == "amod" and expression.value == "PRESENT_REF":
            # "the current negotiations": going on now, not held within the DCT's day
            relation = TimeRelation.INCLUDES
        # "2011 when Gaddafi was toppled": a clause hanging on the time expression itself
        for child in root.children:
            target = self.event_of(_expected_in(child))
            if target is not None and child.dep_ in {"relcl", "acl", "advcl"}:
                if (_pronoun_argument(child) and self._dated_apart(child, expression)) or (
                    opened_by(child, "when")
                    and self._dated_apart(child, expression, days_only=True)
                ):
                    # "a package of remedies in May, which the authority rejected last
                    # month": "which" stands for a thing and the clause has its own time
                    # (but "the bombings last year that killed 224 people" happened then);
                    # so does "since Monday when an explosion ripped through it at 5:40 a.m.
                    # on Wednesday"
                    continue
                self._anchor(target, expression, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX)
                self.claimed.add(number)
        for target in self._deeds_of_a_dated_name(signal, governor, expression):
            self._anchor(target, expression, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX)
        # "since May last year, when it delivered the last hike": the parser hangs the
        # when-clause on the verb, but it tells what happened at the time right before it
        when_clause = self._when_clause_after(span)
        verb = None if when_clause is None else self.event_tokens[when_clause]
        if verb is not None and self._dated_apart(verb, expression, days_only=True):
            # "had been discharging cargo since Monday, when an explosion ripped through its
            # deck at about 5:40 a.m. on Wednesday": a clause with a day of its own is dated
            # by that
            when_clause = None
        if when_clause is not None:
            self._anchor(when_clause, expression, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX)
            for joined in verb.children if verb is not None else ():
                also = self.event_of(joined)
                if joined.dep_ == "conj" and joined.tag_ == "VBD" and also is not None:
                    # "in 2017, when restrictions lasted five months and the province lost a
                    # third of its harvest": the clause's second verb is of that time too
                    self._anchor(also, expression, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX)
        # "The push last week came": an event noun right before a bare time expression
        if signal is None and span.start > 0:
            noun = self.doc[span.start - 1]
            before = self.event_of(noun)
            if before is not None and noun.pos_ in {"NOUN", "PROPN"}:
                # "a parliamentary hearing on the outage next month": a topic's time is the
                # time of the noun it is the topic of
                head_noun = topic_of(noun)
                if head_noun is not None:
                    before = self.event_of(head_noun)
                if before is not None:
                    phase = relation
                    if noun.dep_ == "dobj" and relation is TimeRelation.IS_INCLUDED:
                        # "opened a criminal investigation last April": opening began it
                        phase = launched_phase(noun.head, noun) or relation
                    self._anchor(before, expression, phase, LinkKind.SYNTAX)
                    self.claimed.add(number)
        # "following a patient's death the day before": a bare time on a preposition dates the
        # event the preposition governs, not the verb the phrase hangs on
        object_event = self._preposition_object_event(root, signal)
        if object_event is not None:
            self.claimed.add(number)
            self._anchor(object_event, expression, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX)
            return
        if signal is None and governor is not None and root.dep_ == "npadvmod":
            # "a hearing on the outage next month": the parser hangs a bare time on the
            # topic, but it is the time of what the topic is of (or, when that is no event,
            # of the clause: "publish a report on the failure the following week")
            governor = topic_of(governor) or governor
        target_token = governor
        for _ in range(3):
            if target_token is None or self.event_of(target_token) is not None:
                break
            if target_token.pos_ not in {"NOUN", "PROPN", "PRON"} and not (
                # "fell 18 percent in Oslo trading on Friday": a gerund that is no event
                # here is a noun of the scene
                target_token.tag_ == "VBG" and target_token.dep_ == "pobj"
            ):
                break
            if root.dep_ in _NOMINAL_MODIFIER_DEPS and not (
                target_token.dep_ == "pobj" and target_token.head.lower_ in _SCENE_PREPOSITIONS
            ):
                # "a dispute over next year's budget": the budget's year, nobody's time (but
                # "raised in Saturday night's debate" happened at the debate). A month or
                # a year still to come is claimed, so that no weaker rule gives it to the
                # sentence's verb ("passes 2017 budget" in December 2016); one gone by may
                # well be the verb's time ("fourth-quarter 1989 earnings rose")
                if self._coming_period(expression) or (
                    interval is not None
                    and interval.grain is Grain.YEAR
                    and _VINTAGE_BEFORE.search(
                        self.doc.text, max(0, expression.start - 20), expression.start
                    )
                ):
                    # (and "a rare 1956 Marlowe Comet sports car", "in a 2019 report": a thing
                    # of that year, whose year is no one's time in the sentence)
                    self.claimed.add(number)
                break
            # a time phrase on a participant belongs to what it takes part in: "accepted 2.3
            # million euros between 2014 and 2018" (the parser hangs the phrase on the nearest
            # noun); a bare modifier stays the noun's own ("pass the 2025 budget")
            if (
                target_token.dep_ == "pobj"
                and target_token.head.lower_ in _EXAMPLE_PREPOSITIONS
                # (not "tore away its end, including a cafe and a slipway, early on Friday":
                # a comma closes the example before the time)
                and "," not in self.doc.text[target_token.idx : expression.start]
            ):
                # "has voted in every general election since, including snap polls in 1951":
                # the time of an example given, not of all that the verb tells
                break
            if target_token.dep_ == "pobj" and target_token.head.lower_ in ORDERING_PREPOSITIONS:
                # "After a series of crashes in 2018, Congress passed a law": the time is
                # that of what the verb is ordered against, not the verb's
                target_token = None
                break
            if target_token.dep_ == "pobj":
                target_token = target_token.head.head
            elif target_token.dep_ in _PARTICIPANT_DEPS and (
                signal is not None or root.dep_ == "npadvmod"
            ):
                # (and a bare time the parser hung on the object: "sent 120 soldiers the
                # following day")
                target_token = target_token.head
            elif target_token.dep_ == "conj" and target_token.head.pos_ in {"NOUN", "PROPN"}:
                # "sent soldiers with pumps and boats the following day": a noun joined to
                # another takes part in what the first does
                target_token = target_token.head
            elif (
                target_token.dep_ == "conj"
                and target_token.head.pos_ == "VERB"
                and signal is not None
            ):
                # "dropped fresh fruit and a new battery to her on July 4": a second object
                # the parser joined to the verb itself takes part in the verb
                target_token = target_token.head
            else:
                break
        if target_token is None:
            return
        lemma = target_token.lemma_.lower()
        if lemma in _SCHEDULING and signal in {"for", "to", "until", "on", None}:
            scheduled = self._scheduled_thing(target_token)
            if scheduled is not None:
                self.claimed.add(number)
                self._anchor(scheduled, expression, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX)
            if signal in {"for", "to", "until"}:
                # "postponed the flight until next year": the new date is the flight's, never
                # the postponing's, even when the flight is no event the detector found
                self.claimed.add(number)
                return
        if lemma in _IMPOSING and signal in {"from", "starting"}:
            # "ordered water rationing in 42 municipalities from Monday": the measure ordered
            # begins then, not the ordering
            imposed = self._scheduled_thing(target_token)
            if imposed is not None:
                self.claimed.add(number)
                self._anchor(imposed, expression, TimeRelation.BEGUN_BY, LinkKind.SYNTAX)
                return
        if (
            signal == "for"
            and expression.type is TimexType.DATE
            and span.start > 0
            and self.doc[span.start - 1].lower_ == "for"
            and target_token.pos_ == "VERB"
            and target_token.lemma_.lower() not in _PLANNING_FOR
            and any(
                child.dep_ == "dobj" and child.pos_ == "NOUN" and child.i < root.i
                for child in target_token.children
            )
        ):
            # "cut its profit forecast for 2024 on Tuesday": the year the object is for (the
            # parser hangs the phrase on the verb), not the cutting's time
            self.claimed.add(number)
            return
        target_token = self._report_before_clause(target_token, span)
        target_token = self._past_governor_of_infinitive(target_token, expression)
        target = self.event_of(target_token)
        if target is None and lemma in LIGHT_VERBS:
            # "launching a counteroffensive in March": the light verb's object is the event,
            # and so is its passive subject ("the ceremony will be held in December")
            target = next(
                (
                    self.event_of(child)
                    for child in target_token.children
                    if child.dep_ in {"dobj", "nsubjpass"} and self.event_of(child) is not None
                ),
                None,
            )
        if target is None and lemma == "be" and signal in {"in", "on", "at", None}:
            # "The last strike at the hospital was in 2009": a copula that dates its subject
            target = next(
                (
                    self.event_of(child)
                    for child in target_token.children
                    if child.dep_ == "nsubj"
                    and child.pos_ == "NOUN"
                    and self.event_of(child) is not None
                ),
                None,
            )
        if target is None and target_token.dep_ == "ROOT" and target_token.pos_ in _NOMINAL:
            # "United sacked manager Erik ten Hag on Monday", parsed as a noun phrase: the
            # time hangs on the root noun, and the sentence's verb is the modifier
            target = next(
                (
                    found
                    for token in target_token.sent
                    if (
                        verb_read_as_modifier(token)
                        or _participle_after_fronted_time(token, target_token, expression)
                    )
                    and (found := self.event_of(token)) is not None
                ),
                None,
            )
        if target is None:
            return
        self.claimed.add(number)
        if signal in {"until", "till", "before"} and (
            self.events[target].polarity is Polarity.NEG or _negated_governor(target_token)
        ):
            # "will not reopen until next year", "would not launch before June", "should not
            # expect to return before Saturday": it happens then at the earliest, not ends then
            # or before then
            relation = TimeRelation.BEGUN_BY
        near = relation in (TimeRelation.BEFORE, TimeRelation.AFTER) and _said_near(root)
        self._anchor(target, expression, relation, LinkKind.SYNTAX, near=near)
        verb = self._verb_of_dated_object(target_token, signal, expression)
        if verb is None:
            verb = self._verb_read_as_its_modifier(target_token, expression)
        if verb is None:
            verb = self._finder_of_dated_state(target_token, signal)
        if verb is not None:
            # "Rand conceded defeat on Sunday evening": the parser hangs the day on the
            # object; the conceding was then too
            self._anchor(verb, expression, relation, LinkKind.SYNTAX)
        anchored = self.time[target]
        if until is not None and anchored is not None and anchored.expression is expression:
            end_number, end = until
            self.claimed.add(end_number)
            self.until[target] = TimeLink(
                end, TimeRelation.ENDED_BY, LinkKind.SYNTAX, end.certainty
            )

    def _finder_of_dated_state(self, token: Token, signal: str | None) -> int | None:
        """The verb of finding whose complement a time was hung on: in "found Bramble lying on
        the doorstep at about 7 a.m. on Thursday" the dog lay there then, and was found then
        too (the parser hangs the time on "lying")."""
        head = token.head
        if (
            signal not in {"at", "on", "in"}
            or token.dep_ not in {"ccomp", "xcomp", "oprd"}
            or token.tag_ not in {"VBG", "NN"}
            or head.i == token.i
            or head.lemma_.lower() not in _FINDING_VERBS
        ):
            return None
        return self.event_of(head)

    def _verb_read_as_its_modifier(self, noun: Token, expression: TimeExpression) -> int | None:
        """The sentence's verb, when the parser read the sentence as a noun phrase whose root
        event noun the verb modifies: in "Last week, temperatures above 40 C fuelled
        wildfires" the week dates the fuelling (and the wildfires it hung on)."""
        if noun.dep_ != "ROOT" or noun.pos_ not in _NOMINAL:
            return None
        for child in noun.children:
            found = self.event_of(child)
            if (
                found is not None
                and child.i < noun.i
                and expression.end <= child.idx
                and verb_read_as_modifier(child)
            ):
                return found
        return None

    def _verb_of_dated_object(
        self, token: Token, signal: str | None, expression: TimeExpression
    ) -> int | None:
        """The past verb whose object event noun a day (or a time of day, or a weekend with
        "over": "reported similar finds over the weekend") was hung on, or a year with "in"
        ("first proposed the charge in 2017"), or a day with no preposition ("served strike
        notice the following day", where the tagger read the object as a verb)."""
        if (
            token.dep_ not in {"dobj", "oprd"}
            or token.pos_ not in {"NOUN", "VERB"}
            or signal not in {"on", "at", "in", "over", None}
        ):
            return None
        if signal is None:
            # a bare day hung beside the object ("served strike notice the following day"),
            # not one that modifies it ("criticized the Friday attack": the attack's day)
            words = tokens_of(self.doc, expression.start, expression.end)
            if words is None or words.root.dep_ != "npadvmod":
                return None
        span = interval_of(expression, self.dct)
        if span is None or not (
            span.grain is Grain.YEAR
            if signal == "in"
            # "reported similar finds over the weekend": a weekend, a stretch of days
            else span.grain <= Grain.WEEK
            if signal == "over"
            else span.grain <= Grain.DAY
        ):
            return None
        verb = self.event_of(token.head)
        if verb is None or self.events[verb].tense is not Tense.PAST:
            return None
        return verb

    def _coming_period(self, expression: TimeExpression) -> bool:
        """Whether ``expression`` is a month or longer that starts after the DCT's day."""
        span = interval_of(expression, self.dct) if self.dct is not None else None
        return (
            span is not None and span.grain >= Grain.MONTH and self.starts_after_dct_day(expression)
        )

    def _governor_of(self, expression: TimeExpression) -> int | None:
        """The index of the word the phrase of ``expression`` hangs on, if any."""
        span = tokens_of(self.doc, expression.start, expression.end)
        governor = None if span is None else signal_and_governor(span.root)[1]
        return None if governor is None else int(governor.i)

    def _fronted_before_own(self, span: Any, governor: Token | None) -> Token | None:
        """The verb a fronted date belongs to when the parser hangs it on a later verb that has
        a date of its own: in "In December, a chairlift halted after a power cut, and the
        operator was fined in January" both dates hang on "fined", but December is the
        halting's (a verb between them, which the parser made a participle). With no verb
        between them, the fronted date stays the verb's ("On May 22, 1995, Farkas was made a
        general, and the following year he was appointed")."""
        if governor is None or governor.pos_ != "VERB" or span.end > governor.i:
            return governor
        following = self.doc[span.end] if span.end < len(self.doc) else None
        if following is None or following.text != "," or span.start > span.sent.start + 1:
            return governor  # not fronted: "In December, ..." opens the sentence
        # (its own date may come before it too: "On March 9, nine tank cars overturned, and
        # a day earlier the company had announced a review")
        own = any(
            other.start > following.idx
            and other.type in (TimexType.DATE, TimexType.TIME)
            and self._governor_of(other) == governor.i
            for other in self.expressions
        )
        if not own:
            return governor
        between = (
            token
            for token in self.doc[span.end : governor.i]
            if token.tag_ in {"VBD", "VBN"} and self.event_of(token) is not None
        )
        return next(between, governor)

    def _noun_the_verb_cannot_hold(
        self, span: Any, signal: str | None, governor: Token | None, expression: TimeExpression
    ) -> Token | None:
        """The event noun right before the time when the parser hung the time on a verb whose
        tense rules it out: in "had been pushed by the government ahead of local elections in
        November" (told in September) November is the elections', not the past pushing's."""
        found = self.event_of(governor)
        if governor is None or found is None or governor.pos_ not in {"VERB", "AUX"}:
            return governor
        if not (
            self._against_tense(found, expression, TimeRelation.IS_INCLUDED)
            or (signal == "in" and self._perfect_put_ahead(found, expression))
        ):
            return governor
        position = span.start - 1
        if signal is not None and position >= 0 and self.doc[position].lower_ == signal:
            position -= 1
        noun = self.doc[position] if position >= 0 else None
        if noun is None or noun.pos_ != "NOUN" or self.event_of(noun) is None:
            return governor
        return noun

    def _past_verb_above_present_relative(
        self, governor: Token | None, expression: TimeExpression
    ) -> Token | None:
        """The past verb whose object a present relative clause describes, when the parser hung
        a past time on the clause: in "cut the price it pays farmers by 2 pence a litre last
        week" last week is the cutting's; the paying goes on."""
        clause = governor
        for _ in range(3):  # "pays farmers by 2 pence a litre last week": up from "pence"
            if clause is None or self.event_of(clause) is not None or clause.head.i == clause.i:
                break
            clause = clause.head
        found = self.event_of(clause)
        if clause is None or found is None or clause.dep_ != "relcl" or clause.tag_ != "VBZ":
            return governor  # (a VBP "burst" may be a past)
        if self.events[found].aspect is not Aspect.NONE:
            return governor
        span = interval_of(expression, self.dct)
        if self.dct is None or span is None or span.end is None or span.end > self.dct:
            return governor
        noun = clause.head
        verb = noun.head if noun.dep_ in {"dobj", "nsubjpass"} else None
        above = self.event_of(verb)
        if verb is None or above is None or self.events[above].tense is not Tense.PAST:
            return governor
        return verb

    def _perfect_put_ahead(self, index: int, expression: TimeExpression) -> bool:
        """Whether a present perfect ("has threatened") would be put at a time wholly after the
        DCT's day: what has been done is done by now."""
        event = self.events[index]
        return (
            event.tense is Tense.PRESENT
            and event.aspect is Aspect.PERFECTIVE
            and self.starts_after_dct_day(expression)
        )

    def _due_event(self, token: Token | None) -> Token | None:
        """The event noun that "due" says is expected ("a ruling due before the end of the
        year"): a time on "due" is the noun's. A thing due ("debentures due March 15, 2007")
        is no event, and its date dates nothing else."""
        if token is None or token.lower_ != "due" or token.dep_ not in {"amod", "acl"}:
            return token
        return token.head if self.event_of(token.head) is not None else token

    def _finding_of_a_dated_document(self, signal: str | None, token: Token | None) -> Token | None:
        """The verb of telling or finding a dated document is the subject of ("A 2016
        government report had warned that the spillway was too small", "Last year's audit
        found ..."): a document tells what it tells when it is written, so the year that
        dates the report dates its warning."""
        if (
            signal is not None
            or token is None
            or token.dep_ != "nsubj"
            or token.lemma_.lower() not in _DOCUMENT_NOUNS
            or self.event_of(token) is not None
        ):
            return token
        verb = token.head
        if verb.lemma_.lower() in _DOCUMENT_VERBS and self.event_of(verb) is not None:
            return verb
        return token

    def _deeds_of_a_dated_name(
        self, signal: str | None, name: Token | None, expression: TimeExpression
    ) -> list[int]:
        """The past relative clauses ("which killed 41 people") on a name that a time dates
        ("since Hurricane Lorna in 1998, which killed 41 people and destroyed the banana
        crop"): what the named storm, war or games did, it did then. Only a name: a common
        noun is an event of its own or a thing whose clause may tell of any time."""
        if signal not in {"in", "on"} or name is None or name.pos_ != "PROPN":
            return []
        if self.event_of(name) is not None:
            return []
        found = []
        for clause in name.children:
            target = self.event_of(clause)
            if (
                target is None
                or clause.dep_ != "relcl"
                or clause.tag_ != "VBD"
                or not any(
                    child.dep_ == "nsubj" and child.lower_ in {"which", "that"}
                    for child in clause.children
                )
                or self._dated_apart(clause, expression)
            ):
                continue
            found.append(target)
            found += [
                also
                for joined in clause.children
                if joined.dep_ == "conj"
                and joined.tag_ == "VBD"
                and (also := self.event_of(joined)) is not None
            ]
        return found

    def _state_noun(self, token: Token | None) -> Token | None:
        """The event noun a copula puts its subject in ("have been on strike since May 15",
        "were in talks on Monday"): a time on the copula, no event itself, is the noun's."""
        if token is None or token.lemma_ != "be" or self.event_of(token) is not None:
            return token
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in {"on", "in", "under"}:
                continue
            for noun in child.children:
                if noun.dep_ == "pobj" and self.event_of(noun) is not None:
                    return noun
        return token

    def _report_before_clause(self, token: Token | None, span: Any) -> Token | None:
        """The reporting verb a bare time right after it belongs to, when the parser hangs the
        time on the reported clause: in "regulators said last week they had opened an
        investigation" the saying was last week, the opening before it."""
        if token is None or token.dep_ != "ccomp" or span.start == 0:
            return token
        report = token.head
        if report.i != span.start - 1 or token.i < span.end:
            return token
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.left_edge.i != span.end:
            return token
        found = self.event_of(report)
        if found is None or self.events[found].kind is not EventClass.REPORTING:
            return token
        return report

    def _clause_before_attribution(self, span: Any, governor: Token | None) -> Token | None:
        """The verb a time phrase ends the clause of, when the parser hung the phrase on the
        attribution after it ("disconnected the network about four hours later, the city
        manager told a news conference"): the saying is not four hours after anything."""
        said = self.event_of(governor)
        if governor is None or said is None or governor.i <= span.end:
            return governor
        if self.events[said].kind is not EventClass.REPORTING:
            return governor
        doc = self.doc
        if span.end >= len(doc) or doc[span.end].text != ",":
            return governor
        for position in range(span.start - 1, governor.sent.start - 1, -1):
            token = doc[position]
            found = self.event_of(token)
            if found is not None and token.pos_ in {"VERB", "AUX"}:
                return token if token.head.i != token.i else governor
        return governor

    def _reporting_verb_before(
        self, root: Token, signal: str | None, governor: Token | None
    ) -> Token | None:
        """The verb of saying a time phrase follows right after, or after its addressee ("said on
        Wednesday the attack bore ...", "told Reuters on Wednesday they had warned"): the
        parser, missing the "that", hangs the phrase on the reported verb, but the time is the
        saying's."""
        preposition = root.head
        if signal not in {"on", "in", "at"} or governor is None or preposition.i == 0:
            return governor
        before = preposition.doc[preposition.i - 1]
        if before.dep_ in {"dobj", "dative"} and before.head.i < before.i:
            # "told Reuters on Wednesday they had warned ...": the saying's addressee
            before = before.head
        said = self.event_of(before)
        if (
            said is not None
            and self.events[said].kind is EventClass.REPORTING
            and governor.dep_ == "ccomp"
            and governor.head.i == before.i
        ):
            return before
        return governor

    def _counted_from(self, span: Any) -> int | None:
        """The event a time counted from an event is counted from: "the day before the
        slide" (the object of "before") or "the day before the walkout began" (the verb
        "before" marks)."""
        last = span[-1]
        if len(span) < 2 or last.lower_ not in {"before", "after"}:
            return None
        if last.dep_ == "mark" and last.head.i >= span.end:
            return self.event_of(last.head)
        for child in last.children:
            if child.dep_ == "pobj":
                return self.event_of(child)
        return None

    def _preposition_object_event(self, root: Token, signal: str | None) -> int | None:
        """The event a temporal preposition governs when a bare time hangs on the preposition.

        The parser hangs "the day before" in "following a second patient's death the day
        before" on "following" (npadvmod), next to its object "death": the time is the death's.
        """
        if signal not in {"after", "following", "before", "since"}:
            return None
        if root.dep_ not in {"npadvmod", "advmod"} or root.head.dep_ != "prep":
            return None
        for child in root.head.children:
            if child.dep_ == "pobj":
                return self.event_of(child)
        return None

    def _past_governor_of_infinitive(self, token: Token, expression: TimeExpression) -> Token:
        """The past verb a past time belongs to when the parser hangs it on an infinitive.

        In "approved plans to replace the tower earlier this year" the parser hangs "earlier
        this year" on "replace"; but what an infinitive names comes after its governor, so a
        time over by the DCT's day that a past governor can take is the governor's.
        """
        if token.tag_ != "VB" or not to_infinitive(token):
            return token
        if self.dct is None:
            return token
        span = interval_of(expression, self.dct)
        today = day_of(self.dct)
        if (
            span is None
            or span.start is None
            or span.end is None
            or today.start is None
            or today.end is None
            or span.end > today.end
            or span.start >= today.start
        ):
            return token
        head = token.head
        if token.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ in {"dobj", "nsubjpass"}:
            head = head.head  # "approved plans to replace": the plans' verb
        elif token.dep_ not in {"xcomp", "advcl"}:
            return token
        governor = self.event_of(head)
        if governor is not None and self.events[governor].tense is Tense.PAST:
            return head
        return token

    def _since_noun_before(self, span: Any, signal: str | None, governor: Token | None) -> Any:
        """The event noun of a "since" phrase that ends right before the time's preposition
        ("has been held in custody since his arrest in January last year"): the parser hangs
        the time on the verb, but it dates the arrest, which the holding goes on since."""
        if signal not in {"in", "on", "at"} or governor is None or span.start == 0:
            return governor
        preposition = self.doc[span.start - 1]
        if preposition.dep_ != "prep":
            return governor
        for since in governor.children:
            if since.dep_ != "prep" or since.lower_ != "since":
                continue
            for noun in since.children:
                if (
                    noun.dep_ == "pobj"
                    and noun.pos_ == "NOUN"
                    and self.event_of(noun) is not None
                    and noun.right_edge.i == preposition.i - 1
                ):
                    return noun
        return governor

    def _event_noun_before(self, preposition: Token) -> Token | None:
        """The event noun a "since" phrase right after it measures, when the verb is no perfect.

        "blaming a sharp drop in orders since August": the parser hangs the phrase on the
        verb, but a verb that is no perfect does not go on since a time; the change told just
        before it does ("the drop ... since August" began then and goes on).
        """
        noun = noun_before_since(preposition)
        index = self.event_of(noun)
        if index is None:
            return None
        self.since_nouns.add(index)
        return noun

    def _perfect_before(self, preposition: Token, governor: Token) -> Token | None:
        """The verb a "since" phrase belongs to: a perfect one, not the simple past it hangs on.

        "Norvik, which has assembled dishwashers at a plant in Poland since 2015, restarted the
        line": the parser hangs "since 2015" on "restarted" or on "Norvik", but "since" needs a
        perfect. When the governor is no event or an event in the simple past, and a perfect
        clause ends right before the phrase, that clause is meant; with no such clause, a
        simple past (not a state) takes no "since" at all (``None``).
        """
        index = self.event_of(governor)
        head = self.event_of(governor.head) if governor.dep_ == "xcomp" else None
        if (
            index is not None
            and head is not None
            and self.events[index].tense is Tense.INFINITIVE
            and self.events[head].aspect in PERFECT_ASPECTS
        ):
            return governor.head  # "has been trying to expand ... since 2019"
        perfect = self.perfect_above(governor)
        if perfect is not None:
            # "have campaigned for a ban since last August", "has kept a severe weather warning
            # in place since Monday": the parser hangs the phrase on the perfect's object
            return perfect
        if index is not None and (
            self.events[index].tense is not Tense.PAST
            or self.events[index].aspect is not Aspect.NONE
        ):
            return governor
        for other, token in enumerate(self.event_tokens):
            if (
                token is not None
                and other != index
                and self.events[other].aspect in PERFECT_ASPECTS
                and token.i < preposition.i <= token.right_edge.i + 2
                and token.sent.start == preposition.sent.start
            ):
                return token
        if index is not None and self.events[index].kind is not EventClass.STATE:
            # "shares fell 31 percent, their lowest level since 2021": a simple past does not
            # begin with a "since"; the phrase measures something else
            return None
        return governor

    def perfect_above(self, word: Token) -> Token | None:
        """The present perfect verb whose object (or a phrase on it) ``word`` is, if any: a
        "since" or a "for" a length the parser hung there is the perfect's, which alone goes
        on up to now ("have lobbied for a ban for 14 months")."""
        if word.pos_ not in {"NOUN", "PROPN", "VERB"} or word.dep_ not in _OBJECT_PATH_DEPS:
            return None
        node = word
        for _ in range(6):
            if node.dep_ not in _OBJECT_PATH_DEPS or node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "amod"}:
                found = self.event_of(node)
                if (
                    found is not None
                    and self.events[found].tense is Tense.PRESENT
                    and self.events[found].aspect in PERFECT_ASPECTS
                    # ("has reported a drop in orders since August": a report does not go on)
                    and self.events[found].kind is not EventClass.REPORTING
                ):
                    return node
                return None
        return None

    def _dated_apart(
        self, clause: Token, expression: TimeExpression, *, days_only: bool = False
    ) -> bool:
        """Whether ``clause`` holds a time expression other than ``expression`` (with
        ``days_only``, a date or time of a day or finer: "after years of falling numbers"
        does not date a clause apart)."""
        start = clause.left_edge.idx
        end = clause.right_edge.idx + len(clause.right_edge.text)
        if days_only:
            # the verb's own stretch: from the verb up to a comma, a semicolon or an "and"
            # ("when officials found no deficiencies, its owner said on Wednesday", "when winds
            # hit the zone and again on Saturday"; "when samples taken the day before showed"
            # names the day before for its subject)
            start = clause.idx
            close = _CLAUSE_CLOSE.search(self.doc.text, clause.idx, end)
            end = close.start() if close is not None else end
        return any(
            other is not expression
            and start <= other.start
            and other.end <= end
            and (not days_only or of_a_day_or_finer(other, self.dct))
            for other in self.expressions
        )

    def _when_clause_after(self, span: Any) -> int | None:
        """The event of a ", when ..." clause that starts right after the time expression."""
        doc = self.doc
        position = span.end
        if position < len(doc) and doc[position].text == ",":
            position += 1
        if position >= len(doc) or doc[position].lower_ != "when":
            return None
        verb = doc[position].head
        if verb.dep_ in {"nsubj", "nsubjpass"} and verb.pos_ in _NOMINAL:
            verb = verb.head  # "when talks broke down": the parser may hang "when" on "talks"
        # and it may make the clause a conjunct of the main verb ("have clashed since March
        # 2019, when talks broke down")
        if verb.i <= position or verb.dep_ not in {"advcl", "relcl", "conj"}:
            return None
        if any(
            found[1].type in (TimexType.DATE, TimexType.TIME)
            for child in verb.children
            if child.dep_ == "npadvmod" and (found := self.expression_at(child)) is not None
        ):
            # "when routine samples taken the day before ... showed": the parse makes the
            # participle the clause's verb, but it has a time of its own; the verb it hangs
            # on, later in the clause, is the clause's
            head = verb.head
            return self.event_of(head) if head.i > verb.i and head.pos_ == "VERB" else None
        if verb.tag_ == "VBG":
            finite = self._finite_verb_after(verb)
            if finite is not None:
                # "on July 7, when photographs of guests dancing in the garden were posted":
                # the parser takes the participle for the clause's verb; the passive after
                # it is the clause's
                return finite
        head = verb.head
        if (
            any(child.dep_ == "auxpass" and child.lower_ == "being" for child in verb.children)
            and verb.dep_ == "advcl"
            and head.i > verb.i
            and head.pos_ == "VERB"
            and self.event_of(head) is not None
        ):
            # "last week, when trams being driven on the route stopped unexpectedly": the
            # participle describes the subject; the verb it hangs on is the clause's
            return self.event_of(head)
        clause_event = self.event_of(verb)
        if clause_event is None:
            # "at around 3 a.m., when the hall was almost empty and her hand started to
            # cramp": a copula is no event; the verb joined to it is the clause's happening
            clause_event = next(
                (
                    joined
                    for child in verb.children
                    if child.dep_ == "conj"
                    and child.tag_ == "VBD"
                    and (joined := self.event_of(child)) is not None
                ),
                None,
            )
        return clause_event

    def _finite_verb_after(self, participle: Token) -> int | None:
        """The event of the first verb with its own auxiliary after ``participle``, before any
        punctuation ends the clause ("guests dancing in the garden were posted")."""
        for token in self.doc[participle.i + 1 : participle.sent.end]:
            if token.is_punct:
                return None
            if token.tag_ in {"VBD", "VBN"} and any(
                child.dep_ in {"aux", "auxpass"} and child.i > participle.i
                for child in token.children
            ):
                return self.event_of(token)
        return None

    def _range_to(self, expression: TimeExpression) -> tuple[int, TimeExpression] | None:
        """The expression ending a "from A to B" range that ``expression`` (A) opens."""
        for number, other in enumerate(self.expressions):
            if other.start >= expression.end and _RANGE_TO.fullmatch(
                self.doc.text, expression.end, other.start
            ):
                return number, other
        return None

    def _range_end(self, root: Token) -> tuple[int, TimeExpression] | None:
        """The expression ending a "between A and B" range whose A is headed by ``root``."""
        for child in root.children:
            found = self.expression_at(child) if child.dep_ == "conj" else None
            if found is not None:
                return found
        return None

    def _scheduled_thing(self, verb: Token) -> int | None:
        """The event a scheduling verb is about: "talks that were scheduled for Sunday"."""
        if verb.dep_ in {"relcl", "acl"}:
            found = self.event_of(verb.head)
            if found is not None:
                return found
        for child in verb.children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                found = self.event_of(child)
                if found is not None:
                    return found
        return None

    def _duration(self, expression: TimeExpression, span: Any) -> None:
        length = duration_of(expression)
        if length is None:
            return
        root = span.root
        if _measures_a_signal(root):
            return  # "two days after the fire": a distance between events, no one's length
        if any(
            other.type is TimexType.SET and 0 < other.start - expression.end <= 2
            for other in self.expressions
        ):
            # "trained for about five hours every day since January": the length of each
            # time, not of the whole
            return
        signal, governor = signal_and_governor(root)
        if (
            root.dep_ == "npadvmod"
            and signal not in SIGNAL_RELATIONS
            and governor is not None
            and governor.lemma_.lower() in _SPENDING_VERBS
        ):
            # "hackers had spent nearly five months inside its booking system": the parser
            # hangs the length on the place it was spent in; it is the spending's own
            signal = None
        allowed = next(
            (
                found
                for child in root.children
                if allowed_by(child) is not None and (found := self.event_of(child)) is not None
            ),
            None,
        )
        if allowed is not None:
            # "has 14 days to rule on an appeal": the ruling is due within them; the having
            # does not last them
            if length.amount is not None:
                self.within[allowed] = length
            return
        perfect = self.perfect_above(governor) if governor is not None and signal == "for" else None
        # "has lobbied for a ban for 14 months": the parser hangs the length on the perfect's
        # object, but the perfect is what went on that long, up to now
        target = self.event_of(perfect if perfect is not None else governor)
        if target is None and signal == "for":
            # "has been in drought for six weeks", "have been on strike for three weeks": the
            # copula is no event; the state noun it puts its subject in lasted that long
            target = self.event_of(self._state_noun(governor))
        measure = measured_by(root)
        measured = self.event_of(measure)
        if measured is not None:
            # "began two days of talks": the talks last two days, not the beginning
            target, signal = measured, None
        elif (
            measure is not None
            and measure.lower_.endswith("ing")
            and root.dep_ == "dobj"
            and governor is not None
            and governor.lemma_.lower() not in _SPENDING_VERBS
        ):
            # "declared three days of mourning starting on Saturday": the length is the
            # mourning's, told as a thing declared; the declaring does not last it (but "have
            # lost three months of trade", "had reviewed 40 hours of video" lasted them)
            return
        if (
            target is None
            and governor is not None
            and governor.dep_ == "acl"
            and governor.lemma_.lower() in _GOING_ON_VERBS
            and signal in {None, "for"}
        ):
            # "after a search lasting almost two days": the participle, no event itself, says
            # how long the noun went on
            self.give_length(self.event_of(governor.head), expression)
            return
        if target is None:
            return
        expected = self._expected_subject(target) if signal == "within" else None
        if expected is not None and length.amount is not None:
            # "A decision on the claim is expected within six weeks": the decision falls
            # within them from now; the expecting does not last them
            self.within[expected] = length
            self.expected_ahead.add(expected)
            return
        expecting = self._expecting_to_take(target) if signal is None else None
        expected = None if expecting is None else self._expected_subject(expecting)
        if expected is not None and self.time[expected] is None:
            # "The inquiry is expected to take six months": the inquiry lasts them, from a
            # start still to come (the expecting is now)
            self.give_length(expected, expression)
            self.expected_ahead.add(expected)
            return
        taking = self._taking_ahead(target) if signal is None else None
        if taking is not None and self.time[taking] is None:
            # "repairs would take at least three weeks", "Restoring both lanes could take up to
            # two weeks": what a length is still to be taken by lasts it, from a start to come
            self.give_length(taking, expression)
            self.expected_ahead.add(taking)
            return
        if signal is not None and signal != "for" and signal not in _WITHIN_SIGNALS:
            return
        if signal == "for" and self.events[target].lemma.lower() in _PENALTY_VERBS:
            return  # "jailed for seven years": the term handed down, not how long jailing took
        if signal is None and self.events[target].lemma.lower() in _RISKING_VERBS:
            return  # "faces up to ten years in prison": a term that may come, not a stretch
        # "a two day rally", "for weeks": the event lasts that long (TimeML's DURING); "in two
        # weeks", "over the past year": it happened within that stretch
        self.extra[target].append(
            TimeLink(expression, _duration_relation(signal), LinkKind.SYNTAX, expression.certainty)
        )
        if signal in {None, "for"}:
            # "following a debate that lasted nearly nine hours", "a legal battle that had
            # dragged on for almost two years": the noun's own length
            lasting = self._lasting_noun(target)
            self.give_length(lasting, expression)
            if lasting is not None:
                self.lasted_by.setdefault(lasting, target)
        if signal == "within" and length.amount is not None:
            self.within[target] = length
        token = self.event_tokens[target]
        event = self.events[target]
        if (
            signal == "in"
            and length.amount is not None
            and event.tense is Tense.PRESENT
            and event.aspect is Aspect.NONE
            and event.lemma.lower() not in _LASTING_VERBS
        ):
            # "they were told it all ends in nine weeks": a simple present a length from now
            # is still to come, within that length
            self.within[target] = length
            self.in_a_length.add(target)
            return
        present = (
            event.tense is Tense.PRESENT
            # "on condition that the group keeps them open for five years": a simple present
            # lasting "for" a length is a plan or a habit, not a stretch up to the DCT; and "a
            # process that usually takes about two weeks" says how long such a thing lasts
            and not (
                event.aspect is Aspect.NONE
                and (signal == "for" or event.lemma.lower() in _LASTING_VERBS)
            )
        ) or (token is not None and event.tense is Tense.NONE and present_frame(token))
        if present and self.duration[target] is None:
            self.duration[target] = length

    def _expecting_to_take(self, verb_event: int) -> int | None:
        """The event of the verb that expects this "take" of a length ("the inquiry is
        expected to take six months"), if the event is such a "take"; "to take place" and
        "to take effect" are no length."""
        verb = self.event_tokens[verb_event]
        if verb is None or verb.dep_ != "xcomp" or not _takes_a_length(verb):
            return None
        return self.event_of(verb.head)

    def _taking_ahead(self, verb_event: int) -> int | None:
        """The event that a "take" still to come is said of ("repairs would take three
        weeks", "Replacing the escalators could take six weeks"), if the event is such a
        "take" and its subject was not told of before: an inquiry already opened "could take
        18 months" too, but it is under way."""
        verb = self.event_tokens[verb_event]
        if verb is None or not _takes_a_length(verb):
            return None
        if tense_relation(self.events[verb_event], verb)[0] is not TimeRelation.AFTER:
            return None
        subject = next((child for child in verb.children if child.dep_ in {"nsubj", "csubj"}), None)
        taking = self.event_of(subject)
        if subject is None or taking is None:
            return None
        lemma = subject.lemma_.lower()
        if any(token.lemma_.lower() == lemma for token in subject.doc[: subject.i]):
            return None
        return taking

    def _expected_subject(self, verb_event: int) -> int | None:
        """The event noun a present "is expected" or "is due" is about ("a decision is
        expected within six weeks"), if the event is such a verb."""
        verb = self.event_tokens[verb_event]
        if (
            verb is None
            or verb.lemma_.lower() not in _EXPECTING
            or self.events[verb_event].tense is not Tense.PRESENT
        ):
            return None
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ == "NOUN":
                return self.event_of(child)
        return None

    def _lasting_noun(self, verb_event: int) -> int | None:
        """The event noun a relative clause of lasting is about ("a debate that lasted nearly
        nine hours", "a process that usually takes two weeks"), if the event is such a verb."""
        verb = self.event_tokens[verb_event]
        if verb is None or verb.lemma_.lower() not in _GOING_ON_VERBS:
            return None
        # "a search lasting almost two days": a participle on the noun says it as well
        participle = verb.dep_ == "acl" and verb.tag_ == "VBG"
        if not participle and (
            verb.dep_ != "relcl"
            or not any(
                child.dep_ == "nsubj" and child.lower_ in {"that", "which"}
                for child in verb.children
            )
        ):
            return None
        noun = verb.head
        for _ in range(4):
            # "a legal battle with owners and platforms that had dragged on": the parser hangs
            # the clause on the nearest noun, but only the event goes on
            if self.event_of(noun) is not None or noun.dep_ not in {"pobj", "prep", "conj"}:
                break
            noun = noun.head
        return self.event_of(noun) if noun.pos_ == "NOUN" else None

    # 3. clause ------------------------------------------------------------------------------
    def clause(self) -> None:
        for number, expression in enumerate(self.expressions):
            if number in self.claimed or expression.type is TimexType.SET:
                continue
            if expression.type is TimexType.DURATION and not is_elapsed(expression):
                continue
            if interval_of(expression, self.dct) is None:
                continue
            span = tokens_of(self.doc, expression.start, expression.end)
            if span is None:
                continue
            signal, _ = signal_and_governor(span.root)
            if _under_since_noun(span.root):
                signal = "since"
            relation = SIGNAL_RELATIONS.get(signal or "in")
            if relation is None:
                continue
            head = clause_head(span.root)
            target = self.event_of(head)
            for _ in range(3):
                if target is not None or head.dep_ != "acl" or head.head.i == head.i:
                    break
                if (
                    head.tag_ == "VBN"
                    and span.root.head.head.i == head.i
                    and head.lemma_.lower() not in HOLDING_PARTICIPLES
                ):
                    # "a 220-bed facility built in 1974, has been closed since the quake":
                    # a passive participle's own time describes the noun, not the clause
                    # (but "The first round, held on Wednesday, produced no majority" dates
                    # what the clause tells of the noun)
                    break
                # "paid a fine over search bundling three years later": a participle that is
                # no event only describes a noun of the clause that holds the time
                head = clause_head(head.head)
                target = self.event_of(head)
            if target is not None and self.time[target] is None:
                self._anchor(target, expression, relation, LinkKind.SENTENCE)
