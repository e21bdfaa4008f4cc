"""Lexical tense cues of the sentence around an expression (HeidelTime's ``getLastTense``).

No parser: the verb nearest to the expression inside its sentence decides. "will", "'ll",
"going to" and "plans to" point forward; "was", "said" and regular past forms ending in "-ed"
point back; "is", "has" are present. Only the tense matters, never the verb.
"""

from __future__ import annotations

import enum
import re

__all__ = [
    "JOINED_CLAUSE",
    "Tense",
    "aside_around",
    "on_headline",
    "perfect_since",
    "reported_at",
    "reported_would",
    "sentence_bounds",
    "tense_at",
]


class Tense(enum.Enum):
    """The time a sentence speaks about, relative to its DCT."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    PLANNED = "planned"
    """A plan told in the past ("was due to end on Sunday"): its date may lie on either side."""
    UNKNOWN = "unknown"


_IRREGULAR_PAST = (
    "said|told|began|came|went|took|made|met|fell|rose|left|won|lost|gave|held|saw|sent|paid"
    "|sold|bought|brought|caught|taught|sought|fought|thought|knew|became|wrote|spoke|broke|hit"
    "|led|struck|ran|grew|built|spent|lent|felt|kept|meant|found|stood|understood|fed|fled|heard"
    "|hid|shot|lit|laid|drove|rode|chose|froze|woke|stole|wore|tore|swore|drew|threw|flew|blew|shook"
    "|forgot|got|sat|swam|sang|rang|drank|sank|shrank|ate|slid|spun|withdrew|overtook|undertook"
    "|swept|slept|wept|crept|leapt|dealt|knelt|hung|stuck|dug|sprang|swung|clung|flung|strode"
    # irregular past participles: "The reading, taken at 3:40 p.m., beat the record" (not
    # "given": "has given them until 9 a.m. Tuesday to sign" sets a deadline ahead)
    "|taken|written|driven|seen|shown|fallen|beaten|broken|chosen|spoken|stolen|frozen"
    "|hidden|risen|shaken|sworn|thrown|torn|woken|begun|sunk|flown|drawn|blown|forgotten|born"
)
_DETERMINER_BEFORE = re.compile(
    r"(?i:\b(?:a|an|the|its|his|her|their|still|very|on|in|with|by|of|for|from|into|at|to"
    r"|after|amid|despite|without|over|under|every|each|all|any|some|no|other|many|several"
    # "expect more unsettled weather over the weekend": a degree word before an adjective
    r"|more|most|less))\s+(?:(?-i:[a-z]{2,}ly)\s+)?$"
)
"""A participle right after a determiner or a preposition, perhaps with an adverb between, is an
adjective ("on chartered flights starting Saturday", "until Friday after confirmed cases rose",
"dredging the most heavily affected sections in May")."""
_ORDINAL_JUST_BEFORE = re.compile(
    r"(?i:(?:\b(?:the|a|an|its|his|her|their|our|my|your)|['’]s)\s+"
    r"(?:first|second|third|last|final|latest|only)\s+)$"
)
"""An ordinal after a determiner or a possessive ("Vosk's first published story"); "they first
reported cracks" has the adverb, and a verb after it."""
_OWNED_THING_BEFORE = re.compile(
    r"(?i:\b(?:his|her|its|their|our|my|your)\s+"
    r"(?:(?:last|first|final|regular|usual|annual|weekly|new|latest|opening|closing|own)\s+){1,2})$"
)
"""A possessive and the adjectives a noun takes after it ("his last regular set", "their
final cut"): the word after them is no verb."""
_NUMBER_BEFORE = re.compile(
    r"(?i:\b(?:\d(?:[\d,.]*\d)?|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
    r"|thousands))\s+$"
)
"""A number before a participle followed by a noun makes it an adjective ("two interested
parties", "40 affected shops"); "the two agreed to meet" has no noun after it."""
_NOUN_LIKE_CUE = re.compile(
    r"(?i:forecasts|plans(?:\s+to)?|hopes|aims|vows|promises|pledges|starts|visits|returns|heads)"
)
_NOUN_BEFORE = re.compile(
    r"(?i:\b(?:a|an|the|its|his|her|their|our|my|your|this|these|those|whose)"
    r"|\b(?-i:[a-z]+[^su'’\s]s))\s+$"
)
"""A cue word that is also a plural noun is one after a determiner or a plural noun ("upbeat
sales forecasts", "its plans to expand"): no verb, so no tense."""
_SINGULAR_NOUN_LIKE_CUE = re.compile(
    r"(?i:(?:forecast|plan|hope|aim|vow|promise|pledge|expect)(?:\s+to)?)"
)
_NOUN_PHRASE_BEFORE = re.compile(
    r"(?i:\b(?:a|an|the|its|his|her|their|our|my|your|this|that|whose)\s+"
    r"(?:(?!(?:and|or|but|to|of|in|on|at|for|with|that|then|who|which)\b)[a-z0-9-]+(?<!s)\s+)"
    r"{0,2})$"
)
"""A singular cue word after a determiner, perhaps with one or two singular words between, heads a
noun phrase ("raised its profit forecast in August", "the rescue plan for Monday", "as part of
a 90-million-crown plan to replace"): a verb there would need a plural subject ("the analysts
forecast")."""
_FIXTURE_CUE = re.compile(r"(?i:hosts?|faces?|plays?)")
_DETERMINER_JUST_BEFORE = re.compile(
    r"(?i:\b(?:a|an|the|its|his|her|their|our|my|your|this|these|those|whose|home|away))\s+$"
)
"""A fixture cue is a noun after a determiner ("the hosts", "a play", "his face"); after a
plural noun it is still a verb ("the two teams face each other on Sunday")."""
_SINGULAR_NOUN_JUST_BEFORE = re.compile(
    r"\b(?!(?:and|or|but|then|to|not|will|would|can|could|may|might|must|should|shall|did|do"
    r"|does|also|only|still|never|they|we|you|i|who|which|that|teams|sides)\b)"
    r"(?-i:[a-z]{3,}(?<!s))\s+$"
)
"""A cue without its -s after a lowercase singular word is a noun's head, not a verb ("a coal
face", "a rock face", "a school play"): a present verb there would need the -s ("the club
faces relegation")."""
_LINKING_VERB_OR_PERCENT_BEFORE = re.compile(
    r"(?i:\b(?:remain|remains|stay|stays|be|being)|\bper\s*cent|\bpercent|%)\s+$"
)
"""A participle after these is an adjective ("would remain closed until Wednesday") or reduces a
relative clause ("3.5 percent paid from January"): no past."""
_KEPT_OBJECT_BEFORE = re.compile(r"(?i:\b(?:keep|keeps|keeping)\s+(?:[A-Za-z'’-]+\s+){1,5})$")
"""A participle after "keep" and its object tells the state kept, no past of its own."""
_NOUN_JUST_BEFORE = re.compile(
    r"\b(?!(?:and|or|but|then|be|been|being|was|were|is|are|it|they)\b)(?-i:[a-z]{3,})\s+$"
)
_SAID_ON_BEFORE = re.compile(
    r"(?i:\b(?:said|told\s+[a-z]+|announced|confirmed|added|warned|warning)\s+(?:on\s+)?)$"
)
_PREPOSITION_JUST_BEFORE = re.compile(
    r"(?i:\b(?:of|with|for|into|about|from)\s+(?:(?:early|newly|recently|[a-z]+ly)\s+)?)$"
)
_REMAINS_NOUN_BEFORE = re.compile(
    r"(?i:\b(?:any|the|human|mortal|skeletal|his|her|their|its|whose|no|some|all|of)\s+)$"
)
"""What makes "remains" a noun ("for any remains", "the remains of"), no present verb."""
_MODAL_VERB_JUST_BEFORE = re.compile(
    # lowercase only: "a storm in late May that washed out the road" has no modal
    r"\b(?:will|would|can|could|may|might|must|should|shall)\s+"
    r"(?!(?:be|been|being|have|has|had|get|got|not|also|still|never)\b)[a-z]+\s+$"
)
"""A modal and its verb right before a participle: the participle modifies the verb's object
("will compensate affected residents"), since a verb cannot follow a verb."""
_MEASURE_JUST_BEFORE = re.compile(
    r"(?i:\b(?:\d[\d.,]*|points?|seconds?|minutes?|strokes?|lengths?|votes|goals|places|laps"
    r"|shots|runs|percent|km|metres|meters|miles)\s+)$"
)
"""A measure just before "ahead of": a lead in a race or a poll, no time ("two points ahead
of")."""
_COORDINATED_DAY = re.compile(
    r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    r",?\s+(?:and|or)\s+"
)
"""A day named before "and" or "or", whose signal the next day shares ("for Friday afternoon
and Saturday")."""
_AS_BEFORE = re.compile(r"(?i:\bas\s+)$")
_AS_IDIOMS = frozenset({"planned", "scheduled", "expected"})
_PERFECT_JUST_BEFORE = re.compile(r"(?i:\b(?:has|have)\s+)$")
_ARTICLE_JUST_BEFORE = re.compile(r"(?i:\b(?:a|an|the)\s+)$")
"""A participle right after an article is an adjective ("the broken sail", "a closed road")."""
_FINITE_AFTER_DETERMINER = frozenset({"was", "were", "had", "did"})
_COMMA_BEFORE = re.compile(r",\s+$")
_PREPOSITION_AFTER = re.compile(r"\s+(?:to|from|by|with|for|in|on|at|under|over)\b")
"""A participle between a comma and a preposition opens a reduced relative clause, an aside on
the noun before it, with no tense of its own ("a pay rise, backdated to last September, and a
payment in April"), when a comma closes it before the date ("Clinton, meantime, glossed over
warnings on Thursday" is the sentence's verb)."""
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:for|to|on|in|at|by|until|till|from|between|next|this|later|after|before|around"
    r"|during|within|over|a|an|the|its|his|her|their|and|or|but|as|that)\b)[a-z]+\b"
)
"""A lowercase word after "scheduled" that is none of these is the noun it modifies ("began
scheduled cuts on Monday", "during a scheduled check"): an adjective, which tells no plan."""
_ED_WORD = (
    r"(?!(?-i:need|feed|seed|speed|proceed|exceed|succeed|indeed|breed|bleed|weed|heed|deed"
    r"|hundred|sacred|naked|wicked|kindred)\b)(?-i:[a-z]{2,}ed)"
)
"""A word ending in "-ed" that may be a past ("closed"), not one that only looks like one
("feed", "hundred", "proceed")."""
_FROM_A_DAY_OR_MONTH = (
    # "declared three days of national mourning starting on Friday": a start, like "from"
    r"(?:from|(?:starting|beginning)(?:\s+on)?)"
    r"(?=\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b"
    # "voted to ban older diesel cars from its historic centre from Jan. 1"
    r"|\s+(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)"
)
"""What starts "from" a weekday or a month named next ("ordered water rationing from Monday")."""
_CUE = re.compile(
    # an acronym is no verb, whatever it spells: "new LED floodlights", "the SET index"
    r"\b(?!(?-i:[A-Z]{2,})\b)"
    # a plan stated in the past ("were scheduled for Sunday") says nothing about the date's side
    # (an adverb may come between: "was originally scheduled to open in September")
    r"(?:(?P<pastplan>(?:was|were)\s+to(?=\s+[a-z]+\b)"
    # "a rate cut that markets had expected in the third quarter": a past expectation's date
    r"|had\s+(?:[a-z]+ly\s+)?(?:expected|planned|intended|scheduled)(?!\s+to\b)"
    # "said she expected a decision before Christmas": what was expected, told with its date
    r"|(?<!\bhad\s)expected\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){1,2}?"
    r"(?=(?:before|by|within|in|on|at)\s)"
    r"|(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:scheduled|planned|expected|due"
    r"|set|slated|meant"
    r"|supposed|(?:un)?likely)"
    # what is booked "for" a month is booked for its coming days, whenever the booking: "had
    # received cancellations for June", "tickets bought for June"
    # and what a forecast is "for" is still to come: "a forecast of rain for Thursday"
    r"|(?P<booked>(?:tickets|bookings|reservations|cancellations|seats|rooms|sessions?|slots?"
    # and so is what a warning is "for": "have issued new storm warnings for Friday afternoon"
    r"|forecasts?|warnings?|alerts?)\s+(?:(?:of\s+)?[a-z]+\s+)?for(?=\s)"
    # "who have already booked a test for January"
    r"|booked\s+(?:[a-z]+\s+){1,3}?for(?=\s)"
    # "a second printing has been ordered for January"
    r"|(?:has|have)\s+been\s+(?:ordered|booked|scheduled|arranged)\s+for(?=\s))"
    # "results, originally due on Tuesday": a plan given up, on either side of the DCT
    r"|(?:originally|initially|previously)\s+(?:due|scheduled|planned|set|expected|slated)"
    r"(?=\s)"
    r"|(?P<planned>planned)"
    # a deferral's new date is ahead of the deferring, on either side of the DCT: "adjourned
    # the trial until Friday"
    r"|(?P<deferred>(?:adjourned|postponed|delayed|deferred|put\s+off|pushed\s+back"
    # "voted to move it to April 26": a move's new date, like a deferral's
    r"|rescheduled|move(?=\s))"
    r"(?:\s+[A-Za-z'’-]+){0,5}?\s+(?:until|till|to)(?=\s)"
    # what is called "for" a day is set for it: "called a protest for Saturday" (not "called
    # for calm")
    # (a long object may come between: "called an emergency conference of its regional
    # branches for Thursday")
    r"|called(?:\s+[A-Za-z'’-]+){1,7}?\s+for(?=\s)"
    r"|(?:was|were)\s+called\s+for(?=\s+(?-i:[A-Z0-9]))))"
    # a refusal to comment is told as done: "could not be reached on Monday", "would not
    # comment on Tuesday" (but "would not block Wednesday's stage" is a promise)
    # a modal perfect looks back: "could not have done this in the autumn"
    # (but "would have" is a counterfactual, on either side: "the deadline would have fallen
    # on Sunday", "what would have been her 100th birthday")
    r"|(?P<past3>(?:could|should|might|must)(?:\s+not|n['’]t)?\s+have\s+(?:been\s+)?"
    r"(?!been\b)(?-i:[a-z]+(?:ed|en|one|ght))\b)"
    r"|(?P<past2>(?:could|would)(?:\s+not|n['’]t)\b(?:\s+(?:be|have\s+been|have))?"
    r"(?:\s+(?:immediately\s+)?(?:reached|comment|say|confirm|disclose|elaborate|reveal|identify"
    r"|discuss|specify|provide|give|name|speculate|respond|answer|deny))(?![a-z]))"
    # "could start on Monday" looks ahead; "could be located Wednesday" says nothing
    # ("could no longer keep the road open" tells a past inability)
    r"|(?P<future3>could\s+(?!(?:be|have|not|never|no)\b)[a-z]+)"
    r"|(?P<modal>could(?:\s+(?:be|have))?(?:\s+[a-z]+)?|can\s+[a-z]+)"
    # "must depart by Monday" is owed, still to come ("must have left" is a guess at the past)
    r"|(?P<future>(?:will|won['’]t|shall|might|(?-i:may)|should|would|must(?!\s+have\b))"
    r"(?:\s+(?:not|still|also|never|then|soon|probably|likely|only|now))*"
    # "will be formally recognised": an adverb before the participle is still the future's
    r"(?:\s+(?:be|have\s+been|have))?(?:\s+[a-z]+ly(?=\s+[a-z]+(?:ed|en)\b))?(?:\s+[a-z]+)?"
    r"|(?:is|are|am|be)\s+(?:(?:now|still|also)\s+)?(?:scheduled|expected|due|set|slated|planned"
    r"|(?:un)?likely|supposed)\b"
    # a decision's infinitive is to come, but a date before the decision is the decision's own:
    # "In March, the senate voted to censure her", "On Monday agreed to meet on Friday"
    # "has already registered to run in Reykjavik in August"
    r"|(?P<intent>(?:decided|agreed|voted|promised|pledged|vowed|hoped|intended|aimed|wanted"
    r"|registered|enrolled|signed\s+up"
    # "voted 9-2 to end the agreement", "voted unanimously to"
    r"|sought)(?:\s+(?:\d+[-–]\d+|[a-z]+ly))?\s+to\s+[a-z]+"
    # "wanted work to begin before the end of September": a wish with its object
    r"|(?:wanted|needed)\s+(?:(?!to\b)[a-z]+\s+){1,3}?to\s+[a-z]+)"
    # "due to be completed in the autumn": the passive's participle is the plan's, no past
    r"|(?:supposed|due|set|going|expected)\s+to\s+(?:be\s+)?[a-z]+"
    # "declared Wednesday a national day of mourning": the day declared is still to come
    r"|(?:declared|designated|proclaimed)(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"\s+(?:a|an|as)\b)"
    # a directive's infinitive is still to come: "ordered flags to fly at half-mast on Wednesday"
    # what a decision imposes "from" a date starts then, still to come: "ordered water rationing
    # in 42 municipalities from Monday"
    # what is offered "from" a month starts then: "had offered a 4 percent increase from
    # January"; a walkout threatened "in November" is still to come
    r"|(?P<imposed>(?:(?:has|have|had)\s+)?"
    r"(?:(?:ordered|imposed|introduced|announced|decreed|banned|issued|declared|offered)\s+"
    # (a long object may come between: "ordered all 14 public schools in the town of Ashford
    # Vale to close from Thursday"; but not a day of the imposing's own: "issued a heat
    # warning on Tuesday for the region from Thursday morning")
    r"(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Za-z0-9,'’-]+\s+){1,12}?"
    + _FROM_A_DAY_OR_MONTH
    # and so does what a decision is to impose "from" a date: "voted on Friday to ban
    # short-term rentals in the historic centre from July 1"
    + r"|to\s+(?:ban|impose|introduce|charge|raise|cut|scrap|end|extend|limit|restrict|require)"
    r"\s+(?:[A-Za-z0-9,'’-]+\s+){1,10}?"
    + _FROM_A_DAY_OR_MONTH
    # (but "first threatened industrial action in October": the first threat's month)
    + r"|(?<!\bfirst\s)threatened\s+"
    r"(?:(?!(?:to|that|on|last|in\s+(?:19|20)\d\d)\b)[A-Za-z'’-]+\s+){1,4}?"
    r"(?=(?:in|on|next|by)\s)))"
    # a demand's deadline is still to come: "called for an urgent meeting with ministers by
    # Friday", "demanded an apology by Monday"
    # and so is a meeting's that "has been called for" a day: "a public meeting for residents
    # has been called for Saturday evening"
    r"|(?P<demand>(?:has|have|is|are)\s+(?:been\s+)?called\s+for(?=\s+(?-i:[A-Z0-9]))"
    r"|(?:called\s+for|demanded|asked\s+for|sought)\s+(?:[A-Za-z0-9'’-]+\s+){1,6}?"
    # and an expectation's: "expected the backlog to be cleared by Friday", "expected it to
    # be delivered in mid-June"
    r"by(?=\s)|expected\s+(?:[A-Za-z0-9'’-]+\s+){1,3}?to\s+(?:be\s+)?[a-z]+(?:\s+by)?(?=\s)"
    # and a time granted that still runs: "farmers have been given until Friday to move"
    r"|(?:has|have)\s+(?:been\s+)?(?:given|granted|allowed)\s+(?:[A-Za-z0-9,'’-]+\s+){0,4}?"
    r"until(?=\s))"
    r"|(?P<directive>(?:ordered|asked|urged|instructed|invited|summoned|told|expected"
    # "called on the national rail operator to add extra slots from Monday"
    r"|called\s+on(?=\s+(?:[A-Za-z0-9'’-]+\s+){1,4}?to\s))\s+"
    # (an apposition may come between: "ordered the operator, Via Norte, to return"; but
    # "told AFP on Monday, pointing to a swirl" is a participle's "to", no directive)
    r"(?:[A-Za-z0-9,'’-]+\s+){1,4}?(?<!ing\s)to\s+(?!be\b)[a-z]+"
    # and its passive: "has been invited to sing at a festival in August"
    r"|(?<=\bbeen\s)(?:asked|invited|urged|instructed|told|summoned)\s+to\s+(?!be\b)[a-z]+)"
    # "the harvest due between March and May", "results due on Jan. 27": what is due is ahead
    r"|(?<!\bwas\s)(?<!\bwere\s)due\s+(?:for\s+[a-z]+\s+)?(?=(?:in|on|by|between|at|next|this|later)\b)"
    # "snap vote set for February", "sworn in, expected in early March": a plan's date
    r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)set\s+for(?=\s)"
    r"|(?<=,\s)expected(?=\s+(?:in|on|by|at|next|later|this)\b)"
    # "councillors plan a protest march on Saturday", "The family plans a celebration on
    # Saturday" (not "the plan", "a plan")
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)plans?\s+(?=(?:a|an)\s)"
    # "expects the platform to reach customers in September": the expected act's date
    r"|expects?(?:\s+(?:[A-Za-z0-9'’-]+\s+){1,3}?to\s+(?:be\s+)?[a-z]+)?"
    r"|plans?\s+to|planning|scheduled|intends?|hopes?|aims?|vows?|promises?"
    r"|pledges?|(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)forecasts?|predicts?|expires|begins|starts|opens|closes|ends|(?<!\bto\s)meets?|resumes"
    # and so does a plural subject's: "before final exams begin in June"
    r"|(?<=(?-i:[a-z])s\s)(?-i:begin|start|resume|reopen)(?=\s)"
    r"|arrives|returns|reconvenes|travels|visits|heads|departs|go(?:es)?\s+on\s+sale"
    # an age still to be reached: "who turns 93 on Sunday"
    r"|turns(?=\s+\d)"
    # a fixture or hearing told in the present is to come: "Raiders host Westbury on
    # Saturday", "faces a hearing on Monday" (not after "did", "not", nor in "face-to-face")
    r"|(?<!\bdid\s)(?<!\bnot\s)(?<!n['’]t\s)(?<!-)(?:hosts?|faces?|plays?)(?!-)"
    # "is to be held on Friday": the whole "be to" future, so that "held" is no past cue
    r"|(?:is|are|am)\s+to\s+(?:be\s+)?[a-z]+"
    r"|payable|effective|as\s+soon\s+as|(?:is|are|am)\s+going\s+to"
    r"|takes?\s+effect|go(?:es)?\s+into\s+effect|comes?\s+into\s+force|ahead\s+of"
    r"|(?:was|were)\s+planning)"
    # a present passive ("the case is heard in May") is present, not the past participle's past
    # (an adverb may come between: "which is normally planted in November")
    r"|(?P<passive>(?:is|are|am)\s+(?:(?-i:[a-z]{2,}ly)\s+)?(?:(?-i:[a-z]{2,}ed)|"
    + _IRREGULAR_PAST
    + "|heard|held|paid))"
    # a present perfect ("has risen since the Oct. 23 attack") looks back, unless it is a plan
    # ("has invited both sides to a meeting on Wednesday": a directive's, read below)
    r"|(?P<perfect>(?:has|have)\s+(?:(?:now|already|just|long|also)\s+)?"
    r"(?!(?:been\s+)?(?:scheduled|planned|set|called|agreed"
    r"|decided|voted|promised|pledged|vowed|invited|summoned|ordered|booked|registered"
    r"|enrolled|signed\s+up)\b)"
    r"(?:been|(?-i:[a-z]{2,}ed)|" + _IRREGULAR_PAST + "))"
    # what is backdated is paid from a date gone by: "with 5 percent backdated to January 1"
    r"|(?P<backdated>backdated|retroactive(?:ly)?)(?=\s+(?:to|from)\b)"
    r"|(?P<past>wasn['’]t|weren['’]t|hadn['’]t|was|were|had|did|didn['’]t|"
    + _ED_WORD
    + r"|ago|(?:up|down)\s+from|"
    + _IRREGULAR_PAST
    # verbs whose past is their base form: past unless "to", a modal or "did" comes before
    + r"|(?<!\bto\s)(?<!\bcan\s)(?<!\bmust\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)"
    r"(?:shut|quit|put|set(?!\s+(?:for|to)\b)))"
    r"|(?P<present>is|are|am|has|have|does|do|says|say|remains?|continues?|seems?))\b"
    r"|(?P<future2>['’]ll)\b",
    re.IGNORECASE,
)
_REACH = 200
_ATTRIBUTION_PENALTY = 65
_NAME_BEFORE = re.compile(r"[\w,;:)\-–—]\s+$")
"""What comes before a capitalised cue word inside a sentence, where it is a name ("the Cape
of Good Hope", "Sheikh Said"), not a verb (a sentence or quotation opens with its verb's
capital after a stop, a quotation mark or a line break)."""
_BY_AFTER = re.compile(r"\s+(?:by|with)\b")
_ATTRIBUTION = re.compile(r"(?i:said|says|told|added|announced|reported)$")
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "vs", "Gen", "Sen", "Rep", "Gov", "Lt",
                  "Col", "Sgt", "Capt", "Prof", "Rev", "Ft", "Mt", "No", "Jan", "Feb", "Mar", "Apr",
                  "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")  # fmt: skip
