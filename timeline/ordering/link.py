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

The rules live in :mod:`timeline.ordering.anchors` (1, 3), :mod:`timeline.ordering.sharing`
(2), :mod:`timeline.ordering.narrative` (4), :mod:`timeline.ordering.tense` (5) and
:mod:`timeline.ordering.signals` (6); this module
runs them in order. The result is a plain description per event (:class:`Linking`);
:mod:`timeline.ordering.bounds` turns it into bounds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import attrs

from timeline.events.model import Aspect, Event, EventClass, Tense
from timeline.model import TimeExpression
from timeline.ordering.anchors import AnchorRules
from timeline.ordering.intervals import day_of, interval_of
from timeline.ordering.linking import EventLink, Linking, TimeLink, Token, to_infinitive
from timeline.ordering.model import LinkKind, TimeRelation
from timeline.ordering.narrative import NarrativeRules
from timeline.ordering.phases import (
    BEGINNING_VERBS,
    ENDING_VERBS,
    INQUIRY_NOUNS,
    STAGING_VERBS,
    begun_and_going_on,
    marked_by,
    object_verb,
    subject_phase,
)
from timeline.ordering.reporting import SAYING_VERBS, market_move, tells_the_news
from timeline.ordering.sharing import SharingRules
from timeline.ordering.signals import REACTION_ADVERBS, SignalRules
from timeline.ordering.tense import in_headline, present_frame, tense_relation

__all__ = ["EventLink", "Linking", "TimeLink", "link_events"]

_DEADLINE_AHEAD = timedelta(days=7)
"""How far past the DCT's day a deadline must end for an unfinished event to lie ahead."""


def _under_a_past_perfect(token: Token) -> bool:
    """Whether the noun or participle ``token`` sits in a clause whose verb is a past perfect
    ("had been in talks since early September"), two phrases up at most; not one a report
    backshifts ("said the company had been in talks with its bank since Friday": still
    going on when said)."""
    node = token
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"} and node is not token:
            return node.dep_ != "ccomp" and any(
                child.dep_ in {"aux", "auxpass"} and child.lower_ == "had"
                for child in node.children
            )
        if node.head.i == node.i or node.dep_ not in {"pobj", "prep", "dobj", "attr"}:
            return False
        node = node.head
    return False


