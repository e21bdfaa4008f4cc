"""Cheap features of a token in an already parsed spaCy document, for the event classifier.

Everything here reads what the spaCy pipeline already computed (tag, lemma, dependency arcs,
named entities), so classifying a token costs a few dozen string joins and no model call: the
library has to keep at least 85% of the bare pipeline's speed.

Hyphenated words ("cease-fire", "write-downs", "buy-out") are split by spaCy's tokenizer but are
one TimeML trigger; :func:`word_extent` gives the whole word and :func:`is_candidate` considers
only its last piece, so that one word yields at most one event.
"""

from __future__ import annotations

import functools
import gzip
import json
from importlib import resources
from typing import Any

import attrs

__all__ = [
    "CANDIDATE_POS",
    "GOVERNED_EVENT_NOUN",
    "HOLDING_PARTICIPLES",
    "NEGATED_EVENT_NOUN",
    "complement_frame",
    "deverbal",
    "eventive_governor",
    "is_candidate",
    "is_governed_event_noun",
    "is_light_verb_object",
    "is_negated_event_noun",
    "light_verb_object",
    "senses",
    "token_features",
    "verb_read_as_modifier",
    "word_extent",
]

LEXICON_FILE = "wordnet-senses.json.gz"

HOLDING_PARTICIPLES = frozenset({"hold", "stage", "conduct", "take"})
"""Participles by which a noun's own happening is at a time ("the first round, held on
Wednesday", "samples taken on Wednesday"): what the clause tells of the noun is of that time,
unlike "a facility built in 1974", whose building is a happening of its own."""

Token = Any  # spacy.tokens.Token; spaCy ships no type stubs

# Parts of speech that can head a TimeML EVENT. Proper nouns, adverbs and prepositions are
# events fewer than once in a thousand gold triggers in TimeBank; skipping them keeps the
# classifier fast and precise.
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ", "AUX"})


def _joined_to_next(token: Token) -> bool:
    """Whether ``token`` is glued by a hyphen to the next word ("cease" in "cease-fire")."""
    doc = token.doc
    index = token.i
    return (
        not token.whitespace_
        and index + 2 < len(doc)
        and doc[index + 1].text == "-"
        and not doc[index + 1].whitespace_
        and doc[index + 2].is_alpha
    )


def word_extent(token: Token) -> tuple[int, int]:
    """Character offsets of the whole (possibly hyphenated) word that ``token`` ends."""
    doc = token.doc
    first = token.i
    while first >= 2 and doc[first - 1].text == "-" and _joined_to_next(doc[first - 2]):
        first -= 2
    return doc[first].idx, token.idx + len(token.text)


def is_candidate(token: Token) -> bool:
    """Whether ``token`` may head an event at all (cheap filter before the classifier)."""
    return token.pos_ in CANDIDATE_POS and token.is_alpha and not _joined_to_next(token)


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, tuple[str, ...]]]:
    packaged = resources.files("timeline.events").joinpath("data").joinpath(LEXICON_FILE)
    with packaged.open("rb") as handle:
        raw = json.loads(gzip.decompress(handle.read()).decode("utf-8"))
    return {
        pos: {lemma: tuple(files.split(",")) for lemma, files in entries.items()}
        for pos, entries in raw.items()
    }


def senses(lemma: str, pos: str) -> tuple[str, ...]:
    """WordNet lexicographer files of the first senses of a noun or verb lemma (may be empty).

    Built by :mod:`timeline.events.build_lexicon`; nouns without an eventive sense are absent.
    """
    table = _lexicon().get("verb" if pos in ("VERB", "AUX") else "noun", {})
    return table.get(lemma, ())


# Nominalising suffixes and the verb endings they replace, most specific first: "allegation" ->
# "allege", "explosion" -> "explode", "admission" -> "admit", "denial" -> "deny", "occurrence"
# -> "occur". A candidate stem counts only when WordNet knows it as a verb.
_NOMINAL_SUFFIXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ment", "ment", ("",)),
    ("ation", "tion", ("e", "", "ate")),
    ("ition", "tion", ("e", "")),
    ("ution", "tion", ("ute", "ve")),
    ("ssion", "tion", ("t", "ss", "de")),
    ("sion", "tion", ("de", "d", "se")),
    ("tion", "tion", ("te", "t")),
    ("ion", "tion", ("e", "")),
    ("ance", "ance", ("", "e")),
    ("ence", "ance", ("", "e")),
    ("rrence", "ance", ("r",)),
    ("ial", "al", ("y",)),
    ("al", "al", ("", "e")),
    ("ure", "ure", ("", "e")),
    ("ery", "ery", ("er",)),
)


