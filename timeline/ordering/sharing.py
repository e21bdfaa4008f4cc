"""Sharing rules: events the parse ties together share one time anchor.

2. sharing: events tied by the parse share an anchor ("Speaking at a news conference on Monday",
   "postponement of talks on Sunday", "launching a counteroffensive in March"), and a definite
   event noun takes up the dated mention of the same happening next to it ("The board voted on
   Monday ... The vote came after ...").

What a verb itself says of the events tied to it (a phase, an occurrence) is in
:mod:`timeline.ordering.phases`; what the story, not the parse, says (the previous sentence,
the headline, a quote) is in :mod:`timeline.ordering.narrative`.
"""

from __future__ import annotations

from collections.abc import Callable

from timeline.events.features import guideline_class
from timeline.events.model import Aspect, EventClass, Tense
from timeline.model import Anchor, TimexType
from timeline.ordering.anchors import SIGNAL_RELATIONS, noun_before_since, topic_of
from timeline.ordering.intervals import interval_of
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
    ABILITY_WORDS,
    BEGINNING_VERBS,
    EFFECT_VERBS,
    ENDING_VERBS,
    IMPLICATIVE_VERBS,
    OCCASION_NOUNS,
    OCCURRING_HEADS,
    STAGING_VERBS,
    launched_phase,
    marked_as_after_comma,
    marked_as_without_comma,
    marked_while,
    object_verb,
    opened_by,
    phase_relation,
    relative_phase,
    secondary_predicate,
    subject_phase,
    takes_place,
)

__all__ = ["SharingRules"]

_OUTCOME_HEADS = frozenset(
    {"collapse", "fail", "succeed", "stall", "founder", "falter", "follow", "cause"}
)
"""Verbs in the past that tell how their subject event went, that it came, or what it did ("a
second attempt on Monday collapsed", "two more falls followed in March", "a storm in July
2017 caused $180 million in damage"): the event's own time."""
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
_BEGINNING_VERBS = frozenset({"begin", "start"})
"""Verbs of a relative clause that begin an occasion ("a ceremony that began at 10 a.m."; as
written, without the "commence" of phases.BEGINNING_VERBS)."""
_DONE_AS = frozenset(
    {"precaution", "protest", "gesture", "warning", "punishment", "reprisal", "retaliation",
     "tribute", "compromise", "concession", "test"}
)  # fmt: skip
"""What a deed is done as ("suspended intake as a precaution early on Thursday")."""
_DOING_OF_ITS_NOUN = frozenset(
    {"take", "make", "reach", "strike", "sign", "give", "hold", "stage", "conduct", "attend"}
)
"""The verbs of a relative clause that do the event its noun names ("a decision it took"); not
those that begin it ("a campaign launched in 2019" is still going on)."""
_SHARING_PREPOSITIONS = {"at", "during", "in", "amid", "on", "throughout"}
_ASPECTUAL_HEADS = {"begin", "start", "continue", "resume", "keep", "stop", "finish"}


_STAGING_RELATIVES = STAGING_VERBS | {"run"}
"""Verbs of a relative clause that stage its noun ("tests she ran", "hearings it held")."""
_EDITION_ADVERBS = frozenset({"first", "last", "originally", "initially"})
"""Adverbs by which a staging clause tells of another edition ("which was first held in 1987")."""
_TOPIC_PREPOSITIONS = frozenset({"of", "about", "over", "against", "for"})
"""Prepositions that name what is told of, not where something is done."""


def _purpose_of(token: Token) -> bool:
    """Whether ``token`` is an activity noun a past verb was done "for" ("closed for deep
    cleaning", "was taken to hospital for treatment"), with no determiner: a purpose carried
    out then, not a thing sought ("applied for a permit", "called for a ceasefire")."""
    verb = token.head.head
    return (
        token.pos_ == "NOUN"
        and verb.tag_ in {"VBD", "VBN"}
        and not any(child.dep_ in {"det", "poss"} for child in token.children)
    )


_SEEKING_VERBS = frozenset({"call", "ask", "appeal", "apply", "press", "push", "plead", "wait"})
"""Verbs whose "for" names a thing sought, to come if at all ("called for talks")."""


_PHASE_OF_AN_OCCASION = frozenset({"begin", "start", "end", "finish"})
"""What a relative clause on the place of an occasion may say the occasion did."""
_TRYING_VERBS = frozenset({"fail", "try", "attempt", "manage", "struggle", "refuse"})
"""Verbs whose infinitive's own day is theirs ("failed to pull it free on Thursday")."""
_RANKING_WORDS = frozenset({"first", "only", "youngest", "oldest", "last", "second", "third"})
"""What makes "become the first woman to swim" a record set by swimming."""


def _first_to_do(verb: Token) -> Token | None:
    """The infinitive a "become the first (or only, youngest ...) one to" names ("became the
    first woman to swim across the Korsund Strait"), if ``verb`` is such a "become"."""
    if verb.lemma_.lower() != "become":
        return None
    for noun in verb.children:
        if noun.dep_ != "attr" or not any(
            child.dep_ == "amod" and child.lower_ in _RANKING_WORDS for child in noun.children
        ):
            continue
        for clause in noun.children:
            if clause.dep_ in {"relcl", "acl"} and to_infinitive(clause):
                return clause
    return None


def _lasting_since(noun: Token) -> bool:
    """Whether a relative clause tells that the noun has gone on since a time ("during a
    heatwave that has gripped the region since late July"): a stretch that holds the verb's
    moment, not one the moment holds."""
    return any(
        clause.dep_ == "relcl"
        and any(child.dep_ == "prep" and child.lower_ == "since" for child in clause.children)
        # (a relative clause's subject is its pronoun: "told staff at a meeting on Monday that
        # revenue had fallen since March" is a report the parser hung on the noun)
        and any(
            child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in {"that", "which", "who"}
            for child in clause.children
        )
        for clause in noun.children
    )


def _participle_told_in_the_past(verb: Token) -> bool:
    """Whether the past participle ``verb`` is told in the past or with no auxiliary ("when
    contacted on Monday", "when he was contacted on Monday")."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    return all(aux.lower_ in {"was", "were"} for aux in auxiliaries)


def _marked_when(clause: Token) -> bool:
    """Whether a clause opens with "when" ("were killed when a train derailed on Tuesday") or
    with an "as" of time and no comma ("weakened as it crossed the mountains later Tuesday";
    ", as" is :func:`marked_as_after_comma`)."""
    return marked_as_without_comma(clause) or opened_by(clause, "when")


def _relative_of_its_object(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause whose object is the noun it hangs on: one with
    a subject of its own and no object ("a decision it took", "a campaign the union
    launched"), not one whose relative pronoun is the subject ("a slide that started")."""
    return (
        clause.dep_ == "relcl"
        and not any(child.dep_ == "dobj" for child in clause.children)
        and any(
            child.dep_ == "nsubj" and child.lower_ not in _RELATIVE_PRONOUNS
            for child in clause.children
        )
    )


