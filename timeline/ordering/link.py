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

import attrs

from timeline.events.model import Aspect, Event, EventClass, Tense
from timeline.model import Certainty, Duration, TimeExpression, TimexType
from timeline.ordering.intervals import duration_of, interval_of
from timeline.ordering.model import LinkKind, TimeRelation

__all__ = ["EventLink", "Linking", "TimeLink", "link_events"]

Token = Any  # a spaCy Token; spaCy ships no type information

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
_LIGHT_VERBS = {
    "launch",
    "wage",
    "hold",
    "stage",
    "conduct",
    "mount",
    "begin",
    "start",
    "carry",
    "make",
    "take",
    "have",
    "lead",
    "open",
    "attend",
}
_SHARING_PREPOSITIONS = {"at", "during", "in", "amid", "on", "throughout"}
_ASPECTUAL_HEADS = {"begin", "start", "continue", "resume", "keep", "stop", "finish"}
_AFTER_ADVERBS = {"afterwards", "afterward", "later", "subsequently", "then", "thereafter"}
_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "xcomp", "conj", "csubj", "parataxis", "acl"}
_STOP_NOUNS = {"time", "year", "week", "day", "month", "people", "official", "country", "side"}


@attrs.frozen
class TimeLink:
    """An event anchored to a time expression.

    Attributes:
        expression: the time expression.
        relation: the TimeML relation of the event to the expression.
        link: how the link was found.
        certainty: how sure it is.
    """

    expression: TimeExpression
    relation: TimeRelation
    link: LinkKind
    certainty: Certainty


@attrs.frozen
class EventLink:
    """A relation of one event to another, found through a signal ("after launching ...").

    Attributes:
        other: index of the other event in the input order.
        relation: the relation of this event to the other (BEFORE, AFTER).
        link: how it was found (a signal word, or the syntax of reported speech).
    """

    other: int
    relation: TimeRelation
    link: LinkKind = LinkKind.SIGNAL


@attrs.frozen
class Linking:
    """Everything the text says about one event's time.

    Attributes:
        time: the time expression the event is anchored to, if any.
        dct_relation: the relation of the event to the DCT from tense and aspect (or the DCT day
            for reporting verbs), if any.
        dct_link: how ``dct_relation`` was found.
        duration: a stated length that ends at the DCT ("has advanced for weeks").
        events: relations to other events from signals.
        ongoing: True when tense and aspect say the event still holds at the DCT.
        reported_today: a reporting event of the journalist's present with no time of its own
            ("said", "says"): it lies inside the DCT day.
        durations: duration expressions the event lasts ("a two day rally"): TLINKs only, since
            a length without a place bounds nothing by itself.
    """

    time: TimeLink | None = None
    dct_relation: TimeRelation | None = None
    dct_link: LinkKind = LinkKind.NONE
    duration: Duration | None = None
    events: tuple[EventLink, ...] = ()
    ongoing: bool = False
    reported_today: bool = False
    durations: tuple[TimeLink, ...] = ()


