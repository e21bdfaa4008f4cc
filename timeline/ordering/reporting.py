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

__all__ = ["SAYING_VERBS", "tells_the_news"]

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


def tells_the_news(lemma: str, token: Token | None) -> bool:
    """Whether an event (its lemma, its token) is one a report tells like a saying: a reaction
    to the news, a refusal to say, or a verb of saying with the clause it says."""
    if lemma.lower() in _REACTION_VERBS:
        return True
    return token is not None and (_declined_to_comment(token) or _saying_that(token))