def _simple_past(verb: Token) -> bool:
    """Whether ``verb`` is in the simple past, or a past the tagger read as a bare participle
    ("two more falls followed in March")."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and not any(child.dep_ in {"aux", "auxpass"} for child in verb.children)
    )


class SharingRules(LinkState):
    """The sharing rules, over the shared state of a linking pass."""

    # 2. sharing -----------------------------------------------------------------------------
    def share(self) -> None:
        for _ in range(3):
            changed = False
            for index, token in enumerate(self.event_tokens):
                if token is None:
                    continue
                for other in self._partners(token):
                    shared = self._copy(other, index, moment=True)
                    changed |= shared or self._copy(index, other, moment=True)
                verb = object_verb(token)
                governor = self.event_of(verb)
                if (
                    verb is not None
                    and governor is not None
                    and not _since_after(token)
                    # "said on Tuesday, describing the reunion": what is told about is no
                    # happening of the telling's time
                    and verb.lemma_.lower() not in _TELLING_ABOUT_VERBS
                ):
                    if verb.lemma_.lower() in STAGING_VERBS | _UNDERGOING_VERBS:
                        changed |= self._copy_any(governor, index)
                    else:
                        changed |= self._copy(governor, index, phase_relation(verb, token))
                changed |= self._share_since(index, token)
                lasting = self.lasted_by.get(index)
                if lasting is not None:
                    # "a meeting that ran for nearly five hours on Monday evening": the noun
                    # went on when its clause of lasting did
                    changed |= self._copy(lasting, index)
                able = self._ability_of(token)
                if able is not None:
                    # "has been able to run a few lifts since Christmas": run while able
                    changed |= self._copy_any(able, index)
                phase_verb = self._aspectual_above(token)
                if phase_verb is not None:
                    # "began refusing to mark exams on Monday": the parser hangs the day on
                    # the complement, but it is when the refusing began
                    changed |= self._copy(index, phase_verb)
                staged = self._staged_in_its_relative(token)
                if staged is not None:
                    # "in tests she ran over five months last year": held when they were run
                    changed |= self._copy(staged, index)
                launched = self._launched_in_its_relative(token)
                if launched is not None:
                    # "a campaign the union launched in June 2019": it runs on from then
                    changed |= self._copy(launched, index, TimeRelation.BEGUN_BY)
                scene = self._scene_of_where_clause(token)
                if scene is not None:
                    changed |= self._copy(scene, index, moment=True)
                sayer = self._reported_attitude(index, token)
                if sayer is not None:
                    changed |= self._copy(sayer, index)
                medium = self._medium_of(token)
                if medium is not None:
                    changed |= self._copy(index, medium)
                cause = self._effect_verb(index, token)
                if cause is not None:
                    changed |= self._copy(cause, index)
                finding = self._concluded_by(index, token)
                if finding is not None:
                    # "a 10-month investigation cleared him in 2021": it ended with its finding
                    changed |= self._copy(finding, index, TimeRelation.ENDED_BY)
                effect = self._effect_of(index, token)
                if effect is not None:
                    changed |= self._copy(index, effect)
                finding = self._finding_of(index, token)
                if finding is not None:
                    # "An inspection on Thursday found cracks": what a test or inspection
                    # showed, it showed when it was done (and the other way round)
                    changed |= self._copy(finding, index) or self._copy(index, finding)
                work = self._dated_work_of(index, token)
                if work is not None:
                    # "Tests carried out over the weekend confirmed the presence of asbestos":
                    # the finding came out of the work, when it was done
                    changed |= self._copy(work, index)
                told = self._told_before(index, token)
                if told is not None:
                    changed |= self._copy(told, index)
                earlier = self._same_again(index, token)
                if earlier is None:
                    earlier = self._incident_named_again(index, token)
                if earlier is not None:
                    changed |= self._copy_any(earlier, index)
                occasion = self._occasion_it_was_done_at(index, token)
                if occasion is not None:
                    # "voted to cancel the line at a meeting on Monday evening", "was unveiled
                    # at a private viewing on Tuesday evening": done while it was held
                    changed |= self._copy(occasion, index)
                audience = self._audience_of(index, token)
                if audience is not None:
                    # "told the same news conference that ...": said while it was held
                    changed |= self._copy(audience, index)
                planned = self._planned_phase(token)
                if planned is not None:
                    # "Construction is scheduled to begin next month": the subject of a plan
                    # whose infinitive says when it begins (or ends) begins (ends) then
                    changed |= self._copy(planned[0], index, planned[1])
                phase = subject_phase(token)
                told = self.event_of(token.head) if phase is not None else None
                if told is not None and phase is not None:
                    # "the fire broke out on Wednesday": it began then (and may still burn)
                    changed |= self._copy(told, index, phase)
                clauses = list(token.children)
                if token.pos_ == "NOUN" and token.i + 1 < len(self.doc):
                    following = self.doc[token.i + 1]
                    if following.dep_ in {"advcl", "xcomp"} and following.tag_ == "VBG":
                        # "at public hearings starting on Oct. 9", "declared three days of
                        # national mourning starting on Friday": the parser may hang the
                        # participle on the verb, but it tells of the noun before it
                        clauses.append(following)
                if token.pos_ in {"VERB", "AUX"}:
                    clauses.extend(self._stray_phase_participles(token))
                if token.pos_ == "NOUN":
                    clauses.extend(self._relatives_of_its_complement(token))
                for clause in clauses:
                    # "the campaign, which ended on Friday": the noun's own end (or start,
                    # or time) told in a relative clause whose subject it is
                    relation = relative_phase(clause)
                    told = self.event_of(clause) if relation is not None else None
                    if told is None or relation is None:
                        continue
                    link = self.time[told]
                    if link is not None and link.relation is relation is TimeRelation.BEGUN_BY:
                        # "a drought that has gripped the region since last autumn": the
                        # clause's "since" is the noun's own start
                        changed |= self._copy_any(told, index)
                    else:
                        changed |= self._copy(told, index, relation)
            if not changed:
                break
        for index, token in enumerate(self.event_tokens):
            if token is not None:
                self._continued_until(index, token)
        for index, token in enumerate(self.event_tokens):
            later = self._told_again(index, token)
            if later is not None:
                self._copy_any(later, index)

    def _dated_complement(self, verb: Token) -> int | None:
        """The event of a participle complement of ``verb`` that its own phrase dates
        ("reopened bidding on April 3", "began removing the two remaining blades on Wednesday
        afternoon"), if any."""
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        trying = verb.lemma_.lower() in _TRYING_VERBS
        for child in verb.children:
            # ("tugboats failed to pull it free on Thursday morning": the trying was the doing)
            infinitive = trying and child.dep_ == "xcomp" and child.tag_ == "VB"
            if (child.dep_ not in {"dobj", "xcomp"} or child.tag_ != "VBG") and not infinitive:
                continue
            found = self.event_of(child)
            link = self.time[found] if found is not None else None
            end = child.right_edge.idx + len(child.right_edge.text)
            if (
                link is not None
                and link.link is LinkKind.SYNTAX
                and child.idx < link.expression.start < end
            ):
                return found
        return None

    def _relatives_of_its_complement(self, noun: Token) -> list[Token]:
        """Relative clauses the parser hung on a noun that is no event inside the event noun's
        own phrase: "a two-day session of the provincial cabinet that began on Wednesday"
        (the session began, not the cabinet)."""
        found = []
        for preposition in noun.children:
            place = preposition.lower_ in {"in", "at"}
            if preposition.dep_ != "prep" or (
                preposition.lower_ not in {"of", "with", "by"} and not place
            ):
                continue
            for complement in preposition.children:
                if complement.dep_ != "pobj" or self.event_of(complement) is not None:
                    continue
                found += [
                    child
                    for child in complement.children
                    if child.dep_ == "relcl"
                    # "a ceremony in the village church that began at 11 a.m.": a place does
                    # not begin or end (though a building opens and closes)
                    and (not place or child.lemma_.lower() in _PHASE_OF_AN_OCCASION)
                ]
        return found

    def _ability_of(self, token: Token) -> int | None:
        """The past or present "able" whose infinitive ``token`` is, dated from or within a
        time: what one has been able to do was done then."""
        able = self.event_of(token.head) if token.dep_ == "xcomp" else None
        if able is None or token.head.lemma_.lower() not in ABILITY_WORDS:
            return None
        link = self.time[able]
        if self.events[able].tense not in (Tense.PRESENT, Tense.PAST) or link is None:
            return None
        return able if link.relation in (TimeRelation.BEGUN_BY, TimeRelation.IS_INCLUDED) else None

    def _aspectual_above(self, token: Token) -> int | None:
        """The event of the aspectual verb ("began", "stopped", "resumed") heading the chain of
        complements ``token`` ends, if any: "began refusing to mark"."""
        node = token
        for _ in range(3):
            if node.dep_ != "xcomp" or node.head.i == node.i:
                return None
            node = node.head
            if node.lemma_.lower() in _ASPECTUAL_HEADS and node.pos_ == "VERB":
                return self.event_of(node)
        return None

    def _stray_phase_participles(self, verb: Token) -> list[Token]:
        """The "starting <date>" participles that the parser hung on a plain noun of the verb's
        object or prepositional phrase: in "will ration tap water to households starting next
        Monday" the rationing, not the households, starts on Monday."""
        nouns = [child for child in verb.children if child.dep_ == "dobj"]
        nouns += [
            grandchild
            for child in verb.children
            if child.dep_ == "prep"
            for grandchild in child.children
            if grandchild.dep_ == "pobj"
        ]
        return [
            participle
            for noun in nouns
            if self.event_of(noun) is None
            for participle in noun.children
            if participle.dep_ == "acl"
            and participle.tag_ == "VBG"
            and participle.lemma_.lower() in BEGINNING_VERBS | ENDING_VERBS
        ]

    def _told_again(self, index: int, token: Token | None) -> int | None:
        """The later mention that dates an undated event noun: "capping a 10-month
        investigation ... The investigation began in December" (a bare "the" noun of the same
        lemma, the subject of its sentence, within the next few sentences)."""
        if token is None or token.pos_ != "NOUN" or self.time[index] is not None:
            return None
        position = self._nearest_mention(index, token, 1)
        if position is None:
            return None  # the nearest later mention decides
        candidate = self.doc[position]
        found = self.event_at[position]
        link = self.time[found]
        if (
            candidate.pos_ == "NOUN"
            and candidate.dep_ == "nsubj"
            and _bare_the(candidate)
            and link is not None
            and link.link is LinkKind.SYNTAX
        ):
            return found
        return None

    def _same_again(self, index: int, token: Token) -> int | None:
        """The earlier dated mention that "the same" event noun names again: "said at a news
        conference on Monday ... told the same news conference" (the nearest earlier event of
        the same lemma, within a few sentences)."""
        if token.pos_ != "NOUN" or self.time[index] is not None:
            return None
        if not any(child.lower_ == "same" for child in token.children) and not (
            # "said in a statement on Tuesday ... In the statement, the chief executive said":
            # a bare "the" statement is the one told of just before
            _bare_the(token) and token.lemma_.lower() in _STATEMENTS
        ):
            return None
        position = self._nearest_mention(index, token, -1)
        if position is None:
            return None
        found = self.event_at[position]
        link = self.time[found]
        return found if link is not None and link.link is LinkKind.SYNTAX else None

    def _incident_named_again(self, index: int, token: Token) -> int | None:
        """The dated incident that "the accident" (a bare "the" incident noun) takes up again:
        "The breach on March 14, 2022, sprayed glass across the floor. Dervaux died in hospital
        three days after the accident" (the nearest earlier incident its own sentence dates to
        a day, within a few sentences)."""
        if token.pos_ != "NOUN" or self.time[index] is not None or not _bare_the(token):
            return None
        if self.events[index].lemma.lower() not in INCIDENT_NOUNS:
            return None

        def dated_incident(found: int) -> bool:
            link = self.time[found]
            lemma = self.events[found].lemma.lower()
            return (
                found != index
                and link is not None
                and link.link is LinkKind.SYNTAX
                and link.relation is TimeRelation.IS_INCLUDED
                # (a clock time spans no whole day: "derailed at 6:45 p.m.")
                and self._dated_to_a_day(found)
                and (lemma in INCIDENT_NOUNS or lemma in _INCIDENT_VERBS)
            )

        position = self._nearest_event(token, -1, dated_incident, _INCIDENT_REACH)
        return None if position is None else self.event_at[position]

    def _nearest_mention(self, index: int, token: Token, step: int) -> int | None:
        """The token position of the nearest event with the lemma of event ``index``, after
        (``step`` 1) or before (-1) ``token``, within :data:`_TOLD_AGAIN_REACH` sentences: a
        noun named again is the same event only near its first mention."""
        lemma = self.events[index].lemma.lower()
        return self._nearest_event(
            token, step, lambda found: self.events[found].lemma.lower() == lemma
        )

    def _nearest_event(
        self,
        token: Token,
        step: int,
        wanted: Callable[[int], bool],
        reach: int | None = None,
    ) -> int | None:
        """The token position of the nearest event that is ``wanted``, after (``step`` 1) or
        before (-1) ``token``, within ``reach`` sentences (:data:`_TOLD_AGAIN_REACH` if not
        given)."""
        reach = _TOLD_AGAIN_REACH if reach is None else reach
        sentences = 0
        position: int = token.i + step
        while 0 <= position < len(self.doc):
            candidate = self.doc[position]
            if step > 0 and candidate.is_sent_start:
                sentences += 1  # the candidate opens the next sentence
                if sentences > reach:
                    return None
            found = self.event_at.get(position)
            if found is not None and wanted(found):
                return position
            if step < 0 and candidate.is_sent_start:
                sentences += 1  # the next candidate closes the previous sentence
                if sentences > reach:
                    return None
            position += step
        return None

    def _occasion_it_was_done_at(self, index: int, token: Token) -> int | None:
        """The dated occasion a past verb was done at ("voted 31 to 17 to cancel the line at a
        meeting that ran on Monday evening", "was unveiled to donors at a private viewing on
        Tuesday evening"), when its own sentence dates the occasion to a day or less."""
        if token.pos_ != "VERB" or self.events[index].tense not in (Tense.PAST, Tense.PASTPART):
            return None
        # (the parser may hang the place on the infinitive the vote was on, "voted to cancel
        # the line at a meeting", or on the verb's last participant, "unveiled to scientists
        # and donors at a private viewing")
        heads = [token, *(child for child in token.children if child.dep_ == "xcomp")]
        heads += [
            noun
            for child in token.children
            if child.dep_ in {"prep", "dative"} and child.lower_ != "at"
            for noun in child.children
            if noun.dep_ == "pobj"
        ]
        for child in (child for head in heads for child in head.children):
            if child.dep_ != "prep" or child.lower_ != "at":
                continue
            for noun in child.children:
                found = self.event_of(noun)
                if (
                    noun.dep_ == "pobj"
                    and noun.lemma_.lower() in _OCCASIONS_DONE_AT
                    and found is not None
                    and found != index
                    and self._dated_to_a_day(found)
                ):
                    return found
        return None

    def _audience_of(self, index: int, token: Token) -> int | None:
        """The gathering a reporting verb told things to ("told a news conference", "told the
        hearing"): the telling happened while it was held."""
        if self.events[index].kind is not EventClass.REPORTING:
            return None
        for child in token.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in _GATHERINGS:
                return self.event_of(child)
            if child.dep_ == "prep" and child.lower_ == "in":
                # "In the statement, the chief executive said": said in it, when it was made
                for noun in child.children:
                    if noun.dep_ == "pobj" and noun.lemma_.lower() in _STATEMENTS:
                        return self.event_of(noun)
        return None

    def _planned_phase(self, token: Token) -> tuple[int, TimeRelation] | None:
        """The infinitive of beginning or ending a plan's subject event noun is the subject
        of, and how the noun relates to its time ("Construction is scheduled to begin next
        month", "Repairs are expected to start in April")."""
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ != "NOUN":
            return None
        for child in token.head.children:
            lemma = child.lemma_.lower()
            if child.dep_ != "xcomp" or (
                lemma not in BEGINNING_VERBS and lemma not in ENDING_VERBS
            ):
                continue
            if any(grandchild.dep_ == "dobj" for grandchild in child.children):
                return None  # "the team is expected to begin talks": the talks begin
            found = self.event_of(child)
            if found is not None:
                return found, phase_relation(child)
        return None

    def _continued_until(self, index: int, token: Token) -> None:
        """An event noun said to go on until a time ends then: "the heatwave, which began
        last Thursday, would continue until at least Sunday" (a second end, after its start,
        when it has one)."""
        if token.dep_ != "nsubj" or token.pos_ != "NOUN":
            return
        if token.head.lemma_.lower() not in _CONTINUING_VERBS:
            return
        verb = self.event_of(token.head)
        link = None if verb is None else self.time[verb]
        if link is None or link.relation is not TimeRelation.ENDED_BY:
            return
        own = self.time[index]
        if own is None:
            self.time[index] = link
        elif own.relation is TimeRelation.BEGUN_BY and self.until[index] is None:
            self.until[index] = link

    def _told_before(self, index: int, token: Token) -> int | None:
        """The dated verb a definite event noun of the same lemma takes up: "The board voted
        on Monday night to remove her. ... The vote came after a closed-door session" (the
        vote is the voting, told again; "the blast occurred at 11:40 p.m. ... the day before
        the blast"). Only a bare "the" noun that is an active subject or what an "after" or
        "before" counts from: "the ban was backdated and runs until 2021" is the state the
        banning began."""
        if token.pos_ != "NOUN" or self.time[index] is not None:
            return None
        if token.dep_ != "nsubj" and not (
            token.dep_ == "pobj" and token.head.lower_ in ORDERING_PREPOSITIONS
        ):
            return None
        # a bare "the vote" ("his arrest" after "before"): "the blog report", "the new ban"
        # may well be other ones
        counted_from = token.dep_ == "pobj"
        children = list(token.children)
        possessive_alone = len(children) == 1 and children[0].lower_ in _POSSESSIVES
        if not _bare_the(token) and not (counted_from and possessive_alone):
            return None
        lemma = self.events[index].lemma.lower()
        first = token.sent.start
        # its own sentence and the two before it (four for what "before" counts from)
        for _ in range(4 if counted_from else 2):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        for position in range(token.i - 1, first - 1, -1):
            found = self.event_at.get(position)
            if found is None or not _same_word(self.events[found].lemma.lower(), lemma):
                continue
            if self.doc[position].pos_ == "NOUN" and self.time[found] is None:
                return None  # "the vote" already named, undated: the nearer mention
            if self.doc[position].pos_ in {"VERB", "NOUN"} and self._dated_to_a_day(
                found, in_sentence=True
            ):
                return found
        return None

    def _medium_of(self, token: Token) -> int | None:
        """The verb that was done in the published thing this participle dates: "apologised
        in a video posted on Monday night", "submitted his resignation in a letter delivered
        on Tuesday morning" (the apology is the video's posting time)."""
        if token.dep_ != "acl" or token.lemma_.lower() not in _PUBLISHING_VERBS:
            return None
        thing = token.head
        preposition = thing.head
        if thing.dep_ != "pobj" or preposition.lower_ not in {"in", "through", "via"}:
            return None
        return self.event_of(preposition.head)

    def _reported_attitude(self, index: int, token: Token) -> int | None:
        """The dated reporting verb whose complement this past attitude is: "diplomats said on
        Friday they hoped the round would yield an accord" hoped then, as they said it."""
        event = self.events[index]
        attitude = event.kind in (EventClass.I_STATE, EventClass.STATE)
        if token.dep_ != "ccomp" or not (attitude or guideline_class(event.lemma) == "I_STATE"):
            return None
        if event.tense is not Tense.PAST or event.aspect is not Aspect.NONE:
            return None
        sayer = self.event_of(token.head)
        if sayer is None or self.events[sayer].kind is not EventClass.REPORTING:
            return None
        link = self.time[sayer]
        return sayer if link is not None and link.link is LinkKind.SYNTAX else None

    def _effect_verb(self, index: int, token: Token) -> int | None:
        """The dated past verb of harm or disruption whose subject this event noun is ("in
        March, a leak injured three workers", "a walkout closed most schools in 2009", "an
        explosion that killed two people on Sunday"): the
        event happened when it did that. Verbs of finding or saying are left out: "the
        investigation revealed new evidence on Sunday" had gone on long before."""
        if token.pos_ != "NOUN":
            return None
        if token.dep_ == "nsubj":
            effect = token.head
        else:
            # "an explosion that killed two people on Sunday night": the relative clause's
            # subject is the noun, and it did something to someone ("a ballot that closed on
            # Thursday" only ended then)
            effect = next((child for child in token.children if _relative_effect(child)), None)
            if effect is None:
                return None
        verb = self._other_past_event(effect, index)
        lemma = effect.lemma_.lower()
        # ("a protest outside the bank drew several hundred people last Saturday"; not "the
        # protest followed a ruling on Monday": what is followed may hold the date)
        # (but "the calf's arrival drew thousands of visitors on Tuesday" came before them)
        occasion = (
            token.dep_ == "nsubj"
            and lemma in _OCCASION_VERBS
            and lemma != "follow"
            and token.lemma_.lower() in OCCASION_NOUNS
        )
        if verb is None or (lemma not in EFFECT_VERBS and not occasion):
            return None
        return verb if self._syntax_days(verb) is not None else None

    def _concluded_by(self, index: int, token: Token) -> int | None:
        """The dated past verb of finding that concludes this measured inquiry noun ("a
        10-month investigation cleared him of wrongdoing in 2021", "a six-month review found
        weaknesses last year"): an inquiry of stated length ends with what it found. Without
        a length, "the investigation revealed new evidence on Sunday" may be one step of many.
        """
        if token.pos_ != "NOUN" or token.dep_ != "nsubj" or self.modifier_length(index) is None:
            return None
        if token.head.lemma_.lower() not in _FINDING_VERBS:
            return None
        verb = self._other_past_event(token.head, index)
        return verb if verb is not None and self._syntax_days(verb) is not None else None

    def _effect_of(self, index: int, token: Token) -> int | None:
        """The undated past verb of harm or disruption whose subject is this event noun, dated
        by a time of its own ("a walkout on Jan. 18 closed about 200 schools", "a strike on
        Monday disrupted flights", "a defeat on Tuesday ended their hopes"): the harm was done
        when the event happened. So is what an occasion did while it was held ("Saturday's
        parade drew around 600 people", "Last year's edition drew a record crowd"). The
        converse of :meth:`_effect_verb`."""
        if token.pos_ != "NOUN" or token.dep_ != "nsubj":
            return None
        verb_token = token.head
        ends_something = verb_token.lemma_.lower() == "end" and (
            any(child.dep_ == "dobj" for child in verb_token.children)
            or any(child.dep_ == "poss" and _calendar_word(child) for child in token.children)
        )  # "a defeat on Tuesday ended the country's hopes", "Saturday's concert ended with a
        # new piece" (not "the strike ended": a strike dated by its start ends later)
        lemma = verb_token.lemma_.lower()
        if lemma not in EFFECT_VERBS and lemma not in _OCCASION_VERBS and not ends_something:
            return None
        if self._syntax_days(index) is None:
            return None
        return self._other_past_event(verb_token, index)

    def _finding_of(self, index: int, token: Token) -> int | None:
        """The past verb of finding whose subject is this test or inspection noun ("tests
        showed no danger", "an inspection found cracks"), if any."""
        if token.pos_ != "NOUN" or token.dep_ != "nsubj":
            return None
        if token.lemma_.lower() not in _SEARCH_NOUNS:
            return None
        verb = self.event_of(token.head)
        if verb is None or token.head.lemma_.lower() not in _FINDING_VERBS:
            return None
        return verb if self.events[verb].tense is Tense.PAST else None

    def _dated_work_of(self, index: int, token: Token) -> int | None:
        """The participle, dated by its own sentence to a week or less, that tells when the
        subject of this past verb of finding was carried out ("Tests carried out over the
        weekend confirmed ...", "Scans taken on Monday showed ...")."""
        if token.lemma_.lower() not in _FINDING_VERBS or self.events[index].tense is not Tense.PAST:
            return None
        for work in self._subject_clauses(token, "acl"):
            days = self._syntax_days(work)
            if days is not None and days <= 7:
                return work
        return None

    def _other_past_event(self, token: Token, index: int) -> int | None:
        """The past-tense event of ``token``, if it is one and not event ``index`` itself."""
        verb = self.event_of(token)
        if verb is None or verb == index or self.events[verb].tense is not Tense.PAST:
            return None
        return verb

    def _share_since(self, index: int, token: Token) -> bool:
        """Conjoined verbs under one perfect share its "since": "has been installing sirens
        and raising embankments since 2020" (the parser hangs the phrase on the second)."""
        head = self.event_of(token.head)
        # "have closed or stopped printing since 2019": the tagger may take the second
        # participle for a simple past
        misread = (
            token.tag_ == "VBD"
            and token.head.tag_ == "VBN"
            # (but "has guided runners since 2019 and said she plans to return": a verb of
            # saying joined to a perfect is a telling of its own, not a second participle)
            and self.events[index].kind is not EventClass.REPORTING
        )
        if token.dep_ != "conj" or head is None or (token.tag_ != token.head.tag_ and not misread):
            return False
        if any(child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for child in token.children):
            return False
        if self.events[head].aspect not in PERFECT_ASPECTS:
            return False
        for source, target in ((index, head), (head, index)):
            link = self.time[source]
            if (
                link is not None
                and link.relation is TimeRelation.BEGUN_BY
                and self.time[target] is None
            ):
                self.time[target] = link
                return True
        return False

    def _staged_in_its_relative(self, token: Token) -> int | None:
        """The event of a relative clause that stages the event noun ``token`` as its object
        ("tests she ran over five months last year", "the hearings it held in March"). Not
        one that tells when a recurring event was first or last staged ("the race, which was
        first held in 1987"): that is an earlier edition, not the one the noun names."""
        if token.pos_ != "NOUN":
            return None
        for clause in token.children:
            if (
                clause.dep_ == "relcl"
                and clause.lemma_.lower() in _STAGING_RELATIVES
                and not any(child.dep_ == "dobj" for child in clause.children)
                and not any(
                    child.dep_ == "advmod" and child.lower_ in _EDITION_ADVERBS
                    for child in clause.children
                )
            ):
                return self.event_of(clause)
        return None

    def _clauses_doing_it(self, noun: Token) -> list[int]:
        """The events of the clauses on ``noun`` that do the event it names, at its time: a
        relative clause or passive participle of doing ("reversing a decision it took in March
        2023", "The decision, taken at a board meeting on Sunday night"), and a relative
        clause that began an occasion at a time of day ("a ceremony that began at 10 a.m.",
        that day's; but "a slide that started on Sept. 10" goes on)."""
        found = []
        for clause in noun.children:
            event = self.event_of(clause)
            if event is None:
                continue
            lemma = clause.lemma_.lower()
            doing = lemma in _DOING_OF_ITS_NOUN and (
                # (its own subject, the noun its object: not "a slide that started")
                _relative_of_its_object(clause) or (clause.dep_ == "acl" and clause.tag_ == "VBN")
            )
            begun_at_a_time_of_day = (
                clause.dep_ == "relcl"
                and lemma in _BEGINNING_VERBS
                and self._syntax_days(event) == 0  # (a time of day spans no whole day)
            )
            if doing or begun_at_a_time_of_day:
                found.append(event)
        return found

    def _launched_in_its_relative(self, token: Token) -> int | None:
        """The event of a relative clause that opens the effort or inquiry ``token`` as its
        object ("a campaign the union launched in June 2019", "the inquiry it opened last
        April"): the noun began then (see :func:`launched_phase`)."""
        if token.pos_ != "NOUN":
            return None
        for clause in token.children:
            if (
                _relative_of_its_object(clause)
                and launched_phase(clause, token) is TimeRelation.BEGUN_BY
            ):
                return self.event_of(clause)
        return None

    def _scene_of_where_clause(self, token: Token) -> int | None:
        """The verb whose scene a "where" clause in the simple past tells of: "had last seen
        her at about 4 p.m. on March 24 at a campsite in the hills, where she ran off" (the
        place may be named in a phrase or two below the verb). What happened there then takes
        the verb's time; the verb does not take the clause's ("was taken to hospital, where he
        remained in intensive care on Monday")."""
        if not (token.dep_ == "relcl" and token.tag_ == "VBD" and opened_by(token, "where")):
            return None
        place = token.head
        for _ in range(3):
            if place.dep_ != "pobj" or place.head.dep_ != "prep":
                return None
            if place.head.lower_ in _TOPIC_PREPOSITIONS:
                # "warned on Friday of flash flooding in the highlands, where the cyclone
                # killed 300 people": a place told of, no scene anyone was at
                return None
            place = place.head.head
            if place.pos_ in {"VERB", "AUX"}:
                return self.event_of(place)
        return None

    def _subject_clauses(
        self, token: Token, dep: str, lemmas: frozenset[str] | None = None
    ) -> list[int]:
        """The events of the clauses (``dep``, one of ``lemmas`` if given) on ``token``'s
        subject."""
        return [
            found
            for subject in token.children
            if subject.dep_ == "nsubj"
            for clause in subject.children
            if clause.dep_ == dep
            and (lemmas is None or clause.lemma_.lower() in lemmas)
            and (found := self.event_of(clause)) is not None
        ]

    def _partners(self, token: Token) -> list[int]:
        """Events the parse ties to ``token``'s event closely enough to share its time."""
        found: list[int] = []
        head = token.head
        # "a parliamentary hearing on the outage next month": the topic of a noun happened
        # at a time of its own
        if (
            token.dep_ == "pobj"
            and topic_of(token) is None
            and not _lasting_since(token)
            and (
                head.lower_ in _SHARING_PREPOSITIONS | {"of"}
                # "closed voluntarily for deep cleaning on Tuesday": closed for it, then
                or (
                    head.lower_ == "for"
                    and _purpose_of(token)
                    # "called for talks on night shifts": a thing sought is to come, if at
                    # all; only a time of its own ("appealed for help on Sunday", hung on the
                    # noun) is the seeking's
                    and (
                        head.head.lemma_.lower() not in _SEEKING_VERBS
                        or self._dated_to_a_month(self.event_of(token))
                    )
                )
                or (head.lower_ == "by" and head.dep_ == "prep")
                # "was last hit by serious flooding in June 2005": what did it did it then
                or head.dep_ == "agent"
            )
        ):
            # "discuss the issue by video conference on Thursday": the means; "followed by a
            # statement in November": what follows is the following
            governor = self.event_of(head.head)
            if governor is None and head.lower_ == "of" and head.head.lower_ == "out":
                # "walked out of Wednesday's debate": left it while it went on
                governor = self.event_of(head.head.head)
            if governor is not None:
                found.append(governor)
            thing = head.head
            if (
                head.lower_ in _SHARING_PREPOSITIONS
                and governor is None
                and thing.dep_ == "dobj"
                and thing.pos_ == "NOUN"
            ):
                # "won the most seats in an election on Sunday": the scene of the verb, which
                # the parser hung on its object
                scene = self.event_of(thing.head)
                if scene is not None:
                    found.append(scene)
        if token.dep_ == "acl" and token.tag_ == "VBG" and head.dep_ == "dobj":
            # "had issued a severe wind warning for the region on Saturday morning": the parser
            # may make the object noun a participle on the word before it; what the object
            # does, it does when the verb is done
            governor = self.event_of(head.head)
            if governor is not None:
                found.append(governor)
        if token.lemma_.lower() in ENDING_VERBS | BEGINNING_VERBS:
            # "The previous round, held in Bergen last week, ended without agreement": what
            # was held then began or ended within that holding
            found += self._subject_clauses(token, "acl", STAGING_VERBS)
        first_to = _first_to_do(token)
        if first_to is not None:
            # "became the first woman to swim across the strait on Friday": becoming the
            # first to do it is doing it
            governor = self.event_of(first_to)
            if governor is not None:
                found.append(governor)
        gathering = _gathering_for(token)
        if gathering is not None and not self._has_own_time(token):
            # "will meet again on April 17 to discuss transport", "will travel to the capital
            # next week to meet the minister": what a gathering is for is done at it
            governor = self.event_of(gathering)
            if governor is not None:
                found.append(governor)
        meeting = _meeting_for(token)
        if meeting is not None:
            # "will meet in London on Monday for a new round of talks": the talks are the
            # meeting
            governor = self.event_of(meeting)
            if governor is not None:
                found.append(governor)
        if (
            token.dep_ == "dobj"
            and head.lemma_.lower() in LIGHT_VERBS
            # "opened an investigation in April": the opening began it (see object_verb)
            and launched_phase(head, token) is None
        ):
            governor = self.event_of(head)
            if governor is not None:
                found.append(governor)
        if (
            token.dep_ == "pobj"
            and token.lemma_.lower() in _DONE_AS
            and head.lower_ == "as"
            and head.dep_ == "prep"
            and head.head.pos_ == "VERB"
            and (governor := self.event_of(head.head)) is not None
        ):
            # "suspended intake as a precaution early on Thursday": what the verb was done
            # as is the doing itself
            found.append(governor)
        if token.pos_ == "NOUN":
            found += self._clauses_doing_it(token)
        if token.lemma_.lower() in _FINDING_VERBS and token.tag_ == "VBD":
            # "Engineers who inspected the site on Tuesday found deep cracks": what an
            # inspection's subject found, it found while inspecting
            found += self._subject_clauses(token, "relcl", _SEARCHING_VERBS)
        if (
            token.dep_ == "pcomp"
            and token.tag_ == "VBG"
            and head.lower_ == "with"
            and head.dep_ == "prep"
            and any(child.dep_ == "nsubj" for child in token.children)
        ):
            # "approved the bill on Thursday, with the opposition walking out before the vote":
            # the circumstance took place on the verb's day (not at its hour)
            governor = self.event_of(head.head)
            days = self._syntax_days(governor, in_sentence=True)
            if governor is not None and days is not None and days >= 1:
                found.append(governor)
        if (
            token.dep_ == "pcomp"
            and token.tag_ == "VBG"
            and head.lower_ == "by"
            and head.dep_ == "prep"
        ):
            # the means: "unveiled the device by walking onto the stage"
            governor = self.event_of(head.head)
            if governor is not None:
                found.append(governor)
        concluding = (
            token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and token.lemma_.lower() in _CONCLUDING_PARTICIPLES
            and token.i > 0
            and self.doc[token.i - 1].text == ","
        )
        # "fell 4.2 percent on Wednesday, having risen 1.1 percent the day before": a perfect
        # participle tells what came before, at a time of its own
        perfect = any(child.dep_ == "aux" and child.lower_ == "having" for child in token.children)
        participle = token.tag_ in {"VBG", "VBN"} and not concluding and not perfect
        if token.dep_ == "advcl" and participle:
            # a marker comes before the clause ("after meeting"); "killing seven people,
            # according to officials" has a prepositional phrase, not a marker
            marked = any(
                child.dep_ in {"mark", "prep"} and child.i < token.i for child in token.children
            )
            # "While introducing the phone on Monday, Jobs joked": at the same time, whatever
            # else the clause says
            simultaneous = marked_while(token)
            governor = self.event_of(head)
            # "Asked on Friday evening for the secret of a long life, Pelleter said": the
            # answer was given when the question was asked
            answered = (
                token.lemma_.lower() in _ASKING_VERBS
                and token.tag_ == "VBN"
                and token.i < head.i
                and governor is not None
                and self.events[governor].kind is EventClass.REPORTING
            )
            if governor is not None and (
                simultaneous or answered or (not marked and not self._has_own_time(token))
            ):
                found.append(governor)
        if (
            token.dep_ == "conj"
            and token.tag_ == "VBG"
            and head.tag_ in {"VBD", "VBN"}
            and token.i > 0
            and self.doc[token.i - 1].text == ","
            and not any(child.dep_ in {"nsubj", "nsubjpass", "aux"} for child in token.children)
            and not self._has_own_time(token)
        ):
            # "A freak wave swept over the promenade on Wednesday evening, knocking walkers
            # off their feet": a participle after a comma, which the parser joined to the past
            # verb as a conjunct, tells what the verb did then
            governor = self.event_of(head)
            if governor is not None:
                found.append(governor)
        if concluding:
            # "was recaptured on Thursday morning, ending a two-day search": the result clause
            # is its verb's; when the parse hangs it on an undated verb ("sentenced the former
            # police chief ... for accepting bribes, ending a trial that lasted 14 months"), the
            # sentence's main past verb's
            governor = self.event_of(head)
            if governor is None or self.time[governor] is None:
                governor = self.event_of(token.sent.root)
                if governor is not None and self.events[governor].tense is not Tense.PAST:
                    governor = None
            if governor is not None:
                found.append(governor)
        if (
            token.dep_ == "advcl"
            and token.tag_ == "VBD"
            and head.tag_ == "VBD"
            and (marked_while(token) or marked_as_after_comma(token))
        ):
            # "Norrland shares fell on Monday, while Vastkust shares dropped 18%", "ordered an
            # inquiry on Monday, as divers resumed the search": two past events told as one
            # moment
            governor = self.event_of(head)
            if governor is not None:
                found.append(governor)
        if (
            token.dep_ == "advcl"
            and token.tag_ in {"VBZ", "VBP"}
            and head.tag_ == "VB"
            and _marked_when(token)
            and self._has_own_time(token)
        ):
            # "would announce job cuts when it reports results on April 10", "is expected to
            # weaken as it moves east on Thursday": what is to happen when a dated step of
            # the future does happens at its time
            governor = self.event_of(head)
            if governor is not None:
                found.append(governor)
        passive_when = (
            token.tag_ == "VBN" and _participle_told_in_the_past(token) and opened_by(token, "when")
        )
        if token.dep_ == "advcl" and (
            passive_when or (token.tag_ == "VBD" and _marked_when(token))
        ):
            # "Two people were killed and 43 injured when a train derailed on Tuesday": what
            # happened when a past event did happened at its time (both verbs of a pair; and
            # "declined to comment when contacted on Monday": the verb the infinitive is of)
            climbed = {"conj", "xcomp"} if passive_when else {"conj"}
            for verb in (head, head.head) if head.dep_ in climbed else (head,):
                governor = self.event_of(verb)
                if (
                    governor is not None
                    and self.events[governor].tense is Tense.PAST
                    # "detected the intrusion at 3:40 a.m. on Saturday, when engineers noticed
                    # ..., the chief executive told reporters": the parser hangs the clause on
                    # the attribution after it, which was not told then
                    and not (
                        self.events[governor].kind is EventClass.REPORTING and verb.i > token.i
                    )
                ):
                    found.append(governor)
        if token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "NOUN":
            # "Funerals are expected to take place later this month": the subject of a plan
            # whose infinitive says it takes place
            for child in head.children:
                if child.dep_ == "xcomp" and (
                    child.lemma_.lower() in OCCURRING_HEADS
                    or (child.lemma_.lower() == "take" and takes_place(child))
                ):
                    planned = self.event_of(child)
                    if planned is not None:
                        found.append(planned)
        if (
            token.dep_ == "nsubj"
            and token.pos_ == "NOUN"
            and subject_phase(token) is None
            and (
                head.lemma_.lower() in OCCURRING_HEADS
                or (head.lemma_.lower() == "take" and takes_place(head))
                # "The storm lasted about 20 minutes": its lasting is the storm
                or head.lemma_.lower() == "last"
                # "a second attempt on Monday collapsed": its outcome is the attempt's end
                or (head.lemma_.lower() in _OUTCOME_HEADS and _simple_past(head))
            )
        ):
            # "the attack occurred on Monday", "clashes erupted on Sunday", "talks took place"
            governor = self.event_of(head)
            if governor is not None:
                found.append(governor)
        dated_complement = self._dated_complement(token)
        if dated_complement is not None:
            # "reopened bidding on April 3", "began removing the blades on Wednesday
            # afternoon": the parser hangs the time on the complement, whose doing is the
            # verb's
            found.append(dated_complement)
        conjoined = self.event_of(head) if token.dep_ == "conj" else None
        if (
            conjoined is not None
            and dated_complement is None
            and token.tag_ == "VBD"
            # "unions learned of the bonuses last week ... and demanded": a past verb the
            # tagger took for a bare participle is still the simple past
            and (head.tag_ == "VBD" or self.events[conjoined].tense is Tense.PAST)
            and not any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children)
            # "set off at 10 p.m. on Friday and reached the summit after about eight hours":
            # the second step came a stretch after the first, not at its moment (but "first
            # attempted the crossing in July 2019 but was pulled from the water after five
            # hours" is still that month)
            and not (self._after_a_while(token) and self._dated_to_a_day(conjoined))
            # "The fire broke out at 11 p.m. Tuesday as ..., the prefecture said in a
            # statement": a trailing attribution the parser joins to the story's verb is a
            # report, not a second step of the story
            and self._same_kind_of_telling(conjoined, token)
            and (self._dated_to_a_month(conjoined) or self._dated_after_it(token))
        ):
            # "police said on Wednesday they had identified a van, and appealed for
            # witnesses": one subject, one day; "killed two people and destroyed five homes on
            # Sunday night": a date closing the pair is the first verb's too
            found.append(conjoined)
        elif (
            conjoined is not None
            and token.tag_ == "VBD"
            and self.events[conjoined].kind is EventClass.REPORTING
            and self._dated_to_a_day(conjoined)
            and _pronoun_subject(token)
        ):
            # "Tests found no dangerous levels, the agency said on Wednesday, but it advised
            # residents not to eat vegetables": the reporter, named again by a pronoun, did
            # both that day
            found.append(conjoined)
        elif (
            conjoined is not None
            and token.tag_ == "VBG"
            and head.tag_ == "VBG"
            and head.dep_ in {"advcl", "conj"}
            and not any(child.dep_ in {"nsubj", "nsubjpass", "aux"} for child in token.children)
        ):
            # "tore through the valley on Sunday night, washing away a section of track and
            # cutting off two villages": the participles of one clause tell one moment
            found.append(conjoined)
        elif (
            conjoined is not None
            and token.tag_ == "VBN"
            and head.tag_ == "VBN"
            and any(child.dep_ == "auxpass" for child in head.children)
            and not any(
                child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for child in token.children
            )
            # "was closed immediately after the accident and reopened in December": the
            # first is placed by its own signal
            and not _has_own_signal(head)
        ):
            # "before the palace was burned and looted during the 1891 expedition": one
            # auxiliary, one subject, one time
            found.append(conjoined)
        elif (
            (first := _first_of_pair(token)) is not None
            and (joined := self.event_of(first)) is not None
            and self._joined_step_of_a_recent_day(joined, first, token)
        ):
            # "A ferry ran aground early Thursday, and all passengers were brought ashore":
            # a second past clause joined by "and", with a subject of its own and no time,
            # tells the next step of the same day's story
            found.append(joined)
        reporter = _reporter_of_misjoined(token)
        if reporter is not None:
            # 'said on Wednesday that the government would present a new offer and urged
            # officers to return': a simple past cannot share "would"; the parser joined it to
            # the reported verb, but it is the reporter's second verb, done that day
            governor = self.event_of(reporter)
            if governor is not None and self.events[governor].tense is Tense.PAST:
                found.append(governor)
        if secondary_predicate(token) and (
            # ("Staff who arrived the next morning found shelves toppled": a finding's object
            # clause shares only a time of its own, not one the story gave it)
            head.lemma_.lower() != "find" or token.dep_ != "ccomp" or self._has_own_time(token)
        ):
            # "was found burned out in a field on Monday morning", "flagged as poorly
            # maintained in October 2014": a predicate about the object holds when the verb
            # happens
            governor = self.event_of(head)
            if governor is not None:
                found.append(governor)
        if token.dep_ == "xcomp" and head.lemma_.lower() in _ASPECTUAL_HEADS | IMPLICATIVE_VERBS:
            governor = self.event_of(head)
            if governor is not None:
                found.append(governor)
        return found

    def _after_a_while(self, token: Token) -> bool:
        """Whether "after" a stretch hangs on ``token`` ("reached the summit after
        about eight hours")."""
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ != "after":
                continue
            for part in child.subtree:
                found = self.expression_at(part)
                if found is not None and found[1].type is TimexType.DURATION:
                    return True
        return False

    def _has_own_time(self, token: Token) -> bool:
        """Whether a preposition of time hangs on ``token`` with a time expression or an
        event of its own ("reaching the coast on Friday", "after the meeting"); "beating them
        2-1 after extra time in a final" has none."""
        for child in token.children:
            if (
                child.dep_ != "prep"
                or child.lower_ not in SIGNAL_RELATIONS
                or child.lower_ == "for"
                or (child.lower_ == "since" and noun_before_since(child) is not None)
            ):
                continue
            for part in child.subtree:
                # ("to be dug up in 2123": a number a year may be, found as a time or not)
                if self.expression_at(part) is not None or (
                    part.head.i == child.i and part.like_num
                ):
                    return True
                if (
                    part.head.i == child.i
                    and self.event_of(part) is not None
                    # ("accusing her of charging taxpayers": what is accused, not a time)
                    and child.lower_ != "of"
                ):
                    return True
        return False

    def _joined_step_of_a_recent_day(self, conjoined: int, first: Token, token: Token) -> bool:
        """Whether ``token`` heads a past clause with a subject of its own, joined by "and" to
        the clause ``first`` of event ``conjoined`` (see :func:`_first_of_pair`), which its own
        syntax dates to a day at most :data:`_RECENT_DAYS` before the DCT's, and tells no time
        nor order of its own."""
        here = self.event_of(token)
        if here is None or self.dct is None or first.tag_ != "VBD":
            return False
        past = token.tag_ == "VBD" or (
            token.tag_ == "VBN"
            and any(
                child.dep_ == "auxpass" and child.lower_ in {"was", "were"}
                for child in token.children
            )
        )
        named_subject = any(
            child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON"
            for child in token.children
        )
        joined_by_and = any(
            child.dep_ == "cc" and child.lower_ == "and" and child.i < token.i
            for child in first.children
        )
        ordered = any(
            child.dep_ in {"mark", "advmod"} and child.lower_ in _ORDERING_WORDS
            for child in token.children
        )
        # "and organisers re-weighed the entries on Monday morning": a time of its own
        timed = any(
            token.idx <= expression.start < token.sent.end_char
            and expression.type in (TimexType.DATE, TimexType.TIME)
            for expression in self.expressions
        )
        reports = EventClass.REPORTING
        if (
            not (past and named_subject and joined_by_and)
            or ordered
            or timed
            or self.events[here].kind is reports
            or self.events[conjoined].kind is reports
            or not self._dated_to_a_day(conjoined)
        ):
            return False
        link = self.time[conjoined]
        span = None if link is None else interval_of(link.expression, self.dct)
        if span is None or span.start is None:
            return False
        days: int = (self.dct - span.start).days
        return 0 <= days <= _RECENT_DAYS

    def _same_kind_of_telling(self, other: int, token: Token) -> bool:
        """Whether ``token``'s event, conjoined after event ``other``, is not a report joined
        to a step of the story (a trailing attribution the parser made a conjunct)."""
        here = self.event_of(token)
        if here is None:
            return False
        reports = EventClass.REPORTING
        if self.events[here].kind is not reports or self.events[other].kind is reports:
            return True
        # "apologised on Saturday and said flights would not resume": one subject's two steps;
        # a conjunct with no "and" is the attribution the parser joined to the story
        # ("entered the network on May 14 and stayed there ..., the vice-chancellor told a
        # news conference": the "and" is the second step's, not the attribution's)
        siblings = [child for child in token.head.children if child.i < token.i]
        return any(child.dep_ == "cc" for child in token.children) or any(
            child.dep_ == "cc"
            and not any(other.dep_ == "conj" and child.i < other.i for other in siblings)
            for child in siblings
        )

    def _copy(
        self,
        source: int,
        target: int,
        relation: TimeRelation = TimeRelation.IS_INCLUDED,
        *,
        moment: bool = False,
    ) -> bool:
        """Give ``target`` the time of ``source`` in ``relation``, if it has none yet.

        ``moment``: the two are told as one happening (a verb and its result clause, two
        verbs joined), so a moment one happened near is the other's too; an object of a verb
        ("announced the closure shortly before Christmas") is no such partner.
        """
        link = self.time[source]
        if link is None or self.time[target] is not None:
            return False
        # only inclusion carries over: "after March" for one event says little of its neighbour;
        # "shortly before 5 a.m." does, a moment the neighbour shares ("gave way shortly before
        # 5 a.m., sending a wall of water down the flight")
        near = moment and link.near and relation is TimeRelation.IS_INCLUDED
        # "a contest that began shortly after 7 p.m.": a phase verb's moment is the noun's start
        # (or end), near enough to the time named to date that end by it
        phase_near = link.near and relation in (TimeRelation.BEGUN_BY, TimeRelation.ENDED_BY)
        if (
            link.relation not in (TimeRelation.IS_INCLUDED, TimeRelation.DURING)
            and not near
            and not phase_near
        ):
            return False
        if relation is TimeRelation.IS_INCLUDED and self.outlasts(target, link.expression):
            return False
        if self._against_tense(target, link.expression, relation):
            # "allegations that he steered contracts to a company, setting up a trial next
            # month": a past verb cannot share a time to come (the parser hung the
            # participle on the wrong verb)
            return False
        event = self.events[target]
        if (
            relation is TimeRelation.IS_INCLUDED
            and event.tense is Tense.PRESENT
            and event.aspect in PERFECT_ASPECTS
        ):
            # "protests have been held every evening, drawing crowds last Saturday": a present
            # perfect reaches up to now, no single day a neighbour names holds it
            return False
        # a shared moment keeps its own relation to the time ("shortly before 5 a.m.")
        self.time[target] = (
            link if near else TimeLink(link.expression, relation, link.link, link.certainty)
        )
        return True

    def _copy_any(self, source: int, target: int) -> bool:
        """Copy the source's link whatever its relation: the target is the same happening."""
        link = self.time[source]
        if link is None or self.time[target] is not None:
            return False
        if self._against_tense(target, link.expression, link.relation):
            return False
        self.time[target] = link
        return True

    def _dated_after_it(self, token: Token) -> bool:
        """Whether ``token``'s event is dated to a day by a time its own sentence names after it."""
        index = self.event_of(token)
        link = None if index is None else self.time[index]
        if (
            index is None
            or link is None
            or not self._dated_to_a_day(index)
            or self.events[index].kind is EventClass.REPORTING  # "suspended it and said on
            or link.expression.start < token.idx  # Thursday": the saying's day alone
            or link.expression.anchor is Anchor.PREVIOUS  # "two days later" is its verb's
            or not any(child.lower_ == "and" for child in token.head.children)
        ):
            return False
        span = tokens_of(self.doc, link.expression.start, link.expression.end)
        if span is None:
            return False
        # the date hangs on the verb itself, not on a clause of its own ("pulled survivors,
        # while a vessel recovered bodies on Saturday")
        node = span.root
        while node.i != token.i:
            if node.dep_ not in {"pobj", "prep", "npadvmod", "compound"} or node.head is node:
                return False
            node = node.head
        return True