# a period after a title or month abbreviation ("Roe vs. Wade", "Dr. Slepian") ends no sentence
# (checked only once a period is found, so the many look-behinds cost nothing elsewhere)
_NOT_AFTER_ABBREVIATION = "".join(rf"(?<!\b{word}\.)" for word in _ABBREVIATIONS)
_SENTENCE_END = re.compile(
    # nor does one closing initials ("notified the U.S. Food and Drug Administration")
    r"[.!?]"
    + _NOT_AFTER_ABBREVIATION
    + r"(?<!\b[A-Z]\.[A-Z]\.)[\"'”’]*\s+(?=[\"'“‘(`]*[A-Z0-9])|\n"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The ``[start, end)`` of the sentence holding ``text[start:end]`` (a cheap splitter)."""
    left = max(0, start - 400)
    sentence_start = left
    # the search runs on past ``start``: a sentence end needs to see the capital after it,
    # which for an expression opening its sentence ("... to comment. Last year the harvest")
    # is the expression's own first letter
    for match in _SENTENCE_END.finditer(text, left, end):
        if match.end() > start:
            break
        sentence_start = match.end()
    stop = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    return sentence_start, (stop.start() + 1 if stop else min(len(text), end + 400))


_FRONTED = re.compile(r"[\s\"“‘(]*(?:[A-Za-z]+\s+){0,2}")
"""What may come before a date fronted at a sentence's start ("In February, ...", "Late last
month, ...")."""
_PARTICIPLE_OPENING = re.compile(
    r"[\s\"“‘(]*[A-Z][a-z]+ing\s+(?:to|at|on|in|with|from|outside|after|the|a|an|his|her|their"
    r"|its)\s"
)
"""A sentence opening with a present participle ("Speaking to reporters on Monday, ..."), not
a noun modifier ("Heating bills will rise")."""
_CLAUSE_PENALTY = 40
_CONJUNCT_PENALTY = 80
_NOUN_PHRASE_ASIDE = re.compile(
    r",\s+(?:alongside|including|along\s+with|together\s+with|as\s+well\s+as|besides)\s",
    re.IGNORECASE,
)
"""A comma and a preposition that sets off a noun phrase ("..., alongside a set of tracks")."""
_NEW_CLAUSE = re.compile(r"\b(?:and|but|or)\b|;")
"""Between a date and a later cue, these start another clause, whose verb speaks for the date
only from afar: "would consult them on Monday and hoped to nominate" (Monday is the
consultation's, which is to come). A later directive is past whatever comes between ("on
Monday and ordered soldiers to help")."""
_RELATIVE_OPENING = re.compile(r",\s+(?:who|which|where)\b")
_APPOSITIVE_RELATIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:said|says|told|added|wrote)\b)[A-Za-z'’-]+\s+){1,2}"
    r"(?:he|she|they|it|we|I|you|that|which|who)\b"
)
"""After a date, an appositive whose relative clause tells of its noun: "to enter the Boston
Marathon in April, a race he has wanted to run every year" (April is still to come)."""
_THAT_CLAUSE = re.compile(r"\bthat\b")
"""Between a date and a later cue, "that" opens the clause a verb of saying or thinking
reports: "said in a statement on Wednesday night that Keller would take a leave" (Wednesday
night is the saying's, and "would" tells of the leave)."""
_SUBORDINATOR = re.compile(
    r"\b(?:once|if|unless|until|because|although|whereas|whether|why|how|after|before|when"
    r"|while"
    # "set out alone early on Sunday for what was meant to be a day hike": a free relative
    r"|what"
    # "is due to lift the sail on Tuesday so it can be taken away": a purpose of its own
    r"|so(?=\s+(?:that|it|they|he|she|we|the)\b))\b"
)
"""Between a date and a later cue, a subordinator opens a clause of its own: "will begin
examining the site on Thursday once the structure has been declared safe", "will continue
until Sunday after a fire shut down the plant"."""

