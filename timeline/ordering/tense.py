"""Tense and aspect against the DCT: the relation every finite event has to the article date.

Past events ended by the DCT, futures start after it, present states and progressives hold at
it; present perfects ended before it unless a duration or "since" says they still go on.
"""

from __future__ import annotations

from timeline.events.attributes import grammar
from timeline.events.features import is_light_verb_object
from timeline.events.model import Aspect, Event, EventClass, Polarity, Tense
from timeline.ordering.linking import Token, to_infinitive
from timeline.ordering.model import TimeRelation
from timeline.ordering.phases import allowed_by, marked_by
from timeline.temporal.tense import on_headline

__all__ = ["CLAUSE_DEPS", "clause_head", "in_headline", "present_frame", "tense_relation"]

CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "advcl", "relcl", "xcomp", "conj", "csubj", "parataxis", "acl"}
)
"""Dependency labels of clause heads."""
_NOMINAL_HEADS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_DIRECTING_VERBS = frozenset({"order", "want"})
"""Verbs whose object and participle name a state they bring about ("ordered the pass
closed")."""


_OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
"""Modals of obligation and expectation, which put an occurrence ahead."""
_INTENT_VERBS = frozenset(
    {"promise", "pledge", "vow", "plan", "hope", "intend", "aim", "threaten", "want", "expect"}
)
"""Verbs of intention, whose infinitive names what is still to be done."""
_COMMITTING_VERBS = frozenset({"agree", "vote", "decide", "undertake", "commit", "resolve"})
"""Verbs of a decision taken, whose infinitive is still to be done while the decision holds
(present perfect: "has voted to sell its stake"); told in the simple past, the deed may be
done by now ("voted to strike" and struck)."""


def _present_or_present_perfect(verb: Token) -> bool:
    """Whether a verb is a present ("expects", "plan") or a present perfect ("has agreed"),
    and not negated: a state of mind or a decision that holds at the DCT."""
    children = list(verb.children)
    if any(child.dep_ == "neg" for child in children):
        return False
    auxiliaries = [child for child in children if child.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not auxiliaries
    return (
        verb.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].lower_ in {"has", "have", "'s", "'ve"}
    )


def _intent_read_as_noun(token: Token) -> bool:
    """Whether ``token`` is the infinitive of a present verb of intention that the tagger
    read as a plural noun heading the sentence ("The archive plans to scan the reels": "plans"
    NNS, root, "scan" its acl or xcomp). A noun root has no verb to carry the sentence, so the
    plural noun is the verb, and what it plans is still to be done."""
    head = token.head
    return (
        token.dep_ in {"acl", "xcomp"}
        and head.dep_ == "ROOT"
        and head.tag_ == "NNS"
        and head.lemma_.lower() in _INTENT_VERBS
        and to_infinitive(token)
    )


_POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
"""Modals of possibility, which put an occurrence ahead ("may be restored", "could resume")."""


def clause_head(token: Token) -> Token:
    """The verb heading the clause ``token`` is in (itself for a clause head)."""
    current, below = token, None
    for _ in range(30):
        if current.pos_ in {"VERB", "AUX"} or (
            current.dep_ in CLAUSE_DEPS and not _object_joined_with_phrase(current, below)
        ):
            return current
        if current.head.i == current.i:
            return current
        current, below = current.head, current
    return current


def _object_joined_with_phrase(noun: Token, below: Token | None) -> bool:
    """Whether ``noun`` is a second noun of a verb's object that a phrase on the way up hangs
    on ("declared a state of emergency for Corvan and two counties on Wednesday", also when
    the first noun is a preposition's: "a state of emergency for Brennan and two counties on
    Thursday morning"): it heads no clause, the verb above does."""
    return (
        noun.dep_ == "conj"
        and noun.pos_ in _NOMINAL_HEADS
        and noun.head.dep_ in {"dobj", "pobj"}
        and below is not None
        and below.dep_ == "prep"
    )


_TIME_CLAUSE_MARKS = frozenset({"before", "until", "till", "after", "when", "once"})