_REPORTED_MODALS = frozenset({"would", "will", "could", "might", "should", "'d"})


def _reporter_of_misjoined(token: Token) -> Token | None:
    """The verb of saying whose complement's modal verb a subjectless simple past was joined
    to ("said that the government would present an offer and urged officers to return"), if
    the parse did that; else ``None``."""
    head = token.head
    if (
        token.dep_ != "conj"
        or token.tag_ != "VBD"
        # "that ships should be inspected more often, and called for the port to be closed"
        or head.tag_ not in {"VB", "VBN"}
        or head.dep_ != "ccomp"
    ):
        return None
    if not _pronoun_subject(token) and any(
        # ("..., but he offered to extend a discount": the reporter again, by a pronoun)
        child.dep_ in {"nsubj", "nsubjpass"}
        for child in token.children
    ):
        return None
    if not any(child.dep_ == "aux" and child.lower_ in _REPORTED_MODALS for child in head.children):
        return None
    return head.head if head.head.tag_ == "VBD" else None


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})


def _pronoun_subject(verb: Token) -> bool:
    """Whether the verb's subject is a personal pronoun, which names again someone told of."""
    return any(
        child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in _SUBJECT_PRONOUNS
        for child in verb.children
    )


def _same_word(earlier: str, later: str) -> bool:
    """Whether a later bare noun names again what an earlier lemma did: the same lemma, or
    the head of a compound ("the storm" after "a hailstorm", "the attack" after "a
    cyberattack", "the slide" after "a landslide")."""
    return earlier == later or (len(later) >= 4 and earlier.endswith(later))