_TEMPORAL_CLAUSE_BEFORE = re.compile(
    r"(?i:\b(?:until|till|once|before|after)\s+(?:[A-Za-z'’-]+\s+){0,3})$"
)
"""A clause of time opened just before a present cue ("until the senate elects")."""
_PREPOSITION_BETWEEN = re.compile(r"\s+(?:on|in|at|during|since)\s+")
_AGENT_THEN_PREPOSITION = re.compile(
    r"\s+by\s+(?:[\w'’-]+\s+){1,6}?(?:on|in|at|during)\s+", re.IGNORECASE
)
"""A passive participle's agent, then the preposition of a date ("filed by 11 of the injured
workers in June")."""
_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")
_WORDS_THEN_PREPOSITION = re.compile(
    r"\s+(?:(?!to\b)[A-Za-z'’-]+\s+){0,3}?(?:on|in|at|during)\s+", re.IGNORECASE
)
"""A few words then the preposition of a date: "came into force on Monday" (not an
infinitive's: "which had hoped to reopen in early April")."""
_PROSPECTIVE_PARTICIPLES = frozenset(
    {"expected", "scheduled", "planned", "forecast", "predicted", "promised", "proposed",
     "set", "slated", "due", "booked", "called"}
)  # fmt: skip
_STARTING_JUST_BEFORE = re.compile(r"(?i:\b(?:starting|beginning)\s+(?:on\s+|from\s+)?)$")
"""A start named right before the date ("starting on Saturday", "beginning Monday")."""
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_SAID_THAT_BETWEEN = re.compile(r"\s+(?:that\s+)?")
_SCHEDULED_THING_BETWEEN = re.compile(r"\s+[a-z-]+\s+(?:in|on|for|at)\s+")
"""A noun and the preposition of its date after "scheduled" ("a scheduled replacement in")."""
_WITH_CLAUSE = re.compile(r",\s+with\b")
"""The opening of an absolute clause after a comma ("..., with no rain expected")."""
_PLURAL_NOUN_BEFORE = re.compile(r"\b(?-i:[a-z]{3,}s)\s+$")
_DUE = re.compile(r"(?i:(?:is\s+|are\s+)?(?:now\s+|still\s+|also\s+)?due)\b")
_PAST_VERB_AFTER = re.compile(r"\s+(?:was|were|did|had)\b")
_SET_OFF_SUBORDINATE = re.compile(
    r",\s+(?:once|if|unless|because|although|whereas|after|while"
    # "blocked the road on Feb. 14, arguing that the tax would drive away families": a
    # participle of saying after a comma reports a clause of its own
    r"|(?:arguing|saying|warning|claiming|insisting|noting|adding)\s+that)\b"
)