def _clause_of_time(token: Token | None) -> bool:
    """Whether ``token`` heads an adverbial clause of time ("before he could haul it aboard",
    "until the regulator had approved a new plan")."""
    return token is not None and token.dep_ == "advcl" and marked_by(token, _TIME_CLAUSE_MARKS)


def _clause_of_a_past_step(token: Token | None) -> bool:
    """Whether ``token`` heads a clause of time ("before he could haul it aboard") on a verb
    in the simple past: what "could" does there was done, in the story's past."""
    return token is not None and _clause_of_time(token) and token.head.tag_ == "VBD"


_AHEAD_MODALS = frozenset({"will", "would", "shall", "'ll", "wo", "could", "should", "must"})


def _awaited_perfect(token: Token | None) -> bool:
    """Whether ``token`` heads a perfect clause of time on a verb still to come: "would not
    restart injection until the regulator had approved a new plan", "will examine the workshop
    once engineers have declared the building safe". The perfect is done before that verb,
    but not yet: it is still to come too."""
    if token is None or not _clause_of_time(token):
        return False
    head = token.head
    return grammar(head).tense is Tense.FUTURE or any(
        child.dep_ == "aux" and child.lower_ in _AHEAD_MODALS for child in head.children
    )


def _caused_to_come(token: Token | None) -> bool:
    """Whether ``token`` is the participle of a causative "have" or "get" still to come:
    "will have their shifts cut for six months" (the cutting is what will be had done, not a
    past cut)."""
    return (
        token is not None
        and token.tag_ in {"VBN", "VBD"}
        and token.dep_ in {"ccomp", "xcomp"}
        and token.head.lemma_.lower() in {"have", "get"}
        and any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children)
        and grammar(token.head).tense is Tense.FUTURE
    )


