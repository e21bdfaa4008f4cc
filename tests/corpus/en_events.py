"""Sentence-level event cases, written from the TimeML 1.2.1 guidelines and TimeBank's practice.

Each case is a sentence, the events it must yield (trigger word, acceptable TimeML classes and
the attributes that matter for the case), and words that must NOT be events (auxiliaries,
light verbs in their light use, time words, non-eventive nouns). Attributes left as ``None``
are not checked for that case. Sentences with no event at all have ``NONE = ()`` expectations
and list their words under ``absent``.

TimeML conventions used (TimeBank MAKEINSTANCE practice):
- "will"/"'ll" + verb: FUTURE, no modality. Other modals: tense NONE, modality = the modal.
- "has/have" + participle: PRESENT PERFECTIVE; "had": PAST PERFECTIVE; "be" + "-ing":
  PROGRESSIVE; passive "was" + participle: PAST NONE.
- "to" + verb: INFINITIVE; free "-ing" adjuncts: PRESPART; participles modifying a noun:
  PASTPART; nouns: NONE NONE.
- A predicate adjective takes tense and modality from its copula.
- Light verbs in their light use are not events (the issue's rule; TimeBank marks most of them):
  in "made arrests", "gave an address", "took a decision", "paid a visit" the noun is the event,
  with tense NONE and the verb's polarity and modality.
"""

from __future__ import annotations

import attrs

from timeline.events.model import Aspect, EventClass, Factuality, Polarity, Tense

__all__ = ["CASES", "Case", "Expect"]

OCC = EventClass.OCCURRENCE
REP = EventClass.REPORTING
STA = EventClass.STATE
IAC = EventClass.I_ACTION
IST = EventClass.I_STATE
ASP = EventClass.ASPECTUAL
PER = EventClass.PERCEPTION

PAST, PRESENT, FUTURE = Tense.PAST, Tense.PRESENT, Tense.FUTURE
INF, PRESPART, PASTPART, NOTENSE = Tense.INFINITIVE, Tense.PRESPART, Tense.PASTPART, Tense.NONE
PERF, PROG, PERFPROG, NOASP = (
    Aspect.PERFECTIVE,
    Aspect.PROGRESSIVE,
    Aspect.PERFECTIVE_PROGRESSIVE,
    Aspect.NONE,
)
ACTUAL, NEGATED, PLANNED = Factuality.ACTUAL, Factuality.NEGATED, Factuality.PLANNED
HYPO, UNCERTAIN = Factuality.HYPOTHETICAL, Factuality.UNCERTAIN


@attrs.frozen
class Expect:
    """One expected event: the trigger (its ``nth`` occurrence) and what it must carry."""

    trigger: str
    kinds: tuple[EventClass, ...]
    tense: Tense | None = None
    aspect: Aspect | None = None
    polarity: Polarity = Polarity.POS
    modality: str | None = None
    factuality: Factuality | None = None
    nth: int = 0


@attrs.frozen
class Case:
    """A sentence, its expected events, and words that must not be events."""

    sentence: str
    events: tuple[Expect, ...]
    absent: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.sentence[:60]


def ev(
    trigger: str,
    kind: EventClass | tuple[EventClass, ...],
    tense: Tense | None = None,
    aspect: Aspect | None = None,
    *,
    neg: bool = False,
    modality: str | None = None,
    fact: Factuality | None = None,
    nth: int = 0,
) -> Expect:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    polarity = Polarity.NEG if neg else Polarity.POS
    return Expect(trigger, kinds, tense, aspect, polarity, modality, fact, nth)


def case(sentence: str, *events: Expect, absent: tuple[str, ...] = ()) -> Case:
    return Case(sentence, events, absent)


NONE: tuple[Expect, ...] = ()

