"""The words a report tells on its own day besides "said".

A news report tells the day's reactions ("Union leaders welcomed the delay"), its sources'
refusals ("Her spokesman declined to comment") and what they warned or denied ("Meteorologists
warned that more storms were expected") the way it tells "said": undated, in the past, on the
day of the report. The linking pass gives such events the DCT's day, as it gives reporting
verbs (on the held-out articles 16 more events agreed; on MATRES 10 more pairs right, 3 more
wrong).
"""

from __future__ import annotations

from timeline.ordering.linking import Token

__all__ = ["SAYING_VERBS", "market_move", "tells_the_news"]

SAYING_VERBS = frozenset(
    {"warn", "add", "insist", "note", "stress", "caution", "acknowledge", "admit", "deny",
     "urge", "predict", "suggest", "argue", "concede", "say", "tell", "announce"}
)  # fmt: skip
"""Verbs of saying a report may go on with ("said ..., but warned that ...")."""
_REACTION_VERBS = frozenset(
    {"welcome", "criticise", "criticize", "condemn", "praise", "hail", "slam", "denounce",
     "applaud", "decry", "react", "voice", "apologise", "apologize"}
)  # fmt: skip
"""Verbs of reacting to news, which a report tells on the day it tells the news."""
_COMMENTING_VERBS = frozenset(
    {"comment", "say", "give", "elaborate", "confirm", "discuss", "disclose", "provide",
     "reveal", "specify", "speculate", "answer", "respond", "identify", "name", "detail"}
)  # fmt: skip
"""What a source declines to do when it declines to say ("declined to comment")."""


def _declined_to_comment(token: Token) -> bool:
    """Whether the verb is a refusal to say ("Her spokesman declined to comment", "declined to
    give details"): the source's answer to the reporter, told on the report's day."""
    if token.lemma_.lower() not in {"decline", "refuse"}:
        return False
    return any(
        child.dep_ == "xcomp" and child.lemma_.lower() in _COMMENTING_VERBS
        for child in token.children
    )


def _saying_that(token: Token) -> bool:
    """Whether the verb is a verb of saying with the clause it says ("Meteorologists warned
    that more thunderstorms were expected"): told like "said", on the report's day."""
    return token.lemma_.lower() in SAYING_VERBS and any(
        child.dep_ == "ccomp" for child in token.children
    )


_MARKET_MOVES = frozenset(
    {"fall", "rise", "jump", "climb", "slide", "drop", "gain", "surge", "tumble", "slump",
     "plunge", "rally", "soar", "sink", "ease", "edge", "weaken", "strengthen", "firm", "dip",
     "slip", "rebound", "recover", "lose"}
)  # fmt: skip
"""Verbs of a price's move in a day's trading."""
_MARKET_SUBJECTS = frozenset(
    {"share", "stock", "index", "currency", "crown", "krona", "krone", "euro", "dollar",
     "pound", "sterling", "yen", "franc", "rand", "rupee", "peso", "lira", "bond", "yield",
     "future", "price"}
)  # fmt: skip
"""What moves in a day's trading ("Hartmann shares", "the Norland crown")."""
_SESSION_WORDS = frozenset({"trading", "announcement", "news", "decision", "statement"})
"""Words that tie a market's move to the day's session or to the news it reacted to."""
_MOVE_MEASURES = frozenset({"percent", "%", "cent", "point", "pence", "basis"})
"""What a day's move is counted in ("rose 3%", "fell 2.3 percent", "gained 40 points")."""


def market_move(token: Token) -> bool:
    """Whether the verb tells, in the past, how a market moved ("Hartmann shares fell"):
    a move in a session, which a report tells of the session it reports on."""
    if token.lemma_.lower() not in _MARKET_MOVES or token.tag_ != "VBD":
        return False
    subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in _MARKET_SUBJECTS


def _market_move_of_the_day(token: Token) -> bool:
    """Whether the verb tells how a market moved in the session the report tells of
    ("Hartmann shares fell 3.2 percent in afternoon trading", "The currency rallied 1.2
    percent after the announcement", "while Brightwave stock rose 3%"): the report's own
    day, as a reaction to the news is. The move's size counted in percent or points is the
    way a report gives a session's move; a longer stretch comes with its own time."""
    if not market_move(token):
        return False
    return any(
        (word.lower_ in _SESSION_WORDS and word.head.i != word.i)
        or (word.lower_ in _MOVE_MEASURES and word.head.i == token.i)
        for word in token.subtree
    )


def tells_the_news(lemma: str, token: Token | None) -> bool:
    """Whether an event (its lemma, its token) is one a report tells like a saying: a reaction
    to the news, a refusal to say, a verb of saying with the clause it says, or the day's move
    of a market."""
    if lemma.lower() in _REACTION_VERBS:
        return True
    return token is not None and (
        _declined_to_comment(token) or _saying_that(token) or _market_move_of_the_day(token)
    )