class _Linker(AnchorRules, SharingRules, NarrativeRules, SignalRules):
    """One document's linking pass: the time-anchor rules, then the signals, then tense."""

    # 5. tense ------------------------------------------------------------------------------
    def result(self) -> tuple[Linking, ...]:
        for index, token in enumerate(self.event_tokens):
            spending = self._spending_of(token)
            if spending is not None and self.time[spending] is None:
                # "has spent $40 million on stabilising slopes since March 2019": the parser
                # hangs the time on the activity, but the spending went on over it too
                self.time[spending] = self.time[index]
        linkings = []
        for index, event in enumerate(self.events):
            token = self.event_tokens[index]
            relation, ongoing = tense_relation(event, token)
            if index in self.in_a_length:
                relation, ongoing = TimeRelation.AFTER, False
            if relation is None and (self._deadline_ahead(index) or index in self.expected_ahead):
                # "hoped to restore email by mid-January", "should return to normal by the end
                # of the month": not done yet, to be done by a time still to come
                relation = TimeRelation.AFTER
            duration = self.duration[index]
            time = self.time[index]
            stretched = (
                duration is not None
                or (time is not None and time.relation is TimeRelation.BEGUN_BY)
                # "has run a helpline for the past two weeks": through a stretch up to now
                or (time is not None and self._through_now(time))
                or any(
                    link.relation is TimeRelation.BEGUN_BY or link.since
                    for link in self.event_links[index]
                )
            )
            # a participle or noun with "since" ("housed in a merchant's home since 1921",
            # "had been in talks since early September")
            begun_untensed = (
                event.tense in (Tense.PASTPART, Tense.NONE)
                and time is not None
                and time.relation is TimeRelation.BEGUN_BY
            )
            # ... told in the past perfect: over by the report
            over_by_report = begun_untensed and token is not None and _under_a_past_perfect(token)
            present = (
                event.tense is Tense.PRESENT
                or (token is not None and present_frame(token))
                # "the museum, housed in a merchant's home since 1921": a participle or
                # adjective with "since" holds up to now
                or (
                    begun_untensed
                    and time is not None
                    and time.expression.interval is not None
                    and time.expression.interval.end is None
                    and not over_by_report
                )
                # "blaming a drop in orders since August (since subsidies were cut)": a
                # change told with its "since" goes on up to now
                or index in self.since_nouns
                or (
                    time is not None
                    and token is not None
                    and time.relation is TimeRelation.BEGUN_BY
                    and begun_and_going_on(token, time.expression)
                )
            )
            if relation is None and over_by_report:
                # "had been in talks since early September": over before the report told it
                relation = TimeRelation.BEFORE
            # "has advanced for weeks", "has been mired since 2011": still going on at the DCT
            if (
                stretched
                and present
                and relation in (TimeRelation.BEFORE, TimeRelation.INCLUDES, None)
            ):
                relation, ongoing = TimeRelation.INCLUDES, True
            link = LinkKind.TENSE if relation is not None else LinkKind.NONE
            reported_today = (
                # "Union leaders welcomed the delay", "declined to comment", "warned that":
                # told like a saying, on the report's day
                (event.kind is EventClass.REPORTING or tells_the_news(event.lemma, token))
                and event.tense in (Tense.PAST, Tense.PRESENT)
                and event.aspect is Aspect.NONE
                and time is None
                # "said at a news conference after the decision" is still today's saying
                # (but "Hours later, the Ledger reported" is measured from a dated event);
                # "Shares fell 2.3 percent before recovering some ground" is the session's
                # move before another of the session's
                and all(
                    (
                        link.relation is TimeRelation.AFTER
                        or (
                            link.relation is TimeRelation.BEFORE
                            and token is not None
                            and market_move(token)
                        )
                    )
                    and (link.offset is None or self.time[link.other] is None)
                    for link in self.event_links[index]
                )
                and not self._after_dated_event(token)
                and not _told_as_a_step(token)
                # "Vestra, which reported a net loss for the first quarter, said on Tuesday":
                # a relative clause tells what its noun did before, not today's report
                and not (
                    token is not None
                    and token.dep_ == "relcl"
                    and token.lemma_.lower() in _RESULTS_VERBS
                )
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
                    counted=ongoing and event.aspect is Aspect.PERFECTIVE and _counted(token),
                    reported_today=reported_today,
                    durations=tuple(self.extra[index]),
                    until=self.until[index] if time is not None else None,
                    deadline=self.deadline[index],
                    within=(
                        self.within[index]
                        if relation is TimeRelation.AFTER
                        or any(
                            link.relation is TimeRelation.AFTER for link in self.event_links[index]
                        )
                        else None
                    ),
                )
            )
        lead = self.lead_event()
        if (
            lead is not None
            and linkings[lead].time is None
            and linkings[lead].events
            # a headline's present tells what happened ("kills"), not what is to come
            and linkings[lead].dct_relation is TimeRelation.BEFORE
        ):
            for index in self.headline_events():
                if index != lead and not linkings[index].events:
                    # "Typhoon Kalayo kills at least 23" over a lead whose main event only
                    # other events date ("killed ... after it slammed into ... on Tuesday"):
                    # the headline tells the same happening, dated the same way
                    linkings[index] = linkings[lead]
        for index, token in enumerate(self.event_tokens):
            said = self._said_with(index, token)
            if said is not None and linkings[said].reported_today:
                # "said the ban could add to inflation, but warned that farmers might plant
                # less": the warning is part of the same report
                linkings[index] = attrs.evolve(linkings[index], reported_today=True)
        for index, token in enumerate(self.event_tokens):
            before = self._report_continued(index, token)
            if (
                before is not None
                and linkings[index].reported_today
                and linkings[before].time is not None
                and self.events[before].kind is EventClass.REPORTING
            ):
                # '... council leader Helen Marsh told reporters on Friday. She said the
                # removal would take about three weeks': the same speaker goes on, that day
                linkings[index] = attrs.evolve(
                    linkings[index], time=linkings[before].time, reported_today=False
                )
        for index, token in enumerate(self.event_tokens):
            staged = self._staging_verb_event(index, token)
            if staged is None:
                staged = self._report_at_gathering(token)
            if staged is None:
                staged = self._spent_on(token)
            if staged is not None and staged != index and _unlinked(linkings[index]):
                # "would hold a ballot": the ballot is the holding, with whatever dates it
                linkings[index] = linkings[staged]
            perceived = self._perceived_event(token)
            if (
                perceived is not None
                and linkings[perceived].time is not None
                and linkings[index].time is None
            ):
                # "noticed the surface softening during a session on Tuesday afternoon": seen
                # as it happened, the seeing is when the thing seen was
                linkings[index] = attrs.evolve(linkings[perceived], reported_today=False)
            doing = self._doing_of_its_subject(token)
            if (
                doing is not None
                and doing != index
                and _unlinked(linkings[index])
                # "a 14-month investigation found": a stated length dates its start instead
                and not linkings[index].durations
            ):
                # "a fire killed two workers", "the final tuning lasted six weeks": an event
                # noun that does what a told verb says was going on as it did it (and when
                # only other events bound the verb, within those bounds)
                within = EventLink(doing, TimeRelation.IS_INCLUDED, LinkKind.SENTENCE)
                linkings[index] = attrs.evolve(
                    linkings[doing],
                    reported_today=False,
                    events=(*linkings[doing].events, within)
                    if linkings[doing].time is None and self._measured_from(doing)
                    else linkings[doing].events,
                )
            lasting = self.lasted_by.get(index)
            if (
                lasting is not None
                and linkings[index].time is None
                and linkings[index].dct_relation is None
                and not linkings[index].events
            ):
                # "amid a drought that has lasted 14 months": the noun went on as its clause of
                # lasting says, up to now or to when it was told
                linkings[index] = attrs.evolve(linkings[lasting], reported_today=False)
            sought = self._seeking_verb_event(token)
            if sought is not None and sought != index and _unlinked(linkings[index]):
                # "would also seek talks with the government": what a plan seeks comes after
                # the seeking ("have sought treatment" got it while seeking: not these)
                after = EventLink(sought, TimeRelation.AFTER, LinkKind.SENTENCE)
                linkings[index] = attrs.evolve(linkings[index], events=(after,))
        for index, token in enumerate(self.event_tokens):
            aim = self._aimed_by(index, token)
            if (
                aim is not None
                and _unlinked(linkings[index])
                and linkings[aim].dct_relation is TimeRelation.AFTER
            ):
                # "would need at least eight weeks to replace the unit", "plans to open eight
                # routes and replace its turboprops": what a step still to come is taken for
                # is still to come too
                linkings[index] = attrs.evolve(
                    linkings[index], dct_relation=TimeRelation.AFTER, dct_link=LinkKind.TENSE
                )
        for index, token in enumerate(self.event_tokens):
            if not _unlinked(linkings[index]):
                continue
            bearer = self._bearing_verb_event(index, token)
            if bearer is not None and (
                linkings[bearer].dct_relation is TimeRelation.AFTER
                or _awaiting(self.event_tokens[bearer])
            ):
                # "would order an independent review", "repairs could take up to six months",
                # "still needs the approval of a judge": a happening first told as the object
                # or subject of a step still to come, or as what a plan or a need now awaits,
                # is still to come too
                linkings[index] = attrs.evolve(
                    linkings[index], dct_relation=TimeRelation.AFTER, dct_link=LinkKind.TENSE
                )
        return tuple(linkings)

    def _bearing_verb_event(self, index: int, token: Any) -> int | None:
        """The event of the verb this event noun is the object or subject of, if the noun is
        told here for the first time: "the decision" told before is one already taken."""
        if token is None or token.pos_ != "NOUN":
            return None
        if _purpose_of_a_step(token):
            # "will fly home on Wednesday for consultations": what a step still to come is
            # taken for comes after it
            found = self.event_of(token.head.head)
            return None if found == index else found
        if token.dep_ not in _BORNE_DEPS or _known_already(token):
            return None
        if token.dep_ != "dobj" and not _subject_still_to_come(token):
            return None
        lemma = token.lemma_.lower()
        if any(
            other.lemma_.lower() == lemma and not in_headline(other)
            for other in token.doc[: token.i]
        ):
            return None
        found = self.event_of(token.head)
        return None if found == index else found

    def _aimed_by(self, index: int, token: Any) -> int | None:
        """The event of the verb whose aim or complement this infinitive is ("need ... to
        replace", "take nine months to build"), or of the infinitive it is conjoined to, if
        any. Document order puts that verb first, so its relation is settled by then."""
        if token is None or self.events[index].tense is not Tense.INFINITIVE:
            return None
        if token.dep_ == "conj":
            found = self.event_of(token.head) if token.head.i < token.i else None
            if found is not None and self.events[found].tense is Tense.INFINITIVE:
                return found
            return None
        if token.dep_ not in {"xcomp", "advcl"} or not to_infinitive(token):
            return None
        found = self.event_of(token.head)
        return None if found == index else found

    def _said_with(self, index: int, token: Any) -> int | None:
        """The reporting verb an undated past verb of saying is conjoined to, sharing its
        subject ("said ..., but warned that ..."), if any."""
        event = self.events[index]
        if token is None or token.dep_ != "conj" or event.lemma.lower() not in SAYING_VERBS:
            return None
        if event.tense is not Tense.PAST or self.time[index] is not None:
            return None
        if any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children):
            return None
        found = self.event_of(token.head)
        if found is None or self.events[found].kind is not EventClass.REPORTING:
            return None
        return found

    def _report_continued(self, index: int, token: Any) -> int | None:
        """The reporting verb at the root of the sentence just before, if this event is a
        past "said" of a pronoun ("She said ...") opening the next sentence's main clause."""
        if (
            token is None
            or token.dep_ != "ROOT"
            or self.events[index].kind is not EventClass.REPORTING
            or self.events[index].tense is not Tense.PAST
            or not any(
                child.dep_ == "nsubj" and child.lower_ in {"he", "she", "they"}
                for child in token.children
            )
        ):
            return None
        start = token.sent.start
        if start == 0:
            return None
        root = token.doc[start - 1].sent.root
        return self.event_of(root)

    def _report_at_gathering(self, token: Any) -> int | None:
        """The report made to or at this gathering ("he told a news conference", "said at a
        briefing") or in this statement ("said in a statement"): the gathering or the statement
        is when the report was made."""
        if token is None:
            return None
        lemma = token.lemma_.lower()
        if lemma not in _GATHERINGS and lemma not in _REPORTS:
            return None
        verb = token.head
        if token.dep_ == "pobj" and (
            (lemma in _GATHERINGS and verb.lower_ in {"at", "to", "during"})
            # "said in a statement": the statement is the saying
            or (lemma in _REPORTS and verb.lower_ in {"in", "through", "via"})
        ):
            verb = verb.head
        elif token.dep_ != "dobj":
            return None
        found = self.event_of(verb)
        if found is None or self.events[found].kind is not EventClass.REPORTING:
            return None
        return found

    def _spent_on(self, token: Any) -> int | None:
        """The event of "spend" whose time went on this one: "have spent six years preparing
        this scheme", "spent the past three weeks running a review" (the preparing and the
        running take the spending's time and length)."""
        if token is None or token.dep_ != "xcomp" or token.head.lemma_.lower() != "spend":
            return None
        return self.event_of(token.head)

    def _spending_of(self, token: Any) -> int | None:
        """The event of "spend" this activity is what the money or time went on ("spent six
        years preparing", "spent $40 million on stabilising slopes")."""
        if token is None or token.tag_ != "VBG":
            return None
        preposition = token.head
        if token.dep_ == "pcomp" and preposition.lower_ == "on" and preposition.dep_ == "prep":
            verb = preposition.head
            return self.event_of(verb) if verb.lemma_.lower() == "spend" else None
        return self._spent_on(token)

    def _seeking_verb_event(self, token: Any) -> int | None:
        """The event of the verb still to come that seeks, proposes or opens this noun event
        ("would seek talks", "plans to launch an inquiry"), if any."""
        verb = None if token is None else object_verb(token)
        if verb is None or verb.lemma_.lower() not in _SEEKING_VERBS:
            verb = None if token is None else _sought_for(token)
        if verb is None:
            return None
        found = self.event_of(verb)
        if found is None:
            return None
        seeking = self.events[found]
        prospective = seeking.tense in (Tense.FUTURE, Tense.INFINITIVE) or (
            seeking.modality or ""
        ).lower() in {"will", "would", "could", "may", "might", "shall"}
        return found if prospective else None

    def _after_dated_event(self, token: Any) -> bool:
        """Whether the event is told "after" an event its own time puts before the DCT's day:
        "told reporters after Friday's session" reports after that session, so not
        necessarily on the DCT's day (but "said after the decision" is today's saying); so does
        "told reporters afterwards" after a dated event."""
        if token is None or self.dct is None:
            return False
        today = day_of(self.dct)
        others = [
            self.event_of(phrase)
            for child in token.children
            if child.dep_ == "prep" and child.lower_ in {"after", "following"}
            for phrase in child.children
            if phrase.dep_ == "pobj"
        ]
        index = self.event_at.get(token.i)
        if index is not None and any(
            child.dep_ == "advmod" and child.lower_ in REACTION_ADVERBS for child in token.children
        ):
            # "told reporters afterwards": a reaction to the event told before it
            others.extend(link.other for link in self.event_links[index] if link.reaction)
        for other in others:
            link = None if other is None else self.time[other]
            span = None if link is None else interval_of(link.expression, self.dct)
            if (
                span is not None
                and span.end is not None
                and today.start is not None
                and span.end <= today.start
            ):
                return True
        return False

    def _through_now(self, link: TimeLink) -> bool:
        """Whether the event fills a stretch of time that reaches the DCT's day."""
        if link.relation is not TimeRelation.DURING or self.dct is None:
            return False
        span = interval_of(link.expression, self.dct)
        if span is None:
            return False
        today = day_of(self.dct)
        return span.end is not None and today.start is not None and span.end > today.start

    def _deadline_ahead(self, index: int) -> bool:
        """Whether an unfinished event (an infinitive, or a modal or bare form, not a past or
        a perfect) has a deadline at least a week after the DCT's day ("by the end of the
        month" on the 9th)."""
        deadline, event = self.deadline[index], self.events[index]
        if deadline is None or self.dct is None or event.aspect is not Aspect.NONE:
            return False
        if event.tense not in (Tense.INFINITIVE, Tense.NONE, Tense.PRESENT):
            return False
        span = interval_of(deadline, self.dct)
        today = day_of(self.dct)
        return (
            span is not None
            and span.end is not None
            and today.end is not None
            and span.end >= today.end + _DEADLINE_AHEAD
        )

    def _perceived_event(self, token: Any) -> int | None:
        """The event a verb of perception takes in as it happens ("noticed the surface
        softening", "saw the crane fall"), if any; what is noticed "that" it happened may have
        happened long before."""
        if token is None or token.lemma_.lower() not in _PERCEIVING:
            return None
        for child in token.children:
            if (
                child.dep_ in {"ccomp", "xcomp"}
                and child.tag_ in {"VBG", "VB"}
                and not any(grand.dep_ == "mark" for grand in child.children)
            ):
                return self.event_of(child)
        return None

    def _measured_from(self, index: int) -> bool:
        """Whether a stated gap ties event ``index`` to another ("three days after a defeat
        left the club"): bounds so found are firm enough for its subject noun to share; an
        "after" alone is not ("closed the river after a spill killed fish": the killing may
        have come days before)."""
        return any(
            link.offset is not None and (other == index or link.other == index)
            for other, links in enumerate(self.event_links)
            for link in links
        )

    def _doing_of_its_subject(self, token: Any) -> int | None:
        """The past verb this event noun is the subject of ("an explosion in a silo killed two
        workers", "the hearing ran for three weeks"), if any; a verb of beginning or ending
        dates only that end of it (:func:`subject_phase`), and a passive subject ("the talks
        were postponed") did not do what its verb says."""
        if token is None or token.dep_ != "nsubj" or token.pos_ != "NOUN":
            return None
        verb = token.head
        if (
            verb.tag_ != "VBD"
            or verb.lemma_.lower() in _SEQUENCE_VERBS
            or subject_phase(token) is not None
        ):
            return None
        if verb.lemma_.lower() in _PHASE_VERBS and any(
            child.dep_ == "dobj" for child in verb.children
        ):
            # "the strike began a new phase on Friday": a phase of it, which it outlasts
            return None
        if token.lemma_.lower() in INQUIRY_NOUNS:
            # "the investigation revealed new evidence on Sunday": one step of a long inquiry
            return None
        return self.event_of(verb)

    def _staging_verb_event(self, index: int, token: Any) -> int | None:
        """The event of the verb that stages this noun event ("hold a ballot", "talks were
        held over the weekend"), if any."""
        if token is None:
            return None
        verb = object_verb(token)
        if verb is None and token.dep_ == "nsubjpass":
            verb = token.head
        if verb is None:
            # "would go ahead with a protest next Monday": no object of a verb, but a phrase
            verb = _going_ahead_with(token)
        elif verb.lemma_.lower() not in STAGING_VERBS:
            verb = None
        if verb is None:
            return None
        found = self.event_of(verb)
        return None if found == index else found