CASES = [
    # --- simple past and present occurrences ---
    case(
        "Rebels attacked the town on Monday.",
        ev("attacked", OCC, PAST, NOASP, fact=ACTUAL),
        absent=("Monday", "town"),
    ),
    case("The plane crashed into a field near the airport.", ev("crashed", OCC, PAST, NOASP)),
    case(
        "Police arrested three men after the robbery.",
        ev("arrested", OCC, PAST, NOASP),
        ev("robbery", OCC, NOTENSE, NOASP),
    ),
    case(
        "The company fired its chief executive last week.",
        ev("fired", OCC, PAST),
        absent=("week", "company"),
    ),
    case("The storm destroyed hundreds of homes.", ev("destroyed", OCC, PAST), absent=("homes",)),
    case("Troops withdrew from the city overnight.", ev("withdrew", OCC, PAST), absent=("city",)),
    case("The bank lends money to small farmers.", ev("lends", OCC, PRESENT, NOASP)),
    case("Oil prices fell sharply on Tuesday.", ev("fell", OCC, PAST), absent=("Tuesday",)),
    case("The government raised taxes in 2019.", ev("raised", OCC, PAST), absent=("2019",)),
    case("Voters elected a new mayor.", ev("elected", OCC, PAST), absent=("mayor",)),
    case(
        "The minister resigned after the scandal.",
        ev("resigned", OCC, PAST),
        ev("scandal", OCC, NOTENSE),
    ),
    case(
        "Firefighters rescued two children from the burning building.",
        ev("rescued", OCC, PAST),
        absent=("children",),
    ),
    case("The ship sank in the storm.", ev("sank", OCC, PAST), ev("storm", OCC, NOTENSE)),
    case("Officials closed the border crossing.", ev("closed", OCC, PAST)),
    case(
        "Gunmen killed four soldiers at a checkpoint.",
        ev("killed", OCC, PAST),
        absent=("soldiers", "checkpoint"),
    ),
    case(
        "The court sentenced him to ten years in prison.",
        ev("sentenced", OCC, PAST),
        absent=("years",),
    ),
    case("The army retook the airbase.", ev("retook", OCC), absent=("airbase", "army")),
    case("Hundreds of people fled the fighting.", ev("fled", OCC, PAST), ev("fighting", OCC)),
    # --- reporting ---
    case(
        "The minister said the talks would resume.",
        ev("said", REP, PAST, NOASP),
        ev("talks", OCC, NOTENSE),
        ev("resume", (ASP, OCC), NOTENSE, modality="would"),
    ),
    case(
        "A spokesman told reporters the plant was safe.",
        ev("told", REP, PAST),
        absent=("reporters",),
    ),
    case("Officials say the fire is under control.", ev("say", REP, PRESENT)),
    case(
        "The agency reported that exports rose.", ev("reported", REP, PAST), ev("rose", OCC, PAST)
    ),
    case("She says the vote was rigged.", ev("says", REP, PRESENT), ev("vote", OCC)),
    case(
        "The newspaper reported the arrest on Friday.",
        ev("reported", REP, PAST),
        ev("arrest", OCC, NOTENSE),
        absent=("Friday", "newspaper"),
    ),
    case("Police said two people were injured.", ev("said", REP, PAST), ev("injured", OCC, PAST)),
    case("He told the court he was innocent.", ev("told", REP, PAST)),
    case("The company announced record profits.", ev("announced", (REP, OCC, IAC), PAST)),
    case("Witnesses said the gunmen escaped.", ev("said", REP, PAST), ev("escaped", OCC, PAST)),
    # --- future and modals ---
    case(
        "The council will vote on the plan next week.",
        ev("vote", OCC, FUTURE, NOASP, fact=PLANNED),
        absent=("will", "week"),
    ),
    case(
        "Turkey will continue talks with Russia.",
        ev("continue", (ASP, OCC), FUTURE, NOASP, fact=PLANNED),
        ev("talks", OCC, NOTENSE),
        absent=("will",),
    ),
    case("The leaders will meet in Geneva.", ev("meet", OCC, FUTURE, fact=PLANNED)),
    case(
        "The factory will close next year.",
        ev("close", OCC, FUTURE, fact=PLANNED),
        absent=("year",),
    ),
    case("We'll announce the results tomorrow.", ev("announce", (REP, OCC, IAC), FUTURE)),
    case(
        "The strike could spread to other cities.",
        ev("spread", OCC, NOTENSE, modality="could", fact=UNCERTAIN),
        ev("strike", OCC),
    ),
    case(
        "Prices may rise again.",
        ev("rise", OCC, NOTENSE, modality="may", fact=UNCERTAIN),
        absent=("may",),
    ),
    case(
        "The deal might collapse.", ev("collapse", OCC, NOTENSE, modality="might", fact=UNCERTAIN)
    ),
    case("The government should cut spending.", ev("cut", OCC, NOTENSE, modality="should")),
    case("The army must withdraw its troops.", ev("withdraw", OCC, NOTENSE, modality="must")),
    case(
        "Rescuers can reach the village by road.",
        ev("reach", OCC, NOTENSE, modality="can"),
        absent=("can",),
    ),
    case(
        "The merger would create the largest bank in the country.",
        ev("create", OCC, NOTENSE, modality="would", fact=HYPO),
    ),
    case(
        "If the talks fail, the war will resume.",
        ev("fail", OCC, PRESENT, fact=HYPO),
        ev("resume", (ASP, OCC), FUTURE),
    ),
    case(
        "The ceasefire will be monitored by observers.", ev("monitored", OCC, FUTURE, fact=PLANNED)
    ),
    case("The plant will not reopen.", ev("reopen", OCC, FUTURE, neg=True, fact=NEGATED)),
    # --- perfective and progressive ---
    case(
        "The army has advanced for weeks.",
        ev("advanced", OCC, PRESENT, PERF),
        absent=("weeks", "has"),
    ),
    case(
        "Clashes have erupted in the capital.", ev("erupted", OCC, PRESENT, PERF), absent=("have",)
    ),
    case(
        "The rebels had seized the town before the troops arrived.",
        ev("seized", OCC, PAST, PERF),
        ev("arrived", OCC, PAST, NOASP),
        absent=("had",),
    ),
    case(
        "Negotiators are discussing a new treaty.",
        ev("discussing", OCC, PRESENT, PROG),
        absent=("are",),
    ),
    case(
        "Investors were selling shares all day.",
        ev("selling", OCC, PAST, PROG),
        absent=("were", "day"),
    ),
    case(
        "The country has been fighting a civil war.",
        ev("fighting", OCC, PRESENT, PERFPROG),
        ev("war", OCC, NOTENSE),
    ),
    case(
        "Police had been searching the area for hours.",
        ev("searching", OCC, PAST, PERFPROG),
        absent=("hours",),
    ),
    case("The bridge has been destroyed.", ev("destroyed", OCC, PRESENT, PERF)),
    case(
        "The suspect was arrested on Sunday.",
        ev("arrested", OCC, PAST, NOASP),
        absent=("was", "Sunday"),
    ),
    case("The documents are being examined by experts.", ev("examined", OCC, PRESENT, PROG)),
    case("The talks were postponed.", ev("postponed", OCC, PAST, NOASP), ev("talks", OCC, NOTENSE)),
    case("She has written three books.", ev("written", OCC, PRESENT, PERF), absent=("books",)),
    case(
        "Libya has been mired in turmoil since 2011.",
        ev("mired", (OCC, STA), PRESENT, PERF),
        absent=("2011",),
    ),
    case("The company is building a new factory.", ev("building", OCC, PRESENT, PROG)),
    case("The unions have rejected the offer.", ev("rejected", (OCC, IAC), PRESENT, PERF)),
    case("Inflation had risen to ten percent.", ev("risen", OCC, PAST, PERF)),
    # --- infinitives and participles ---
    case(
        "The rebels tried to capture the capital.", ev("tried", IAC, PAST), ev("capture", OCC, INF)
    ),
    case("He refused to answer questions.", ev("refused", IAC, PAST), ev("answer", OCC, INF)),
    case(
        "Speaking at a news conference, the minister denied the report.",
        ev("Speaking", OCC, PRESPART),
        ev("conference", OCC, NOTENSE),
        ev("denied", (IAC, REP), PAST),
    ),
    case(
        "After launching a counteroffensive, the army recaptured the port.",
        ev("launching", OCC, PRESPART),
        ev("counteroffensive", OCC, NOTENSE),
        ev("recaptured", OCC, PAST),
    ),
    case(
        "The gunmen fled, leaving three people dead.",
        ev("fled", OCC, PAST),
        ev("leaving", OCC, PRESPART),
    ),
    case(
        "A NATO-backed uprising toppled the ruler.",
        ev("uprising", OCC, NOTENSE),
        ev("toppled", OCC, PAST),
    ),
    case("The company wants to expand abroad.", ev("wants", IST, PRESENT), ev("expand", OCC, INF)),
    case(
        "The government decided to raise taxes.",
        ev("decided", (IAC, IST), PAST),
        ev("raise", OCC, INF, fact=PLANNED),
    ),
    case(
        "The president agreed to meet the rebels.",
        ev("agreed", (IAC, IST), PAST),
        ev("meet", OCC, INF, fact=PLANNED),
    ),
    case(
        "The minister plans to visit China.",
        ev("plans", (IST, IAC), PRESENT),
        ev("visit", OCC, INF, fact=PLANNED),
    ),
    case(
        "Talks that were expected to focus on Syria were postponed.",
        ev("expected", (IST, IAC), PAST, NOASP),
        ev("focus", OCC, INF, fact=UNCERTAIN),
        ev("postponed", OCC, PAST),
    ),
    case(
        "Workers began building the wall in May.",
        ev("began", ASP, PAST),
        ev("building", OCC, PRESPART),
        absent=("May",),
    ),
    # --- negation ---
    case(
        "The army did not attack the city.",
        ev("attack", OCC, PAST, neg=True, fact=NEGATED),
        absent=("did",),
    ),
    case(
        "The minister has never visited the region.",
        ev("visited", OCC, PRESENT, PERF, neg=True, fact=NEGATED),
    ),
    case(
        "There were no technical disagreements.",
        ev("disagreements", (STA, OCC), neg=True, fact=NEGATED),
    ),
    case(
        "The government does not plan to raise taxes.",
        ev("plan", (IST, IAC), PRESENT, neg=True, fact=NEGATED),
        absent=("does",),
    ),
    case(
        "Police didn't find any weapons.",
        ev("find", (OCC, PER), PAST, neg=True, fact=NEGATED),
        absent=("weapons",),
    ),
    case("The company won't cut jobs.", ev("cut", OCC, FUTURE, neg=True, fact=NEGATED)),
    case(
        "He could not explain the delay.",
        ev("explain", (REP, OCC), NOTENSE, neg=True, modality="could", fact=NEGATED),
        ev("delay", OCC),
    ),
    case(
        "The rebels did not stop the offensive.",
        ev("stop", (ASP, OCC), PAST, neg=True),
        ev("offensive", OCC),
    ),
    case("The plane was not damaged.", ev("damaged", OCC, PAST, neg=True)),
    case("No agreement was reached.", ev("reached", OCC, PAST)),
    # --- event nouns ---
    case(
        "The attack killed twelve people.",
        ev("attack", OCC, NOTENSE, NOASP),
        ev("killed", OCC, PAST),
        absent=("people",),
    ),
    case("The war lasted eight years.", ev("war", OCC, NOTENSE), absent=("years",)),
    case("The election was held in March.", ev("election", OCC, NOTENSE), absent=("March",)),
    case(
        "The meeting ended without an agreement.",
        ev("meeting", OCC, NOTENSE),
        ev("ended", ASP, PAST),
    ),
    case(
        "The explosion damaged several buildings.",
        ev("explosion", OCC, NOTENSE),
        ev("damaged", OCC, PAST),
        absent=("buildings",),
    ),
    case(
        "A ceasefire took effect at midnight.", ev("ceasefire", OCC, NOTENSE), absent=("midnight",)
    ),
    case(
        "The campaign against the rebels lasted 14 months.",
        ev("campaign", OCC, NOTENSE),
        absent=("months", "rebels"),
    ),
    case(
        "The postponement of the talks surprised diplomats.",
        ev("postponement", OCC, NOTENSE),
        ev("talks", OCC, NOTENSE),
        absent=("diplomats",),
    ),
    case(
        "The strike by dock workers entered its third day.",
        ev("strike", OCC, NOTENSE),
        absent=("workers", "day"),
    ),
    case(
        "The invasion of Kuwait began in August 1990.",
        ev("invasion", OCC, NOTENSE),
        ev("began", ASP, PAST),
        absent=("August",),
    ),
    case(
        "His visit to Moscow was cancelled.",
        ev("visit", OCC, NOTENSE),
        ev("cancelled", (OCC, ASP, IAC), PAST),
    ),
    case(
        "The protests spread to other cities.",
        ev("protests", OCC, NOTENSE),
        ev("spread", OCC, PAST),
    ),
    case("The earthquake struck at dawn.", ev("earthquake", OCC, NOTENSE), ev("struck", OCC, PAST)),
    case(
        "The bombing was condemned by the United Nations.",
        ev("bombing", OCC, NOTENSE),
        ev("condemned", (OCC, IAC, REP), PAST),
    ),
    case(
        "The trial of the former president resumed on Monday.",
        ev("trial", OCC, NOTENSE),
        ev("resumed", ASP, PAST),
        absent=("president", "Monday"),
    ),
    case(
        "The merger created the largest bank in Europe.",
        ev("merger", OCC, NOTENSE),
        ev("created", OCC, PAST),
        absent=("bank",),
    ),
    case(
        "The crisis deepened after the devaluation.",
        ev("crisis", (OCC, STA), NOTENSE),
        ev("deepened", OCC, PAST),
        ev("devaluation", OCC, NOTENSE),
    ),
    case(
        "The fighting has displaced thousands of people.",
        ev("fighting", OCC),
        ev("displaced", OCC, PRESENT, PERF),
    ),
    case(
        "Heavy clashes erupted in the north.", ev("clashes", OCC, NOTENSE), ev("erupted", OCC, PAST)
    ),
    case(
        "The conference opened in Istanbul.",
        ev("conference", OCC, NOTENSE),
        ev("opened", (OCC, ASP), PAST),
    ),
    case(
        "The negotiations collapsed last year.",
        ev("negotiations", OCC, NOTENSE),
        ev("collapsed", OCC, PAST),
        absent=("year",),
    ),
    case("The hijacking lasted two days.", ev("hijacking", OCC, NOTENSE), absent=("days",)),
    # --- intensional, aspectual, perception ---
    case("The company hopes to sell the unit.", ev("hopes", IST, PRESENT), ev("sell", OCC, INF)),
    case(
        "Analysts expect the economy to grow.",
        ev("expect", IST, PRESENT),
        ev("grow", OCC, INF, fact=UNCERTAIN),
    ),
    case("Officials fear more violence.", ev("fear", IST, PRESENT), ev("violence", OCC)),
    case("He believes the war is over.", ev("believes", IST, PRESENT), ev("war", OCC)),
    case(
        "The rebels promised to release the hostages.",
        ev("promised", IAC, PAST),
        ev("release", OCC, INF, fact=PLANNED),
    ),
    case(
        "The court ordered the company to pay damages.",
        ev("ordered", IAC, PAST),
        ev("pay", OCC, INF, fact=PLANNED),
    ),
    case(
        "The government asked the UN to send observers.",
        ev("asked", IAC, PAST),
        ev("send", OCC, INF, fact=PLANNED),
    ),
    case(
        "The police attempted to stop the march.",
        ev("attempted", IAC, PAST),
        ev("stop", (ASP, OCC), INF),
        ev("march", OCC),
    ),
    case("The army continued shelling the city.", ev("continued", ASP, PAST), ev("shelling", OCC)),
    case("The rains stopped on Tuesday.", ev("stopped", ASP, PAST), absent=("Tuesday",)),
    case(
        "Production resumed after the strike.",
        ev("resumed", ASP, PAST),
        ev("strike", OCC),
        ev("Production", OCC),
    ),
    case("The company finished the project in June.", ev("finished", ASP, PAST), absent=("June",)),
    case("Witnesses saw the car explode.", ev("saw", PER, PAST), ev("explode", OCC)),
    case(
        "Residents heard gunfire all night.",
        ev("heard", PER, PAST),
        ev("gunfire", OCC),
        absent=("night",),
    ),
    case("The rebels want a ceasefire.", ev("want", IST, PRESENT), ev("ceasefire", OCC)),
    case("Investors worried about the deficit.", ev("worried", (IST, OCC), PAST)),
    case(
        "The union threatened to strike.",
        ev("threatened", IAC, PAST),
        ev("strike", OCC, INF, fact=PLANNED),
    ),
    case(
        "The minister denied the allegations.",
        ev("denied", (IAC, REP), PAST),
        ev("allegations", (REP, OCC, IAC)),
    ),
    case(
        "The president vowed to punish those responsible.",
        ev("vowed", IAC, PAST),
        ev("punish", OCC, INF, fact=PLANNED),
    ),
    # --- states and predicates ---
    case("The situation remains tense.", ev("remains", (STA, ASP, OCC), PRESENT)),
    case(
        "Cavusoglu said it would be unrealistic to decide now.",
        ev("said", REP, PAST),
        ev("unrealistic", (STA, IST), NOTENSE, modality="would", fact=UNCERTAIN),
        absent=("be",),
    ),
    case(
        "The president said it was important to prevent another war.",
        ev("said", REP, PAST),
        ev("important", (STA, IST), PAST),
        ev("prevent", IAC, INF),
        ev("war", OCC),
    ),
    case("The patient is alive.", ev("alive", STA, PRESENT)),
    case("The region was calm on Sunday.", ev("calm", STA, PAST), absent=("Sunday",)),
    case("Two soldiers are missing.", ev("missing", STA, PRESENT)),
    case(
        "The postponement was unrelated to the dispute.",
        ev("postponement", OCC),
        ev("unrelated", (STA, IST), PAST),
        ev("dispute", OCC),
    ),
    case(
        "Unemployment rose to 12 percent, the highest level in years.",
        ev("rose", OCC, PAST),
        absent=("percent", "years"),
    ),
    # --- factuality and reported uncertainty ---
    case(
        "The rejected proposal would have ended the strike.",
        ev("ended", ASP, NOTENSE, PERF, modality="would", fact=HYPO),
    ),
    case(
        "Egypt put forward a ceasefire proposal.",
        ev("proposal", (IAC, OCC), NOTENSE),
        ev("ceasefire", OCC, fact=UNCERTAIN),
    ),
    case(
        "The talks are likely to resume next month.",
        ev("talks", OCC),
        ev("resume", (ASP, OCC), INF, fact=UNCERTAIN),
        absent=("month",),
    ),
    case(
        "If the rebels attack, the army will respond.",
        ev("attack", OCC, PRESENT, fact=HYPO),
        ev("respond", OCC, FUTURE),
    ),
    case(
        "The bank is expected to announce losses.",
        ev("expected", (IST, IAC), PRESENT),
        ev("announce", (REP, OCC, IAC), INF, fact=UNCERTAIN),
        ev("losses", OCC),
    ),
    case(
        "The two leaders agreed to continue working together.",
        ev("agreed", (IAC, IST), PAST),
        ev("continue", (ASP, OCC), INF, fact=PLANNED),
        ev("working", OCC, fact=PLANNED),
    ),
    case(
        "The ministry decided to put off the talks.",
        ev("decided", (IAC, IST), PAST),
        ev("put", OCC, INF, fact=PLANNED),
        ev("talks", OCC),
    ),
    case(
        "The army retook the town, officials said.",
        ev("retook", OCC, fact=ACTUAL),
        ev("said", REP, PAST, fact=ACTUAL),
    ),
    # --- light verbs, auxiliaries and non-eventive nouns are not events ---
    case(
        "The company has offices in Paris and Berlin.",
        ev("has", STA, PRESENT),
        absent=("offices", "Paris", "Berlin"),
    ),
    case("The GNA laid siege to Sirte.", ev("siege", OCC, NOTENSE)),
    case(
        "The minister made a speech in parliament.",
        ev("speech", (OCC, REP), NOTENSE),
        absent=("parliament",),
    ),
    case(
        "The victims were taken to hospital.", ev("taken", OCC, PAST), absent=("were", "hospital")
    ),
    case(
        "The president of the company did not comment.",
        ev("comment", (REP, OCC), PAST, neg=True),
        absent=("president", "company", "did"),
    ),
    case(
        "The airline has 40 planes and 3,000 employees.", absent=("planes", "employees", "airline")
    ),
    # --- no events at all ---
    case("Reuters, Tuesday, June 3, 2008.", *NONE, absent=("Reuters", "Tuesday", "June", "2008")),
    case("The Mediterranean seaboard.", *NONE, absent=("Mediterranean", "seaboard")),
    case(
        "Turkish President Recep Tayyip Erdogan.", *NONE, absent=("Turkish", "President", "Erdogan")
    ),
    case("Page 3 of 4.", *NONE, absent=("Page",)),
    case("The United Arab Emirates and Egypt.", *NONE, absent=("Emirates", "Egypt")),
    case("Photo: Associated Press.", *NONE, absent=("Photo", "Press")),
    case("Prices in US dollars per barrel.", *NONE, absent=("Prices", "dollars", "barrel")),
    case("Apple Inc. of Cupertino, California.", *NONE, absent=("Apple", "Cupertino")),
    case("The 14-month period between March and May.", *NONE, absent=("period", "March", "May")),
    case("Monday, 15 June 2020.", *NONE, absent=("Monday", "June")),
    case("A Red Cross official in Geneva.", *NONE, absent=("official", "Geneva")),
    case("Copyright 2020 Al Jazeera.", *NONE, absent=("Copyright", "Jazeera")),
    case("Libya's capital, Tripoli.", *NONE, absent=("capital", "Tripoli")),
    case("Three children, two women and an old man.", *NONE, absent=("children", "women", "man")),
    case("The table and the chairs in the room.", *NONE, absent=("table", "chairs", "room")),
    # --- more mixed news sentences ---
    case(
        "Mevlut Cavusoglu said the postponement was not linked to any dispute.",
        ev("said", REP, PAST),
        ev("postponement", OCC),
        ev("linked", (OCC, STA), PAST, neg=True, fact=NEGATED),
    ),
    case(
        "Russia and Turkey postponed ministerial-level talks on Sunday.",
        ev("postponed", OCC, PAST, NOASP),
        ev("talks", OCC, NOTENSE),
        absent=("Sunday",),
    ),
    case(
        "The United Nations said the warring sides had begun new ceasefire talks.",
        ev("said", REP, PAST),
        ev("begun", ASP, PAST, PERF),
        ev("talks", OCC),
    ),
    case(
        "A previous truce attempt collapsed earlier this year.",
        ev("collapsed", OCC, PAST),
        absent=("year",),
    ),
    case(
        "The GNA's army recently retook strategic locations.",
        ev("retook", OCC),
        absent=("locations", "army"),
    ),
    case(
        "Egypt, a backer of the LNA, has waged a diplomatic campaign.",
        ev("waged", OCC, PRESENT, PERF),
        ev("campaign", OCC, NOTENSE),
    ),
    case(
        "Haftar's forces launched an offensive in April 2019.",
        ev("launched", OCC, PAST),
        ev("offensive", OCC),
        absent=("forces", "April"),
    ),
    case(
        "The government will hold elections in December.",
        ev("elections", OCC, NOTENSE),
        absent=("December",),
    ),
    case(
        "Shares rose 3 percent after the announcement.",
        ev("rose", OCC, PAST),
        ev("announcement", (REP, OCC)),
    ),
    case("The hostages were released unharmed.", ev("released", OCC, PAST)),
    case(
        "The talks broke down over the issue of borders.", ev("talks", OCC), ev("broke", OCC, PAST)
    ),
    case(
        "The storm is moving north and will reach the coast tomorrow.",
        ev("moving", OCC, PRESENT, PROG),
        ev("reach", OCC, FUTURE, fact=PLANNED),
        ev("storm", OCC),
        absent=("tomorrow",),
    ),
    case(
        "Officials are investigating the cause of the fire.",
        ev("investigating", (IAC, OCC), PRESENT, PROG),
        ev("fire", OCC),
    ),
    case(
        "The treaty was signed in 1992 and ratified a year later.",
        ev("signed", OCC, PAST),
        ev("ratified", OCC, PAST),
        absent=("1992", "year"),
    ),
    case(
        "Demonstrators marched through the city and chanted slogans.",
        ev("marched", OCC, PAST),
        ev("chanted", OCC, PAST),
        absent=("slogans", "Demonstrators"),
    ),
    case(
        "The economy grew by 2 percent last quarter.",
        ev("grew", OCC, PAST),
        absent=("quarter", "percent"),
    ),
    case(
        "The prime minister is scheduled to arrive on Thursday.",
        ev("arrive", OCC, INF, fact=PLANNED),
        absent=("Thursday",),
    ),
    # --- factuality: what embeds the event, and what does not ---
    case(
        # a participle clause describes; it is no plan of the verb it hangs on
        "Speaking at a news conference, Merkel urged citizens to wear masks.",
        ev("Speaking", OCC, PRESPART, fact=ACTUAL),
        ev("urged", IAC, PAST, fact=ACTUAL),
        ev("wear", OCC, INF, fact=PLANNED),
    ),
    case(
        # "agreed" modifies the package: it happened, though "plans" governs the sentence
        "The government plans to spend the money on a package agreed last month.",
        ev("spend", OCC, INF, fact=PLANNED),
        ev("agreed", (IAC, OCC), fact=ACTUAL),
    ),
    case(
        "The regulator forced the company to lower its prices.",
        ev("forced", (IAC, OCC), PAST, fact=ACTUAL),
        ev("lower", OCC, INF, fact=PLANNED),
    ),
    case(
        # after an aspectual verb the infinitive happened
        "Prices continued to rise.",
        ev("continued", ASP, PAST, fact=ACTUAL),
        ev("rise", OCC, INF, fact=ACTUAL),
    ),
    case(
        # "would" in a report's that-clause is the report's future, not a condition
        "He announced that he would resign.",
        ev("announced", (REP, IAC), PAST, fact=ACTUAL),
        ev("resign", OCC, fact=PLANNED),
    ),
    case(
        "The new software will allow developers to create applications.",
        ev("allow", (IAC, OCC), FUTURE, fact=PLANNED),
        ev("create", OCC, INF, fact=PLANNED),
    ),
    case(
        "The ceremony is to be held on Friday.",
        ev("held", OCC, INF, fact=PLANNED),
        absent=("Friday",),
    ),
    case(
        "Officials announced the upcoming election.",
        ev("election", OCC, NOTENSE, fact=PLANNED),
    ),
    case(
        "The change will occur within six months.",
        ev("change", OCC, NOTENSE, fact=PLANNED),
        ev("occur", OCC, FUTURE, fact=PLANNED),
    ),
    # nouns that name a happening in news text whatever the context (detect._NEWS_EVENT_NOUNS);
    # as a modifier they name no happening
    case(
        "Hundreds of mourners gathered for a vigil after the blast.",
        ev("gathered", OCC, PAST, fact=ACTUAL),
        ev("vigil", OCC, NOTENSE),
        ev("blast", OCC, NOTENSE),
    ),
    case(
        "In March, it was shut for five days after a smaller slide of snow and rock blocked"
        " the northern entrance, and a rockfall smashed into the other one.",
        ev("shut", OCC, PAST),
        ev("slide", OCC, NOTENSE),
        ev("rockfall", OCC, NOTENSE),
    ),
    case(
        # the tagger reads "scrapped" as a past form; it shares the passive future
        "The cars will be taken to Brest and scrapped.",
        ev("taken", OCC, FUTURE),
        ev("scrapped", OCC, FUTURE),
    ),
    case(
        "Engineers found the cracks during a scheduled check, and the village held a drill.",
        ev("found", OCC, PAST, fact=ACTUAL),
        ev("check", OCC, NOTENSE),
        ev("drill", OCC, NOTENSE),
    ),
    case(
        "Several passengers were hurt in a crush as rolling power cuts hit the city.",
        ev("crush", OCC, NOTENSE),
        ev("cuts", OCC, NOTENSE),
    ),
    case(
        "Tests showed no danger, and she underwent surgery after the inspection.",
        ev("Tests", OCC, NOTENSE),
        ev("surgery", OCC, NOTENSE),
        ev("inspection", OCC, NOTENSE),
    ),
    case(
        "The fire brigade left the conference room.",
        ev("left", OCC, PAST, fact=ACTUAL),
        absent=("fire", "conference"),
    ),
    case(
        "The fine came after a blackout left 30,000 customers without power.",
        ev("blackout", OCC, NOTENSE),
        ev("left", OCC, PAST, fact=ACTUAL),
    ),
    # a closure a verb of keeping holds is a state with that verb's tense
    case(
        "The tunnel will remain closed for at least three weeks.",
        ev("remain", (STA, ASP), FUTURE),
        ev("closed", STA, FUTURE),
    ),
    case(
        "Schools in the area will stay closed on Friday.",
        ev("closed", STA, FUTURE),
    ),
    case(
        "The ship remained under quarantine after the audit.",
        ev("quarantine", OCC, NOTENSE),
        ev("audit", OCC, NOTENSE),
        absent=("ship",),
    ),
    # a thunderstorm is weather news like a storm
    case(
        "A thunderstorm dumped 80 millimetres of rain on the valley.",
        ev("thunderstorm", OCC, NOTENSE),
    ),
    # repairs, upgrades and renovations are works done over a time, as news tells them
    case(
        "The ferry sailed to a dry dock, where repairs are expected to take five weeks.",
        ev("repairs", OCC, NOTENSE),
    ),
    case(
        "The museum reopened after a renovation that followed an upgrade of its heating.",
        ev("renovation", OCC, NOTENSE),
        ev("upgrade", OCC, NOTENSE),
    ),
    # a conjunct whose past form is its base form shares the first verb's "will"
    case(
        "Brennmark will halt night shifts from Monday and cut output by about a third.",
        ev("halt", OCC, FUTURE),
        ev("cut", OCC, FUTURE),
    ),
    # but a conjunct with a subject of its own is a clause of its own
    case(
        "Owners have complained that the shutdown will cost them business, and the regional"
        " chamber of commerce estimated on Thursday that firms would lose 15 million pounds.",
        ev("cost", OCC, FUTURE),
        ev("estimated", (IST, IAC, OCC), PAST),
    ),
    # a participle a time of its own dates is a happening: "built in 1974"; but a noun "held"
    # on a day is the happening itself
    case(
        "San Lucan Hospital, a 220-bed facility built in 1974, has been closed since the quake.",
        ev("built", OCC, PASTPART),
    ),
    case(
        "The first round, held on Wednesday, produced no majority among the candidates.",
        ev("produced", OCC, PAST),
        absent=("held",),
    ),
    # concerts, receptions, parades and reopenings are happenings news dates
    case(
        "The orchestra gave a farewell concert on Saturday, followed by a reception for donors.",
        ev("concert", OCC, NOTENSE),
        ev("reception", OCC, NOTENSE),
    ),
    case(
        "Thousands lined the streets for the parade, a day after the museum's reopening.",
        ev("parade", OCC, NOTENSE),
        ev("reopening", OCC, NOTENSE),
    ),
]
