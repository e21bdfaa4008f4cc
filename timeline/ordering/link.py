"""Event <-> time linking: which time expression, tense or neighbour tells when each event was.

The links come from the most precise evidence first, as TempEval systems found that event-time
links in the same clause and event-DCT links from tense are the reliable ones:

1. syntax: a time expression governs or modifies the event ("postponed" <- "On Sunday"; "talks
   that were scheduled for Sunday"; "2011 when Gaddafi was toppled"); the preposition in front of
   it ("since", "until", "after") is the signal that gives the relation;
2. sharing: events tied by the parse share an anchor ("Speaking at a news conference on Monday",
   "postponement of talks on Sunday", "launching a counteroffensive in March");
3. clause: a time in the same clause that no event claimed;
4. narrative: a past event with no time inherits the time of the previous sentence when the two
   sentences talk about the same thing ("decided to put off the talks" after "On Sunday ...
   postponed ... talks");
5. tense and aspect against the DCT, for every event (reporting verbs of the journalist's
   present go to the DCT day);
6. durations ("a 14-month campaign", "has advanced for weeks") and event-event signals ("after
   launching", "shortly afterwards").

The result is a plain description per event (:class:`Linking`); :mod:`timeline.ordering.bounds`
turns it into bounds.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from timeline.events.model import Aspect, Event, EventClass, Tense
from timeline.model import TimeExpression, TimexType
from timeline.ordering.intervals import duration_of, interval_of
from timeline.ordering.linking import (
    LIGHT_VERBS,
    EventLink,
    Linking,
    TimeLink,
    Token,
    tokens_of,
)
from timeline.ordering.model import LinkKind, TimeRelation
from timeline.ordering.signals import SignalRules
from timeline.ordering.tense import clause_head, present_frame, tense_relation

__all__ = ["EventLink", "Linking", "TimeLink", "link_events"]

_SIGNAL_RELATIONS = {
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
}
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
_SHARING_PREPOSITIONS = {"at", "during", "in", "amid", "on", "throughout"}
_ASPECTUAL_HEADS = {"begin", "start", "continue", "resume", "keep", "stop", "finish"}
_STOP_NOUNS = {"time", "year", "week", "day", "month", "people", "official", "country", "side"}


def _signal_and_governor(root: Token) -> tuple[str | None, Token | None]:
    """The preposition before a time expression and the word the phrase attaches to."""
    if root.dep_ == "pobj" and root.head.i != root.i:
        preposition = root.head
        signal = preposition.lower_
        governor = preposition.head if preposition.head.i != preposition.i else None
        if signal == "to" and preposition.head.lower_ == "prior":
            signal, governor = "prior", preposition.head.head
        return signal, governor
    if root.dep_ in _DIRECT_DEPS or root.dep_ in {"dobj", "attr", "pcomp", "conj"}:
        return None, root.head if root.head.i != root.i else None
    return None, None


class _Linker(SignalRules):
    """One document's linking pass: the time-anchor rules, then the signals, then tense."""

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
            self._date(number, expression, span)

    def _date(self, number: int, expression: TimeExpression, span: Any) -> None:
        root = span.root
        signal, governor = _signal_and_governor(root)
        relation = _SIGNAL_RELATIONS.get(signal or "in")
        if relation is None:
            return
        if expression.type is TimexType.DURATION:
            relation = TimeRelation.DURING
        # "2011 when Gaddafi was toppled": a clause hanging on the time expression itself
        for child in root.children:
            target = self.event_of(child)
            if target is not None and child.dep_ in {"relcl", "acl", "advcl"}:
                self._anchor(target, expression, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX)
                self.claimed.add(number)
        # "The push last week came": an event noun right before a bare time expression
        if signal is None and span.start > 0:
            before = self.event_of(self.doc[span.start - 1])
            if before is not None and self.doc[span.start - 1].pos_ in {"NOUN", "PROPN"}:
                self._anchor(before, expression, relation, LinkKind.SYNTAX)
                self.claimed.add(number)
        target_token = governor
        for _ in range(2):
            if target_token is None or self.event_of(target_token) is not None:
                break
            if target_token.pos_ in {"NOUN", "PROPN", "PRON"} and target_token.dep_ == "pobj":
                target_token = target_token.head.head
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
                    return
        target = self.event_of(target_token)
        if target is None and lemma in LIGHT_VERBS:
            # "launching a counteroffensive in March": the light verb's object is the event
            target = next(
                (
                    self.event_of(child)
                    for child in target_token.children
                    if child.dep_ == "dobj" and self.event_of(child) is not None
                ),
                None,
            )
        if target is None:
            return
        self.claimed.add(number)
        self._anchor(target, expression, relation, LinkKind.SYNTAX)

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
        signal, governor = _signal_and_governor(root)
        target = self.event_of(governor)
        if target is None:
            return
        if signal not in {None, "for", "over", "in"}:
            return
        # "a two day rally", "for weeks": the event lasts that long (TimeML's DURING)
        self.extra[target].append(
            TimeLink(expression, TimeRelation.DURING, LinkKind.SYNTAX, expression.certainty)
        )
        token = self.event_tokens[target]
        event = self.events[target]
        present = event.tense is Tense.PRESENT or (
            token is not None and event.tense is Tense.NONE and present_frame(token)
        )
        if present and self.duration[target] is None:
            self.duration[target] = length

    # 2. sharing -----------------------------------------------------------------------------
    def share(self) -> None:
        for _ in range(3):
            changed = False
            for index, token in enumerate(self.event_tokens):
                if token is None:
                    continue
                for other in self._partners(token):
                    changed |= self._copy(other, index) or self._copy(index, other)
            if not changed:
                return

    def _partners(self, token: Token) -> list[int]:
        """Events the parse ties to ``token``'s event closely enough to share its time."""
        found: list[int] = []
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in _SHARING_PREPOSITIONS | {"of"}:
            governor = self.event_of(head.head)
            if governor is not None:
                found.append(governor)
        if token.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
            governor = self.event_of(head)
            if governor is not None:
                found.append(governor)
        if token.dep_ == "advcl" and token.tag_ in {"VBG", "VBN"}:
            marked = any(child.dep_ in {"mark", "prep"} for child in token.children)
            governor = self.event_of(head)
            if governor is not None and not marked and not _has_own_signal(token):
                found.append(governor)
        if token.dep_ == "xcomp" and head.lemma_.lower() in _ASPECTUAL_HEADS:
            governor = self.event_of(head)
            if governor is not None:
                found.append(governor)
        return found

    def _copy(self, source: int, target: int) -> bool:
        link = self.time[source]
        if link is None or self.time[target] is not None:
            return False
        # only inclusion carries over: "after March" for one event says little of its neighbour
        if link.relation not in (TimeRelation.IS_INCLUDED, TimeRelation.DURING):
            return False
        self.time[target] = TimeLink(
            link.expression, TimeRelation.IS_INCLUDED, link.link, link.certainty
        )
        return True

    # 3. clause ------------------------------------------------------------------------------
    def clause(self) -> None:
        for number, expression in enumerate(self.expressions):
            if number in self.claimed or expression.type in (TimexType.SET, TimexType.DURATION):
                continue
            if interval_of(expression, self.dct) is None:
                continue
            span = tokens_of(self.doc, expression.start, expression.end)
            if span is None:
                continue
            signal, _ = _signal_and_governor(span.root)
            relation = _SIGNAL_RELATIONS.get(signal or "in")
            if relation is None:
                continue
            head = clause_head(span.root)
            target = self.event_of(head)
            if target is not None and self.time[target] is None:
                self._anchor(target, expression, relation, LinkKind.SENTENCE)

    # 4. narrative ---------------------------------------------------------------------------
    def narrative(self) -> None:
        sentences = list(self.doc.sents)
        for index, event in enumerate(self.events):
            token = self.event_tokens[index]
            if self.time[index] is not None or token is None:
                continue
            if event.tense is not Tense.PAST or event.aspect is not Aspect.NONE:
                continue
            if event.kind in (EventClass.REPORTING, EventClass.STATE, EventClass.I_STATE):
                continue
            here = _sentence_index(sentences, token.i)
            if here is None or here == 0:
                continue
            previous = sentences[here - 1]
            source = self._anchored_in(previous)
            if source is None:
                continue
            if _shared_nouns(sentences[here], previous):
                link = self.time[source]
                assert link is not None
                self._anchor(index, link.expression, link.relation, LinkKind.NARRATIVE)

    def _anchored_in(self, sentence: Any) -> int | None:
        for token in sentence:
            found = self.event_of(token)
            if found is None:
                continue
            link = self.time[found]
            if link is not None and link.link is LinkKind.SYNTAX:
                span = interval_of(link.expression, self.dct)
                closed = span is not None and span.start is not None and span.end is not None
                if closed and (span.end - span.start).days <= 7:  # type: ignore[union-attr,operator]
                    return found
        return None

    # 5. tense ------------------------------------------------------------------------------
    def result(self) -> tuple[Linking, ...]:
        linkings = []
        for index, event in enumerate(self.events):
            token = self.event_tokens[index]
            relation, ongoing = tense_relation(event, token)
            duration = self.duration[index]
            time = self.time[index]
            stretched = duration is not None or (
                time is not None and time.relation is TimeRelation.BEGUN_BY
            )
            present = event.tense is Tense.PRESENT or (token is not None and present_frame(token))
            # "has advanced for weeks", "has been mired since 2011": still going on at the DCT
            if (
                stretched
                and present
                and relation in (TimeRelation.BEFORE, TimeRelation.INCLUDES, None)
            ):
                relation, ongoing = TimeRelation.INCLUDES, True
            link = LinkKind.TENSE if relation is not None else LinkKind.NONE
            reported_today = (
                event.kind is EventClass.REPORTING
                and event.tense in (Tense.PAST, Tense.PRESENT)
                and event.aspect is Aspect.NONE
                and time is None
                and not self.event_links[index]
                and relation is not TimeRelation.AFTER
            )
            linkings.append(
                Linking(
                    time=time,
                    dct_relation=relation,
                    dct_link=link,
                    duration=duration,
                    events=tuple(self.event_links[index]),
                    ongoing=ongoing,
                    reported_today=reported_today,
                    durations=tuple(self.extra[index]),
                )
            )
        return tuple(linkings)