@functools.lru_cache(maxsize=4096)
def deverbal(lemma: str) -> tuple[str, str] | None:
    """Whether a noun lemma names a verb's event, and how: (suffix or "zero", the verb's lemma).

    "disagreement" and "postponement" come from the verbs "disagree" and "postpone", "clash"
    and "protest" are verbs too: such nouns are mostly TimeML events, also when TimeBank never
    had them. Nouns shorter than four letters are left out ("bus", "set").
    """
    verbs = _lexicon().get("verb", {})
    if len(lemma) < 4:
        return None
    for ending, name, replacements in _NOMINAL_SUFFIXES:
        if lemma.endswith(ending) and len(lemma) - len(ending) >= 3:
            stem = lemma[: -len(ending)]
            for replacement in replacements:
                if stem + replacement in verbs:
                    return name, stem + replacement
    if lemma in verbs:
        return "zero", lemma
    return None


_EVENTIVE_FILES = frozenset({"act", "event", "process", "phenomenon", "communication"})
_NEGATIVE_DETERMINERS = frozenset({"no", "neither"})


def _eventive_deverbal(lemma: str) -> bool:
    """Whether a noun lemma comes from a verb and has an eventive WordNet sense in its first
    three: the lexical half of both :func:`is_negated_event_noun` and
    :func:`is_governed_event_noun`."""
    return deverbal(lemma) is not None and bool(_EVENTIVE_FILES.intersection(senses(lemma, "NOUN")))


def is_negated_event_noun(token: Token, children: list[Token] | None = None) -> bool:
    """Whether ``token`` is a noun naming a verb's event under "no" ("no disagreements").

    TimeML marks such negated events (with polarity NEG), and a news sentence says "no" of
    what did not happen; TimeBank has few of them (16 events in 33 such nouns), too few for
    the detector to learn, so the detector gives them a wider margin
    (:data:`timeline.events.train.NEGATED_NOUN_MARGIN`). The noun must come from a verb
    ("disagree", "postpone") and have an eventive WordNet sense among its first three.
    """
    if token.pos_ != "NOUN" or not any(
        child.dep_ == "det" and child.lower_ in _NEGATIVE_DETERMINERS
        for child in (token.children if children is None else children)
    ):
        return False
    return _eventive_deverbal(token.lemma_.lower())


# The feature that marks a governed event noun (see is_governed_event_noun); the trainer reads it
# back to cross-validate that noun's margin.
GOVERNED_EVENT_NOUN = "gve"
# The feature that marks a negated event noun (see is_negated_event_noun), read back the same way.
NEGATED_EVENT_NOUN = "nge"


def is_governed_event_noun(token: Token) -> bool:
    """Whether ``token`` is a verb's event noun that its verb marks as an event too.

    "clashes erupted", "the protests spread", "want talks": the noun comes from a verb
    ("clash", "protest", "talk") with an eventive WordNet sense among its first three, and it is
    the subject of a verb of occurrence or the object of a verb that takes events (see
    :func:`eventive_governor`). Two independent signs agree, yet TimeBank leaves many such
    subjects untagged, so the learned score stays just under the base margin; the detector
    gives these nouns a wider one, chosen by cross-validation
    (:func:`timeline.events.train.select_settings`).
    """
    if token.pos_ != "NOUN" or eventive_governor(token) is None:
        return False
    return _eventive_deverbal(token.lemma_.lower())


def _suffix_class(lower: str) -> str:
    for ending in ("tion", "sion", "ment", "ance", "ence", "ing", "ure", "al", "ity", "ness"):
        if lower.endswith(ending):
            return ending
    return "-"


@attrs.frozen
class _Lexical:
    """What a word's features owe to the word alone (its form, lemma, tag and part of speech)."""

    features: tuple[str, ...]
    sense: str  # the first WordNet lexicographer file, or "-"
    derived: str | None  # how a noun comes from a verb ("ment", "zero", ...), if it does
    closed: str | None  # the guideline class of the word or of its verb


