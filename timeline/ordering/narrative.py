"""Narrative rules: an event with no time of its own takes one the story gives it.

4. narrative: a past event with no time inherits the time of the previous sentence when the two
   sentences talk about the same thing ("decided to put off the talks" after "On Sunday ...
   postponed ... talks");
4a. the headline: a headline's present-tense event is the lead's main event;
4b. coreference: a past event told again by the same named agent takes the time it was first
   given ("Idai killed 300 people" after "in March 2019, when Cyclone Idai killed ...");
4c. quotations: a quote told just after a dated statement by the same speaker is from it;
4d. the lead told again: a lead's present perfect takes the day the next sentence tells it on.

These run after the parse's own ties (:mod:`timeline.ordering.sharing`), because the story's
context is weaker evidence than the syntax: a link found here is INFERRED.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import islice
from typing import Any

from timeline.events.model import Aspect, Event, EventClass, Role, Tense
from timeline.model import Grain, TimeExpression, TimexType
from timeline.ordering.anchors import of_a_day_or_finer
from timeline.ordering.intervals import day_of, interval_of
from timeline.ordering.linking import (
    ORDERING_PREPOSITIONS,
    LinkState,
    TimeLink,
    Token,
    tokens_of,
)
from timeline.ordering.model import LinkKind, TimeRelation
from timeline.ordering.phases import OCCASION_NOUNS, marked_by
from timeline.ordering.reporting import tells_the_news
from timeline.ordering.tense import in_headline

__all__ = ["NarrativeRules"]


_FRAMING_DEPS = frozenset({"ccomp", "advcl", "xcomp", "parataxis"})
"""The clause links a dated clause frames what hangs under it by: complements and adverbial
clauses, not conjuncts (which tell the story on) nor relative clauses and participles (which
hang on a noun), unlike :data:`timeline.ordering.tense.CLAUSE_DEPS`."""


class NarrativeRules(LinkState):
    """The narrative, headline, coreference and quotation rules, over a linking pass's state."""

    # 4. narrative ---------------------------------------------------------------------------
    def narrative(self) -> None:
        sentences = list(self.doc.sents)
        for index, event in enumerate(self.events):
            token = self.event_tokens[index]
            if self.time[index] is not None or token is None:
                continue
            if (
                event.tense is not Tense.PAST and not _misparsed_main_verb(token)
            ) or event.aspect is not Aspect.NONE:
                continue
            if event.kind in (EventClass.REPORTING, EventClass.STATE, EventClass.I_STATE):
                continue
            if token.dep_ == "conj" and self._dated_to_a_day(self.event_of(token.head)):
                continue  # "forced a door shortly after 2 a.m., disabled an alarm": its own story
            if self._ordered_against_an_event(token):
                continue  # "seeped for four days before engineers sealed it": placed by that
            here = _sentence_index(sentences, token.i)
            if here is None or here == 0:
                continue
            governor = self.event_of(token.head) if token.dep_ in {"advcl", "conj"} else None
            link = None if governor is None else self.time[governor]
            if link is not None and link.link is LinkKind.SYNTAX:
                # "was shut off for 48 hours from Monday while engineers flushed the pipes":
                # a clause joined to a dated one tells that moment, not the last sentence's
                continue
            if self._framed_by_a_dated_clause(token) or self._subject_dated_apart(token):
                continue
            previous = sentences[here - 1]
            source = self._anchored_in(previous)
            if source is None and here >= 2 and self._passing_remark(previous):
                # "The fire broke out at about 10:40 p.m. on Saturday ... No one was injured.
                # About 60 workers were evacuated": a short remark with no time of its own
                # does not end the story the sentence before it told
                previous = sentences[here - 2]
                source = self._anchored_in(previous)
            if source is None:
                continue
            if self._dated_by_its_sentence(source) and self._names_another_time(
                sentences[here], source
            ):
                # "fined the bank on Wednesday. ... said the bank processed transfers between
                # 2015 and 2019": a sentence that names a time of its own tells of that time,
                # not of a day the last sentence gave only by its sentence ("at 8:15 a.m."
                # on that day still tells of it)
                continue
            if self._dated_participle_under(token, source):
                # "fans often tried to force the gate at matches played in 2017": a time under
                # the event itself tells of its time, though a participle holds it
                continue
            if (
                _shared_nouns(sentences[here], previous)
                or self._step_after_recent_day(source, index, token, sentences[here])
                or _names_the_event(sentences[here], self.events[source])
                # "She declined to say ...": a reaction of the report's day, not a step;
                # and "He resigned the day after the vote" is placed by that
                or (
                    _opens_with_a_personal_pronoun(sentences[here])
                    and not tells_the_news(event.lemma, token)
                    and not _ordered_in_its_phrase(token)
                )
            ):
                link = self.time[source]
                assert link is not None
                self._anchor(index, link.expression, link.relation, LinkKind.NARRATIVE)

    def _step_after_recent_day(self, source: int, index: int, token: Token, sentence: Any) -> bool:
        """Whether the event is a step of a story the sentence before dated to a recent day:
        "A landslide buried the road near Hallerdal on Wednesday. Rescuers freed two drivers
        from their cars." The sentence need share no noun with the one before: an undated past
        occurrence told right after a happening of the last few days is of that day, as
        readers take it (about four times in five on the development articles it was written
        from; on the first unseen ones it has made too few changes to tell).

        Not a reaction or saying (told on the report's day), nor a relative or adverbial
        clause (whose time is its noun's or its clause's), nor one ordered against something
        else ("resigned the day after the vote"), nor in a quote or with a time in its own
        phrase (which tell of other times), nor after a state ("remained in hospital
        on Tuesday"), a telling ("told a news conference on Thursday") or a time that names
        no day ("now")."""
        event, told = self.events[index], self.events[source]
        link = self.time[source]
        told_token = self.event_tokens[source]
        if (
            link is None
            or told_token is None
            or self._of_a_telling(told_token)
            or _QUOTE.search(sentence.text) is not None
            or self._time_under(token)
            or self.dct is None
            or link.relation is not TimeRelation.IS_INCLUDED
            or event.kind is not EventClass.OCCURRENCE
            or told.kind is not EventClass.OCCURRENCE
            or told.lemma.lower() in _LASTING_LEMMAS
            or token.dep_ not in _STEP_DEPS
            or tells_the_news(event.lemma, token)
            or link.expression.value.endswith("_REF")
            # "He resigned the day after the vote", "Rents soared after a tourism boom":
            # placed against something else, not on the day before
            or _ordered_in_its_phrase(token)
        ):
            return False
        span = interval_of(link.expression, self.dct)
        if span is None or span.start is None or span.end is None:
            return False
        if span.end - span.start > timedelta(days=1):
            return False
        today = datetime(self.dct.year, self.dct.month, self.dct.day)
        return today - timedelta(days=_RECENT_DAYS) <= span.start <= today

    def _time_under(self, verb: Token) -> bool:
        """Whether a date or time lies in the verb's own phrase, outside its subject ("applied
        outdated tariffs to meters between March 2022 and January 2024"): the event has a time
        of its own the parse did not hand it, not the day of the sentence before."""
        spans = [
            (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
            for child in verb.children
            if child.dep_ not in {"nsubj", "nsubjpass", "csubj"}
        ]
        return any(
            expression.type in (TimexType.DATE, TimexType.TIME)
            and any(start <= expression.start < end for start, end in spans)
            for expression in self.expressions
        )

    def _of_a_telling(self, noun: Token) -> bool:
        """Whether an event noun belongs to a telling ("told a news conference on Thursday"):
        its day is the report's, not the story's."""
        if noun.pos_ not in {"NOUN", "PROPN"}:
            return False
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        found = self.event_of(verb)
        return found is not None and self.events[found].kind is EventClass.REPORTING

    def _subject_dated_apart(self, token: Token) -> bool:
        """Whether the event's subject has a relative clause dated by its own phrase ("Smith,
        who was told of the decision on Tuesday morning, thanked the players"): the sentence
        tells its own moment, not the last sentence's, though it does not say how far after
        the clause's time the event came."""
        for subject in token.children:
            if subject.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            for clause in subject.children:
                found = self.event_of(clause) if clause.dep_ == "relcl" else None
                link = None if found is None else self.time[found]
                if link is not None and link.link is LinkKind.SYNTAX:
                    return True
        return False

    def _passing_remark(self, sentence: Any) -> bool:
        """Whether ``sentence`` is a short remark of the story's moment with no time
        expression ("No one was injured."), which a narrative reads across; not a dateline
        ("LISBON (AFP) -"), the end of a quote, nor a look back ("Conditions had been
        difficult.")."""
        if len(sentence) > _REMARK_TOKENS:
            return False
        if sum(token.is_alpha for token in sentence) < 3:
            return False
        if any(token.is_quote or token.lower_ == "had" for token in sentence):
            return False
        if not any(token.tag_ in {"VBD", "VBZ", "VBP"} for token in sentence):
            return False
        return not any(self._expressions_in(sentence))

    def _expressions_in(self, span: Any) -> Iterator[TimeExpression]:
        """The time expressions that begin inside ``span`` (a sentence or any span)."""
        return (
            expression
            for expression in self.expressions
            if span.start_char <= expression.start < span.end_char
        )

    def _dated_by_its_sentence(self, index: int) -> bool:
        """Whether the event's time came from its sentence rather than its own syntax."""
        link = self.time[index]
        return link is not None and link.link is LinkKind.SENTENCE

    def _dated_participle_under(self, token: Token, source: int) -> bool:
        """Whether a past participle under the event is dated by its syntax outside the time
        event ``source`` is linked to ("tried to force the gate at matches played in 2017")."""
        for word in token.subtree:
            if word.dep_ != "acl" or word.tag_ != "VBN" or word.i == token.i:
                continue
            if not _in_its_predicate(word, token):
                continue  # "The machine, installed in 2007, stopped working": the subject's
            found = self.event_of(word)
            link = None if found is None else self.time[found]
            if link is None or link.link is not LinkKind.SYNTAX:
                continue
            if self._names_another_time(self.doc[word.i : word.right_edge.i + 1], source):
                return True
        return False

    def _names_another_time(self, sentence: Any, source: int) -> bool:
        """Whether ``sentence`` (or any span of the document) names a date or time outside the
        time event ``source`` is linked to."""
        link = self.time[source]
        span = None if link is None else interval_of(link.expression, self.dct)
        for expression in self._expressions_in(sentence):
            if expression.type not in (TimexType.DATE, TimexType.TIME):
                continue
            named = interval_of(expression, self.dct)
            if (
                span is None
                or named is None
                or span.start is None
                or span.end is None
                or named.start is None
                or named.end is None
                or not span.start <= named.start < named.end <= span.end
            ):
                return True
        return False

    def _framed_by_a_dated_clause(self, token: Token) -> bool:
        """Whether a clause above the event in its own sentence is dated by its syntax:
        "challenged the tender in December, arguing that the ministry had changed its
        requirements after bids were submitted" places the submitting before December, not on
        the last sentence's day. The walk goes up through complements and adverbial clauses
        only: a conjunct tells the story on ("were ignited on Tuesday, but one stopped and
        the test was aborted"), and a time dating a noun phrase the clause hangs on ("broke
        out at 10:40 p.m. in a hall operated by Nordvel") does not frame it."""
        node = token
        while node.dep_ in _FRAMING_DEPS and node.head.i != node.i:
            node = node.head
            above = self.event_of(node)
            link = None if above is None else self.time[above]
            if link is not None and link.link is LinkKind.SYNTAX:
                return True
        return False

    def _ordered_against_an_event(self, token: Token) -> bool:
        """Whether the event's own sentence puts it before another event: a "before" or
        "until" clause ("seeped for four days before engineers sealed it") or phrase. That
        event places it; the last sentence's time does not. ("after" is left out: with it, the
        SemEval-2015 trial timelines lost 3 exact anchors.)"""
        for child in token.children:
            if child.dep_ == "advcl" and marked_by(child, _ORDERING_WORDS):
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ in _ORDERING_WORDS
                and any(self.event_of(part) is not None for part in child.children)
            ):
                return True
        return False

    # 4a. the headline ------------------------------------------------------------------------
    def headline(self) -> None:
        """A headline's present-tense event is the lead's main event ("Keston shuts main river
        bridge" over "The city closed its main bridge on Wednesday, officials said"): it takes
        the lead's time when the lead's own syntax dates it."""
        lead = self.lead_event()
        for index in self.headline_events():
            # "Long-lost portrait sells for 9.2 million pounds" over "A portrait ... sold for
            # 9.2 million pounds on Friday evening": the lead's event of the same verb, where
            # the parse hides the lead's main event under its attribution
            for found in (self._lead_event_of_lemma(self.events[index].lemma), lead):
                link = None if found is None else self.time[found]
                if (
                    link is not None
                    and link.link is LinkKind.SYNTAX
                    and link.relation is TimeRelation.IS_INCLUDED
                    and not self._long_before_dct(link.expression)
                ):
                    self._anchor(index, link.expression, link.relation, LinkKind.NARRATIVE)
                    break

    def elaborated_lead(self) -> None:
        """A lead's present perfect is dated by the next sentence, which tells it again.

        News gives the fact first and its moment after: "A retired bus driver ... has found a
        hoard of 2,300 Roman coins, archaeologists said on Saturday." then "Colin Ashdown
        picked up a strong signal at about 3:15 p.m. on August 14". The second sentence's
        dated past step (a week or less, not after the DCT's day) is the lead's happening.
        """
        lead = self.lead_event()
        if lead is None or self.time[lead] is not None or self.dct is None:
            return
        event, token = self.events[lead], self.event_tokens[lead]
        if (
            token is None
            or event.tense is not Tense.PRESENT
            or event.aspect is not Aspect.PERFECTIVE
            or event.kind is not EventClass.OCCURRENCE
        ):
            return
        sentences = list(self.doc.sents)
        here = _sentence_index(sentences, token.i)
        if here is None or here + 1 >= len(sentences) or self._tells_its_own_time(token):
            return
        source = self._anchored_in(sentences[here + 1])
        link = None if source is None else self.time[source]
        if (
            source is None
            or link is None
            or self.events[source].tense is not Tense.PAST
            # ("was sweeping a field with his father at about 3:30 p.m. on January 20 when
            # the detector gave a strong signal": the finding's moment, told as a scene)
            or self.events[source].aspect not in {Aspect.NONE, Aspect.PROGRESSIVE}
        ):
            return
        span = interval_of(link.expression, self.dct)
        tomorrow = day_of(self.dct).end
        if span is None or span.end is None or tomorrow is None or span.end > tomorrow:
            return
        self._anchor(lead, link.expression, TimeRelation.IS_INCLUDED, LinkKind.NARRATIVE)

    def _tells_its_own_time(self, lead: Token) -> bool:
        """Whether a lead's verb is timed in its own clause, so that the next sentence may well
        tell of something else: by a time that hangs on it ("have been stuck in ice for more
        than a week"; not one of a noun's, "a car that had not been driven for 60 years"), or by
        a clause ordering it after another happening, which the next sentence then tells ("has
        been reunited with her owner after a farmer found her")."""
        for expression in self._expressions_in(lead.sent):
            span = tokens_of(self.doc, expression.start, expression.end)
            node = None if span is None else span.root
            while node is not None and node.i != lead.i and node.dep_ in _TIME_PATH_DEPS:
                node = node.head
            if node is not None and node.i == lead.i:
                return True
        for child in lead.children:
            if child.dep_ == "prep" and child.lower_ in _ORDERING_MARKS:
                return True
            if child.dep_ == "advcl" and any(
                part.dep_ in {"mark", "advmod", "prep"} and part.lower_ in _ORDERING_MARKS
                for part in child.children
            ):
                return True
        return False

    def _lead_event_of_lemma(self, lemma: str) -> int | None:
        """The first event of the lead's sentences (after the headline) with this lemma."""
        sentences = list(islice(self.doc.sents, 1, 4))
        if not sentences:
            return None
        start, end = sentences[0].start, sentences[-1].end
        for index, event in enumerate(self.events):
            token = self.event_tokens[index]
            if token is not None and start <= token.i < end and event.lemma == lemma:
                return index
        return None

    def _long_before_dct(self, expression: TimeExpression) -> bool:
        """Whether a time lies in a year before the one before the DCT's: the background a
        lead sentence may tell ("painted in 1888"), not the news a headline's present tells."""
        interval = interval_of(expression, self.dct)
        if interval is None or interval.end is None or self.dct is None:
            return False
        return bool(interval.end.year < self.dct.year - 1)

    def lead_event(self) -> int | None:
        """The lead's main event: that of the first sentence after the headline with one (not
        the dateline)."""
        return next(
            (
                found
                for sentence in islice(self.doc.sents, 1, 4)
                if (found := self._main_event(sentence)) is not None
            ),
            None,
        )

    def headline_events(self) -> list[int]:
        """The undated present-tense root events of the headline ("Keston shuts main river
        bridge"), which tell the lead's main event."""
        return [
            index
            for index, event in enumerate(self.events)
            if (token := self.event_tokens[index]) is not None
            and self.time[index] is None
            and token.dep_ == "ROOT"
            and event.tense is Tense.PRESENT
            and in_headline(token)
        ]

    def _main_event(self, sentence: Any) -> int | None:
        """The event a sentence is about: its root, or the clause its root reports."""
        root = sentence.root
        found = self.event_of(root)
        if found is not None and self.events[found].kind is EventClass.REPORTING:
            reported = [child for child in root.children if child.dep_ == "ccomp"]
            found = self.event_of(reported[0]) if reported else None
        return found

    # 4b. the same happening told again ---------------------------------------------------------
    def coreference(self) -> None:
        """A past event told again by the same named agent has the time it was first given.

        "... in March 2019, when Cyclone Idai killed more than 600 people" and later "the
        highlands, where Idai killed more than 300 people": the same verb with the same named
        agent is the same happening (or one of its parts), so the second mention, which has no
        time of its own, takes the first one's.
        """
        for index, event in enumerate(self.events):
            told_again = self._occasion_told_again(index)
            if told_again is not None:
                # "at a short ceremony in the main entrance hall on Friday afternoon ... she
                # said at the ceremony": the occasion named again is the one dated before
                self._anchor(index, told_again.expression, told_again.relation, LinkKind.NARRATIVE)
                continue
            if self.time[index] is not None or event.tense is not Tense.PAST:
                continue
            if event.kind is not EventClass.OCCURRENCE:
                continue  # "Unisys said a month ago ... Unisys said that": two sayings
            names = _agent_names(event)
            if not names:
                continue
            for other in range(index - 1, -1, -1):
                earlier = self.events[other]
                link = self.time[other]
                if (
                    earlier.lemma.lower() == event.lemma.lower()
                    and link is not None
                    and link.relation in (TimeRelation.IS_INCLUDED, TimeRelation.DURING)
                    and names & _agent_names(earlier)
                ):
                    self._anchor(index, link.expression, link.relation, LinkKind.NARRATIVE)
                    break

    def _occasion_told_again(self, index: int) -> TimeLink | None:
        """The time of an occasion (a ceremony, a meeting, a hearing) that ``index`` names
        again with "the" and no time of its own, if the last one of its noun was given a day
        or a part of one."""
        token = self.event_tokens[index]
        if (
            token is None
            or self.time[index] is not None
            or token.pos_ != "NOUN"
            or token.lemma_.lower() not in OCCASION_NOUNS
            or token.tag_ != "NN"
            or not any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)
            # "the final concert", "the next meeting": another one of its kind
            or any(child.dep_ in _NAMING_DEPS for child in token.children)
        ):
            return None
        lemma = token.lemma_.lower()
        for other in range(index - 1, -1, -1):
            earlier = self.event_tokens[other]
            # ("two home matches on Thursday" are not "the match" told before)
            if earlier is None or earlier.lemma_.lower() != lemma or earlier.tag_ != "NN":
                continue
            link = self.time[other]
            span = None if link is None else interval_of(link.expression, self.dct)
            if (
                link is None
                or link.relation is not TimeRelation.IS_INCLUDED
                or span is None
                or span.grain > Grain.DAY
            ):
                return None
            return link
        return None

    def quoted_on(self) -> None:
        """A quotation told just after a dated statement by the same speaker is from it.

        "... director Margaret Osei told reporters during a preview on Monday." and then
        "\u201cThere were moments ...,\u201d Osei said.": the quote is of that occasion, not
        of the DCT's day, which an undated saying would otherwise get.
        """
        sentences = list(self.doc.sents)
        for index, event in enumerate(self.events):
            token = self.event_tokens[index]
            if token is None or self.time[index] is not None:
                continue
            if event.kind is not EventClass.REPORTING or event.tense is not Tense.PAST:
                continue
            here = _sentence_index(sentences, token.i)
            if here is None or here == 0 or not _QUOTE_OPENING.match(sentences[here].text):
                continue
            names = _agent_names(event)
            pronoun = _agent_pronoun(event)
            previous = sentences[max(0, here - 2)].start  # the paragraph's last two sentences
            for other, earlier in enumerate(self.events):
                other_token = self.event_tokens[other]
                link = self.time[other]
                if (
                    other_token is not None
                    and previous <= other_token.i < sentences[here].start
                    and (
                        earlier.kind is EventClass.REPORTING
                        or earlier.lemma.lower() in _SPEECH_ACTS
                    )
                    and link is not None
                    and link.link is LinkKind.SYNTAX
                    # a statement of a day, not "announced his retirement last month": a
                    # quote told after that is of another occasion
                    and of_a_day_or_finer(link.expression, self.dct)
                    and (
                        names & _agent_names(earlier)
                        # "X denied any wrongdoing on Tuesday. "...," he said": the
                        # sentence just before names the speaker
                        or (
                            pronoun
                            and not names
                            and other_token.i >= sentences[here - 1].start
                            and _agent_names(earlier)
                        )
                    )
                ):
                    self._anchor(index, link.expression, link.relation, LinkKind.NARRATIVE)
                    break

    def _anchored_in(self, sentence: Any) -> int | None:
        """An event of ``sentence`` that its own syntax dates to a week or less; not one that
        only describes a participant ("A revised offer submitted on Oct. 28 addressed the
        concerns": the offer's submission is no moment the story goes on from), nor one going
        on through its time ("the current talks"). Failing that, an event its sentence dates
        ("were killed when fans surged through a gate before a match on Saturday evening": the
        time hangs on the match, the killing takes it from the sentence). An event held at a time
        comes before one that begins at the same time ("The fire broke out at 10:40 p.m. on
        Wednesday": the story goes on from the breaking out, not from all the fire's length).
        """
        for in_sentence in (False, True):
            begun = None
            for token in sentence:
                if token.dep_ in {"acl", "relcl"}:
                    continue
                found = self.event_of(token)
                if found is not None and self.events[found].kind is EventClass.REPORTING:
                    continue
                days = self._syntax_days(found, in_sentence=in_sentence)
                link = None if found is None else self.time[found]
                if (
                    days is not None
                    and days <= 7
                    and link is not None
                    and link.relation not in _THROUGH
                ):
                    if begun is None and link.relation is TimeRelation.BEGUN_BY:
                        begun = found
                        continue
                    if begun is not None:
                        began = self.time[begun]
                        assert began is not None
                        if began.expression != link.expression:
                            return begun
                    return found
            if begun is not None:
                return begun
        return None