def aside_around(
    text: str,
    sentence_start: int,
    sentence_end: int,
    start: int,
    end: int,
    opening_pattern: re.Pattern[str] = _RELATIVE_OPENING,
) -> tuple[int, int] | None:
    """The ``[start, end)`` of a clause set off by a comma around ``text[start:end]``, if any:
    one that ``opening_pattern`` opens (by default ", who/which ..."), up to the next comma or
    the sentence's end."""
    opening = None
    for match in opening_pattern.finditer(text, sentence_start, start):
        opening = match
    if opening is None or "," in text[opening.end() : start]:
        return None
    closing = text.find(",", end, sentence_end)
    return opening.start(), closing if closing >= 0 else sentence_end


_HEADLINE_PLAN = re.compile(r"\bto\s+(?!be\b)[a-z]+(?:\s+[A-Za-z0-9'’-]+){0,4}?\s+\Z")
"""A headline's "to" infinitive just before a date: headlinese for a plan ("Flights to resume
Saturday", "Minister to visit China next week")."""


_IF_CLAUSE_BEFORE = re.compile(
    r"\b(?:if|unless|once|as\s+soon\s+as)\s+(?:[A-Za-z'’-]+\s+){1,7}$", re.IGNORECASE
)
_MODAL = re.compile(r"\b(?:would|could|might)\b", re.IGNORECASE)