@functools.lru_cache(maxsize=65536)
def _lexical(lower: str, lemma: str, tag: str, pos: str) -> _Lexical:
    """The word-only part of :func:`token_features`, computed once per distinct word.

    News repeats its words: caching this part saves most of the string building and the
    WordNet look-ups for every candidate token after the first of its kind.
    """
    features = [
        "b",
        "w=" + lower,
        "l=" + lemma,
        "t=" + tag,
        "lt=" + lemma + "|" + tag,
        "s3=" + lower[-3:],
        "s4=" + lower[-4:],
        "sc=" + _suffix_class(lemma) + "|" + pos,
    ]
    found = senses(lemma, pos) or senses(lower, pos)
    if found:
        features.append("wn1=" + pos + "|" + found[0])
        features.extend("wn=" + pos + "|" + name for name in sorted(set(found)))
        if pos == "NOUN":
            features.append("ev=" + str(len(_EVENTIVE_FIRST.intersection(found))))
    else:
        features.append("wn0=" + pos)
    verb_lemma = lemma if pos in ("VERB", "AUX") else None
    kind = None
    if pos == "NOUN":
        derived = deverbal(lemma)
        if derived is not None:
            kind, verb_lemma = derived
            features.append("dv=" + kind)
            features.append("dvt=" + kind + "|" + tag)
            features.append("dvw=" + (found[0] if found else "-") + "|" + tag)
        else:
            features.append("dv0")
    # a nominalisation takes its verb's class in the TimeML guidelines ("agreement" like
    # "agree", "investigation" like "investigate"): the verb's lemma is a feature of both
    if verb_lemma is not None:
        features.append("vl=" + verb_lemma)
    closed = _CLOSED_CLASSES.get(lemma)
    if closed is None and verb_lemma is not None:
        closed = _CLOSED_CLASSES.get(verb_lemma)
    if closed is not None:
        features.append("cl=" + closed)
    return _Lexical(
        features=tuple(features),
        sense=found[0] if found else "-",
        derived=kind,
        closed=closed,
    )


def token_features(token: Token) -> list[str]:
    """The feature strings of one candidate token (see the module docstring)."""
    lower = token.lower_
    lemma = token.lemma_.lower()
    tag = token.tag_
    dep = token.dep_
    pos = token.pos_
    head = token.head
    head_lemma = head.lemma_.lower()
    doc = token.doc
    index = token.i
    previous = doc[index - 1] if index > 0 else None
    following = doc[index + 1] if index + 1 < len(doc) else None
    word = _lexical(lower, lemma, tag, pos)
    sense = word.sense
    features = [
        *word.features,
        "d=" + dep,
        "ld=" + lemma + "|" + dep,
        "td=" + tag + "|" + dep,
        "hl=" + head_lemma,
        "hp=" + head.pos_ + "|" + dep,
        "hld=" + head_lemma + "|" + dep,
        "hd=" + head.dep_ + "|" + dep,
        "e=" + (token.ent_type_ or "-"),
        "pw=" + (previous.lower_ if previous is not None else "<s>"),
        "pt=" + (previous.tag_ if previous is not None else "<s>") + "|" + tag,
        "nw=" + (following.lower_ if following is not None else "</s>"),
        "nt=" + tag + "|" + (following.tag_ if following is not None else "</s>"),
    ]
    if sense != "-":
        features.append("wnd=" + sense + "|" + dep)
    if word.derived is not None:
        features.append("dvd=" + word.derived + "|" + dep)
    if head.pos_ in ("VERB", "AUX") and head is not token:
        head_senses = senses(head_lemma, "VERB")
        features.append("hv=" + (head_senses[0] if head_senses else "-") + "|" + dep)
    children = list(token.children)  # each walk over token.children builds new Token objects
    if pos == "NOUN":
        governor = eventive_governor(token)
        if governor is not None:
            features.append("gv=" + governor)
            features.append("gvs=" + governor + "|" + sense)
            features.append("gvt=" + governor + "|" + tag)
            # is_governed_event_noun, with the governor already found
            if _eventive_deverbal(lemma):
                features.append(GOVERNED_EVENT_NOUN)
    if is_negated_event_noun(token, children):
        features.append(NEGATED_EVENT_NOUN)
    if token.is_title and not token.is_sent_start:
        features.append("title")
    complements = []
    for child in children:
        child_dep = child.dep_
        if child_dep in ("aux", "auxpass", "neg", "det", "prep", "poss", "case", "mark"):
            features.append("c=" + child_dep + "|" + child.lemma_.lower())
        else:
            features.append("c=" + child_dep)
        if child_dep in _ARGUMENTS:
            kind = _argument_kind(child)
            features.append("a=" + child_dep + "|" + kind)
            if child_dep in ("xcomp", "ccomp") or kind == "EVNOUN":
                complements.append(child_dep + kind)
        elif child_dep == "prep":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    features.append("a=" + child.lower_ + "|" + _argument_kind(grandchild))
    # the lemma with its event-like complements: "ask" + infinitive is an I_ACTION, "ask" + a
    # person is not
    shape = ",".join(sorted(complements))
    features.append("lc=" + lemma + "|" + shape)
    closed = word.closed
    if closed is not None:
        features.append("clc=" + closed + "|" + shape)
    frame = complement_frame(token, children)
    features.append("frs=" + pos + "|" + "+".join(frame))
    for marker in frame:
        features.append("fr=" + pos + "|" + marker)
        features.append("wfr=" + sense + "|" + marker)
        features.append("lfr=" + lemma + "|" + marker)
        if closed is not None:
            features.append("cfr=" + closed + "|" + marker)
    return features