_TIME_PATH_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "pcomp", "quantmod"})
"""The links a time hangs on a verb by, through its prepositions ("for the first time in 12
years"); any other (a relative clause, a noun's modifier) makes it another happening's time."""
_ORDERING_MARKS = frozenset({"after", "since", "following", "until", "before"})
"""Words that order a clause against another happening or time."""
_QUOTE = re.compile('["“”]')
_STEP_DEPS = frozenset({"ROOT", "ccomp", "conj"})
"""The clause heads an undated step of the story can be: a main verb, one a report frames, or
one joined to it."""
_LASTING_LEMMAS = frozenset({"remain", "stay", "continue", "keep"})
"""Verbs of a state going on, whose day is no step the next sentence follows on from."""
_RECENT_DAYS = 5
"""How many days before the DCT a day still dates the next sentence's undated step: beyond a
few days the story has usually moved on to what followed."""
_REMARK_TOKENS = 8
"""The most tokens (with the full stop) of a remark a narrative reads across."""

_STOP_NOUNS = {"time", "year", "week", "day", "month", "people", "official", "country", "side"}


_OTHER_PART_DEPS = frozenset(
    {"nsubj", "nsubjpass", "advcl", "conj", "ccomp", "relcl", "parataxis", "appos"}
)
"""Links that leave an event's predicate: its subject, or a clause of its own."""