def _since_after(noun: Token) -> bool:
    """Whether a "since" follows the noun's phrase ("a drop in orders since the government cut
    subsidies"): the noun goes on from then, not at the time of the verb it is the object of."""
    following = noun.right_edge.i + 1
    if noun.pos_ != "NOUN" or following >= len(noun.doc):
        return False
    since = noun.doc[following]
    measured = noun_before_since(since, noun.head) if since.lower_ == "since" else None
    return measured is not None and measured.i == noun.i


_ORDERING_WORDS = frozenset(
    {"later", "then", "afterwards", "since", "when", "after", "before", "until", "once"}
)
_RECENT_DAYS = 3
"""How many days before the DCT's a dated clause may lie for an undated clause joined to it
by "and" to be read as a step of the same day (a story's latest steps are told in the lead)."""


_TELLING_ABOUT_VERBS = frozenset(
    {"describe", "recall", "recount", "remember", "explain", "detail", "outline", "praise",
     "criticise", "criticize", "condemn", "defend", "blame", "mourn", "regret", "relive"}
)  # fmt: skip
"""Verbs whose object is what they tell about, a happening of its own time."""


def _first_of_pair(token: Token) -> Token | None:
    """The clause ``token``'s clause is joined to by "and": its head if a conjunct, or, when
    the parser made both clauses objects of a trailing "officials said", the one before."""
    if token.dep_ == "conj":
        return token.head
    if token.dep_ != "ccomp":
        return None
    before = [
        child
        for child in token.head.children
        if child.dep_ == "ccomp" and child.i < token.i and child.tag_ == "VBD"
    ]
    return before[-1] if before else None


