"""A held-out set of sentence-level event cases (tests/corpus/en_events.py's shape and conventions).

Written on 2026-12-03 from the TimeML 1.2.1 guidelines by a helper who had not read the library
and did not run it. First run: 115 of its 132 events found, 110 of those with an acceptable
class, every checked tense, aspect, polarity, modality and factuality right, 147 of its 154
"absent" words not events; 43 of the 66 sentences passed whole. The light-verb rule written next
(the noun of "made arrests", "gave an address" is the event, the verb is not) raised that to 117
found, 152 absent words right and 48 sentences. The sentences still failing are strict xfails
in tests/test_events_corpus.py.
"""

from __future__ import annotations

from tests.corpus.en_events import (  # noqa: F401
    ACTUAL,
    ASP,
    FUTURE,
    HYPO,
    IAC,
    INF,
    IST,
    NEGATED,
    NOASP,
    NONE,
    NOTENSE,
    OCC,
    PAST,
    PASTPART,
    PER,
    PERF,
    PERFPROG,
    PLANNED,
    PRESENT,
    PRESPART,
    PROG,
    REP,
    STA,
    UNCERTAIN,
    Case,
    Expect,
    case,
    ev,
)

__all__ = ["HELD_OUT"]

HELD_OUT: list[Case] = [
    # --- reporting ---
    case(
        "The finance minister said inflation had slowed in March.",
        ev("said", REP, PAST, NOASP, fact=ACTUAL),
        ev("slowed", OCC, PAST, PERF),
        absent=("had", "March"),
    ),
    case(
        "A hospital official told the Associated Press that 14 people had died.",
        ev("told", REP, PAST, NOASP),
        ev("died", OCC, PAST, PERF),
        absent=("official", "had"),
    ),
    case(
        "The carmaker announced a recall of 300,000 vehicles on Thursday.",
        ev("announced", (REP, OCC, IAC), PAST),
        ev("recall", OCC, NOTENSE, NOASP),
        absent=("vehicles", "Thursday", "carmaker"),
    ),
    case(
        "The ministry reported no casualties from the earthquake.",
        ev("reported", REP, PAST, fact=ACTUAL),
        ev("casualties", OCC, neg=True, fact=NEGATED),
        ev("earthquake", OCC, NOTENSE, NOASP),
        absent=("ministry",),
    ),
    # --- I_ACTION ---
    case(
        "The two parties agreed to form a coalition government.",
        ev("agreed", (IAC, IST), PAST, NOASP, fact=ACTUAL),
        ev("form", OCC, INF, fact=PLANNED),
        absent=("parties", "government"),
    ),
    case(
        "Rescuers tried to reach the trapped miners.",
        ev("tried", IAC, PAST, NOASP),
        ev("reach", OCC, INF),
        ev("trapped", (OCC, STA)),
        absent=("miners", "Rescuers"),
    ),
    case(
        "The opposition leader promised to cut fuel taxes.",
        ev("promised", IAC, PAST),
        ev("cut", OCC, INF, fact=PLANNED),
        absent=("leader", "taxes"),
    ),
    case(
        "The striking workers refused to return to their jobs.",
        ev("refused", IAC, PAST, NOASP),
        ev("return", OCC, INF),
        absent=("workers", "jobs"),
    ),
    case(
        "The company postponed its annual shareholder meeting.",
        ev("postponed", IAC, PAST, NOASP),
        ev("meeting", OCC, NOTENSE, NOASP),
        absent=("company", "annual"),
    ),
    # --- I_STATE ---
    case(
        "Economists expected the unemployment rate to fall.",
        ev("expected", IST, PAST, NOASP),
        ev("fall", OCC, INF, fact=UNCERTAIN),
        absent=("Economists", "rate"),
    ),
    case(
        "Officials feared the dam could burst.",
        ev("feared", IST, PAST, NOASP),
        ev("burst", OCC, NOTENSE, modality="could", fact=UNCERTAIN),
        absent=("dam", "could"),
    ),
    case(
        "Investigators believe the fire was started deliberately.",
        ev("believe", IST, PRESENT, NOASP),
        ev("fire", OCC, NOTENSE),
        ev("started", (ASP, OCC), PAST, NOASP),
        absent=("Investigators", "was"),
    ),
    case(
        "Farmers want the government to lift the export ban.",
        ev("want", IST, PRESENT, NOASP),
        ev("lift", OCC, INF),
        ev("ban", (OCC, STA, IAC), NOTENSE),
        absent=("Farmers", "government"),
    ),
    # --- ASPECTUAL ---
    case(
        "Voting began early on Sunday in most districts.",
        ev("Voting", OCC),
        ev("began", ASP, PAST, NOASP, fact=ACTUAL),
        absent=("Sunday", "districts"),
    ),
    case(
        "Workers stopped production at the plant after the explosion.",
        ev("stopped", ASP, PAST, NOASP),
        ev("production", OCC),
        ev("explosion", OCC, NOTENSE, NOASP),
        absent=("plant", "Workers"),
    ),
    case(
        "Peace talks resumed in Doha on Wednesday after a long pause.",
        ev("talks", OCC, NOTENSE),
        ev("resumed", ASP, PAST, NOASP),
        ev("pause", (OCC, ASP, STA)),
        absent=("Wednesday", "Doha"),
    ),
    case(
        "Engineers have begun to repair the damaged bridge.",
        ev("begun", ASP, PRESENT, PERF),
        ev("repair", OCC, INF, fact=ACTUAL),
        ev("damaged", (OCC, STA), PASTPART),
        absent=("have", "bridge", "Engineers"),
    ),
    case(
        "Aftershocks continued to rattle the region.",
        ev("Aftershocks", OCC),
        ev("continued", ASP, PAST, NOASP, fact=ACTUAL),
        ev("rattle", OCC, INF, fact=ACTUAL),
        absent=("region",),
    ),
    # --- PERCEPTION ---
    case(
        "Witnesses saw soldiers firing on the crowd.",
        ev("saw", PER, PAST, NOASP),
        ev("firing", OCC),
        absent=("soldiers", "crowd"),
    ),
    case(
        "Neighbours heard a loud bang shortly before midnight.",
        ev("heard", PER, PAST, NOASP),
        ev("bang", OCC, NOTENSE),
        absent=("midnight", "Neighbours"),
    ),
    case(
        "Astronomers observed the comet through a powerful telescope.",
        ev("observed", PER, PAST, NOASP),
        absent=("comet", "telescope", "Astronomers"),
    ),
    # --- states ---
    case(
        "The reactor remains stable, the agency said.",
        ev("remains", (STA, ASP, OCC), PRESENT),
        ev("said", REP, PAST),
        absent=("reactor", "agency"),
    ),
    case(
        "The suspect is in custody.",
        ev("custody", STA),
        absent=("suspect", "is"),
    ),
    case(
        "The hospital was overwhelmed with patients.",
        ev("overwhelmed", (STA, OCC), PAST),
        absent=("patients", "was"),
    ),
    case(
        "The airline owns a fleet of 120 aircraft.",
        ev("owns", STA, PRESENT, NOASP),
        absent=("fleet", "aircraft"),
    ),
    # --- event nouns ---
    case(
        "The merger of the two banks was approved by regulators.",
        ev("merger", OCC, NOTENSE, NOASP),
        ev("approved", (IAC, OCC), PAST, NOASP),
        absent=("banks", "regulators", "was"),
    ),
    case(
        "The attack on the convoy killed six people.",
        ev("attack", OCC, NOTENSE, NOASP),
        ev("killed", OCC, PAST, NOASP, fact=ACTUAL),
        absent=("convoy", "people"),
    ),
    case(
        "A nationwide strike paralysed rail services across the country.",
        ev("strike", OCC, NOTENSE, NOASP),
        ev("paralysed", OCC, PAST),
        absent=("country",),
    ),
    case(
        "The ceasefire collapsed within hours.",
        ev("ceasefire", OCC, NOTENSE),
        ev("collapsed", OCC, PAST, NOASP),
        absent=("hours",),
    ),
    case(
        "The election was marred by violence.",
        ev("election", OCC, NOTENSE, NOASP),
        ev("marred", (OCC, STA), PAST),
        ev("violence", OCC),
        absent=("was",),
    ),
    case(
        "The investigation into the crash is continuing.",
        ev("investigation", (IAC, OCC), NOTENSE),
        ev("crash", OCC, NOTENSE),
        ev("continuing", ASP, PRESENT, PROG),
        absent=("is",),
    ),
    case(
        "Thousands joined a protest against the new law.",
        ev("joined", OCC, PAST, NOASP),
        ev("protest", OCC, NOTENSE, NOASP),
        absent=("law", "Thousands"),
    ),
    # --- negation ---
    case(
        "The prime minister did not attend the summit.",
        ev("attend", OCC, PAST, neg=True, fact=NEGATED),
        ev("summit", OCC, NOTENSE),
        absent=("did", "minister"),
    ),
    case(
        "The bank has not disclosed the size of the loss.",
        ev("disclosed", (REP, OCC), PRESENT, PERF, neg=True, fact=NEGATED),
        ev("loss", OCC),
        absent=("has", "size"),
    ),
    case(
        "The suspect was never charged.",
        ev("charged", (OCC, IAC, REP), PAST, neg=True, fact=NEGATED),
        absent=("was", "suspect"),
    ),
    case(
        "The company will not appeal the ruling.",
        ev("appeal", (OCC, IAC), FUTURE, neg=True, fact=NEGATED),
        ev("ruling", (OCC, REP, IAC), NOTENSE),
        absent=("will",),
    ),
    case(
        "The senator announced on Tuesday that she would not seek another term.",
        ev("announced", (REP, OCC, IAC), PAST, fact=ACTUAL),
        ev("seek", (IAC, OCC), neg=True, fact=NEGATED),
        absent=("Tuesday", "would", "term"),
    ),
    # --- modals ---
    case(
        "The embattled chairman may resign before the annual meeting.",
        ev("resign", OCC, NOTENSE, NOASP, modality="may", fact=UNCERTAIN),
        ev("meeting", OCC, NOTENSE),
        absent=("may", "chairman"),
    ),
    case(
        "The former governor could face up to 20 years in prison.",
        ev("face", (OCC, STA), NOTENSE, modality="could", fact=UNCERTAIN),
        absent=("could", "years", "prison", "governor"),
    ),
    # --- future ---
    case(
        "Parliament will vote on the proposed reforms in March.",
        ev("vote", OCC, FUTURE, NOASP, fact=PLANNED),
        ev("proposed", (IAC, OCC), PASTPART),
        ev("reforms", OCC, NOTENSE),
        absent=("will", "March"),
    ),
    case(
        "The spacecraft is scheduled to land on the moon in December.",
        ev("scheduled", (IAC, IST, OCC), PRESENT),
        ev("land", OCC, INF, fact=PLANNED),
        absent=("December", "moon", "is", "spacecraft"),
    ),
    # --- perfective and progressive ---
    case(
        "Consumer prices have risen for six consecutive months.",
        ev("risen", OCC, PRESENT, PERF, fact=ACTUAL),
        absent=("have", "months", "prices"),
    ),
    case(
        "The company had already sold its stake before the scandal broke.",
        ev("sold", OCC, PAST, PERF),
        ev("scandal", OCC, NOTENSE),
        ev("broke", OCC, PAST, NOASP),
        absent=("had", "stake"),
    ),
    case(
        "The unions are negotiating a new wage deal with employers.",
        ev("negotiating", (OCC, IAC), PRESENT, PROG),
        absent=("are", "employers", "unions"),
    ),
    case(
        "Rescue teams were searching for survivors late into the night.",
        ev("searching", (OCC, IAC), PAST, PROG),
        absent=("were", "survivors", "night", "teams"),
    ),
    case(
        "The central bank has been raising interest rates since January.",
        ev("raising", OCC, PRESENT, PERFPROG),
        absent=("has", "been", "January", "rates"),
    ),
    # --- infinitives and participles ---
    case(
        "The government plans to privatise the state airline.",
        ev("plans", (IST, IAC), PRESENT),
        ev("privatise", OCC, INF, fact=PLANNED),
        absent=("airline",),
    ),
    case(
        "Fleeing the fighting, families crossed into Jordan.",
        ev("Fleeing", OCC, PRESPART, fact=ACTUAL),
        ev("fighting", OCC),
        ev("crossed", OCC, PAST, NOASP, fact=ACTUAL),
        absent=("families", "Jordan"),
    ),
    case(
        "The stolen paintings were recovered from a warehouse.",
        ev("stolen", OCC, PASTPART),
        ev("recovered", OCC, PAST, NOASP),
        absent=("were", "paintings", "warehouse"),
    ),
    case(
        "The newly elected president was sworn in on Monday.",
        ev("elected", OCC, PASTPART),
        ev("sworn", OCC, PAST, NOASP),
        absent=("Monday", "was", "president"),
    ),
    # --- factuality: hypothetical and uncertain ---
    case(
        "If the merger goes ahead, about 2,000 jobs would be cut.",
        ev("merger", OCC, NOTENSE),
        ev("goes", (OCC, ASP), PRESENT, fact=HYPO),
        ev("cut", OCC, NOTENSE, modality="would", fact=HYPO),
        absent=("jobs", "would", "be"),
    ),
    case(
        "The minister would resign if the bill were defeated.",
        ev("resign", OCC, NOTENSE, modality="would", fact=HYPO),
        ev("defeated", OCC, fact=HYPO),
        absent=("bill", "would"),
    ),
    case(
        "Without state support, the airline would have collapsed.",
        ev("collapsed", OCC, NOTENSE, PERF, modality="would", fact=HYPO),
        absent=("airline", "would", "have"),
    ),
    case(
        "Oil output is expected to increase next quarter.",
        ev("expected", (IST, IAC), PRESENT),
        ev("increase", OCC, INF, fact=UNCERTAIN),
        absent=("quarter", "is"),
    ),
    case(
        "The court is likely to rule on the appeal next month.",
        ev("rule", (OCC, IAC, REP), INF, fact=UNCERTAIN),
        ev("appeal", (OCC, IAC, REP), NOTENSE),
        absent=("month", "court"),
    ),
    # --- courts, business, disasters, sport, science ---
    case(
        "The judge dismissed the lawsuit against the newspaper.",
        ev("dismissed", (IAC, OCC), PAST, NOASP, fact=ACTUAL),
        ev("lawsuit", (OCC, IAC), NOTENSE),
        absent=("judge", "newspaper"),
    ),
    case(
        "Shares in the retailer plunged 20 percent after it warned on profits.",
        ev("plunged", OCC, PAST, NOASP),
        ev("warned", (REP, IAC), PAST),
        absent=("percent", "retailer"),
    ),
    case(
        "The quake struck at a depth of 10 kilometres.",
        ev("quake", OCC, NOTENSE),
        ev("struck", OCC, PAST, NOASP),
        absent=("depth", "kilometres"),
    ),
    case(
        "The champion withdrew from the tournament with a knee injury.",
        ev("withdrew", OCC, PAST, NOASP),
        ev("tournament", OCC, NOTENSE),
        ev("injury", (OCC, STA)),
        absent=("knee", "champion"),
    ),
    # --- light verbs, time words and non-eventive nouns are not events ---
    case(
        "The committee took a decision on Friday to suspend the coach.",
        ev("decision", (IAC, IST, OCC), NOTENSE),
        ev("suspend", OCC, INF),
        absent=("took", "Friday", "committee", "coach"),
    ),
    case(
        "The president gave a televised address on Sunday evening.",
        ev("address", (OCC, REP), NOTENSE),
        absent=("gave", "Sunday", "evening", "president"),
    ),
    case(
        "Police made several arrests overnight.",
        ev("arrests", OCC, NOTENSE, NOASP),
        absent=("made", "overnight", "Police"),
    ),
    case(
        "The senator will make a statement tomorrow morning.",
        ev("statement", (REP, OCC), NOTENSE),
        absent=("make", "will", "tomorrow", "morning", "senator"),
    ),
    case(
        "The company gave its staff a warning about layoffs.",
        ev("warning", (REP, IAC, OCC), NOTENSE),
        ev("layoffs", OCC, NOTENSE),
        absent=("gave", "staff"),
    ),
    case(
        "The storm is expected to make landfall on Friday night.",
        ev("storm", OCC, NOTENSE),
        ev("expected", (IST, IAC), PRESENT),
        ev("landfall", OCC, NOTENSE),
        absent=("make", "Friday", "night"),
    ),
    case(
        "Last year, the city's population was about two million.",
        *NONE,
        absent=("year", "population", "was", "city"),
    ),
]