_SEQUENCE_VERBS = frozenset({"come", "draw", "attract"})
"""Verbs whose event-noun subject is placed against other things, not done as it does them:
"the vote came two weeks after ...", "whose arrival drew crowds over Christmas" (the crowds
came later)."""
_PHASE_VERBS = BEGINNING_VERBS | ENDING_VERBS | {"enter"}
"""Verbs of a phase, whose event-noun subject may go on long before and after the phase they
take as object: "the strike began a new phase on Friday", "entered its third week"."""
_RESULTS_VERBS = frozenset({"report", "post", "announce", "disclose", "publish"})
"""Verbs of making results or news public, which a relative clause tells of as done before
("Vestra, which reported a net loss for the first quarter")."""
_PERCEIVING = frozenset({"notice", "see", "spot", "hear", "watch", "observe", "witness", "smell"})
"""Verbs of perception, which take in what they perceive as it happens."""
_GOING_AHEAD = frozenset({"go", "press", "push", "forge"})
"""Verbs that, with "ahead", carry out what they go ahead with ("go ahead with a protest")."""


def _going_ahead_with(token: Any) -> Any:
    """The verb that goes ahead with the event noun ``token`` ("would go ahead with a protest
    next Monday", "proceeded with the vote"): the event is that going ahead, when it is done."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "with" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    lemma = verb.lemma_.lower()
    ahead = any(child.lower_ == "ahead" for child in verb.children)
    if (lemma in _GOING_AHEAD and ahead) or lemma == "proceed":
        return verb
    return None


_GATHERINGS = frozenset(
    {"conference", "briefing", "meeting", "hearing", "session", "rally", "summit", "interview"}
)
"""Gatherings a report is made to or at."""
_REPORTS = frozenset(
    {"statement", "letter", "interview", "post", "video", "email", "release", "filing",
     "communique", "broadcast", "speech", "address", "tweet"}
)  # fmt: skip
"""What a report is made in ("said in a statement")."""
_SEEKING_VERBS = frozenset(
    {"seek", "propose", "plan", "launch", "open", "demand", "request", "begin", "start",
     "organise", "organize", "schedule", "resume", "convene"}
)  # fmt: skip
"""Verbs whose object event comes after them: not "investigate the attack"."""


_SEEKING_FOR_VERBS = frozenset({"call", "push", "press", "ask", "appeal", "campaign", "lobby"})
"""Verbs whose "for" object is an event sought: "would call for an independent inquiry"."""


_BORNE_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
_AWAITING_VERBS = frozenset({"plan", "need", "require", "await", "expect", "seek", "propose"})
"""Verbs whose object, in the present, is awaited: "plans a review", "still needs the approval
of parliament"."""