def tense_relation(event: Event, token: Token | None) -> tuple[TimeRelation | None, bool]:
    """The event's relation to the DCT from tense and aspect, and whether it is ongoing.

    The event noun of a light verb ("made arrests") has no tense of its own: the verb's counts,
    and so does the verb's clause ("said she would take a break" is a report's future as much
    as "said she would rest").
    """
    modality = (event.modality or "").lower()
    tense, aspect = event.tense, event.aspect
    if token is not None and event.pos == "NOUN" and is_light_verb_object(token):
        carried = grammar(token.head)
        tense, aspect = carried.tense, carried.aspect
        token = token.head
    if tense is Tense.FUTURE or modality in {"will", "shall", "'ll", "wo"}:
        return TimeRelation.AFTER, False
    if aspect is Aspect.PERFECTIVE and _awaited_perfect(token):
        return TimeRelation.AFTER, False
    if _caused_to_come(token):
        return TimeRelation.AFTER, False
    if (
        modality in _OBLIGATION_MODALS
        and aspect is Aspect.NONE
        and event.kind in (EventClass.OCCURRENCE, EventClass.I_ACTION)
    ):
        # "the council must decide within 60 days", "services should return to normal": an
        # occurrence owed or expected is still to come
        return TimeRelation.AFTER, False
    if (
        tense is Tense.INFINITIVE
        and token is not None
        and token.dep_ == "xcomp"
        and token.head.pos_ in {"VERB", "AUX"}
        and grammar(token.head).tense is Tense.FUTURE
    ):
        # "will have to rely on", "will need to pass": the future of the verb it completes
        return TimeRelation.AFTER, False
    if (
        modality in _POSSIBILITY_MODALS
        and aspect is Aspect.NONE
        and tense is Tense.NONE
        # "final marks could be delayed by up to six weeks": an action too
        and event.kind in (EventClass.OCCURRENCE, EventClass.ASPECTUAL, EventClass.I_ACTION)
        # "rescuers could not reach the village": a past inability, not a possibility ahead
        and not (modality == "could" and event.polarity is Polarity.NEG)
        # "fought it for four hours before he could haul it aboard": a past ability
        and not (modality == "could" and _clause_of_a_past_step(token))
    ):
        # "full service may not be restored for two weeks", "production could resume": a
        # possible occurrence is still to come
        return TimeRelation.AFTER, False
    if (
        modality == "would"
        and aspect is Aspect.NONE
        and token is not None
        and _reported_clause(token)
        and event.kind in (EventClass.OCCURRENCE, EventClass.ASPECTUAL, EventClass.I_ACTION)
        # "warned that the closure would last well into the spring": going on already
        and event.lemma.lower() not in _GOING_ON_VERBS
    ):
        # "promised that the government would pay for the repairs", "said he would challenge
        # the decision": the report's future is still to come when the article tells it
        return TimeRelation.AFTER, False
    if (
        tense is Tense.INFINITIVE
        and aspect is Aspect.NONE
        and token is not None
        and token.dep_ == "xcomp"
        and token.head.lower_ in _LIKELIHOOD_ADJECTIVES
    ):
        # "said repairs were likely to take 10 weeks", "the talks are unlikely to resume": a
        # likelihood weighed at the report is of what is still to come
        return TimeRelation.AFTER, False
    if (
        tense is Tense.INFINITIVE
        and token is not None
        # "expected the total to rise": the parser makes an infinitive with a subject of its
        # own a complement clause
        and (token.dep_ == "xcomp" or (token.dep_ == "ccomp" and to_infinitive(token)))
        and token.head.lemma_.lower() in _INTENT_VERBS
        and token.head.tag_ == "VBD"
        # "was expected to hit on Friday": a plan told in the past may lie on either side
        and not any(child.dep_ in {"aux", "auxpass", "neg"} for child in token.head.children)
    ):
        # "promised to pay 75 euros in compensation", "planned to invest a further 15 million",
        # "expected to return to a full timetable by Monday": what a news report says was just
        # promised, planned or expected is still to be done
        return TimeRelation.AFTER, False
    if (
        tense is Tense.INFINITIVE
        and token is not None
        and token.dep_ in {"xcomp", "ccomp"}
        and token.head.lemma_.lower() in _INTENT_VERBS | _COMMITTING_VERBS
        and _present_or_present_perfect(token.head)
        # "have agreed to continue working together": going on already, not only ahead
        and event.lemma.lower() not in _GOING_ON_VERBS
    ) or (tense is Tense.INFINITIVE and token is not None and _intent_read_as_noun(token)):
        # "has agreed to buy Meridian Tower", "has promised to review the rules", "Staff
        # expect it to bloom again": a commitment or expectation that holds now is of what is
        # still to be done
        return TimeRelation.AFTER, False
    if (
        tense is Tense.INFINITIVE
        and token is not None
        and (having := allowed_by(token)) is not None
        and having.tag_ in {"VBZ", "VBP"}
    ):
        # "The court has 14 days to rule on an appeal": what there is time left for is to come
        return TimeRelation.AFTER, False
    if (
        tense is Tense.PASTPART
        and token is not None
        and token.dep_ == "advcl"
        and {child.lower_ for child in token.children if child.dep_ == "mark"} & {"if", "unless"}
        and token.head.tag_ in {"VBZ", "VBP", "VB"}
    ):
        # "faces up to ten years in prison if convicted": a condition still to be met
        return TimeRelation.AFTER, False
    if (
        token is not None
        and token.tag_ == "VBN"
        and token.dep_ in {"ccomp", "oprd", "xcomp"}
        and token.head.lemma_.lower() in _DIRECTING_VERBS
        and any(child.dep_ == "dobj" and child.i < token.i for child in token.head.children)
    ):
        # "ordered the pass closed to buses for three weeks": the state the order brings
        # about follows it and may last past the DCT, whatever the participle's form
        return None, False
    if tense is Tense.PAST:
        return TimeRelation.BEFORE, False
    if (
        tense is Tense.PASTPART
        and token is not None
        and token.dep_ == "acl"
        and token.tag_ == "VBN"
        and event.kind in (EventClass.OCCURRENCE, EventClass.I_ACTION)
    ):
        # "an audit ordered by the council", "the bridge, built in 1968": a reduced relative
        # clause tells what was done
        return TimeRelation.BEFORE, False
    if tense is Tense.PRESENT:
        if event.kind is EventClass.REPORTING and aspect is Aspect.NONE:
            return TimeRelation.IS_INCLUDED, False
        if (
            aspect is Aspect.NONE
            and not modality
            and event.kind in (EventClass.OCCURRENCE, EventClass.I_ACTION)
            and token is not None
            and in_headline(token)
        ):
            # "Keston shuts main river bridge": a headline tells what just happened in the
            # present tense
            return TimeRelation.BEFORE, False
        if aspect is Aspect.PERFECTIVE:
            return TimeRelation.BEFORE, False
        if modality:
            return None, False
        if (
            aspect is Aspect.NONE
            and event.kind in (EventClass.OCCURRENCE, EventClass.ASPECTUAL)
            and token is not None
            and _condition_ahead(token)
        ):
            return TimeRelation.AFTER, False
        return TimeRelation.INCLUDES, True
    return None, False


