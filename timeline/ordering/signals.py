"""Event-event relations from signals and clause structure.

"After launching a counteroffensive ... recently retook": a preposition or subordinator says
which came first; "shortly afterwards" orders an event after the one told just before; the
complement of a past "said" came before the saying; an infinitive complement comes after its
governor. These become :class:`~timeline.ordering.linking.EventLink` values, which the bounds
propagate and the TLINKs report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.events.model import Aspect, Event, EventClass, Polarity, Tense
from timeline.model import Duration, Grain, TimeExpression, TimexType
from timeline.ordering.anchors import noun_before_since
from timeline.ordering.intervals import duration_of, is_elapsed
from timeline.ordering.linking import (
    LIGHT_VERBS,
    ORDERING_PREPOSITIONS,
    PERFECT_ASPECTS,
    UNSTATED_REACH,
    EventLink,
    LinkState,
    Token,
)
from timeline.ordering.model import LinkKind, TimeRelation
from timeline.ordering.phases import ABILITY_WORDS, marked_by, measured_by
from timeline.ordering.tense import tense_relation

__all__ = ["REACTION_ADVERBS", "SignalRules"]

_AFTER_ADVERBS = frozenset(
    # "has since burned": since the event just told
    {"afterwards", "afterward", "later", "subsequently", "then", "thereafter", "since"}
)

REACTION_ADVERBS = frozenset({"afterwards", "afterward"})
"""After-adverbs a telling right after the event told before is told with ("told reporters
afterwards"), unlike "later" or "since", which may mean days."""

_COUNTED_UNITS = {"day": Grain.DAY, "week": Grain.WEEK, "month": Grain.MONTH, "year": Grain.YEAR}
"""Units "the ... before/after <event>" counts from an event."""
_NEAR_WORDS = frozenset({"shortly", "just", "immediately", "right"})
"""Words that bring an "after" or "before" within hours ("shortly after", "just before");
"soon after" may mean weeks."""


def _would(event: Event) -> bool:
    """Whether the event is a "would" future ("would review"), not a "would have" past."""
    return (event.modality or "").lower() == "would" and event.aspect is Aspect.NONE


def _mark(clause: Token) -> Token:
    """The subordinator that marks a clause (the clause's verb itself if none does)."""
    return next((child for child in clause.children if child.dep_ == "mark"), clause)


def _misparsed_clause(noun: Token) -> Token | None:
    """The verb of a clause the parser read as a noun and its participle: "raised in 2017
    after rainwater leaked into the hall" hangs "leaked" on "rainwater" as a reduced relative,
    though the clause's past verb is what "after" orders."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "pobj":
        return None
    return next(
        (child for child in noun.children if child.dep_ == "acl" and child.tag_ in {"VBD", "VBN"}),
        None,
    )


def _joined_after(verb: Token, adverb: Token) -> list[Token]:
    """The past verbs joined to ``verb`` with no subject nor ordering adverb of their own,
    when ``adverb`` opens the pair ("then got back to her feet and completed the race")."""
    if adverb.i > verb.i or verb.tag_ != "VBD":
        return []
    return [
        child
        for child in verb.children
        if child.dep_ == "conj"
        and child.tag_ == "VBD"
        and not any(
            grandchild.dep_ in {"nsubj", "nsubjpass"}
            or (grandchild.dep_ == "advmod" and grandchild.lower_ in _AFTER_ADVERBS)
            for grandchild in child.children
        )
    ]


def _subordinate(token: Token) -> bool:
    """Whether ``token`` heads a marked adverbial clause ("fell at 5:40 a.m., an hour before
    the first hikers usually reach it. A ranger reported the collapse shortly afterward"):
    what comes "afterward" follows the main clause's event, not a habit told in a present
    subordinate one."""
    return token.dep_ == "advcl" and any(child.dep_ == "mark" for child in token.children)


_EARLIER_MARKS = frozenset({"after", "since", "once"})
"""Subordinators whose clause tells what happened before its main clause."""


def _told_as_earlier(token: Token) -> bool:
    """Whether ``token`` heads an adverbial clause marked as earlier than its main clause
    ("30 hours after it was first found")."""
    return token.dep_ == "advcl" and marked_by(token, _EARLIER_MARKS)


_NO_STEPS = frozenset({EventClass.STATE, EventClass.I_STATE, EventClass.REPORTING})
"""Event classes that are no step of a story a "within hours" follows on from."""


_STEP_GOVERNORS = frozenset({"allow", "permit", "force", "use", "help"})
"""Verbs whose infinitive is a deed they let, made or helped someone do there and then
("were allowed to return home on Sunday", "used a boat to rescue the driver")."""


_LASTING_EFFECTS = frozenset(
    {"cover", "fund", "finance", "pay", "offset", "meet", "ease", "reduce", "cut", "boost"}
    | {"support", "protect", "prevent", "ensure", "keep", "maintain", "help", "comply"}
    | {"avoid", "save", "raise", "strengthen", "improve", "address", "tackle", "curb", "limit"}
)
"""Purposes that are effects lasting past the deed ("to cover higher costs")."""
_JOINED_TIME = re.compile(r"\s*,?\s*(?:and|or|to|until|till|through)\s")
"""What joins a time to a second one right after it ("on Monday and Tuesday morning")."""
_DECIDING = frozenset({"vote", "decide", "agree", "resolve"})
_DONE_BY_A_VOTE = frozenset(
    {"approve", "reject", "remove", "adopt", "endorse", "elect", "appoint", "accept", "ratify"}
    | {"back", "confirm", "oust", "expel", "dismiss", "select", "choose", "pass", "award"}
)
"""What a vote or a decision does as it is taken ("voted 4-1 on Monday night to approve the
calendar"), unlike what it orders done ("voted to ban stoves", "voted to strike")."""


_LASTING_LEMMAS = frozenset({"remain", "stay", "continue"})
"""Verbs that tell a state going on ("Two remained in hospital on Tuesday"), whatever class
they were given: no step a "within hours" follows on from."""

_WITHIN_FROM = frozenset({"when", "after", "once", "as"})
"""Subordinators of a clause a "within" length is counted from ("sold out within two hours
when they went on sale")."""


def _lasting(text: str, expression: TimeExpression) -> bool:
    """Whether ``expression`` follows "for", a length of days or more the event lasted ("had
    talked for three days before a meeting on Monday night"), not a gap before the other
    event. (A few hours, "drifted for nearly three hours before a tug towed it back", still
    measure the gap: the stretch is short enough to be taken as a moment that far before.)"""
    length = duration_of(expression)
    if length is None or length.unit < Grain.DAY:
        return False
    # the word before the expression, read back over the spaces (no copy of the text before)
    end = expression.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - 4) : end].lower() == " for"


def _a_few_hours_at_most(length: Duration) -> bool:
    """Whether a "within" length is minutes or a few hours ("within minutes", "within an
    hour", "within hours"): short enough to keep an event on the day it is counted from."""
    if length.unit is Grain.MINUTE:
        return True
    return length.unit is Grain.HOUR and (length.amount is None or length.amount <= 12)


def _compared(adverb: Token) -> bool:
    """Whether "later" or "earlier" compares ("later than planned", "earlier than expected")."""
    return any(child.lower_ == "than" for child in adverb.children) or (
        adverb.i + 1 < len(adverb.doc) and adverb.doc[adverb.i + 1].lower_ == "than"
    )


def _plain_occasion(signal: Token, other: Token) -> bool:
    """Whether a bare "after" puts a clause before an event ("closed the bridge on Wednesday
    after engineers found cracks"): no word measures or loosens it ("soon after", "two days
    after"), and what comes after it is a clause or a sitting, not any noun ("after the
    robbery" may be days before; "after a debate", "after the vote" is over within the day)."""
    if _loosened(signal):
        return False
    if other.pos_ not in {"VERB", "AUX"}:
        # "passed by 31 votes to 18 after a debate", "told reporters after the vote": a
        # sitting or a vote is over within the day the next step is told of
        return other.lemma_.lower() in _SITTINGS
    # "soon after the report was published": the parser hangs the word on the clause's verb
    mark = _mark(other)
    return not any(
        child.dep_ in _LOOSENING_DEPS and mark is not other and child.i < mark.i
        for child in other.children
    )


_SITTINGS = frozenset(
    {"debate", "vote", "meeting", "talks", "hearing", "session", "match", "game", "final",
     "race", "briefing", "ceremony", "speech", "ruling", "verdict", "sitting", "negotiations",
     "discussion", "discussions", "interview", "service", "concert", "performance", "show"}
)  # fmt: skip
"""Event nouns of a sitting or a contest, over within a day."""

_ENDINGS = frozenset({"end", "close", "conclusion", "climax"})
"""Nouns of the last part of an event, at which another happens ("at the end of a meeting")."""

_LOOSENING_DEPS = frozenset({"advmod", "npadvmod"})
"""How a word that measures or loosens a signal hangs on it ("soon after", "two days after")."""


def _loosened(signal: Token) -> bool:
    """Whether a word measures or loosens the signal ("soon after", "two days after")."""
    return any(child.dep_ in _LOOSENING_DEPS for child in signal.children)


class SignalRules(LinkState):
    """The event-event rules, over the shared state of a linking pass."""

    def signals(self) -> None:
        for index, token in enumerate(self.event_tokens):
            if token is None:
                continue
            for child in (*token.children, *self._clauses_hung_below(token)):
                word = child.lower_
                if child.dep_ == "prep" and word in {"after", "following", "before", "since"}:
                    for grandchild in child.children:
                        if grandchild.dep_ not in {"pcomp", "pobj"}:
                            continue
                        # "after 19 hours of negotiations": the event the length measures out
                        other = self.event_of(grandchild)
                        if other is None:
                            other = self.event_of(measured_by(grandchild))
                        clause = _misparsed_clause(grandchild) if other is None else None
                        if clause is not None:
                            other = self.event_of(clause)
                        if other is None and grandchild.lemma_.lower() in LIGHT_VERBS:
                            objects = [c for c in grandchild.children if c.dep_ == "dobj"]
                            other = self.event_of(objects[0]) if objects else None
                        if other is not None:
                            after = word in {"after", "following"}
                            self._relate(
                                index,
                                other,
                                word,
                                self._measure(child, lasted=index if word == "before" else None),
                                occasion=after and _plain_occasion(child, clause or grandchild),
                                reaction=after and self._reaction(index, child),
                                # "fell on Tuesday before recovering": the gerund is the
                                # subject's next step, that day
                                step=word == "before"
                                and grandchild.dep_ == "pcomp"
                                and grandchild.tag_ == "VBG"
                                and other == self.event_of(grandchild)
                                and self._next_step(grandchild, token),
                            )
                if (
                    child.dep_ == "advmod"
                    and word in _AFTER_ADVERBS
                    # "about four hours later" counted from a time named before is a time of
                    # its own, which dates its event (wherever the parser hangs "later")
                    and not self._counted_from_a_time(child)
                    # "a week later than originally scheduled": a comparison with a plan, not
                    # a step after the event told before
                    and not _compared(child)
                ):
                    # "told reporters afterwards": a reaction to the story's last step (not
                    # to what a relative clause told), told the same day
                    reaction = word in REACTION_ADVERBS and self._reaction(index, child)
                    other = self._previous_main_event(token, story=True) if reaction else None
                    if other is None:
                        reaction = False
                        other = self._previous_main_event(token)
                    if other is not None:
                        # "Hours later, the paper reported": measured from it too
                        self._relate(index, other, "after", self._measure(child), reaction=reaction)
                        for joined in _joined_after(token, child):
                            # "then got back to her feet and completed the race": the adverb
                            # orders the verb joined to its own, of the same subject, too
                            found = self.event_of(joined)
                            if found is not None and found != other:
                                self._relate(found, other, "after")
                if child.dep_ == "prep" and word == "at":
                    # "voted 5-2 at the end of a two-day meeting": the meeting ran up to it
                    ended = self._ended_at(child)
                    if ended is not None:
                        self._relate(index, ended, "after", occasion=True)
                if child.dep_ == "prep" and word == "within" and self.time[index] is None:
                    self._within_hours(index, token, child)
            self._reported(index, token)
            self._clausal(index, token)
            # "stopped the lines on Friday, a day after a test detected bacteria": the parser
            # may make the marked clause a conjunct
            # "drifted for nearly three hours before a tug towed it back": or the object of a
            # preposition ("for [three hours before ...]")
            in_phrase = (
                token.dep_ == "pcomp"
                and token.head.dep_ == "prep"
                and token.head.head.pos_ == "VERB"
            )
            if token.dep_ in {"advcl", "conj"} or in_phrase:
                marks = {child.lower_ for child in token.children if child.dep_ == "mark"}
                governor = token.head.head if in_phrase else self._reported_governor(token)
                head = self.event_of(governor)
                if head is not None:
                    for word in marks & {"after", "before"}:
                        for verb in (head, *self._sharing_conjuncts(governor, token)):
                            lasted = verb if word == "before" else None
                            self._relate(
                                verb,
                                index,
                                word,
                                self._clause_gap(token, lasted),
                                occasion=word == "after"
                                and _plain_occasion(_mark(token), token)
                                and not self._holds_a_date(token)
                                and not self._dated_conjunct(token),
                            )
                    if "since" in marks and self.events[head].aspect in PERFECT_ASPECTS:
                        # "have been infected since the first case was confirmed": it began
                        # after that (temporal "since" needs a perfect: "since he was ill, he
                        # stayed" is a cause). AFTER rather than BEGUN_BY: MATRES, which
                        # compares starts, reads these pairs AFTER; ``since`` keeps that it
                        # began as that ended, and holds now
                        self._relate(head, index, "after", since=True)
                    elif "since" in marks:
                        # "blaming a drop in orders since the government cut subsidies": the
                        # clause begins the change told right before it, not the blaming
                        noun = noun_before_since(_mark(token), governor)
                        changed = self.event_of(noun) if noun is not None else None
                        if changed is not None:
                            self.since_nouns.add(changed)
                            self._relate(changed, index, "after", since=True)
        self._unit_from_an_event()

    def _clauses_hung_below(self, token: Token) -> list[Token]:
        """The "after" and "before" phrases the parser hung on a noun that is no event below
        the event's verb, when they hold a clause it misread as a noun and its participle:
        "lowered 38 tourists to safety on ropes after a cable car stalled on Wednesday" hangs
        "after" on "safety", though the lowering is what it orders."""
        found = []
        for child in token.children:
            if child.pos_ != "NOUN" or self.event_of(child) is not None:
                continue
            for phrase in child.children:
                if phrase.dep_ == "prep" and phrase.lower_ in {"after", "before"}:
                    objects = [part for part in phrase.children if part.dep_ == "pobj"]
                    if (
                        objects
                        and self.event_of(objects[0]) is None
                        and (_misparsed_clause(objects[0]) is not None)
                    ):
                        found.append(phrase)
        return found

    def _within_hours(self, index: int, token: Token, within: Token) -> None:
        """ "Flames engulfed the lorry within minutes", "The club posted the images on
        Tuesday, and within hours they had been shared thousands of times": a past event
        "within" some hours or minutes followed what was told just before (or what an "of"
        phrase or a "when" clause names) by at most that long, so it is of that moment's day.
        A longer span ("within 30 days") is a deadline counted from the DCT, and a plan
        ("must respond within an hour") is no step of the story."""
        if self.events[index].tense is not Tense.PAST or self.events[index].modality:
            return
        objects = [child for child in within.children if child.dep_ == "pobj"]
        found = self.expression_at(objects[0]) if objects else None
        if found is None or found[1].type is not TimexType.DURATION:
            return
        length = duration_of(found[1])
        if length is None or not _a_few_hours_at_most(length):
            return
        named = [
            part
            for of in objects[0].children
            if of.dep_ == "prep" and of.lower_ == "of"
            for part in of.children
            if part.dep_ in {"pobj", "pcomp"}
        ]
        clauses = [
            child
            for child in token.children
            if child.dep_ == "advcl" and marked_by(child, _WITHIN_FROM)
        ]
        if named or clauses:
            # "arrived within an hour of the collapse", "sold out within two hours when
            # they went on sale": counted from what it names, or from nothing known
            other = self.event_of(named[0]) if named else self.event_of(clauses[0])
        elif token.dep_ == "ccomp" and token.head.i < token.i:
            # "said she recognised her old pupils within minutes": of the telling's moment,
            # which the story does not give (a trailing "police said" tells the story itself)
            return
        else:
            other = self._previous_main_event(token, story=True)
        if other is not None and other != index:
            # within minutes or an hour: an unstated number of minutes; else of hours
            hours = length.unit is Grain.HOUR and (length.amount is None or length.amount > 1)
            reach = Duration(None, Grain.HOUR if hours else Grain.MINUTE)
            self._relate(index, other, "after", reach)

    def _reaction(self, index: int, signal: Token) -> bool:
        """Whether a telling comes right after what a bare "after" names ("told reporters
        after the race", "said outside the courthouse after the ruling"): a reaction, told the
        same day, unlike a happening "after the robbery", which may come days later."""
        return self.events[index].kind is EventClass.REPORTING and not _loosened(signal)

    def _holds_a_date(self, clause: Token) -> bool:
        """Whether a date or time lies in the clause before its verb ("after a 3-0 defeat by
        Georgia on Tuesday ended the country's hopes": its subject has a time of its own, which
        the parser hung on the noun). What follows the verb may be another clause's ("pulled
        out in a dispute over next year's budget")."""
        first = clause.left_edge.idx
        end = clause.idx
        return any(
            expression.type in (TimexType.DATE, TimexType.TIME) and first <= expression.start < end
            for expression in self.expressions
        )

    def _dated_conjunct(self, clause: Token) -> bool:
        """Whether a verb joined to the clause's verb, sharing its subject, has a time of its
        own ("fined on Thursday after a deckhand fell overboard and drowned during a night
        crossing two years ago"): the pair happened then, not just before the event it is the
        occasion of."""
        for child in clause.children:
            if child.dep_ != "conj" or any(
                # "after engineers isolated the valves, and pumps were still removing water
                # on Tuesday afternoon": a clause of its own the parser joined to it
                part.dep_ in {"nsubj", "nsubjpass"}
                for part in child.children
            ):
                continue
            found = self.event_of(child)
            if found is not None and self.time[found] is not None:
                return True
        return False

    def _sharing_conjuncts(self, governor: Token, clause: Token) -> list[int]:
        """The verbs a marked clause after a pair of verbs also times: "Typhoon Kalayo killed
        at least 23 people and forced 140,000 from their homes after it slammed into the
        Philippines" (the parser hangs the clause on the second verb, which shares the
        first's subject)."""
        if governor.dep_ != "conj" or clause.i < governor.i:
            return []
        if any(child.dep_ in {"nsubj", "nsubjpass"} for child in governor.children):
            return []
        first = self.event_of(governor.head)
        if any(
            child.dep_ == "prep" and child.lower_ in ORDERING_PREPOSITIONS
            for child in governor.head.children
        ):
            # "was closed immediately after the accident and reopened in December after the
            # bars were replaced": the first verb is ordered by a signal of its own
            return []
        return [] if first is None or governor.head.pos_ != "VERB" else [first]

    def _reported_governor(self, clause: Token) -> Token:
        """The verb a marked clause hangs on, past an attribution that follows both: in
        "reported vomiting on Friday, two days after the ship called at Funchal, the company
        said", the parser hangs the clause on "said", but it times the reporting of the
        passengers, the clause before it."""
        head = clause.head
        found = self.event_of(head)
        if found is None or self.events[found].kind is not EventClass.REPORTING:
            return head
        if clause.i > head.i:
            return head
        reported = [
            child for child in head.children if child.dep_ == "ccomp" and child.i < clause.i
        ]
        return reported[-1] if reported else head

    def _unit_from_an_event(self) -> None:
        """ "had completed the checks the day before the launch", "resigned the week after the
        vote": a day (week, ...) counted from an event names when the verb happened. The
        parser hangs "the day" on the verb, or on a phrase of its object; the verb is the
        nearest verb event above it."""
        for token in self.doc:
            unit = _COUNTED_UNITS.get(token.lower_)
            if unit is None or token.i + 1 >= len(self.doc):
                continue
            if not any(child.dep_ == "det" and child.lower_ == "the" for child in token.children):
                continue
            signal = self.doc[token.i + 1]
            if signal.lower_ not in {"before", "after"}:
                continue
            objects = [child for child in signal.children if child.dep_ == "pobj"]
            other = self.event_of(objects[0]) if objects else None
            if other is None:
                continue
            node = token
            for _ in range(5):
                if node.head.i == node.i:
                    break
                node = node.head
                found = self.event_of(node)
                if found is not None and node.pos_ == "VERB" and found != other:
                    self._relate(found, other, signal.lower_, Duration(1.0, unit))
                    break

    def _reported(self, index: int, token: Token) -> None:
        """What was reported happened before the report, or will happen after it.

        "Cavusoglu said the postponement was unrelated": the complement of a past reporting
        verb in the past or perfect lies before the saying; in the future, after it.
        """
        clause = token
        if token.dep_ == "conj" and token.head.dep_ == "ccomp":
            clause = token.head  # "said it would hold a hearing and report by September"
        elif token.dep_ == "conj" and _would(self.events[index]):
            # "said it had pre-positioned food and would airlift more": the parser often joins
            # the second verb to "said" itself, or to a clause inside what was said ("said its
            # members had signed contracts before the ban was announced and would face
            # penalties"); either way it comes after the saying
            head = self._saying_above(token)
            if head is not None:
                link = EventLink(head, TimeRelation.AFTER, LinkKind.SENTENCE)
                self.event_links[index].append(link)
            return
        if clause.dep_ != "ccomp":
            return
        head = self.event_of(clause.head)
        if head is None:
            return
        if self.events[head].kind is not EventClass.REPORTING:
            # "promised that the government would pay for the repairs": what a past promise
            # or belief says would happen comes after it
            if (
                self.events[head].kind in (EventClass.I_ACTION, EventClass.I_STATE)
                and self.events[head].tense is Tense.PAST
                and _would(self.events[index])
            ):
                self.event_links[index].append(
                    EventLink(head, TimeRelation.AFTER, LinkKind.SENTENCE)
                )
            return
        reporter, reported = self.events[head], self.events[index]
        if reporter.tense is not Tense.PAST:
            return
        relation, _ = tense_relation(reported, token)
        if _would(reported):
            # "said it would review the data": the report's future ("would have" is its past)
            relation = TimeRelation.AFTER
        past = reported.tense is Tense.PAST or reported.aspect is Aspect.PERFECTIVE
        if relation is TimeRelation.AFTER:
            self.event_links[index].append(EventLink(head, TimeRelation.AFTER, LinkKind.SENTENCE))
        elif past and reported.kind is not EventClass.STATE:
            # "said on Friday it had opened an investigation": what a dated report tells as
            # done is the news of that day
            # "said the cargo had not been secured": what was not done is no news of a day
            recent = reported.aspect is Aspect.PERFECTIVE and reported.polarity is not Polarity.NEG
            self.event_links[index].append(
                EventLink(head, TimeRelation.BEFORE, LinkKind.SENTENCE, occasion=recent)
            )

    def _saying_above(self, token: Token) -> int | None:
        """The past reporting verb that ``token``'s conjunct is said under: its head, or the
        verb above the complement clause it sits in (four heads up at most)."""
        node = token
        for _ in range(4):
            head = node.head
            if head.i == node.i:
                return None
            found = self.event_of(head)
            if (
                found is not None
                and self.events[found].kind is EventClass.REPORTING
                and self.events[found].tense is Tense.PAST
                and (node is token or node.dep_ == "ccomp")
            ):
                return found
            if node is not token and node.dep_ == "ccomp":
                return None
            node = head
        return None

    def _clausal(self, index: int, token: Token) -> None:
        """Orders that TimeBank's annotators read off clause structure.

        An infinitive complement or purpose clause comes after what governs it ("agreed to
        continue", "went there to vote"); a past adverbial clause without a temporal marker
        gives the cause, which came first ("resigned because he lost"); a past conjunct follows
        its head ("collapsed and ... began").
        """
        head = self.event_of(token.head)
        if head is None or head == index:
            return
        event = self.events[index]
        governor = self.events[head]
        marks = {child.lower_ for child in token.children if child.dep_ in {"mark", "advmod"}}
        relation: TimeRelation | None = None
        step = False
        if (
            event.tense is Tense.INFINITIVE
            and event.aspect in PERFECT_ASPECTS
            and token.dep_ in {"xcomp", "ccomp"}
        ):
            # "is believed to have been installed", "was said to have fled": a perfect
            # infinitive tells what came before
            relation = TimeRelation.BEFORE
        elif (
            event.tense is Tense.INFINITIVE
            and token.dep_ in {"xcomp", "advcl", "acl"}
            # "has been able to run only a handful of lifts": done while able, not after (but
            # "will not be able to return until Sunday" is still to come)
            and not (
                token.head.lemma_.lower() in ABILITY_WORDS
                and governor.tense in (Tense.PRESENT, Tense.PAST)
            )
        ):
            relation = TimeRelation.AFTER
            # "packed the hall on Friday evening to celebrate", "were allowed to return on
            # Sunday": a purpose, or a deed let, made or helped, is done in the same breath
            step = (
                (
                    # (not an effect that lasts: "raised its prices on Monday to cover costs")
                    (token.dep_ == "advcl" and event.lemma.lower() not in _LASTING_EFFECTS)
                    or (token.dep_ == "xcomp" and token.head.lemma_.lower() in _STEP_GOVERNORS)
                )
                and (
                    # "voted on Wednesday to ban stoves from next October": what a vote decides
                    # is done later, unless the vote itself does it ("voted to approve")
                    token.head.lemma_.lower() not in _DECIDING
                    or event.lemma.lower() in _DONE_BY_A_VOTE
                )
                and self._next_step(token, token.head)
            )
        elif (
            token.dep_ == "advcl"
            and event.tense is Tense.PAST
            and governor.tense is Tense.PAST
            and not marks & {"when", "as", "while", "before", "after", "until", "if"}
        ):
            relation = TimeRelation.BEFORE
        elif (
            token.dep_ == "conj"
            and not marks & {"when", "as", "while", "before", "after", "until", "since"}
            and event.tense is Tense.PAST
            and governor.tense is Tense.PAST
            and event.kind is EventClass.OCCURRENCE
            and governor.kind in (EventClass.OCCURRENCE, EventClass.ASPECTUAL)
            # "died three days after the accident, and two colleagues suffered burns": a head
            # placed by a signal of its own sets no order for what is joined to it
            # (not "appeared before a judge ... and was remanded")
            and not any(
                child.dep_ == "prep"
                and child.lower_ in ORDERING_PREPOSITIONS
                and any(self.event_of(part) is not None for part in child.children)
                for child in token.head.children
            )
        ):
            relation = TimeRelation.AFTER
        if relation is not None and not any(link.other == head for link in self.event_links[index]):
            self.event_links[index].append(EventLink(head, relation, LinkKind.SENTENCE, step=step))

    def _next_step(self, step: Token, governor: Token) -> bool:
        """Whether ``step`` can only be the next step of the day ``governor`` is dated to: it
        names no time of its own ("before returning to training on March 27", "to be dug up
        in 2123", "to withhold payments for 60 days"), and the governor's time is no first of
        two ("held talks on Monday and Tuesday morning before agreeing")."""
        dated = self.event_of(governor)
        link = None if dated is None else self.time[dated]
        moved = None if link is None else link.expression
        if any(
            # (a past time the parser hung on the step may be its governor's: "allowed to
            # return home on Sunday afternoon")
            (found := self.expression_at(part)) is not None and found[1] is not moved
            for part in step.subtree
        ):
            return False
        if moved is None:
            return True
        if (
            not governor.left_edge.idx
            <= moved.start
            < governor.right_edge.idx + len(governor.right_edge)
        ):
            # "began on June 27 and took in nine cities before ending in Chile": a day the
            # governor shares with a verb it is joined to starts its stretch only
            return False
        between = self.doc.text[moved.end : moved.end + 12]
        return not (
            _JOINED_TIME.match(between)
            and any(
                moved.end < expression.start <= moved.end + 12 for expression in self.expressions
            )
        )

    def _ended_at(self, at: Token) -> int | None:
        """The event an "at the end of" phrase names ("at the end of a debate that lasted
        nearly nine hours"), if ``at`` opens one."""
        for place in at.children:
            if place.dep_ != "pobj" or place.lemma_.lower() not in _ENDINGS:
                continue
            for of in place.children:
                if of.dep_ != "prep" or of.lower_ != "of":
                    continue
                for named in of.children:
                    if named.dep_ == "pobj":
                        return self.event_of(named)
        return None

    def _relate(
        self,
        index: int,
        other: int,
        word: str,
        offset: Duration | None = None,
        *,
        occasion: bool = False,
        since: bool = False,
        reaction: bool = False,
        step: bool = False,
    ) -> None:
        # "has denied the charges since his arrest": it began with the arrest
        relation = {"before": TimeRelation.BEFORE, "since": TimeRelation.BEGUN_BY}.get(
            word, TimeRelation.AFTER
        )
        if relation is TimeRelation.BEGUN_BY:
            offset = None
        if index != other:
            self.event_links[index].append(
                EventLink(
                    other,
                    relation,
                    offset=offset,
                    occasion=occasion,
                    since=since,
                    reaction=reaction,
                    step=step,
                )
            )

    def _lengths_on(self, signal: Token) -> Iterator[TimeExpression]:
        """The time expressions hung on a signal word as its measure ("two days" in "two days
        after", "about four hours" in "about four hours later")."""
        for child in signal.children:
            found = self.expression_at(child) if child.dep_ == "npadvmod" else None
            if found is not None:
                yield found[1]

    def _clause_gap(self, clause: Token, lasted: int | None) -> Duration | None:
        """The length between a clause's event and the one an "after" or "before" marks it
        against, hung on the clause's verb or, as the parser may do, on the marker ("three days
        after a home defeat left the club"); on the marker, only a length stated as it is:
        "nearly two weeks after", "more than three decades after" give no exact gap, and a
        rough one of minutes or hours ("about 20 minutes before") only an unstated one."""
        found = self._measure(clause, lasted=lasted)
        if found is not None:
            return found
        mark = _mark(clause)
        lengths = list(self._lengths_on(mark))
        if any(length.mod is not None for length in lengths):
            # "at 10:40 p.m., about 20 minutes before rocks buried the line": a rough gap of
            # minutes or hours still keeps the two within the reach of such a gap (as "minutes
            # before" does); a rough gap of days or more gives none
            units = {found.unit for length in lengths if (found := duration_of(length))}
            if len(units) == 1 and (unit := units.pop()) in UNSTATED_REACH:
                return Duration(None, unit)
            return None
        found = self._measure(mark, lasted=lasted)
        if found is not None or mark is clause or mark.i == 0:
            return found
        # "guiding her yacht back up the river 26 days after she set out": the parser may hang
        # the length on the verb the clause is of, right before the marker
        before = self.doc[mark.i - 1]
        expression = self.expression_at(before) if before.dep_ == "npadvmod" else None
        if expression is None or expression[1].mod is not None:
            return None
        if expression[1].type is not TimexType.DURATION or _lasting(self.doc.text, expression[1]):
            return None  # ("fed him for two days before ...": how long, no gap)
        return duration_of(expression[1])

    def _counted_from_a_time(self, signal: Token) -> bool:
        """Whether the length a "later" carries was counted from a time named before."""
        return any(is_elapsed(expression) for expression in self._lengths_on(signal))

    def _measure(self, signal: Token, lasted: int | None = None) -> Duration | None:
        """The length that measures an "after" or "before" ("two days after the fire", "a day
        after the company launched", "shortly after"), hung on the preposition or on the
        clause's verb.

        For a "before", a length of days or more after "for" is how long event ``lasted`` went
        on up to the other ("had talked for three days before a meeting on Monday night"), no
        gap between them: it is given to that event as its length, which then runs up to the
        other (see :func:`timeline.ordering.bounds.event_times`). After an "after" it is no
        gap either, but a length from then on ("has been suspended for 10 weeks after
        admitting"), which the offset still reads best.
        """
        for expression in self._lengths_on(signal):
            if expression.type is not TimexType.DURATION:
                continue
            if lasted is not None and _lasting(self.doc.text, expression):
                self.give_length(lasted, expression)
                continue
            length = duration_of(expression)
            # "hours after": an unstated number of hours or minutes still measures
            if length is not None and (length.amount is not None or length.unit in UNSTATED_REACH):
                return length
        if any(child.dep_ == "advmod" and child.lower_ in _NEAR_WORDS for child in signal.children):
            # "shortly after it fired its engine": within hours, an unstated number of them
            return Duration(None, Grain.HOUR)
        return None

    def _previous_main_event(self, token: Token, *, story: bool = False) -> int | None:
        """The nearest finite verb event before ``token``, in its sentence or the one before.

        With ``story``, only a past step of the story (:meth:`_a_story_step`) in the sentence
        or the one before counts: no state ("Two remained in hospital on Tuesday. The others
        were discharged within hours"), nothing told in a relative clause ("the old library,
        which shut in 2019. Within two hours, 1,500 people had passed through the doors")."""
        sentence_start = token.sent.start
        limit = max(0, sentence_start - 60)
        if story and sentence_start > 0:
            # no further back than the sentence before: past a quote's "she said", the step
            # told before is no longer what follows on
            limit = max(limit, self.doc[sentence_start - 1].sent.start)
        # "Mining will stop in December, and the plant will then process ore": a future
        # step follows the future told before it
        here = self.event_at.get(token.i)
        future = here is not None and self.events[here].tense is Tense.FUTURE
        tenses = {Tense.PAST, Tense.PRESENT} | ({Tense.FUTURE} if future else set())
        # "The standoff began at about 6 a.m. ..., the ministry said in a statement on
        # Wednesday. The Danish ship arrived shortly afterwards": after what was told, not
        # after the telling
        reporting = here is not None and self.events[here].kind is EventClass.REPORTING
        for position in range(token.i - 1, limit - 1, -1):
            found = self.event_at.get(position)
            if found is None:
                continue
            if (
                self.events[found].kind is EventClass.REPORTING
                and not reporting
                and not self._dated_passive_report(found, position)
            ):
                continue
            if (
                _subordinate(self.doc[position])
                and self.events[found].tense is Tense.PRESENT
                and not future
            ):
                continue
            if _told_as_earlier(self.doc[position]):
                # "slipped free shortly before noon, some 30 hours after it was first found.
                # Hours later, a boat reported": the story goes on from the main clause; a
                # clause "after" or "since" marks happened before it
                continue
            if story and not self._a_story_step(found, position):
                continue
            if self.events[found].tense in tenses:
                return found
        return None

    def _dated_passive_report(self, index: int, position: int) -> bool:
        """Whether a reporting event is a passive one with a time of its own: "The fire was
        first reported at about 2:15 p.m., and winds pushed it across 4,000 acres within six
        hours" tells the story's discovery, a step a "within hours" follows on from, not a
        saying (nor is "No injuries were reported" one)."""
        return (
            self.events[index].kind is EventClass.REPORTING
            and any(child.dep_ == "auxpass" for child in self.doc[position].children)
            and self.time[index] is not None
        )

    def _a_story_step(self, index: int, position: int) -> bool:
        """Whether the event at ``position`` is a past step of the story: a past event that is
        no state, intention or saying (nor a lasting "remained"), and is not told in a
        relative clause or a participle hung on a noun."""
        event = self.events[index]
        word = self.doc[position]
        if event.tense is not Tense.PAST or (
            event.kind in _NO_STEPS and not self._dated_passive_report(index, position)
        ):
            return False
        if event.lemma.lower() in _LASTING_LEMMAS:
            return False
        return not any(node.dep_ in {"relcl", "acl"} for node in (word, *word.ancestors))