def _in_its_predicate(word: Token, event: Token) -> bool:
    """Whether ``word`` hangs in the predicate of ``event`` ("tried to force the gate at
    matches played in 2017"), not on its subject, in a clause of its own nor in what the event
    is ordered against."""
    node = word
    for _ in range(30):
        if node.i == event.i:
            return True
        if node.dep_ in _OTHER_PART_DEPS or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in ORDERING_PREPOSITIONS:
            return False  # "backed the decision after a review found last month": the review's
        node = node.head
    return False


def _sentence_index(sentences: list[Any], position: int) -> int | None:
    for number, sentence in enumerate(sentences):
        if sentence.start <= position < sentence.end:
            return number
    return None


_THROUGH = frozenset({TimeRelation.INCLUDES, TimeRelation.DURING, TimeRelation.ENDED_BY})
"""Relations by which an event goes on through its time, or up to it: no moment a story goes on
from ("searched the ridge through the night, and the helicopter joined the operation on
Sunday morning. ... the aircraft crashed" is Sunday morning's)."""

_QUOTE_OPENING = re.compile(r"\s*[\"“‘']")
_NAMING_DEPS = frozenset({"amod", "compound", "nummod", "nmod", "poss", "prep", "relcl", "acl"})
"""Words that tell which occasion of a kind a noun is ("the final concert", "the ceremony in
Paris", "the meeting that follows")."""