def _tokens_of(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span


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


def _clause_head(token: Token) -> Token:
    """The verb heading the clause ``token`` is in (itself for a clause head)."""
    current = token
    for _ in range(30):
        if current.dep_ in _CLAUSE_DEPS or current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return current


def _tense_relation(event: Event, token: Token | None) -> tuple[TimeRelation | None, bool]:
    """The event's relation to the DCT from tense and aspect, and whether it is ongoing."""
    modality = (event.modality or "").lower()
    if event.tense is Tense.FUTURE or modality in {"will", "shall", "'ll", "wo"}:
        return TimeRelation.AFTER, False
    if event.tense is Tense.PAST:
        return TimeRelation.BEFORE, False
    if event.tense is Tense.PRESENT:
        if event.kind is EventClass.REPORTING and event.aspect is Aspect.NONE:
            return TimeRelation.IS_INCLUDED, False
        if event.aspect is Aspect.PERFECTIVE:
            return TimeRelation.BEFORE, False
        if modality:
            return None, False
        return TimeRelation.INCLUDES, True
    return None, False


def _present_frame(token: Token) -> bool:
    """Whether the clause of ``token`` is present or present perfect ("has waged ...")."""
    verb = _clause_head(token)
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return any(child.lower_ in {"has", "have", "'s", "'ve"} for child in verb.children)


class _Linker:
    """One document's linking pass; keeps the token maps the rules share."""

    def __init__(
        self,
        doc: Any,
        expressions: Sequence[TimeExpression],
        events: Sequence[Event],
        dct: Any,
    ) -> None:
        self.doc = doc
        self.expressions = expressions
        self.events = events
        self.dct = dct
        self.event_at: dict[int, int] = {}
        self.event_tokens: list[Token | None] = []
        for index, event in enumerate(events):
            span = _tokens_of(doc, event.start, event.end)
            token = None if span is None else span.root
            self.event_tokens.append(token)
            if token is not None:
                self.event_at.setdefault(token.i, index)
        self.time: list[TimeLink | None] = [None] * len(events)
        self.duration: list[Duration | None] = [None] * len(events)
        self.event_links: list[list[EventLink]] = [[] for _ in events]
        self.claimed: set[int] = set()
        self.extra: list[list[TimeLink]] = [[] for _ in events]

    def _event(self, token: Token | None) -> int | None:
        return None if token is None else self.event_at.get(token.i)

    def _anchor(
        self, index: int, expression: TimeExpression, relation: TimeRelation, link: LinkKind
    ) -> None:
        if self.time[index] is None:
            certainty = (
                Certainty.INFERRED
                if link in (LinkKind.NARRATIVE, LinkKind.SENTENCE)
                else expression.certainty
            )
            self.time[index] = TimeLink(expression, relation, link, certainty)

    # 1. syntax ------------------------------------------------------------------------------
    def syntax(self) -> None:
        for number, expression in enumerate(self.expressions):
            span = _tokens_of(self.doc, expression.start, expression.end)
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
            target = self._event(child)
            if target is not None and child.dep_ in {"relcl", "acl", "advcl"}:
                self._anchor(target, expression, TimeRelation.IS_INCLUDED, LinkKind.SYNTAX)
                self.claimed.add(number)
        # "The push last week came": an event noun right before a bare time expression
        if signal is None and span.start > 0:
            before = self._event(self.doc[span.start - 1])
            if before is not None and self.doc[span.start - 1].pos_ in {"NOUN", "PROPN"}:
                self._anchor(before, expression, relation, LinkKind.SYNTAX)
                self.claimed.add(number)
        target_token = governor
        for _ in range(2):
            if target_token is None or self._event(target_token) is not None:
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
        target = self._event(target_token)
        if target is None and lemma in _LIGHT_VERBS:
            # "launching a counteroffensive in March": the light verb's object is the event
            target = next(
                (
                    self._event(child)
                    for child in target_token.children
                    if child.dep_ == "dobj" and self._event(child) is not None
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
            found = self._event(verb.head)
            if found is not None:
                return found
        for child in verb.children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                found = self._event(child)
                if found is not None:
                    return found
        return None

    def _duration(self, expression: TimeExpression, span: Any) -> None:
        length = duration_of(expression)
        if length is None:
            return
        root = span.root
        signal, governor = _signal_and_governor(root)
        target = self._event(governor)
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
            token is not None and event.tense is Tense.NONE and _present_frame(token)
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
            governor = self._event(head.head)
            if governor is not None:
                found.append(governor)
        if token.dep_ == "dobj" and head.lemma_.lower() in _LIGHT_VERBS:
            governor = self._event(head)
            if governor is not None:
                found.append(governor)
        if token.dep_ == "advcl" and token.tag_ in {"VBG", "VBN"}:
            marked = any(child.dep_ in {"mark", "prep"} for child in token.children)
            governor = self._event(head)
            if governor is not None and not marked and not _has_own_signal(token):
                found.append(governor)
        if token.dep_ == "xcomp" and head.lemma_.lower() in _ASPECTUAL_HEADS:
            governor = self._event(head)
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
            span = _tokens_of(self.doc, expression.start, expression.end)
            if span is None:
                continue
            signal, _ = _signal_and_governor(span.root)
            relation = _SIGNAL_RELATIONS.get(signal or "in")
            if relation is None:
                continue
            head = _clause_head(span.root)
            target = self._event(head)
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
            found = self._event(token)
            if found is None:
                continue
            link = self.time[found]
            if link is not None and link.link is LinkKind.SYNTAX:
                span = interval_of(link.expression, self.dct)
                closed = span is not None and span.start is not None and span.end is not None
                if closed and (span.end - span.start).days <= 7:  # type: ignore[union-attr,operator]
                    return found
        return None

    # 6. event-event signals -----------------------------------------------------------------
    def signals(self) -> None:
        for index, token in enumerate(self.event_tokens):
            if token is None:
                continue
            for child in token.children:
                word = child.lower_
                if child.dep_ == "prep" and word in {"after", "following", "before"}:
                    for grandchild in child.children:
                        if grandchild.dep_ not in {"pcomp", "pobj"}:
                            continue
                        other = self._event(grandchild)
                        if other is None and grandchild.lemma_.lower() in _LIGHT_VERBS:
                            objects = [c for c in grandchild.children if c.dep_ == "dobj"]
                            other = self._event(objects[0]) if objects else None
                        if other is not None:
                            self._relate(index, other, word)
                if child.dep_ == "advmod" and word in _AFTER_ADVERBS:
                    other = self._previous_main_event(token)
                    if other is not None:
                        self._relate(index, other, "after")
            self._reported(index, token)
            self._clausal(index, token)
            if token.dep_ == "advcl":
                marks = {child.lower_ for child in token.children if child.dep_ == "mark"}
                head = self._event(token.head)
                if head is not None:
                    for word in marks & {"after", "before"}:
                        self._relate(head, index, word)

    def _reported(self, index: int, token: Token) -> None:
        """What was reported happened before the report, or will happen after it.

        "Cavusoglu said the postponement was unrelated": the complement of a past reporting
        verb in the past or perfect lies before the saying; in the future, after it.
        """
        if token.dep_ != "ccomp":
            return
        head = self._event(token.head)
        if head is None or self.events[head].kind is not EventClass.REPORTING:
            return
        reporter, reported = self.events[head], self.events[index]
        if reporter.tense is not Tense.PAST:
            return
        relation, _ = _tense_relation(reported, token)
        past = reported.tense is Tense.PAST or reported.aspect is Aspect.PERFECTIVE
        if relation is TimeRelation.AFTER:
            self.event_links[index].append(EventLink(head, TimeRelation.AFTER, LinkKind.SENTENCE))
        elif past and reported.kind is not EventClass.STATE:
            self.event_links[index].append(EventLink(head, TimeRelation.BEFORE, LinkKind.SENTENCE))

    def _clausal(self, index: int, token: Token) -> None:
        """Orders that TimeBank's annotators read off clause structure.

        An infinitive complement or purpose clause comes after what governs it ("agreed to
        continue", "went there to vote"); a past adverbial clause without a temporal marker
        gives the cause, which came first ("resigned because he lost"); a past conjunct follows
        its head ("collapsed and ... began").
        """
        head = self._event(token.head)
        if head is None or head == index:
            return
        event = self.events[index]
        governor = self.events[head]
        marks = {child.lower_ for child in token.children if child.dep_ in {"mark", "advmod"}}
        relation: TimeRelation | None = None
        if event.tense is Tense.INFINITIVE and token.dep_ in {"xcomp", "advcl", "acl"}:
            relation = TimeRelation.AFTER
        elif (
            token.dep_ == "advcl"
            and event.tense is Tense.PAST
            and governor.tense is Tense.PAST
            and not marks & {"when", "as", "while", "before", "after", "until", "if"}
        ):
            relation = TimeRelation.BEFORE
        elif (
            token.dep_ == "conj"
            and event.tense is Tense.PAST
            and governor.tense is Tense.PAST
            and event.kind is EventClass.OCCURRENCE
            and governor.kind is EventClass.OCCURRENCE
        ):
            relation = TimeRelation.AFTER
        if relation is not None and not any(link.other == head for link in self.event_links[index]):
            self.event_links[index].append(EventLink(head, relation, LinkKind.SENTENCE))

    def _relate(self, index: int, other: int, word: str) -> None:
        relation = TimeRelation.BEFORE if word == "before" else TimeRelation.AFTER
        if index != other:
            self.event_links[index].append(EventLink(other, relation))

    def _previous_main_event(self, token: Token) -> int | None:
        """The nearest finite verb event before ``token``, in its sentence or the one before."""
        sentence_start = token.sent.start
        limit = max(0, sentence_start - 60)
        for position in range(token.i - 1, limit - 1, -1):
            found = self.event_at.get(position)
            if found is None:
                continue
            if self.events[found].tense in (Tense.PAST, Tense.PRESENT):
                return found
        return None

    # 5. tense ------------------------------------------------------------------------------
    def result(self) -> tuple[Linking, ...]:
        linkings = []
        for index, event in enumerate(self.events):
            token = self.event_tokens[index]
            relation, ongoing = _tense_relation(event, token)
            duration = self.duration[index]
            time = self.time[index]
            stretched = duration is not None or (
                time is not None and time.relation is TimeRelation.BEGUN_BY
            )
            present = event.tense is Tense.PRESENT or (token is not None and _present_frame(token))
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