_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_FRAME_PREPOSITIONS = frozenset(
    {"for", "to", "on", "about", "of", "from", "against", "in", "into", "over", "at", "with"}
)
_QUOTES = frozenset({'"', "''", "``", "“", "”"})


def _clause_marker(child: Token) -> str:
    """How a verb (or predicate) complement is introduced: "to", "ing", "that", "wh", ..."""
    marks = [c for c in child.children if c.dep_ in ("aux", "mark") and c.tag_ in ("TO", "IN")]
    lowered = {m.lower_ for m in marks}
    if "to" in lowered or any(m.tag_ == "TO" for m in marks):
        return "to"
    if "that" in lowered:
        return "that"
    if lowered & {"whether", "if"} or any(c.tag_ in _WH_TAGS for c in child.children):
        return "wh"
    tag = child.tag_
    if tag == "VBG":
        return "ing"
    if child.pos_ not in ("VERB", "AUX"):
        return "pred"
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
        return "clause"
    return "bare"


def _quoted(clause: Token) -> bool:
    """Whether a quotation mark opens or closes right at the edges of ``clause``'s subtree.

    Looking at the edges only keeps the cost constant, however long the quoted clause.
    """
    doc = clause.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    edges = (first - 1, first, last, last + 1, last + 2)
    return any(0 <= i < len(doc) and doc[i].text in _QUOTES for i in edges)


def complement_frame(token: Token, children: list[Token] | None = None) -> tuple[str, ...]:
    """The shape of what ``token`` takes as complements, as TimeML's class guidelines read it.

    The EVENT class of a predicate follows from the kind of argument it introduces: a
    to-infinitive after an object ("forbade them to work", "asked him to leave") marks an
    I_ACTION, a that-clause after a verb of saying a REPORTING event and after one of thinking
    an I_STATE, an "-ing" complement an ASPECTUAL one ("stopped making"), a bare infinitive
    after a verb of seeing a PERCEPTION ("saw the car explode"); a quoted clause goes with
    REPORTING. The markers are sorted and deduplicated; ``()`` when there is no complement.
    """
    markers: set[str] = set()
    has_object = False
    for child in token.children if children is None else children:
        dep = child.dep_
        if dep in ("xcomp", "ccomp", "acl", "advcl", "csubj"):
            if (
                dep == "advcl"
                and child.tag_ != "VBG"
                and not any(c.lower_ == "to" for c in child.children)
            ):
                continue  # a clause of time, reason or condition, not a complement
            markers.add(("c" if dep == "ccomp" else "x") + "_" + _clause_marker(child))
            if _quoted(child):
                markers.add("quote")
        elif dep in ("dobj", "dative"):
            has_object = True
            markers.add("obj_ev" if _argument_kind(child) == "EVNOUN" else "obj")
        elif dep == "prep" and child.lower_ in _FRAME_PREPOSITIONS:
            for grandchild in child.children:
                if grandchild.dep_ == "pcomp" and grandchild.tag_ == "VBG":
                    markers.add("p_ing")
                elif grandchild.dep_ == "pobj" and _argument_kind(grandchild) == "EVNOUN":
                    markers.add("p_" + child.lower_ + "_ev")
        elif dep == "auxpass":
            markers.add("passive")
        elif dep == "punct" and child.text in _QUOTES:
            markers.add("quote")
    if token.dep_ == "parataxis":
        markers.add("parataxis")
    if has_object and ("x_to" in markers or "c_to" in markers):
        markers.add("obj_to")
    return tuple(sorted(markers))


