"""How a verb places the events tied to it in its time: phases, occurrence, predicates.

Pure predicates over spaCy tokens, asked by the sharing rules (:mod:`timeline.ordering.sharing`):
an ending or beginning verb picks out one end of the event it governs ("ending a trial on
Friday", "the fire broke out on Wednesday"), a verb of occurrence places its subject ("the
attack occurred on Monday"), a predicate said of an object holds when its verb happens ("found
burned out on Monday").
"""

from __future__ import annotations

from collections.abc import Collection

from timeline.model import Grain, TimeExpression
from timeline.ordering.linking import Token, to_infinitive
from timeline.ordering.model import TimeRelation

__all__ = [
    "ABILITY_WORDS",
    "BEGINNING_VERBS",
    "EFFECT_VERBS",
    "ENDING_VERBS",
    "IMPLICATIVE_VERBS",
    "OCCASION_NOUNS",
    "OCCURRING_HEADS",
    "STAGING_VERBS",
    "allowed_by",
    "marked_as_after_comma",
    "marked_as_without_comma",
    "marked_by",
    "marked_while",
    "measure_of",
    "measured_by",
    "object_verb",
    "opened_by",
    "phase_relation",
    "relative_phase",
    "secondary_predicate",
    "subject_phase",
    "takes_place",
]

OCCURRING_HEADS = frozenset(
    {"occur", "happen", "erupt", "unfold", "break", "strike", "hit", "explode", "come"}
)
"""Verbs that say their subject event took place ("the attack occurred on Monday", "the vote
came after a closed-door session")."""
ABILITY_WORDS = frozenset({"able", "unable"})
"""Adjectives whose infinitive is done while they hold ("has been able to run a few lifts")."""
IMPLICATIVE_VERBS = frozenset({"force", "compel", "oblige", "manage"})
"""Verbs whose infinitive happened when they did ("forced the city to close the bridge")."""
OCCASION_NOUNS = frozenset(
    {"ceremony", "meeting", "hearing", "conference", "briefing", "session", "service",
     "funeral", "concert", "match", "game", "final", "race", "debate", "vote", "rally",
     "parade", "festival", "celebration", "reception", "launch", "auction", "show",
     "party", "dinner", "lunch", "gala", "reunion", "wedding", "vigil", "march", "protest"}
)  # fmt: skip
"""Event nouns of an occasion: what "the ceremony" names again, and what is held while it
draws a crowd ("a protest outside the bank drew several hundred people last Saturday")."""

EFFECT_VERBS = frozenset(
    {
        "kill", "injure", "wound", "destroy", "damage", "force", "close", "shut", "cut",
        "strand", "halt", "disrupt", "flood", "cause", "trigger", "spark", "prompt", "topple",
        "level", "sink", "ground", "delay", "knock", "interrupt", "paralyse", "paralyze",
        "cripple", "leave", "block", "stop", "bury", "push", "drive", "send", "sweep", "wash",
        "flatten", "rock", "shake", "engulf", "batter", "lash", "swamp", "submerge", "smash",
        "tear", "rip", "uproot", "wreck", "crush", "hit", "strike", "burn", "swallow",
        "overturn", "derail", "inundate", "scatter",
    }
)  # fmt: skip
"""Verbs of harm or disruption: their subject event happened when they did ("in March, a leak
injured three workers")."""
STAGING_VERBS = frozenset({"hold", "stage", "conduct", "carry", "mount"})
"""Verbs whose object event is their own happening ("held talks", "staged a protest"): the
object takes the verb's time whatever the relation ("held talks shortly before Christmas")."""
ENDING_VERBS = frozenset({"end", "finish", "conclude", "complete", "wrap"})
BEGINNING_VERBS = frozenset({"begin", "start", "commence"})
_ONGOING_EFFORTS = frozenset({"campaign", "programme", "program", "scheme", "drive", "initiative"})
"""Efforts that run on after they are launched (a counteroffensive is an attack, told as one
happening, as the seed article reads it; an appeal or a petition is launched as one call)."""
_LAUNCHING_VERBS = frozenset({"launch", "open", "initiate"})
"""Verbs whose past participle on an event noun dates its start ("an inquiry launched in
January")."""


_DECLARING_VERBS = frozenset({"declare", "impose", "proclaim", "introduce"})
_DECLARED_STATES = frozenset(
    {"emergency", "curfew", "lockdown", "ceasefire", "truce", "moratorium", "embargo", "blockade"}
)
"""States a declaration puts in force, to last past the day it is declared."""