def _purpose_of_a_step(noun: Any) -> bool:
    """Whether ``noun`` is a bare event noun after "for" on a verb or an adjective ("fly home
    for consultations"): a purpose, with no determiner to point back."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "for"
        and preposition.dep_ == "prep"
        and preposition.head.pos_ in {"VERB", "AUX", "ADJ"}
        and not any(child.dep_ in {"det", "poss", "nummod"} for child in noun.children)
    )


def _known_already(noun: Any) -> bool:
    """Whether a definite noun points back to a happening the reader knows ("would challenge
    the decision"), rather than naming a new one by what it is of ("the approval of
    parliament", "the opening of the line")."""
    determined = any(
        child.dep_ in {"det", "poss"} and child.lower_ not in {"a", "an", "any", "no", "another"}
        for child in noun.children
    )
    described = any(
        child.dep_ == "prep" and child.lower_ in {"of", "on", "by", "from"}
        for child in noun.children
    )
    return determined and not described


_CAUSING_VERBS = frozenset(
    {"keep", "leave", "force", "cause", "make", "mean", "put", "send", "push", "drive", "affect",
     "disrupt", "delay", "hit", "change"}
)  # fmt: skip
"""Verbs whose subject is a cause, often a happening already past ("A fire ... will keep the
terminal closed for two weeks")."""


def _subject_still_to_come(noun: Any) -> bool:
    """Whether the subject noun of a verb still to come is itself still to come: "repairs
    could take up to six months", "an inquiry would examine"; not a cause ("a fire will keep
    it closed"), not what a denial is about ("the loss would not change that timetable"), not
    a noun a clause of its own dates ("exams, held on June 12, would not be affected")."""
    verb = noun.head
    return (
        verb.lemma_.lower() not in _CAUSING_VERBS
        and not any(child.dep_ == "neg" for child in verb.children)
        and not any(child.lower_ == "could" for child in verb.children)
        and not any(child.dep_ in {"acl", "relcl"} for child in noun.children)
    )


def _awaiting(verb: Any) -> bool:
    """Whether ``verb`` is a present, unnegated verb of planning or needing."""
    return (
        verb is not None
        and verb.lemma_.lower() in _AWAITING_VERBS
        and verb.tag_ in {"VBZ", "VBP"}
        and not any(child.dep_ in {"neg", "aux", "auxpass"} for child in verb.children)
    )


def _sought_for(token: Any) -> Any:
    """The verb that seeks the event noun ``token`` through "for" ("call for an inquiry"), if
    any."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "for" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    return verb if verb.lemma_.lower() in _SEEKING_FOR_VERBS else None


_QUANTIFIERS = frozenset({"several", "many", "numerous", "dozens", "hundreds", "few"})
_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade"})
"""Plural objects that measure a stretch ("has lived there 40 years"), not count instances."""
_LASTING_VERBS = frozenset({"live", "stay", "remain", "reside", "work", "serve"})
"""Verbs of a stretch, not of instances ("has lived two streets from the plant")."""


def _counted(token: Any) -> bool:
    """Whether the verb counts its instances: "three times", "twice", a number for its object
    ("won two of its matches") or a plural object (or passive subject) with a number or
    quantifier ("several strikes", "14 bans", "twelve workers have been infected"), or the
    numbered subject of a verb with no object ("30 titles have closed")."""
    if token is None or token.lemma_.lower() in _LASTING_VERBS:
        return False
    for child in token.children:
        if child.lower_ in {"twice", "thrice"} or (
            child.dep_ == "npadvmod"
            and child.lemma_.lower() == "time"
            and any(part.dep_ == "nummod" for part in child.children)
        ):
            return True
        if child.dep_ == "dobj" and child.tag_ == "CD":
            # "has won only two of its 17 matches since August"
            return True
        if (
            # "Twelve workers have been infected since the first case": one by one
            (
                child.dep_ in {"dobj", "nsubjpass"}
                # "At least 30 titles have closed since 2019": one by one, too
                or (
                    child.dep_ == "nsubj"
                    and not any(other.dep_ == "dobj" for other in token.children)
                )
            )
            and child.tag_ == "NNS"
            and child.lemma_.lower() not in _UNITS
            and any(
                part.dep_ == "nummod"
                or (part.dep_ == "compound" and part.tag_ == "CD")  # "Thirty titles"
                or part.lower_ in _QUANTIFIERS
                for part in child.children
            )
        ):
            return True
    return False


def _told_as_a_step(token: Any) -> bool:
    """Whether a reporting verb is a step of the story, not the journalist's source: "the
    investigation began in December after a former employee told the auditor ..." (a clause
    marked "after", "before", "when", "until" or "since")."""
    if token is None or token.dep_ != "advcl":
        return False
    return marked_by(token, {"after", "before", "when", "until", "since"})


def _unlinked(linking: Linking) -> bool:
    """Whether nothing at all dates an event: no time, no DCT relation, no other event."""
    return (
        linking.time is None
        and linking.dct_relation is None
        and not linking.events
        and linking.duration is None
    )


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
    linker.headline()
    linker.coreference()
    linker.elaborated_lead()
    linker.quoted_on()
    linker.share()
    linker.signals()
    return linker.result()