# Arguments whose kind separates I_ACTION/I_STATE ("ask to leave", "fear an attack": an event
# argument) from OCCURRENCE ("ask a question").
_ARGUMENTS = frozenset({"xcomp", "ccomp", "dobj", "advcl", "nsubj", "nsubjpass", "attr", "acomp"})


def _argument_kind(token: Token) -> str:
    pos: str = token.pos_
    if pos in ("VERB", "AUX"):
        return pos
    if pos == "NOUN":
        found = senses(token.lemma_.lower(), pos)
        return "EVNOUN" if found and found[0] in _EVENTIVE_FIRST else "NOUN"
    return pos


_EVENTIVE_FIRST = frozenset({"act", "event", "process", "phenomenon"})

# Verbs whose subject is mostly an event: they say that something happened, or pick out a phase
# of it ("clashes erupted", "the conference opened", "a ceasefire took effect", "the earthquake
# struck"). A person or a thing seldom erupts, resumes or takes place, so a noun subject of one
# of them is likely an event even when TimeBank never had that noun.
_OCCURRENCE_VERBS_TEXT = (
    "erupt spread begin start end finish continue resume occur happen collapse open close "
    "escalate intensify subside last unfold rage recur conclude stall proceed break "
    "commence cease halt stop strike hit"
)
_OCCURRENCE_VERBS = frozenset(_OCCURRENCE_VERBS_TEXT.split())
# Verbs whose object is mostly an event: the object is wanted, planned, held, called off or
# witnessed ("want a ceasefire", "hold talks", "postpone the vote", "attend the summit").
_EVENTIVE_OBJECT_VERBS_TEXT = (
    "want hold propose postpone delay cancel attend announce order demand reject accept "
    "welcome condemn witness launch stage conduct prevent avoid resume suspend organize "
    "organise plan schedule observe violate negotiate oppose support urge seek call end "
    "halt stop begin start continue"
)
_EVENTIVE_OBJECT_VERBS = frozenset(_EVENTIVE_OBJECT_VERBS_TEXT.split())
# Light-verb phrases whose subject is the event: "the ceasefire took effect", "talks took place".
_LIGHT_OBJECTS = {"take": frozenset({"effect", "place", "hold"})}


def eventive_governor(token: Token) -> str | None:
    """How a noun's governing verb marks it as an event, if it does ("SUBJ" or "OBJ").

    Nouns as subjects or objects are the detector's weak spot: their lemma and their parse look
    the same for "clashes" as for "soldiers". What tells them apart is often the verb: events
    erupt, spread and take place (:data:`_OCCURRENCE_VERBS`), and are wanted, held or postponed
    (:data:`_EVENTIVE_OBJECT_VERBS`). The noun heading a compound object ("a ceasefire
    proposal") lends the relation to its modifier only through the classifier's other features.
    """
    head = token.head
    if head is token or head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.lemma_.lower()
    dep = token.dep_
    if dep == "nsubj":
        if verb in _OCCURRENCE_VERBS:
            return "SUBJ"
        light = _LIGHT_OBJECTS.get(verb)
        if light is not None and any(
            child.dep_ == "dobj" and child.lemma_.lower() in light for child in head.children
        ):
            return "SUBJ"
        return None
    if dep in ("dobj", "nsubjpass") and verb in _EVENTIVE_OBJECT_VERBS:
        return "OBJ"
    return None


# Light verbs: in "made an arrest", "gave a speech", "took a decision", "paid a visit" the noun
# names the event and the verb only carries tense and agreement. The TimeML guidelines mark
# the noun alone; TimeBank marks the verb as well in most such phrases (34 of 40), which the
# classifier learned, so the rule is written here. "take place", "take effect", "take part" and
# "make sense" are idioms, not light uses.
_LIGHT_VERBS = frozenset({"make", "give", "take", "pay"})
# "pay" is light with these objects only: "pay damages", "pay a fine" are payments
_PAID_EVENTS = frozenset({"visit", "tribute", "attention", "homage", "respect", "call"})
_NOT_LIGHT_OBJECTS = frozenset(
    {"place", "effect", "part", "hold", "sense", "care", "note", "advantage", "shape", "time",
     "money", "profit", "way", "stand", "control", "charge", "power", "office", "look"}
)  # fmt: skip
_LIGHT_OBJECT_FILES = frozenset({"act", "event", "communication", "process"})