INQUIRY_NOUNS = frozenset(
    {"investigation", "inquiry", "enquiry", "probe", "review", "audit", "consultation"}
)
"""Nouns of inquiries, which go on for weeks or months after they are opened."""


def launched_phase(verb: Token, thing: Token) -> TimeRelation | None:
    """``BEGUN_BY`` if ``verb`` opens the inquiry ``thing`` ("opened an investigation last
    April": the inquiry went on after), else ``None``. Other things launched stay inside the
    launching's time ("launched a counteroffensive in March", as the seed article reads it).
    """
    lemma, noun = verb.lemma_.lower(), thing.lemma_.lower()
    if lemma in _LAUNCHING_VERBS and noun in INQUIRY_NOUNS | _ONGOING_EFFORTS:
        # (and "launched a campaign offering free caps last month": it runs on from then)
        return TimeRelation.BEGUN_BY
    if lemma in _DECLARING_VERBS and noun in _DECLARED_STATES:
        # "declared a heat emergency on Monday", "imposed a curfew on Friday": in force from then
        return TimeRelation.BEGUN_BY
    return None


def phase_relation(verb: Token, thing: Token | None = None) -> TimeRelation:
    """How the object event ``thing`` of a dated verb relates to the verb's time.

    Mostly it lies inside it ("reported a loss on Friday"), but a verb that picks out a phase
    says which end: "ending a four-month trial on Friday" ends it then, "began talks on Monday"
    begins them, and so does opening an inquiry (:func:`launched_phase`).
    """
    lemma = verb.lemma_.lower()
    if lemma in ENDING_VERBS:
        return TimeRelation.ENDED_BY
    if lemma in BEGINNING_VERBS:
        return TimeRelation.BEGUN_BY
    launched = None if thing is None else launched_phase(verb, thing)
    return TimeRelation.IS_INCLUDED if launched is None else launched


_INCEPTION_VERBS = frozenset({"erupt", "begin", "start", "commence", "resume"})
_INCEPTION_PARTICLES = {"break": "out", "flare": "up", "kick": "off"}


def subject_phase(token: Token) -> TimeRelation | None:
    """The relation of an event noun to the time of the intransitive verb it is the subject of,
    when that verb says it began or ended ("the fire broke out on Wednesday", "clashes erupted
    on Sunday", "the strike ended on Friday"); ``None`` for any other verb."""
    verb = token.head
    if token.dep_ != "nsubj" or token.pos_ != "NOUN" or verb.i == token.i:
        return None
    if verb.lemma_.lower() == "take" and any(
        child.dep_ == "dobj" and child.lemma_.lower() == "effect" for child in verb.children
    ):
        return TimeRelation.BEGUN_BY  # "the suspension took effect on Friday": it began then
    if any(child.dep_ in ("dobj", "xcomp", "ccomp") for child in verb.children):
        return None  # "the talks began a new round", "fighting started to spread"
    lemma = verb.lemma_.lower()
    particle = _INCEPTION_PARTICLES.get(lemma)
    if lemma in _INCEPTION_VERBS or (
        particle is not None
        and any(child.dep_ == "prt" and child.lower_ == particle for child in verb.children)
    ):
        return TimeRelation.BEGUN_BY
    if lemma in ENDING_VERBS:
        return TimeRelation.ENDED_BY
    return None


_GOING_ON_AUXILIARIES = frozenset({"has", "have", "is", "are", "will"})


def begun_and_going_on(token: Token, expression: TimeExpression) -> bool:
    """Whether an event noun that "began" at ``expression`` still goes on at the DCT.

    News tells the start of what is still going on: "The conflict began in 2009 ... and has
    since killed 12,000 people", "Deliveries began in March and are due to be completed in
    2021", "The dispute began in August". A verb joined to the beginning in the present or a
    perfect says so; one in the past tells a finished incident ("The blaze broke out on
    Saturday night, and firefighters took nine hours to control it"); otherwise a start told
    by its month or year with "began" or "started" is read as still going on.
    """
    if subject_phase(token) is not TimeRelation.BEGUN_BY:
        return False
    verb = token.head
    joined = [child for child in verb.children if child.dep_ == "conj" and child.i > verb.i]
    for other in joined:
        if other.tag_ in {"VBZ", "VBP"} or any(
            child.dep_ in {"aux", "auxpass"} and child.lower_ in _GOING_ON_AUXILIARIES
            for child in other.children
        ):
            return True
    if any(other.tag_ == "VBD" for other in joined):
        return False
    interval = expression.interval
    return (
        verb.lemma_.lower() in {"begin", "start"}
        and interval is not None
        and interval.grain >= Grain.MONTH
    )