def _has_own_signal(token: Token) -> bool:
    """Whether a preposition of time hangs on ``token``: "reaching the coast on Friday". A
    "for" measures a length, no place in time ("disrupting train services for a day")."""
    return any(
        child.dep_ == "prep"
        and child.lower_ in SIGNAL_RELATIONS
        and child.lower_ != "for"
        # "blaming a drop in orders since August": the drop's "since", not the blaming's
        and not (child.lower_ == "since" and noun_before_since(child) is not None)
        for child in token.children
    )


_PUBLISHING_VERBS = frozenset(
    {"post", "issue", "deliver", "publish", "release", "broadcast", "air", "send",
     "circulate", "distribute", "upload", "file", "submit", "read", "televise", "stream"}
)  # fmt: skip
"""Participles that date a statement, letter or video ("a video posted on Monday night")."""

_FINDING_VERBS = frozenset(
    {"find", "clear", "conclude", "link", "show", "reveal", "recommend", "uncover",
     "determine", "blame", "identify", "confirm", "establish", "exonerate"}
)  # fmt: skip
"""Verbs of what an inquiry found, which end an inquiry of stated length."""
_CONCLUDING_PARTICIPLES = frozenset({"end", "cap", "conclude", "close", "complete"})
"""Participles of a result clause that closes something ("..., ending a 14-month trial")."""
_SEARCH_NOUNS = frozenset(
    {"test", "inspection", "check", "scan", "search", "audit", "survey", "examination",
     "analysis", "sample", "screening"}
)  # fmt: skip
"""Nouns of looking into something, done when what they found was found."""
_SEARCHING_VERBS = frozenset(
    {"inspect", "examine", "search", "check", "test", "survey", "investigate", "analyse",
     "analyze", "review", "audit", "screen", "scan"}
)  # fmt: skip
"""Verbs of looking into something, during which what was found was found."""
_STATEMENTS = frozenset({"statement", "memo", "letter", "interview"})
"""Nouns of a report made once, which a bare "the" names again."""
_OCCASIONS_DONE_AT = OCCASION_NOUNS | {"viewing", "screening", "event", "presentation"}
"""Occasions something is done at ("unveiled at a private viewing on Tuesday evening")."""
_GATHERINGS = frozenset(
    {"conference", "briefing", "meeting", "hearing", "session", "rally", "summit", "forum",
     "parliament", "assembly", "congress", "court", "tribunal", "inquiry", "committee"}
)  # fmt: skip
"""Gatherings one tells things to ("told a news conference", "told the court")."""
INCIDENT_NOUNS = frozenset(
    {"accident", "incident", "crash", "collision", "attack", "fire", "blaze", "explosion",
     "blast", "disaster", "derailment", "sinking", "spill", "leak", "collapse", "breach",
     "shooting", "stabbing", "rockfall", "landslide", "avalanche", "flood", "earthquake",
     "fall", "outage", "blackout", "storm", "tragedy"}
)  # fmt: skip
"""Nouns that take up the story's incident again ("the accident", "the crash", "the blast")."""
_INCIDENT_VERBS = frozenset(
    {"crash", "collide", "explode", "burst", "collapse", "derail", "sink", "leak", "spill",
     "attack", "erupt", "shoot", "stab", "fall", "flood", "capsize", "hit", "strike"}
)  # fmt: skip
"""Verbs that tell an incident, which a later "the accident" takes up."""
_TOLD_AGAIN_REACH = 6
"""How many sentences on a later mention may still name the same happening."""
_INCIDENT_REACH = 12
"""How many sentences on "the accident" still takes up the story's incident: a news story
tells of one incident, and quotes and background may come between its telling and "what
caused the accident"."""
_OCCASION_VERBS = frozenset({"draw", "attract", "bring", "come", "follow", "feature", "see"})
"""What an occasion does while it is held ("Saturday's parade drew 600 people", "Monday's storm
also brought down trees", "Friday's slide came down on another stretch"); not what is done to
it beforehand ("Saturday's match was postponed" is passive, never this rule's)."""
_CALENDAR_POSSESSORS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
     "today", "night", "week", "weekend", "month", "year"}
)  # fmt: skip
"""Possessors that name a day or a calendar unit ("Saturday's", "last year's")."""