def _light_object_noun(noun: Token) -> bool:
    """Whether ``noun`` names an event a light verb can carry ("arrests", "speech", "visit")."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in _NOT_LIGHT_OBJECTS:
        return False
    first = senses(lemma, "NOUN")[:1]
    return bool(_LIGHT_OBJECT_FILES.intersection(first)) or _eventive_deverbal(lemma)


def light_verb_object(token: Token) -> Token | None:
    """The event noun that ``token`` carries as a light verb ("made" in "made arrests"), if any.

    The noun is the verb's direct object ("gave a televised address", "gave the staff a
    warning") or, in the passive, its subject ("arrests were made"). A verb with a clause of
    its own ("made it work") or a particle ("gave up the fight") is no light verb.
    """
    verb = token.lemma_.lower()
    if verb not in _LIGHT_VERBS or token.pos_ != "VERB":
        return None
    found = None
    for child in token.children:
        dep = child.dep_
        if dep in ("ccomp", "xcomp", "prt", "oprd"):
            return None
        if (
            dep in ("dobj", "nsubjpass")
            and _light_object_noun(child)
            and (verb != "pay" or child.lemma_.lower() in _PAID_EVENTS)
        ):
            found = child
    return found


def is_light_verb_object(token: Token) -> bool:
    """Whether ``token`` is the event noun of a light verb (see :func:`light_verb_object`)."""
    if token.dep_ not in ("dobj", "nsubjpass") or token.head.i == token.i:
        return False
    found = light_verb_object(token.head)
    # spaCy makes a new Token object on every access: compare positions, not identities
    return found is not None and found.i == token.i


# Verb classes of the TimeML 1.2.1 annotation guidelines (section 2.3.1, EVENT class, with
# their examples and a few near synonyms, and "deny", "refuse" as the opposites of "claim",
# "agree"): aspectual predicates pick out a phase of another
# event, perception ones the seeing or hearing of one, reporting ones the telling of one;
# I_ACTION and I_STATE ones introduce an event argument as attempted, wanted or believed.
# Shared features let the typer carry what it learned on the listed words TimeBank has to those
# it does not have.
_GUIDELINE_CLASSES = {
    "ASPECTUAL": (
        "begin start initiate commence originate restart reinitiate reignite resume stop end "
        "halt terminate cease discontinue interrupt quit abandon finish complete continue keep "
        "proceed"
    ),
    "PERCEPTION": "see watch glimpse behold view hear listen overhear observe notice witness spot",
    "REPORTING": "say report tell explain state add note reply respond remark comment testify",
    "I_ACTION": (
        "attempt try scramble investigate investigation delay postpone defer hinder avoid "
        "prevent cancel ask order persuade request beg command urge authorize promise offer "
        "assure propose agree decide swear vow name nominate appoint declare proclaim claim "
        "allege suggest deny refuse"
    ),
    "I_STATE": (
        "believe think suspect imagine doubt feel want love like desire crave hope expect aspire "
        "plan fear hate dread worry need require demand afraid ready eager prepared able unable "
        "sure conceivable"
    ),
}
_CLOSED_CLASSES = {
    lemma: name for name, lemmas in _GUIDELINE_CLASSES.items() for lemma in lemmas.split()
}


def guideline_class(lemma: str) -> str | None:
    """The TimeML class the annotation guidelines give a verb lemma ("hope": I_STATE), if any."""
    return _CLOSED_CLASSES.get(lemma.lower())


def verb_read_as_modifier(token: Token) -> bool:
    """Whether ``token`` is the main verb of a sentence the parser read as a noun phrase.

    News drops articles before titles: in "United sacked manager Erik ten Hag on Monday" the
    small English pipeline tags "sacked" as a participle modifying "manager" and makes the
    sentence a noun phrase with no verb at all. A past form right after a noun, in a sentence
    whose root is a noun, is that sentence's verb (one such token in all of TBAQ, an event).
    """
    if token.tag_ not in {"VBD", "VBN"} or token.dep_ not in {"amod", "acl"}:
        return False
    if token.dep_ == "acl" and not any(child.dep_ in {"dobj", "oprd"} for child in token.children):
        # "Aerovalia on Friday named Ines Correia ... as chief executive": read as a reduced
        # relative, yet it takes an object; a bare participle stays a modifier
        return False
    sentence = token.sent
    return (
        token.i > sentence.start
        and token.doc[token.i - 1].pos_ in {"NOUN", "PROPN"}
        and sentence.root.pos_ in {"NOUN", "PROPN"}
    )