def relative_phase(clause: Token) -> TimeRelation | None:
    """The relation a noun has to the time of a relative clause that says it ended, began or
    took place ("which ended on Friday", "that began in May", "which occurred on Monday"), or
    a participle that does ("public hearings starting on Oct. 9", "a review begun in
    December", "a news conference held on Monday")."""
    lemma = clause.lemma_.lower()
    if (
        clause.dep_ in {"acl", "advcl", "xcomp"}
        and clause.tag_ == "VBG"
        and (lemma in ENDING_VERBS or lemma in BEGINNING_VERBS)
        and not any(child.dep_ == "dobj" for child in clause.children)
    ):
        return phase_relation(clause)
    if (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and not any(child.dep_ in {"nsubj", "nsubjpass", "dobj"} for child in clause.children)
    ):
        # "an internal review begun in December", "an inquiry launched in January": a
        # participle that says when the noun began (or ended: "a probe completed in May")
        if lemma in BEGINNING_VERBS or lemma in _LAUNCHING_VERBS:
            return TimeRelation.BEGUN_BY
        if lemma in ENDING_VERBS:
            return TimeRelation.ENDED_BY
        if lemma in STAGING_VERBS:
            return TimeRelation.IS_INCLUDED  # "a news conference held on Monday"
    if clause.dep_ != "relcl" or not any(
        child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP") for child in clause.children
    ):
        return None
    if lemma in ENDING_VERBS or lemma in BEGINNING_VERBS:
        return phase_relation(clause)
    if lemma in _CONTINUING_VERBS and any(
        child.dep_ == "prep" and child.lower_ == "since" for child in clause.children
    ):
        # "a drought that has gripped the region since last autumn": it began then
        return TimeRelation.BEGUN_BY
    if lemma in OCCURRING_HEADS or (lemma == "take" and takes_place(clause)):
        return TimeRelation.IS_INCLUDED
    return None


_CONTINUING_VERBS = frozenset(
    {
        "grip", "rage", "last", "continue", "persist", "drag", "run", "plague", "ravage",
        "cripple", "paralyse", "paralyze", "disrupt", "simmer", "linger", "dominate", "affect",
    }
)  # fmt: skip
"""Verbs that tell an event noun going on ("a drought that has gripped the region since last
autumn", "a war that has raged since 2011"), unlike changes that start within it ("talks
that have stalled since May")."""


_PREDICATING_VERBS = frozenset({"declare", "pronounce", "proclaim", "deem", "find"})
"""Verbs whose object takes a predicate from them ("declared the disease eliminated", "found
the instrument wrapped in a blanket")."""


def secondary_predicate(token: Token) -> bool:
    """Whether ``token`` is a participle or adjective said of its verb's subject or object
    ("found burned out", "declared dead", "flagged as poorly maintained"), with no subject,
    auxiliary or marker of its own."""
    children = {child.dep_ for child in token.children}
    if (
        token.dep_ == "ccomp"
        and token.tag_ in {"VBD", "VBN"}
        and token.head.lemma_.lower() in _PREDICATING_VERBS
        and not children & {"aux", "auxpass", "mark"}
        # ("found the company breached the rules in 2019" reports a finding of its own)
        and (token.tag_ == "VBN" or token.head.lemma_.lower() != "find")
    ):
        # "The United States declared the disease eliminated in 2000": the parser reads the
        # small clause as a clause of its own, with a past verb
        return True
    # "were reported missing that evening": the tagger reads the adjective as a participle
    if token.tag_ not in {"VBN", "JJ"} and token.lower_ != "missing":
        return False
    # "was listed as threatened in 1975": the parser may mark the predicate with "as"
    as_marked = token.dep_ == "advcl" and [
        child.lower_ for child in token.children if child.dep_ == "mark"
    ] == ["as"]
    if children & {"nsubj", "nsubjpass", "aux", "auxpass"}:
        return False
    if "mark" in children and not as_marked:
        return False
    if as_marked or token.dep_ in {"xcomp", "oprd", "acomp"}:
        return bool(token.head.pos_ == "VERB")
    return token.dep_ == "advcl" and any(
        child.dep_ == "advmod" and child.lower_ == "as" for child in token.children
    )


_MEASURE_NOUNS = frozenset(
    {"hour", "day", "night", "week", "month", "year", "round", "wave", "series", "spate", "bout"}
)
"""Nouns that measure out an event in "two days of talks", "a new round of talks", "a wave of
strikes": the event is what the verb governing them does."""


