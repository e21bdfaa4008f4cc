"""Who did it, to what, where: participants from the dependency parse and named entities.

- AGENT: the subject of an active verb, or the ``by``-phrase of a passive one or of an event
  noun ("a proposal by Egypt"), or the possessor of an event noun ("Egypt's proposal").
- THEME: the direct object, the subject of a passive verb, or the ``of``-phrase of an event noun
  ("postponement of talks"); for a predicate adjective, its subject.
- RECIPIENT: the dative object ("told reporters the news").
- LOCATION: an ``in``/``at``/``near`` phrase whose head is a place (GPE, LOC, FAC).

Participants never cross a line break (headline and paragraph ends). Coordination is followed:
"Russia and Turkey postponed ..." gives two AGENTs. A participant's text is its noun phrase without
determiners, relative clauses, appositions or attached prepositional phrases: "ministerial-level
talks that were expected to ..." gives "ministerial-level talks".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from timeline.events.features import is_light_verb_object
from timeline.events.model import Participant, Role

__all__ = ["noun_phrase", "participants"]

Token = Any  # spacy.tokens.Token

# Children that belong to a noun phrase's text; anything else (relcl, acl, appos, prep, punct,
# cc, conj, det) is left out.
_PHRASE_PARTS = frozenset(
    {"compound", "amod", "nummod", "poss", "nmod", "quantmod", "case", "npadvmod", "hmod", "hyph"}
)
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_RELATIVES = frozenset({"that", "which", "who", "whom"})
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside"})


def _phrase_tokens(head: Token) -> Iterator[Token]:
    yield head
    for child in head.children:
        if child.dep_ in _PHRASE_PARTS or (child.dep_ == "punct" and child.text == "-"):
            yield from child.subtree if child.dep_ != "poss" else _phrase_tokens(child)


def noun_phrase(head: Token) -> tuple[int, int]:
    """Character offsets of the noun phrase headed by ``head`` (see the module docstring)."""
    tokens = list(_phrase_tokens(head))
    first = min(tokens, key=lambda token: token.i)
    last = max(tokens, key=lambda token: token.i)
    return first.idx, last.idx + len(last.text)


def _with_conjuncts(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from _with_conjuncts(child)


def _participant(role: Role, head: Token, text: str) -> Iterator[Participant]:
    for token in _with_conjuncts(head):
        if token.lower_ in _RELATIVES:
            continue
        start, end = noun_phrase(token)
        yield Participant(role, text[start:end], start, end, token.ent_type_ or None)


def _prepositional(token: Token) -> Iterator[tuple[str, Token]]:
    for child in token.children:
        if child.dep_ in ("prep", "agent"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    yield child.lower_, grandchild


def _subject_of(token: Token) -> Iterator[tuple[Role, Token]]:
    """Subjects, with relative clauses and shared subjects of conjoined verbs resolved."""
    passive = any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children)
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if token.dep_ == "relcl":
        # "talks that were expected": the relative pronoun stands for the modified noun
        subjects = [token.head if s.lower_ in _RELATIVES else s for s in subjects]
    if not subjects and token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        return _subject_of(token.head)
    if not subjects and token.dep_ == "xcomp":
        return _subject_of(token.head)
    role = Role.THEME if passive else Role.AGENT
    return iter([(role, subject) for subject in subjects])


def participants(token: Token, text: str | None = None) -> tuple[Participant, ...]:
    """The participants of the event headed by ``token``.

    ``text`` is ``token.doc.text``; pass it when calling for many tokens, because spaCy
    rebuilds the document text on every access.
    """
    if text is None:
        text = token.doc.text
    found = _collect(token, text)
    # A participant across a line break is a parse that ran a headline into the first line
    # ("... for Libya ceasefire\nTurkish FM says ...": "Russia" is no agent of "says").
    first = text.rfind("\n", 0, token.idx) + 1
    last = text.find("\n", token.idx)
    last = len(text) if last < 0 else last
    return tuple(p for p in found if first <= p.start and p.end <= last)


def _collect(token: Token, text: str) -> list[Participant]:
    found: list[Participant] = []
    pos = token.pos_
    if pos in ("VERB", "AUX"):
        for role, subject in _subject_of(token):
            found.extend(_participant(role, subject, text))
        for child in token.children:
            if child.dep_ == "dobj":
                found.extend(_participant(Role.THEME, child, text))
            elif child.dep_ == "dative":
                found.extend(_participant(Role.RECIPIENT, child, text))
    elif pos == "ADJ":
        head = token.head if token.dep_ in ("acomp", "oprd") else None
        if head is not None:
            for _, subject in _subject_of(head):
                found.extend(_participant(Role.THEME, subject, text))
    else:
        for child in token.children:
            if child.dep_ == "poss":
                found.extend(_participant(Role.AGENT, child, text))
        if pos == "NOUN" and is_light_verb_object(token):
            # "Police made arrests", "gave the staff a warning": the light verb's subject and
            # recipient take part in the noun's event (the noun itself is no participant)
            verb = token.head
            for role, subject in _subject_of(verb):
                if subject.i != token.i:
                    found.extend(_participant(role, subject, text))
            for child in verb.children:
                if child.dep_ == "dative":
                    found.extend(_participant(Role.RECIPIENT, child, text))
            for preposition, object_ in _prepositional(verb):
                if preposition == "by":  # "arrests were made by police"
                    found.extend(_participant(Role.AGENT, object_, text))
                elif preposition in _LOCATIVE and object_.ent_type_ in _PLACES:
                    found.extend(_participant(Role.LOCATION, object_, text))
    for preposition, object_ in _prepositional(token):
        if preposition == "by":
            found.extend(_participant(Role.AGENT, object_, text))
        elif preposition == "of" and pos == "NOUN":
            found.extend(_participant(Role.THEME, object_, text))
        elif preposition in _LOCATIVE and object_.ent_type_ in _PLACES:
            found.extend(_participant(Role.LOCATION, object_, text))
    return found
