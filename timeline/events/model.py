"""Event-side value objects, following TimeML's EVENT and MAKEINSTANCE attributes.

An :class:`Event` is the head word of something that happens, is said, planned or feared,
typed well enough that a user can filter a timeline ("only what actually happened").
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from timeline.ordering.model import EventTime

__all__ = [
    "Aspect",
    "Event",
    "EventClass",
    "Factuality",
    "Participant",
    "Polarity",
    "Role",
    "Tense",
]


class EventClass(enum.Enum):
    """The TimeML EVENT ``class``."""

    OCCURRENCE = "OCCURRENCE"
    REPORTING = "REPORTING"
    STATE = "STATE"
    I_ACTION = "I_ACTION"
    I_STATE = "I_STATE"
    ASPECTUAL = "ASPECTUAL"
    PERCEPTION = "PERCEPTION"


class Tense(enum.Enum):
    """The TimeML MAKEINSTANCE ``tense``."""

    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    INFINITIVE = "INFINITIVE"
    PRESPART = "PRESPART"
    PASTPART = "PASTPART"
    NONE = "NONE"


class Aspect(enum.Enum):
    """The TimeML MAKEINSTANCE ``aspect``."""

    PROGRESSIVE = "PROGRESSIVE"
    PERFECTIVE = "PERFECTIVE"
    PERFECTIVE_PROGRESSIVE = "PERFECTIVE_PROGRESSIVE"
    NONE = "NONE"


class Polarity(enum.Enum):
    """The TimeML MAKEINSTANCE ``polarity``."""

    POS = "POS"
    NEG = "NEG"


class Factuality(enum.Enum):
    """Did it happen? TimeML leaves this to SLINKs; users want it on the event itself."""

    ACTUAL = "actual"
    NEGATED = "negated"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    UNCERTAIN = "uncertain"


class Role(enum.Enum):
    """The role of a participant (PropBank-like, kept coarse)."""

    AGENT = "agent"
    THEME = "theme"
    RECIPIENT = "recipient"
    LOCATION = "location"
    INSTRUMENT = "instrument"
    OTHER = "other"


@attrs.frozen
class Participant:
    """Who or what takes part in an event.

    Attributes:
        role: the participant's role.
        text: the participant's head phrase as written; ``document[start:end]``.
        start: character offset of its first character.
        end: character offset after its last character.
        label: the named-entity label (GPE, ORG, PERSON, ...) when it is a named entity.
    """

    role: Role
    text: str
    start: int
    end: int
    label: str | None = None


@attrs.frozen
class Event:
    """One event mention: its trigger word, TimeML typing, participants and time.

    Attributes:
        text: the trigger as written (the head word); ``document[start:end]``.
        start: character offset of the trigger.
        end: character offset after the trigger.
        lemma: the trigger's lemma.
        sentence: 0-based index of the sentence the trigger is in.
        pos: the trigger's part of speech as TimeML's MAKEINSTANCE ``pos`` (VERB, NOUN,
            ADJECTIVE, PREPOSITION, OTHER).
        kind: the TimeML class.
        tense: the TimeML tense.
        aspect: the TimeML aspect.
        polarity: POS, or NEG for "did not", "no talks".
        modality: the modal word ("will", "may", "could", ...) or ``None``.
        factuality: whether it happened (see :class:`Factuality`).
        participants: who did it, to what or whom, where.
        when: what is known about the event's time; set by the ordering stage.
    """

    text: str
    start: int
    end: int
    lemma: str
    sentence: int
    pos: str
    kind: EventClass
    tense: Tense = Tense.NONE
    aspect: Aspect = Aspect.NONE
    polarity: Polarity = Polarity.POS
    modality: str | None = None
    factuality: Factuality = Factuality.ACTUAL
    participants: tuple[Participant, ...] = ()
    when: EventTime | None = None