_CONDITION_MARKS = frozenset({"if", "unless", "once", "until", "when", "before", "after"})
_AHEAD_MARKS = frozenset({"before", "until", "till", "once"})
_CONDITION_NOUNS = frozenset({"condition", "provided", "providing", "requirement"})
_AHEAD_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "shall", "'ll", "wo"})


_LIKELIHOOD_ADJECTIVES = frozenset({"likely", "unlikely"})
"""Adjectives weighing what an infinitive says will happen ("were likely to take")."""


_GOING_ON_VERBS = frozenset({"last", "continue", "remain", "stay", "persist", "keep"})
"""Verbs of going on, whose "would" extends what already holds rather than starting anew."""


def _reported_clause(token: Token) -> bool:
    """Whether ``token`` heads (or is joined to) a clause reported by a past verb ("said he
    would challenge", "promised that the government would pay", "adding that investigators
    would examine")."""
    clause = token.head if token.dep_ == "conj" else token
    if clause.dep_ != "ccomp":
        return False
    return clause.head.tag_ in {"VBD", "VBG", "VBN"}


def _condition_ahead(token: Token) -> bool:
    """Whether a simple present tells a condition still to be met: "could go ahead on
    condition that the group keeps the departments open", "will strike again if the talks
    fail" (a present in a clause of a future or a modal speaks of what is to come)."""
    verb = clause_head(token)
    if verb.dep_ in {"acl", "ccomp"} and verb.head.lemma_.lower() in _CONDITION_NOUNS:
        return True
    if verb.dep_ != "advcl":
        return False
    marks = {child.lower_ for child in verb.children if child.dep_ in {"mark", "advmod"}}
    if not marks & _CONDITION_MARKS:
        return False
    if marks & _AHEAD_MARKS:
        # "less than two weeks before this year's edition begins", "until the senate elects a
        # rector": what a present waits for is still to come, whatever the main verb's tense
        return True
    governor = verb.head
    for _ in range(3):
        if any(
            child.dep_ == "aux" and child.lower_ in _AHEAD_MODALS for child in governor.children
        ):
            return True
        if governor.dep_ not in {"conj", "xcomp"}:
            return False
        # "would file a complaint and ask parliament to block the figures until an audit is
        # carried out": the modal of the first verb is its conjunct's and their infinitives'
        governor = governor.head
    return False


def present_frame(token: Token) -> bool:
    """Whether the clause of ``token`` is present or present perfect ("has waged ...")."""
    verb = clause_head(token)
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return any(child.lower_ in {"has", "have", "'s", "'ve"} for child in verb.children)


def in_headline(token: Token) -> bool:
    """Whether ``token`` is in the text's first sentence and on a headline line (see
    :func:`timeline.temporal.tense.on_headline`)."""
    return token.sent.start == 0 and on_headline(token.doc.text, token.idx)