_ORDERING_WORDS = frozenset({"before", "until"})
"""Signals by which a clause or phrase puts an event before another one."""

_NOT_NAMES = frozenset({"The", "A", "An", "It", "He", "She", "They", "We", "I", "Its", "Their"})


_SPEECH_ACTS = frozenset(
    {"deny", "insist", "admit", "acknowledge", "confirm", "apologise", "apologize", "defend"}
)
"""Verbs of saying that TimeML does not class REPORTING, after which a quote may follow."""


def _agent_pronoun(event: Event) -> bool:
    """Whether the event's agent is a personal pronoun ("he said")."""
    return any(
        participant.role is Role.AGENT
        and participant.text.lower() in {"he", "she", "they", "i", "we"}
        for participant in event.participants
    )


def _agent_names(event: Event) -> set[str]:
    """The capitalized words of an event's agents ("Cyclone", "Idai"): a name, not "it"."""
    return {
        word
        for participant in event.participants
        if participant.role is Role.AGENT
        for word in participant.text.split()
        if word[:1].isupper() and word not in _NOT_NAMES
    }


def _misparsed_main_verb(token: Token) -> bool:
    """Whether a participle is the sentence's past verb the parser took for a reduced
    relative on its subject ("The measure passed by 31 votes to 14": "measure" made the root,
    "passed" a participle on it): the sentence has no verb of its own."""
    head = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and head.dep_ == "ROOT"
        and head.pos_ == "NOUN"
        and head.i < token.i
        and not any(word.pos_ in {"VERB", "AUX"} and word.i < token.i for word in token.sent)
    )