def _calendar_word(possessor: Token) -> bool:
    """Whether this possessor names a day or a calendar unit ("Saturday's", "last year's")."""
    return (
        possessor.lemma_.lower() in _CALENDAR_POSSESSORS or possessor.lower_ in _CALENDAR_POSSESSORS
    )


_CONTINUING_VERBS = frozenset({"continue", "last", "persist", "run", "remain"})
_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def _bare_the(token: Token) -> bool:
    """Whether a noun's only dependent is "the" ("the vote"): a mention that takes up one told
    before or after it, unlike "the blog report" or "an investigation by the regulator"."""
    return [(child.dep_, child.lower_) for child in token.children] == [("det", "the")]


def _relative_effect(token: Token) -> bool:
    """Whether ``token`` heads a relative clause whose subject is the relative pronoun and that
    has an object: "(an explosion) that killed two people"."""
    if token.dep_ != "relcl":
        return False
    deps = {child.dep_: child.lower_ for child in token.children}
    return deps.get("nsubj") in {"that", "which"} and "dobj" in deps


_UNDERGOING_VERBS = frozenset({"face", "suffer", "endure", "experience", "undergo"})
"""Verbs whose object event is what befell their subject, over the verb's own time: "has faced
criticism since 2019" (the criticism began in 2019)."""
_ASKING_VERBS = frozenset({"ask", "question", "press", "quiz"})
"""Verbs of asking, whose fronted participle times the answer ("Asked on Friday, she said")."""
_MEETING_VERBS = frozenset({"meet", "gather", "convene", "assemble", "arrive", "reconvene"})
"""Verbs of coming together whose "for" names the event they come together for."""
_PARTS_OF_A_SERIES = frozenset({"round", "session", "series", "day", "night", "week"})


_GATHERING_VERBS = _MEETING_VERBS | {"hold", "travel", "fly", "visit", "summon", "call"}
"""Verbs of coming (or calling others) together, whose infinitive of purpose is done there."""


def _gathering_for(token: Token) -> Token | None:
    """The verb of gathering or travel whose infinitive of purpose ``token`` is ("meet on
    Monday to discuss", "hold an emergency meeting to review"), if any."""
    if token.dep_ != "advcl" or token.tag_ != "VB" or not to_infinitive(token):
        return None
    verb = token.head
    return verb if verb.lemma_.lower() in _GATHERING_VERBS else None


def _meeting_for(token: Token) -> Token | None:
    """The verb of meeting whose purpose ``token`` names ("met for talks", "will meet for a
    new round of talks"), if any."""
    if token.dep_ != "pobj":
        return None
    preposition = token.head
    if preposition.lower_ == "of" and preposition.head.lemma_.lower() in _PARTS_OF_A_SERIES:
        part = preposition.head
        if part.dep_ != "pobj":
            return None
        preposition = part.head
    if preposition.lower_ != "for" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    return verb if verb.lemma_.lower() in _MEETING_VERBS else None