_ALLOWED_UNITS = frozenset({"hour", "day", "week", "month", "year"})


def allowed_by(token: Token) -> Token | None:
    """The "have" that allows an infinitive a length of time ("The court has 14 days to rule
    on an appeal", "has eight days to sign it"): the parser hangs the infinitive on the length
    noun, the object of "have". The event is to be done within that length, not the having."""
    if token.dep_ not in {"relcl", "acl"} or token.tag_ != "VB":
        return None
    if not to_infinitive(token):
        return None
    length = token.head
    if length.lemma_.lower() not in _ALLOWED_UNITS or length.dep_ != "dobj":
        return None
    having = length.head
    return having if having.lemma_.lower() == "have" else None


def measure_of(token: Token) -> Token | None:
    """The measure noun ``token`` is the "of" object of ("two days of talks" -> "days")."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "of" or preposition.dep_ != "prep":
        return None
    measure = preposition.head
    if measure.i == preposition.i or measure.lemma_.lower() not in _MEASURE_NOUNS:
        return None
    return measure


def measured_by(measure: Token) -> Token | None:
    """The noun a measure noun measures out: "talks" for "days" in "two days of talks"."""
    for preposition in measure.children:
        if preposition.dep_ == "prep" and preposition.lower_ == "of":
            for child in preposition.children:
                if measure_of(child) is not None:
                    return child
    return None


def object_verb(token: Token) -> Token | None:
    """The verb whose object the event noun ``token`` is, directly ("held talks") or through a
    measure ("began two days of talks", "held a new round of talks").

    Its time carries down to the noun, but not back up: "reported a loss on Friday" dates the
    loss, yet the object of "announced ... on Friday" may lie anywhere. Measured on TimeBank,
    checked on AQUAINT: IS_INCLUDED was the annotators' relation for most such pairs they
    linked (TB 11 of 18 linked, AQ 5 of 10; BEFORE and AFTER 2 each). Conjoined verbs and
    "as"/"when" clauses were tried the same way and left out: they raised recall but not F1.
    """
    if token.pos_ != "NOUN" or token.head.i == token.i:
        return None
    if token.dep_ == "dobj":
        return token.head
    measure = measure_of(token)
    if measure is not None and measure.dep_ == "dobj" and measure.head.i != measure.i:
        return measure.head
    return None


def marked_by(clause: Token, words: Collection[str]) -> bool:
    """Whether a subordinator among ``words`` marks ``clause`` ("after it was found")."""
    return any(child.dep_ == "mark" and child.lower_ in words for child in clause.children)


def opened_by(clause: Token, word: str) -> bool:
    """Whether the wh-adverb ``word`` opens ``clause`` ("when it was found", "where she ran
    off"): the parser makes it an adverb of the clause's verb, not a subordinator
    (:func:`marked_by`). One it hangs on a later conjunct but that stands before the clause
    opens both ("when a grain barge sank and blocked traffic")."""
    return any(child.dep_ == "advmod" and child.lower_ == word for child in clause.children) or any(
        joined.dep_ == "conj"
        and any(
            child.dep_ == "advmod" and child.lower_ == word and child.i < clause.i
            for child in joined.children
        )
        for joined in clause.children
    )


def marked_while(clause: Token) -> bool:
    return marked_by(clause, {"while"})


def _as_after_head(clause: Token) -> Token | None:
    """The "as" that opens ``clause`` after its head's words, if any (not one before them:
    "As prices rose, ...")."""
    marks = [child for child in clause.children if child.dep_ == "mark" and child.lower_ == "as"]
    if not marks or marks[0].i <= clause.head.i or marks[0].i == 0:
        return None
    return marks[0]


def marked_as_after_comma(clause: Token) -> bool:
    """Whether a clause opens with ", as" after its head ("..., as divers resumed the search"),
    the "as" of time rather than of cause or comparison."""
    mark = _as_after_head(clause)
    return mark is not None and clause.doc[mark.i - 1].text == ","


def marked_as_without_comma(clause: Token) -> bool:
    """Whether a clause opens with an "as" of time right after its head's words, no comma
    between ("weakened as it crossed the mountains later Tuesday")."""
    mark = _as_after_head(clause)
    return mark is not None and clause.doc[mark.i - 1].text != ","


def takes_place(verb: Token) -> bool:
    return any(
        child.dep_ == "dobj" and child.lemma_.lower() in ("place", "effect")
        for child in verb.children
    )