def _has_own_signal(token: Token) -> bool:
    return any(
        child.dep_ == "prep" and child.lower_ in _SIGNAL_RELATIONS for child in token.children
    )


def _sentence_index(sentences: list[Any], position: int) -> int | None:
    for number, sentence in enumerate(sentences):
        if sentence.start <= position < sentence.end:
            return number
    return None


def _shared_nouns(sentence: Any, previous: Any) -> bool:
    """Whether two sentences share a common noun: the cheap sign that they tell one story."""

    def nouns(span: Any) -> set[str]:
        return {
            token.lemma_.lower()
            for token in span
            if token.pos_ == "NOUN" and token.lemma_.lower() not in _STOP_NOUNS
        }

    return bool(nouns(sentence) & nouns(previous))


def link_events(
    doc: Any,
    expressions: Sequence[TimeExpression],
    events: Sequence[Event],
    dct: Any,
) -> tuple[Linking, ...]:
    """Link every event of ``events`` (in their given order) to what dates it in ``doc``.

    ``doc`` is the spaCy ``Doc`` of the text the events and expressions were found in (their
    character offsets index it); ``dct`` is the article's datetime or ``None``.
    """
    linker = _Linker(doc, expressions, events, dct)
    linker.syntax()
    linker.share()
    linker.clause()
    linker.share()
    linker.narrative()
    linker.share()
    linker.signals()
    return linker.result()