def _ordered_in_its_phrase(token: Token) -> bool:
    """Whether the event's own phrase orders it against something ("resigned the day after
    the vote"): placed by that, not on the day of the sentence before."""
    return any(
        word.lower_ in ORDERING_PREPOSITIONS and word.dep_ in {"prep", "mark"}
        for word in token.subtree
    )


def _opens_with_a_personal_pronoun(sentence: Any) -> bool:
    """Whether the sentence's subject is "he", "she" or "they" at its start: it goes on with
    the person of the sentence before ("The girl slipped under the bar on February 8. She was
    flown to hospital")."""
    first = sentence[0]
    return first.lower_ in {"he", "she", "they"} and first.dep_ in {"nsubj", "nsubjpass"}


def _shared_nouns(sentence: Any, previous: Any) -> bool:
    """Whether two sentences share a common noun: the cheap sign that they tell one story."""

    def nouns(span: Any) -> set[str]:
        return {
            token.lemma_.lower()
            for token in span
            if token.pos_ == "NOUN" and token.lemma_.lower() not in _STOP_NOUNS
        }

    return bool(nouns(sentence) & nouns(previous))


def _names_the_event(sentence: Any, event: Event) -> bool:
    """Whether a noun of ``sentence`` names the dated event of the sentence before ("The
    council voted on Tuesday to ban holiday rentals. The measure passed by 31 votes to 14").
    A noun the sentence orders against ("resigned the day after the vote") is no such sign:
    it tells what came before or after."""
    return any(
        token.pos_ == "NOUN"
        and token.lemma_.lower() == event.lemma.lower()
        and token.head.lower_ not in ORDERING_PREPOSITIONS
        for token in sentence
    )