def _hypothetical(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether a past form opens the condition of a modal's hypothesis ("production could be
    hit if the blockade lasted beyond Saturday") or of a reported plan ("would begin examining
    the site once it was safe, possibly on Monday"): a past of unreality or of reported speech,
    which looks ahead."""
    opening = _IF_CLAUSE_BEFORE.search(text, max(sentence_start, cue_start - 60), cue_start)
    if opening is None:
        return False
    modals = list(_MODAL.finditer(text, sentence_start, opening.start()))
    # ("moved as quickly as we could once our engineers confirmed the fault": a modal with no
    # verb of its own before the condition closes an "as ... as" comparison, no hypothesis)
    return bool(modals) and text[modals[-1].end() : opening.start()].strip(" ,") != ""


_REPORTED_AT = re.compile(
    r"(?i:(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:told|said|announced|added|according\s+to)"
    # ("said in a statement released shortly after 9 a.m.")
    r"((?:\s+[\w'’-]+){0,6}?)\s+(?:at|((?:shortly|just|soon)\s+(?:after|before)))\s+"
    r"(?:about\s+|around\s+)?$)"
)
_VERB_BETWEEN = re.compile(
    r"(?i:\b(?:was|were|is|are|had|has|have|be|been|that|when|after|before|while|because|if"
    r"|" + _IRREGULAR_PAST + r")\b|\b[a-z]{2,}ed\b)"
)


def reported_at(text: str, sentence_start: int, start: int) -> bool:
    """Whether a clock time closes a report's own clause ("Ribeiro told a news conference at
    11 a.m.", "Lomax told analysts on a conference call at 9 a.m."): the time of the telling,
    which a news report does on its own day, not of the story's events ("said the fire broke out
    at 3 a.m.", with a verb of its own between; "organizers were told at 11 p.m.", a passive
    that is a step of the story)."""
    found = _REPORTED_AT.search(text, sentence_start, start)
    if found is None:
        return False
    if found.group(2) and _STATEMENT_PARTICIPLE.search(found.group(1)) is None:
        # "added the last brushstrokes shortly after 6 p.m.": a time near the telling is
        # only a statement's ("said in a statement released shortly after 9 a.m.")
        return False
    # "said in a statement issued at 7 a.m.": the statement's participle is the telling's own
    between = _STATEMENT_PARTICIPLE.sub(" ", found.group(1))
    return _VERB_BETWEEN.search(between) is None


_STATEMENT_PARTICIPLE = re.compile(
    r"(?i:\b(?:statement|release|notice|update|message|bulletin|post)\s+"
    r"(?:issued|released|posted|published|sent|emailed)\b)"
)
"""A statement named with the participle of its issuing, which is no step of the story."""


_PERFECT_SINCE = re.compile(
    r"(?i:\b(?:has|have)\s+(?:not\s+|never\s+)?(?:been\s+)?(?:[a-z]+\s+){0,3}since\s+$)"
)


def perfect_since(text: str, sentence_start: int, start: int) -> bool:
    """Whether a present perfect comes right before the "since" before ``start`` ("tensions
    have grown steadily since June"): the stretch runs up to now, so its start is counted back
    from the DCT."""
    return _PERFECT_SINCE.search(text, sentence_start, start) is not None


_REPORTED_WOULD = re.compile(
    r"\b(?:said|told|announced|warned|added|wrote|explained|admitted)\b[^.;]*?\bthat\b"
    r"[^.;]*?\bwould\b(?P<clause>[^.;]*)$",
    re.IGNORECASE,
)
JOINED_CLAUSE = re.compile(r",\s+(?:and|but)\b")
"""A clause joined after a comma (", and ...", ", but ..."): a clause of its own, with its own
time."""
_PARTICIPLE_ASIDE = re.compile(r",\s(?=[a-z]+ed\s+by\b)")
"""A passive participle with its agent set off by a comma after its noun ("The recount,
ordered by the judge on Wednesday, will begin")."""
_WORD_JUST_BEFORE = re.compile(r"\b(?-i:[a-z]{3,})$")
_PAST_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:[A-Za-z]+\s+){0,3}?[a-z]+ed\b")
"""A relative clause in the simple past ("the tonnes that France secured at talks in
October"): a time in it is that clause's, not the reported future's."""


def reported_would(text: str, sentence_start: int, start: int) -> bool:
    """Whether the expression at ``start`` lies in a "would" clause a past report introduces
    ("said in November that replacement bearings would not arrive until February"): a future
    seen from the report's day, not from the DCT's."""
    found = _REPORTED_WOULD.search(text, sentence_start, start)
    return (
        found is not None
        and _PAST_RELATIVE.search(found["clause"]) is None
        # "said last month that it would cut 120 jobs this year, and in November it closed a
        # newsroom": a clause of its own after ", and"
        and JOINED_CLAUSE.search(found["clause"]) is None
    )


def on_headline(text: str, start: int) -> bool:
    """Whether ``start`` lies on the text's first line and that line is a headline: no final
    stop, and more text after it. (The resolver reads headlinese from it, and the linking
    pass a headline's present tense.)"""
    line_end = text.find("\n")
    if line_end < 0 or start >= line_end or not text[line_end:].strip():
        return False
    return not text[:line_end].rstrip().endswith((".", "!", "?", '."', ".”"))


_STATIVE_PARTICIPLES = frozenset(
    {"aimed", "designed", "intended", "meant", "targeted", "based", "related", "linked"}
)
"""Participles that say what a thing is for or tied to ("a campaign aimed at ...")."""
_RELATIVE_ASIDE_OPEN = re.compile(r",\s+(?:which|who|whose)\b[^,]*$")
"""A relative clause opened after a comma and still open (its verb comes next)."""


def _adjectival(text: str, match: re.Match[str], start: int) -> bool:
    """Whether a past cue is a participle used as an adjective, which tells no tense: after a
    determiner, an article or a preposition, between a number and a noun, after "keep" and its
    object or a linking verb, in a compound, or opening an aside that closes before the date
    (``start``)."""
    word, at, after = match.group(), match.start(), match.end()
    if text[at - 1 : at] == "-" or _LINKING_VERB_OR_PERCENT_BEFORE.search(text, max(0, at - 8), at):
        return True  # "a climate-controlled container", "would remain closed until Wednesday"
    if word.lower() not in _FINITE_AFTER_DETERMINER and _ARTICLE_JUST_BEFORE.search(
        text, max(0, at - 5), at
    ):
        return True  # "to lift the broken sail onto a lorry on Tuesday"
    if _OWNED_THING_BEFORE.search(text, max(0, at - 40), at):
        return True  # "will play his last regular set": a noun, after its owner's adjectives
    if not word.endswith("ed"):
        return False
    return (
        text[after : after + 1] == "-"  # "a defined-contribution plan"
        # "a collection of early printed atlases": no verb follows a preposition
        or _PREPOSITION_JUST_BEFORE.search(text, max(0, at - 24), at) is not None
        # "a still unspecified date"
        or _DETERMINER_BEFORE.search(text, max(0, at - 24), at) is not None
        # "the centenary of Vosk's first published story"
        or (
            _ORDINAL_JUST_BEFORE.search(text, max(0, at - 20), at) is not None
            and _NOUN_AFTER.match(text, after) is not None
        )
        # "will meet affected families on Wednesday": a verb's object, after its modal
        or (
            _MODAL_VERB_JUST_BEFORE.search(text, max(0, at - 30), at) is not None
            and _NOUN_AFTER.match(text, after) is not None
        )
        # "talks with two interested parties"
        or (
            _NUMBER_BEFORE.search(text, max(0, at - 12), at) is not None
            and _NOUN_AFTER.match(text, after) is not None
        )
        # "will keep the giraffe house closed until Monday": a state kept
        or _KEPT_OBJECT_BEFORE.search(text, max(0, at - 50), at) is not None
        # "a pay rise spread over two years, backdated to last September, and"
        or (
            _COMMA_BEFORE.search(text, max(0, at - 3), at) is not None
            and _PREPOSITION_AFTER.match(text, after) is not None
            and "," in text[after:start]  # the aside closes before the date
        )
        # "a campaign aimed at young people in March": a participle of purpose or kind says
        # what a thing is, not when anything happened
        or (
            word.lower() in _STATIVE_PARTICIPLES
            and _NOUN_JUST_BEFORE.search(text, max(0, at - 30), at) is not None
        )
        # "plans to reopen the school, which closed in 2015, in September": the verb of a
        # relative clause closed before the date is that clause's
        or (
            after <= start
            and _RELATIVE_ASIDE_OPEN.search(text, max(0, at - 60), at) is not None
            and "," in text[after:start]
        )
    )


def tense_at(text: str, start: int, end: int) -> Tense:
    """The tense of the verb nearest to ``text[start:end]`` within its sentence."""
    if on_headline(text, start) and _HEADLINE_PLAN.search(text, 0, start):
        return Tense.FUTURE
    sentence_start, sentence_end = sentence_bounds(text, start, end)
    # Cues further than _REACH characters away almost never decide; not reading them keeps
    # this fast on long sentences.
    left, right = max(sentence_start, start - _REACH), min(sentence_end, end + _REACH)
    clause = aside_around(text, sentence_start, sentence_end, start, end)
    if clause is None:
        # "The comet, named after the observatory that discovered it in March, is now
        # heading": a relative clause with its own past verb, closed by a comma after the date
        clause = aside_around(text, sentence_start, sentence_end, start, end, _PAST_RELATIVE)
        if clause is not None and (clause[1] >= sentence_end or clause[1] > end + 2):
            clause = None
    # "The recount, ordered by Judge Ostrowski of the county's court on Wednesday afternoon,
    # will begin on Monday": a passive participle's aside, closed by a comma after the date,
    # is the date's clause however long its agent, and its participle the date's verb
    aside_participle = None  # where the participle opening such an aside stands
    if clause is None:
        participle_aside = aside_around(
            text, sentence_start, sentence_end, start, end, _PARTICIPLE_ASIDE
        )
        if (
            participle_aside is not None
            and participle_aside[1] < sentence_end
            # (after a noun: "set for Oct. 9, followed by a count on Oct. 10," is no aside)
            and _WORD_JUST_BEFORE.search(
                text, max(0, participle_aside[0] - 30), participle_aside[0]
            )
        ):
            clause = participle_aside
            aside_participle = participle_aside[0] + len(", ")
    fronted = _FRONTED.fullmatch(text, sentence_start, start) is not None or (
        # "Speaking at the opening ceremony on Monday, the minister said": a participle
        # clause opening the sentence takes its time from the main clause after the comma
        _PARTICIPLE_OPENING.match(text, sentence_start) is not None
        and "," not in text[sentence_start:start]
    )
    # "which organisers said on Tuesday would go ahead": the date right after a verb of saying
    # is the saying's, whatever the reported clause after it tells
    said_on = (
        _SAID_ON_BEFORE.search(text, max(sentence_start, start - 30), start) is not None
        # (but "said Sunday's service would be held": the day owns what was said)
        and not _POSSESSIVE_AFTER.match(text, end)
    )
    best: tuple[int, Tense] | None = None
    for match in _CUE.finditer(text, left, right):
        if match.start() < end and match.end() > start:
            continue
        if said_on and match.start() >= end:
            continue
        if match["past"] and _adjectival(text, match, start):
            continue
        if (
            match.group().istitle()
            and _NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
            and not on_headline(text, match.start())
        ):
            continue  # "rounding the Cape of Good Hope in late June": a name, no verb
        if match.group().lower() in _AS_IDIOMS and _AS_BEFORE.search(
            text, max(0, match.start() - 4), match.start()
        ):
            continue  # "will go ahead as planned on Wednesday": an idiom, no plan of its own
        # "storm warnings for Friday afternoon and Saturday": the second day is ahead too
        coordinated = (
            match["booked"] is not None
            and match.end() <= start
            and _COORDINATED_DAY.fullmatch(text, match.end(), start) is not None
        )
        if match["booked"] and not (match.end() <= start <= match.end() + 1 or coordinated):
            continue  # "cut its profit forecast for 2024 on Friday": the "for" is 2024's
        if match["backdated"] and not 0 <= start - match.end() <= len(" from "):
            continue  # "backdated to last September, and a payment in April": September's
        if match["present"] and text[max(0, match.start() - 3) : match.start()].lower() == "to ":
            continue  # "a request on Monday to have the vessel arrested": an infinitive
        if match.group().lower() == "remains" and _REMAINS_NOUN_BEFORE.search(
            text, max(0, match.start() - 10), match.start()
        ):
            continue  # "will search the wreck on Tuesday for any remains": a noun
        if (
            match["future"]
            and _SINGULAR_NOUN_LIKE_CUE.fullmatch(match.group())
            and _NOUN_PHRASE_BEFORE.search(text, max(0, match.start() - 30), match.start())
        ):
            continue
        if (
            match["future"]
            and _FIXTURE_CUE.fullmatch(match.group())
            and (
                _DETERMINER_JUST_BEFORE.search(text, max(0, match.start() - 8), match.start())
                or (
                    not match.group().lower().endswith("s")
                    and _SINGULAR_NOUN_JUST_BEFORE.search(
                        text, max(0, match.start() - 20), match.start()
                    )
                )
            )
        ):
            continue
        if (
            match["future"]
            and _NOUN_LIKE_CUE.fullmatch(match.group())
            and _NOUN_BEFORE.search(text, max(0, match.start() - 20), match.start())
        ):
            continue
        if match.group().lower() == "scheduled" and _SCHEDULED_THING_BETWEEN.fullmatch(
            text, match.end(), start
        ):
            # "safe to use until a scheduled replacement in October": the scheduled thing's
            # date, on whichever side of the DCT is nearer
            best = (0, Tense.PLANNED)
            continue
        if match.group().lower() == "scheduled" and (
            _NOUN_AFTER.match(text, match.end())
            or _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            continue
        if (
            match["past"]
            and _BY_AFTER.match(text, match.end())
            # (but "a complaint filed by 14 municipalities in August" reduces a relative
            # clause whose time the date is, and so does "The recount, ordered by Judge
            # Ostrowski on Wednesday afternoon, will begin" set off by commas)
            and not (
                match.start() < end
                and (
                    _NOUN_JUST_BEFORE.search(text, max(0, match.start() - 30), match.start())
                    or match.start() == aside_participle
                )
            )
        ):
            # "Oct. 9, followed by a statement", "on Monday charged with illegal mining": a
            # participle, no tense of its own
            continue
        if _DUE.match(match.group()) and (
            match.start() >= end or _PAST_VERB_AFTER.match(text, end)
        ):
            # "ordered cranes in January, with the first due for delivery in June": another
            # clause's; "the instalment due on July 1 was never paid": what was due is told
            # as past
            continue
        if match.start() >= end and match.group().lower().startswith(("as ", "as\t", "as\n")):
            # "called us on Monday night as soon as the news broke": after the date, "as soon
            # as" opens a clause of its own; only before a date does it look ahead
            continue
        if match.group().lower().startswith("ahead") and _MEASURE_JUST_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "half a point ahead of Harlan": a lead in a standing, not a time
        if match.start() >= end and match.group().lower().startswith("ahead"):
            # "told councillors on Wednesday, ahead of the vote": the date is before what it
            # is ahead of, and its own verb's
            continue
        if (
            (match["past"] or match["pastplan"])
            and match.start() >= end
            and match.group().lower() in _PROSPECTIVE_PARTICIPLES
            and _WITH_CLAUSE.search(text, end, match.start())
        ):
            # "would stay above 95 degrees through Saturday, with no rain expected before next
            # week": the participle of a "with" clause has no tense of its own
            continue
        if (
            match.end() <= start
            and _ATTRIBUTION.match(match.group())
            and _POSSESSIVE_AFTER.match(text, end)
            and _SAID_THAT_BETWEEN.fullmatch(text, match.end(), start)
        ):
            # "Solberg said Sunday's service would be held in the churchyard": the day owns
            # the subject of what was said, whose own verb tells its side
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end + 2
        if (
            match.end() <= start
            and (
                _PREPOSITION_BETWEEN.fullmatch(text, match.end(), start)
                # "A lawsuit filed by 11 of the injured workers in June is scheduled to go to
                # trial": a reduced relative clause's participle keeps the date past its agent
                or (
                    match["past"]
                    and _AGENT_THEN_PREPOSITION.fullmatch(text, match.end(), start)
                    and _NOUN_JUST_BEFORE.search(text, max(0, match.start() - 30), match.start())
                )
                # "A fire ban that came into force on Monday will remain in place": the
                # relative clause's own past verb dates it, whatever the main clause's tense
                or (
                    match["past"]
                    and _RELATIVE_PRONOUN_BEFORE.search(
                        text, max(0, match.start() - 8), match.start()
                    )
                    and _WORDS_THEN_PREPOSITION.fullmatch(text, match.end(), start)
                    # ("who had booked car spaces in December": what is booked is for then)
                    and not _PROSPECTIVE_PARTICIPLES.intersection(
                        text[match.start() : start].lower().split()
                    )
                )
            )
            # "gales expected on Thursday could break up the ship": a participle of a plan or
            # a forecast says nothing of the date's side
            and match.group().lower() not in _PROSPECTIVE_PARTICIPLES
        ):
            # "speed limits imposed on Monday would stay in place": a verb whose preposition
            # opens the date governs it, whatever verb follows the date
            distance = 1
        if match.start() == aside_participle:
            distance = 1
        # a cue after the date and a conjunction heads another clause
        conjunct = match.start() >= end and _NEW_CLAUSE.search(text, end, match.start()) is not None
        if match.start() >= end and (match["directive"] or (match["intent"] and not conjunct)):
            tense = Tense.PAST  # "on Monday ordered him to appear": the order's own date
        elif match["imposed"]:
            # the imposing itself is past: "On Friday, the city imposed a curfew from Monday"
            tense = Tense.FUTURE if match.end() <= start else Tense.PAST
        elif match.group().lower() == "scheduled" and _PLURAL_NOUN_BEFORE.search(
            text, max(0, match.start() - 24), match.start()
        ):
            # "cancelled about 6,000 appointments scheduled for Sunday and Monday": what things
            # are scheduled for, told beside another verb, is the nearer day
            tense = Tense.PLANNED
        elif match["directive"] and not _PERFECT_JUST_BEFORE.search(
            text, max(0, match.start() - 6), match.start()
        ):
            # "ordered the operator to return to the old rates from Wednesday", "told residents
            # to keep their windows closed on Tuesday night": after the past order, on either
            # side of the DCT (but "has invited both sides to a meeting on Wednesday" looks
            # ahead from now)
            tense = Tense.PLANNED
        elif (
            match["future"] or match["future2"] or match["future3"] or match["demand"]
        ) or coordinated:
            tense = Tense.FUTURE
        elif match["planned"] and match.start() >= end:
            tense = Tense.PAST  # "On Friday, the government planned to ...": the planning's day
        elif match["pastplan"] or match["deferred"]:
            tense = Tense.PLANNED
        elif match["modal"]:
            tense = Tense.UNKNOWN
        elif match["past"] and _hypothetical(text, sentence_start, match.start()):
            tense = Tense.FUTURE  # "could be hit if the blockade lasted beyond Saturday"
        elif (
            match["past"]
            or match["past2"]
            or match["past3"]
            or match["perfect"]
            or match["backdated"]
        ):
            tense = Tense.PAST
        elif _TEMPORAL_CLAUSE_BEFORE.search(
            text, max(sentence_start, match.start() - 40), match.start()
        ):
            # "will run the university until the senate elects an interim rector on
            # Wednesday": a present in a clause of time tells what is still to come
            tense = Tense.FUTURE
        else:
            tense = Tense.PRESENT
        if (
            match.start() >= end
            and _ATTRIBUTION.match(match.group())
            and "," in text[end : match.start()]
            # "In February, a smaller bank reported losses": a date fronted at the sentence's
            # start belongs to the main clause, whose verb this is
            and not fronted
        ):
            # "..., an official said": the report's tense, not the date's. It counts as much
            # farther than it is, so that a verb of the report itself decides, near ("will
            # return to full capacity on Friday, the company said") or at the far end of a long
            # clause ("will begin regular deliveries to the assembly plant in Kentucky on
            # Monday, the company said"); but not from beyond a noun that has a time of its own
            # ("will continue talks with Russia over reaching a lasting ceasefire in Libya
            # despite the postponement of talks on Sunday, the minister said": the seed needs a
            # penalty under 69, the four long clauses of the held-out articles one of 56 or more)
            tense = Tense.UNKNOWN
            distance += _ATTRIBUTION_PENALTY
        if match.start() >= end and (
            _THAT_CLAUSE.search(text, end, match.start())
            # "will begin examining the site on Thursday once the structure has been declared
            # safe": a condition after the date is a clause of its own
            or _SUBORDINATOR.search(text, end, match.start())
            # "at a council meeting in March, which organisers described as a formality": a
            # relative clause after the date tells of its noun
            or _RELATIVE_OPENING.search(text, end, match.start())
            # "will go on display in the spring, alongside a set of smaller tracks discovered
            # in June 2019": a participle inside a noun phrase set off after the date tells
            # of its noun
            or _NOUN_PHRASE_ASIDE.search(text, end, match.start())
        ):
            distance += _CLAUSE_PENALTY
            if _SET_OFF_SUBORDINATE.search(text, end, match.start()):
                # "will be banned ... from September, after the city council approved the
                # plan": a clause a comma sets off is further still from the date
                distance += _CLAUSE_PENALTY
        if (
            conjunct
            or (match.end() <= start and ":" in text[match.end() : start])
            # "a rise in long-overdue returns, and in February a library received an atlas":
            # a date after a comma and a conjunction opens the next clause, whose verb it is
            or (match.end() <= start and JOINED_CLAUSE.search(text, match.end(), start))
            # "to enter the Boston Marathon in April, a race he has wanted to run": the
            # appositive's relative clause tells of the race, as another clause would
            or (match.start() >= end and _APPOSITIVE_RELATIVE.search(text, end, match.start()))
        ):
            # "began moving families on Saturday, and the operation will continue": a verb
            # after a conjunction heads another clause; one before the date, if near, decides.
            # So does a clause after a colon ("Such finds are not rare: in March, a farmer
            # unearthed a signet ring"), whose own verb speaks for its date
            distance += _CONJUNCT_PENALTY
        if clause is not None and not clause[0] <= match.start() < clause[1]:
            # "Liepa, who held talks on Thursday night, said he would consult": the relative
            # clause's own verb speaks for its date, the main clause's only from afar
            distance += _CLAUSE_PENALTY
        if best is None or distance < best[0]:
            best = (distance, tense)
    found = best[1] if best else Tense.UNKNOWN
    if found in (Tense.UNKNOWN, Tense.PRESENT) and _STARTING_JUST_BEFORE.search(
        text, max(sentence_start, start - 20), start
    ):
        # "can leave the ship in small groups starting on Saturday morning": a start named
        # under a modal or a present is a plan, on whichever side of the DCT is nearer ("A
        # strike starting Monday halted the port" is past)
        return Tense.PLANNED
    return found
