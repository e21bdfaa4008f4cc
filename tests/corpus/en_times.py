"""English time expressions in news sentences: the resolver's spec (issue 2), as data.

Two fixed DCTs: ``MON`` is Monday 2020-06-15 (ISO week 2020-W25, the seed article's date) and
``TUE`` is Tuesday 2024-03-12 (ISO week 2024-W11, a leap year). ``None`` is narrative text, where
expressions resolve against the last date mentioned before them.

Conventions (TimeML 1.2 guidelines and TimeBank/AQUAINT practice, checked against the TBAQ gold):
* extents leave out a leading preposition and keep determiners, modifiers and "ago"/"later":
  "on [Sunday]", "[the past two weeks]", "[two days ago]", "[early March]";
* weekdays: the past one in a past-tense sentence, the coming one in a future sentence; the
  DCT's own weekday is the DCT itself in past and present sentences ("said on Monday");
* a bare month (or day of month) takes the DCT's year unless the tense points the other way:
  "in September" in a past sentence written in June 2020 is 2019-09;
* weeks are ISO weeks; "N units ago/later" keeps the unit's granularity ("three weeks ago" is a
  week, "a year ago" a year); seasons are YYYY-SP/SU/FA; quarters YYYY-Qn; halves YYYY-Hn;
* decades are the first three digits ("199"), centuries the first two ("19" = the 20th century);
* part-of-day times are TIME with TMO/TAF/TEV/TNI; clock times drop the time zone (TBAQ:
  "4 a.m. EDT Thursday" is 2000-04-06T04:00);
* durations: "a decade" is P10Y (TBAQ "past decade", "two decades" P20Y); unknown amounts are X
  ("weeks" PXW, "hours" PTXH); "the past two weeks" is a DURATION P2W;
* sets: "every Sunday" XXXX-WXX-7, "weekly" P1W, "annually"/"twice a year" P1Y, "daily" P1D;
* vague references: PAST_REF ("recently", "the past"), PRESENT_REF ("now", "currently"),
  FUTURE_REF ("the future", "soon");
* mods: early/beginning START, mid/middle MID, late/end END, about/around/roughly APPROX,
  more than/over MORE_THAN, less than LESS_THAN, at least EQUAL_OR_MORE, no more than/at most/
  up to EQUAL_OR_LESS; "earlier this year" is this year with START (TBAQ "earlier this year",
  "earlier this month");
* ranges give one expression per end ("from [2011] to 2013"); "since"/"until"/"by" are signals.
"""

from __future__ import annotations

from tests.corpus import Case, Negative, examples, negatives

__all__ = ["MON", "NEGATIVE", "POSITIVE", "SECTIONS", "TUE"]

MON = "2020-06-15"
TUE = "2024-03-12"

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"

ABSOLUTE = [
    *examples(
        MON,
        DATE,
        "2020-06-14",
        [
            "The agreement was signed on [June 14, 2020].",
            "The agreement was signed on [14 June 2020].",
            "The agreement was signed on [2020-06-14].",
            "The agreement was signed on [6/14/2020].",
            "The agreement was signed on [June 14th, 2020].",
            "The agreement was signed on [Sunday, June 14, 2020].",
            "The agreement was signed on [Jun. 14, 2020].",
            "The agreement was signed on [14 Jun 2020].",
            "The memo, dated [June 14, 2020], was leaked to reporters.",
            "Officials confirmed the figures on [June 14].",
            "Officials confirmed the figures on [14 June].",
            "The ministry published its report on [June 14th].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2019-09-03",
        [
            "Parliament was suspended on [Sept. 3, 2019].",
            "Parliament was suspended on [September 3, 2019].",
            "Parliament was suspended on [3 September 2019].",
            "Parliament was suspended on [2019-09-03].",
            "Parliament was suspended on [9/3/2019].",
            "Parliament was suspended on [Sep 3, 2019].",
            "Parliament was suspended on [Tuesday, Sept. 3, 2019].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2011-02-17",
        [
            "The uprising began on [February 17, 2011].",
            "The uprising began on [Feb. 17, 2011].",
            "The uprising began on [17 February 2011].",
            "Protests erupted in Benghazi on [17 Feb 2011].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-06",
        [
            "Unemployment rose sharply in [June 2020].",
            "The figures for [June 2020] were revised.",
            "Exports collapsed in [June of 2020].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2019-12",
        [
            "The first cases were reported in [December 2019].",
            "The first cases were reported in [Dec. 2019].",
            "The virus emerged in Wuhan in [December of 2019].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2011",
        [
            "Longtime ruler Muammar Gaddafi was toppled in [2011].",
            "[2011] was a turbulent year for Libya.",
            "The uprising of [2011] changed the region.",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2008",
        [
            "The bank nearly failed during the crisis of [2008].",
            "Home prices fell in [2008].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "199",
        [
            "The company grew rapidly in [the 1990s].",
            "The civil war of [the 1990s] left deep scars.",
            "Oil production peaked during [the 1990s].",
            "The dispute dates back to [the nineties].",
        ],
    ),
    *examples(MON, DATE, "198", ["The plant was built in [the 1980s]."]),
    *examples(MON, DATE, "201", ["Growth slowed in [the 2010s]."]),
    *examples(
        MON,
        DATE,
        "19",
        [
            "The border was drawn in [the 20th century].",
            "The border was drawn in [the twentieth century].",
        ],
    ),
    *examples(MON, DATE, "18", ["The palace was built in [the 19th century]."]),
    *examples(
        MON,
        DATE,
        "2019",
        [
            "The company lost money in [fiscal 2019].",
            "Revenue for [fiscal 2019] rose 4 percent.",
            "Sales fell in [fiscal year 2019].",
        ],
    ),
    *examples(
        TUE,
        DATE,
        "2024-03-03",
        [
            "The ferry sank on [March 3, 2024].",
            "The ferry sank on [3 March 2024].",
            "The ferry sank on [3/3/2024].",
            "The ferry sank on [2024-03-03].",
            "The ferry sank on [March 3].",
        ],
    ),
    *examples(
        TUE,
        DATE,
        "2023-11",
        ["Inflation peaked in [November 2023].", "Inflation peaked in [Nov. 2023]."],
    ),
    *examples(TUE, DATE, "1989-11-09", ["The Berlin Wall fell on [Nov. 9, 1989]."]),
    *examples(TUE, DATE, "1945", ["The war ended in [1945]."]),
]

DCT_RELATIVE = [
    *examples(
        MON,
        DATE,
        "2020-06-15",
        [
            "The foreign minister said [today] that talks would continue.",
            "[Today], the foreign minister said the talks would continue.",
            "The results were released [today].",
            "Markets rallied [today] after the announcement.",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-06-14",
        [
            "Talks were postponed [yesterday].",
            "[Yesterday], the two sides postponed the talks.",
            "The ministry said [yesterday] that the meeting was off.",
            "Gunmen attacked a convoy near Sirte [yesterday].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-06-16",
        [
            "The talks will resume [tomorrow].",
            "[Tomorrow], the delegations will meet in Ankara.",
            "A vote is expected [tomorrow].",
        ],
    ),
    *examples(MON, DATE, "2020-06-13", ["The attack took place [the day before yesterday]."]),
    *examples(MON, DATE, "2020-06-17", ["The envoy arrives [the day after tomorrow]."]),
    *examples(
        TUE,
        DATE,
        "2024-03-12",
        ["Voters head to the polls [today].", "The court ruled [today] in favour of the union."],
    ),
    *examples(
        TUE,
        DATE,
        "2024-03-11",
        ["The strike began [yesterday].", "The central bank cut rates [yesterday]."],
    ),
    *examples(
        TUE,
        DATE,
        "2024-03-13",
        ["The results will be announced [tomorrow].", "The strike ends [tomorrow]."],
    ),
    *examples(
        MON,
        DATE,
        "2020-W24",
        [
            "The push [last week] came despite a ceasefire proposal.",
            "[Last week], the United Nations said new talks had begun.",
            "Fighting intensified [last week].",
            "The army retook the airbase [last week].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-W25",
        [
            "The foreign ministers meet [this week].",
            "A decision is expected [this week].",
            "[This week] the parliament will debate the budget.",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-W26",
        [
            "The talks will resume [next week].",
            "[Next week], the minister will travel to Moscow.",
            "The central bank is expected to act [next week].",
        ],
    ),
    *examples(
        TUE,
        DATE,
        "2024-W10",
        ["The union called the strike [last week].", "[Last week] the senate passed the bill."],
    ),
    *examples(TUE, DATE, "2024-W11", ["The delegation arrives [this week]."]),
    *examples(TUE, DATE, "2024-W12", ["The trial will open [next week]."]),
    *examples(
        MON,
        DATE,
        "2020-06",
        ["Exports rose [this month].", "[This month], the bank raised its forecast."],
    ),
    *examples(
        MON,
        DATE,
        "2020-05",
        [
            "Unemployment rose [last month].",
            "[Last month], the government extended the lockdown.",
            "The deal was agreed [last month].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-07",
        ["Schools will reopen [next month].", "[Next month], the border is due to reopen."],
    ),
    *examples(
        TUE,
        DATE,
        "2024-02",
        ["Prices rose 3 percent [last month].", "The plant closed [last month]."],
    ),
    *examples(TUE, DATE, "2024-04", ["The new rules take effect [next month]."]),
    *examples(
        MON,
        DATE,
        "2020",
        [
            "The economy will shrink [this year].",
            "[This year] has been the hardest for the industry.",
            "Profits fell sharply [this year].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2019",
        [
            "The company lost money [last year].",
            "[Last year], exports reached a record.",
            "The law was passed [last year].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2021",
        [
            "Elections will be held [next year].",
            "[Next year], the company plans to expand to Asia.",
            "The economy is expected to recover [next year].",
        ],
    ),
    *examples(
        TUE,
        DATE,
        "2023",
        ["Inflation peaked [last year].", "[Last year] the company cut 500 jobs."],
    ),
    *examples(TUE, DATE, "2025", ["The new terminal opens [next year]."]),
    *examples(TUE, DATE, "2024", ["Sales are expected to rise [this year]."]),
    *examples(
        MON,
        DATE,
        "2020",
        [
            "A previous truce attempt collapsed [earlier this year].",
            "[Earlier this year], the two sides agreed to a ceasefire.",
        ],
        mod="START",
    ),
    *examples(
        MON,
        DATE,
        "2020-06",
        ["The ministry announced the plan [earlier this month]."],
        mod="START",
    ),
    *examples(
        TUE,
        DATE,
        "2024",
        ["The board approved the merger [earlier this year]."],
        mod="START",
    ),
    *examples(
        MON,
        DATE,
        "2020-SP",
        ["Cases peaked [this spring].", "The outbreak spread quickly [this spring]."],
    ),
    *examples(
        MON,
        DATE,
        "2020-SU",
        ["The festival will not take place [this summer]."],
    ),
    *examples(MON, DATE, "2019-SU", ["Wildfires destroyed the forest [last summer]."]),
    *examples(MON, DATE, "2021-SU", ["The stadium will reopen [next summer]."]),
    *examples(MON, DATE, "2020-FA", ["The trial is expected to start [this fall]."]),
    *examples(TUE, DATE, "2024-SP", ["The plant will open [this spring]."]),
    *examples(
        TUE,
        DATE,
        "2023-SU",
        ["The drought began [last summer].", "Temperatures broke records [last summer]."],
    ),
    *examples(
        TUE,
        DATE,
        "2023-FA",
        ["The talks stalled [last fall].", "The talks stalled [last autumn]."],
    ),
    *examples(
        MON,
        DATE,
        "2020-Q3",
        [
            "The company expects sales to recover in [the third quarter].",
            "[Third-quarter] results will be released later.",
            "Growth should return [next quarter].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-Q1",
        [
            "The economy shrank 5 percent in [the first quarter].",
            "[First-quarter] profit fell 20 percent.",
            "Sales dropped [last quarter].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-Q2",
        ["Output is expected to fall in [the second quarter].", "Sales are weak [this quarter]."],
    ),
    *examples(
        TUE,
        DATE,
        "2023-Q4",
        [
            "The economy grew 3 percent in [the fourth quarter].",
            "[Fourth-quarter] earnings beat expectations.",
        ],
    ),
    *examples(TUE, DATE, "2023-Q3", ["Profits rose in [the third quarter]."]),
    *examples(MON, DATE, "2019-H1", ["Exports rose in [the first half of 2019]."]),
    *examples(MON, DATE, "2020-H1", ["Sales fell in [the first half of the year]."]),
    *examples(
        MON,
        DATE,
        "2020-06-13",
        ["The attack happened [two days ago].", "Rebels seized the town [two days ago]."],
    ),
    *examples(MON, DATE, "2020-06-12", ["The minister resigned [three days ago]."]),
    *examples(MON, DATE, "2020-W22", ["The ceasefire collapsed [three weeks ago]."]),
    *examples(MON, DATE, "2020-W24", ["The talks began [a week ago]."]),
    *examples(
        MON,
        DATE,
        "2020-05",
        ["The ban was imposed [a month ago].", "Talks broke down [one month ago]."],
    ),
    *examples(MON, DATE, "2020-04", ["The factory closed [two months ago]."]),
    *examples(MON, DATE, "2019-12", ["The law was passed [six months ago]."]),
    *examples(
        MON,
        DATE,
        "2019",
        ["Prices were lower [a year ago].", "The company was sold [one year ago]."],
    ),
    *examples(MON, DATE, "2015", ["The war began [five years ago]."]),
    *examples(MON, DATE, "2010", ["The bridge was built [10 years ago]."]),
    *examples(MON, DATE, "2015", ["The mine opened [about five years ago]."], mod="APPROX"),
    *examples(TUE, DATE, "2024-03-10", ["The ship ran aground [two days ago]."]),
    *examples(TUE, DATE, "2023", ["Rates were higher [a year ago]."]),
    *examples(TUE, DATE, "2023-11", ["The strike began [four months ago]."]),
    *examples(TUE, DATE, "2024-W09", ["The minister resigned [two weeks ago]."]),
]

WEEKDAYS = [
    *examples(
        MON,
        DATE,
        "2020-06-14",
        [
            "Talks that were scheduled for [Sunday] were postponed.",
            "Russia and Turkey postponed the talks on [Sunday].",
            "On [Sunday], Russia and Turkey postponed ministerial-level talks.",
            "The talks were postponed [Sunday], officials said.",
            "Tens of thousands marched [last Sunday].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-06-13",
        ["Protesters gathered on [Saturday].", "The rebels attacked the town [Saturday]."],
    ),
    *examples(
        MON,
        DATE,
        "2020-06-12",
        [
            "The minister resigned on [Friday].",
            "The central bank cut rates [Friday].",
            "Shares fell sharply [last Friday].",
        ],
    ),
    *examples(MON, DATE, "2020-06-11", ["The court issued its ruling on [Thursday]."]),
    *examples(MON, DATE, "2020-06-10", ["Police arrested three suspects on [Wednesday]."]),
    *examples(MON, DATE, "2020-06-09", ["The senate approved the bill [Tuesday]."]),
    *examples(
        MON,
        DATE,
        "2020-06-15",
        [
            "Speaking at a news conference in Istanbul on [Monday], the minister said the talks "
            "would go ahead.",
            "The minister said on [Monday] that the talks would resume.",
            "The minister is in Moscow on [Monday] for talks.",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2020-06-17",
        ["The talks will resume on [Wednesday].", "The two leaders will meet [Wednesday]."],
    ),
    *examples(MON, DATE, "2020-06-18", ["The minister is due to visit Moscow on [Thursday]."]),
    *examples(MON, DATE, "2020-06-19", ["The summit will open [Friday] in Berlin."]),
    *examples(MON, DATE, "2020-06-20", ["The march is scheduled for [Saturday]."]),
    *examples(
        MON,
        DATE,
        "2020-06-21",
        [
            "Voters will go to the polls on [Sunday].",
            "The runoff will take place [this Sunday].",
        ],
    ),
    *examples(
        TUE,
        DATE,
        "2024-03-11",
        ["The strike began on [Monday].", "Lawmakers approved the budget [Monday]."],
    ),
    *examples(TUE, DATE, "2024-03-10", ["The ferry capsized on [Sunday]."]),
    *examples(TUE, DATE, "2024-03-08", ["The minister resigned on [Friday]."]),
    *examples(TUE, DATE, "2024-03-07", ["The storm hit the coast [Thursday]."]),
    *examples(TUE, DATE, "2024-03-06", ["The company announced the layoffs on [Wednesday]."]),
    *examples(
        TUE,
        DATE,
        "2024-03-12",
        [
            "The president said on [Tuesday] that the talks had failed.",
            "Voters in 15 states go to the polls on [Tuesday].",
        ],
    ),
    *examples(TUE, DATE, "2024-03-13", ["The committee will vote on [Wednesday]."]),
    *examples(TUE, DATE, "2024-03-14", ["The ministers are expected to meet [Thursday]."]),
    *examples(TUE, DATE, "2024-03-15", ["The results will be published on [Friday]."]),
    *examples(TUE, DATE, "2024-03-17", ["The marathon will be held on [Sunday]."]),
    *examples(TUE, DATE, "2024-03-18", ["The trial will resume on [Monday]."]),
]

MONTHS = [
    *examples(
        MON,
        DATE,
        "2020-03",
        [
            "After launching a counteroffensive in [March], the army retook the airbase.",
            "The lockdown was imposed in [March].",
            "Talks collapsed in [March] after a week of fighting.",
        ],
    ),
    *examples(MON, DATE, "2020-01", ["The ceasefire was agreed in [January]."]),
    *examples(MON, DATE, "2020-06", ["Exports fell in [June], the ministry said."]),
    *examples(
        MON,
        DATE,
        "2019-09",
        [
            "The minister was appointed in [September].",
            "The first shipment arrived in [September].",
        ],
    ),
    *examples(MON, DATE, "2019-11", ["The protests began in [November]."]),
    *examples(
        MON,
        DATE,
        "2020-09",
        ["Elections will be held in [September].", "The new law takes effect in [September]."],
    ),
    *examples(MON, DATE, "2020-12", ["The vaccine could be ready by [December]."]),
    *examples(MON, DATE, "2021-03", ["The next census will start in [March]."]),
    *examples(MON, DATE, "2021-01", ["The new president will take office in [January]."]),
    *examples(MON, DATE, "2021-03", ["The plant will close [next March]."]),
    *examples(
        TUE,
        DATE,
        "2023-11",
        ["The strike began in [November].", "Talks broke down in [November]."],
    ),
    *examples(TUE, DATE, "2024-01", ["Prices rose 2 percent in [January]."]),
    *examples(TUE, DATE, "2024-02", ["The factory reopened in [February]."]),
    *examples(
        TUE,
        DATE,
        "2024-05",
        ["Parliament will vote on the bill in [May].", "The new rules will apply from [May]."],
    ),
    *examples(TUE, DATE, "2025-02", ["The next summit will take place in [February]."]),
    *examples(TUE, DATE, "2023-12-25", ["The ship left port on [December 25]."]),
    *examples(TUE, DATE, "2024-01-05", ["The board met on [Jan. 5]."]),
    *examples(TUE, DATE, "2024-03-20", ["The trial will begin on [March 20]."]),
    *examples(MON, DATE, "2020-06-20", ["The talks are scheduled for [June 20]."]),
    *examples(MON, DATE, "2020-05-31", ["The last flight left on [May 31]."]),
    *examples(MON, DATE, "2020-08-01", ["The new rules will take effect on [August 1]."]),
    *examples(MON, DATE, "2019-10-12", ["The rebels seized the port on [Oct. 12]."]),
]

TIMES = [
    *examples(
        MON,
        TIME,
        "2020-06-15T15:00",
        [
            "The meeting began at [3 p.m.]",
            "The meeting began at [3 p.m.], officials said.",
            "The meeting began at [3pm] in the capital.",
            "The meeting began at [15:00] in the capital.",
        ],
    ),
    *examples(
        MON,
        TIME,
        "2020-06-15T10:30",
        [
            "The first explosion was heard at [10:30 GMT].",
            "The first explosion was heard at [10:30 a.m.]",
        ],
    ),
    *examples(
        MON,
        TIME,
        "2020-06-15T12:00",
        ["The curfew ended at [noon].", "The statement was released at [midday]."],
    ),
    *examples(MON, TIME, "2020-06-15T08:00", ["Polling stations opened at [8 a.m.]"]),
    *examples(MON, TIME, "2020-06-15T21:45", ["The plane landed at [9:45 p.m.] in Rome."]),
    *examples(MON, TIME, "2020-06-14T15:00", ["The bomb exploded at [3 p.m. Sunday]."]),
    *examples(
        MON,
        TIME,
        "2020-06-15TMO",
        [
            "The minister arrived in Ankara on [Monday morning].",
            "Fighting resumed [this morning].",
            "Shares fell [this morning] in Tokyo.",
        ],
    ),
    *examples(
        MON,
        TIME,
        "2020-06-12TNI",
        ["Clashes broke out on [Friday night].", "The blast happened late on [Friday night]."],
    ),
    *examples(MON, TIME, "2020-06-15TAF", ["The council met [this afternoon]."]),
    *examples(
        MON,
        TIME,
        "2020-06-14TNI",
        ["Rockets hit the airport [last night].", "The airport was shelled on [Sunday night]."],
    ),
    *examples(MON, TIME, "2020-06-14TAF", ["The statement was issued [yesterday afternoon]."]),
    *examples(MON, TIME, "2020-06-14TMO", ["The ship docked [yesterday morning]."]),
    *examples(MON, TIME, "2020-06-16TMO", ["The talks will resume [tomorrow morning]."]),
    *examples(MON, TIME, "2020-06-16TNI", ["The results will be announced [tomorrow night]."]),
    *examples(MON, TIME, "2020-06-13TEV", ["The protest began on [Saturday evening]."]),
    *examples(MON, TIME, "2020-06-17TAF", ["The ministers will meet on [Wednesday afternoon]."]),
    *examples(
        MON,
        TIME,
        "2020-06-15TNI",
        ["The president will address the nation [tonight].", "A curfew begins [tonight]."],
    ),
    *examples(TUE, TIME, "2024-03-12T14:00", ["The minister will speak at [2 p.m.]"]),
    *examples(TUE, TIME, "2024-03-11TNI", ["The fire broke out on [Monday night]."]),
    *examples(TUE, TIME, "2024-03-12TEV", ["The results are expected [this evening]."]),
]

DURATIONS = [
    *examples(
        MON,
        DURATION,
        "P14M",
        [
            "Haftar has waged a [14-month] campaign to capture the capital.",
            "The siege lasted [14 months].",
            "The siege lasted [fourteen months].",
        ],
    ),
    *examples(
        MON,
        DURATION,
        "PXW",
        [
            "The GNA has advanced for [weeks] against the LNA.",
            "The talks dragged on for [weeks].",
            "The strike could last for [several weeks].",
            "The repairs will take [a few weeks].",
        ],
    ),
    *examples(
        MON,
        DURATION,
        "PXM",
        [
            "Negotiations went on for [months].",
            "The factory was idle for [several months].",
            "The talks have stalled in [recent months].",
        ],
    ),
    *examples(
        MON,
        DURATION,
        "PXY",
        ["The two sides have been at odds for [years].", "The case could take [several years]."],
    ),
    *examples(
        MON,
        DURATION,
        "PXD",
        [
            "The fighting lasted [several days].",
            "Rescuers searched for [days].",
            "The vote is expected within [a few days].",
            "A decision is due in [the next few days].",
        ],
    ),
    *examples(MON, DURATION, "PTXH", ["Passengers waited for [hours] at the airport."]),
    *examples(
        MON,
        DURATION,
        "P3Y",
        [
            "He spent [three years] in prison.",
            "The war lasted [three years].",
            "The union signed a [three-year] contract.",
            "The project took [3 years] to complete.",
        ],
    ),
    *examples(
        MON,
        DURATION,
        "P10Y",
        [
            "The country has been at war for [a decade].",
            "The ban lasted [a decade].",
            "The company has grown fast over [the past decade].",
        ],
    ),
    *examples(MON, DURATION, "P20Y", ["The region was neglected for [two decades]."]),
    *examples(
        MON,
        DURATION,
        "P2W",
        [
            "Prices have doubled over [the past two weeks].",
            "Fighting has intensified in [the last two weeks].",
            "The minister will be away for [two weeks].",
            "The ship will undergo [two-week] repairs.",
        ],
    ),
    *examples(MON, DURATION, "P3M", ["Exports have fallen in [the past three months]."]),
    *examples(MON, DURATION, "PT24H", ["No attacks were reported in [the past 24 hours]."]),
    *examples(MON, DURATION, "P5Y", ["Prices have tripled in [the last five years]."]),
    *examples(MON, DURATION, "P2Y", ["The plan will be rolled out over [the next two years]."]),
    *examples(MON, DURATION, "PXW", ["More talks are planned in [the coming weeks]."]),
    *examples(MON, DURATION, "PXW", ["Violence has increased in [recent weeks]."]),
    *examples(
        MON,
        DURATION,
        "PT2H",
        ["The meeting lasted [two hours].", "The minister spoke for [2 hours]."],
    ),
    *examples(MON, DURATION, "PT90M", ["The two leaders talked for [90 minutes]."]),
    *examples(MON, DURATION, "PT45M", ["The flight was delayed by [45 minutes]."]),
    *examples(MON, DURATION, "PT48H", ["The rebels were given [48 hours] to withdraw."]),
    *examples(
        MON,
        DURATION,
        "P1W",
        ["The talks lasted [a week].", "The border will be closed for [one week]."],
    ),
    *examples(MON, DURATION, "P10D", ["The strike lasted [10 days]."]),
    *examples(MON, DURATION, "P5D", ["The president began a [five-day] visit to China."]),
    *examples(
        MON,
        DURATION,
        "P6M",
        ["The ban was extended by [six months].", "The state of emergency lasts [6 months]."],
    ),
    *examples(MON, DURATION, "P18M", ["The trial could take [18 months]."]),
    *examples(
        MON,
        DURATION,
        "P1Y",
        ["The contract runs for [a year].", "The project was delayed by [one year]."],
    ),
    *examples(MON, DURATION, "P100Y", ["The bridge has stood for [a century]."]),
    *examples(MON, DURATION, "PT30M", ["The vote was delayed by [half an hour]."]),
    *examples(MON, DURATION, "P7Y", ["The case dragged on for [seven years]."]),
    *examples(MON, DURATION, "P30D", ["The ceasefire will last [30 days]."]),
    *examples(MON, DURATION, "P90D", ["The government announced a [90-day] freeze on prices."]),
    *examples(MON, DURATION, "PT12H", ["Workers staged a [12-hour] strike."]),
    *examples(MON, DURATION, "PT24H", ["The army imposed a [24-hour] curfew."]),
    *examples(MON, DURATION, "P3W", ["The negotiations lasted [three weeks]."]),
    *examples(MON, DURATION, "P8M", ["The reactor was shut for [eight months]."]),
    *examples(MON, DURATION, "P2M", ["Prices have risen in [the past two months]."]),
    *examples(TUE, DURATION, "P4Y", ["The president serves a [four-year] term."]),
    *examples(TUE, DURATION, "P11M", ["The strike lasted [11 months]."]),
]

SETS = [
    *examples(
        MON,
        SET,
        "XXXX-WXX-7",
        [
            "The market is held [every Sunday].",
            "The church opens its doors to refugees [every Sunday].",
            "The shops close on [Sundays].",
            "Protesters have gathered [each Sunday] since the election.",
        ],
    ),
    *examples(MON, SET, "XXXX-WXX-1", ["The cabinet meets [every Monday]."]),
    *examples(MON, SET, "XXXX-WXX-5", ["Prayers are held [every Friday]."]),
    *examples(
        MON,
        SET,
        "P1W",
        [
            "The ministry publishes the figures [weekly].",
            "The newspaper is printed [once a week].",
            "The two sides meet [every week].",
            "Inspectors visit the site [three times a week].",
            "Prices are reviewed [each week].",
        ],
    ),
    *examples(
        MON,
        SET,
        "P1Y",
        [
            "The report is published [annually].",
            "The festival takes place [every year].",
            "The committee meets [twice a year].",
            "About 2,000 people visit the site [each year].",
            "The licence must be renewed [yearly].",
        ],
    ),
    *examples(
        MON,
        SET,
        "P1D",
        [
            "The ministry updates the figures [daily].",
            "Hundreds of migrants arrive [every day].",
            "The patient takes the drug [twice a day].",
        ],
    ),
    *examples(
        MON,
        SET,
        "P1M",
        ["The index is published [monthly].", "The board meets [every month]."],
    ),
    *examples(MON, SET, "P2W", ["The council meets [every two weeks]."]),
    *examples(MON, SET, "P4Y", ["The games are held [every four years]."]),
    *examples(MON, SET, "XXXX-SU", ["The river floods [every summer]."]),
    *examples(MON, SET, "XXXX-XX-XXTMO", ["The ferry leaves [every morning]."]),
]

VAGUE = [
    *examples(
        MON,
        DATE,
        "PAST_REF",
        [
            "The army [recently] retook strategic locations.",
            "The company [recently] opened a plant in Poland.",
            "[Recently], the two sides have exchanged prisoners.",
            "Such attacks were rare in [the past].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "PRESENT_REF",
        [
            "The two countries are [now] on opposing sides.",
            "[Now] the government faces a choice.",
            "The company [currently] employs 500 people.",
            "There are [currently] no plans to reopen the border.",
            "The talks are stalled [right now].",
            "Unemployment is rising [these days].",
            "Few people use cheques [nowadays].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "FUTURE_REF",
        [
            "The two sides will meet again in [the future].",
            "Prices may fall in [the near future].",
            "A decision is expected [soon].",
            "The minister said more talks would be held [soon].",
        ],
    ),
    *examples(TUE, DATE, "PAST_REF", ["The bank [recently] raised interest rates."]),
    *examples(TUE, DATE, "PRESENT_REF", ["The strike is [now] in its third week."]),
]

MODIFIERS = [
    *examples(
        MON,
        DATE,
        "2020-03",
        ["The outbreak spread in [early March].", "The lockdown began in [early March]."],
        mod="START",
    ),
    *examples(
        MON,
        DATE,
        "2019",
        [
            "The company was sold in [late 2019].",
            "The talks collapsed [late last year].",
            "The plant closed at [the end of 2019].",
        ],
        mod="END",
    ),
    *examples(
        MON,
        DATE,
        "2020",
        [
            "The company expects to break even by [mid-2020].",
            "Production will resume in [mid-2020].",
        ],
        mod="MID",
    ),
    *examples(MON, DATE, "2020-05", ["The talks resumed in [mid-May]."], mod="MID"),
    *examples(MON, DATE, "2020-05", ["The talks resumed in [late May]."], mod="END"),
    *examples(MON, DATE, "2021", ["The vaccine may be ready in [early 2021]."], mod="START"),
    *examples(
        MON,
        DATE,
        "2021",
        ["The plant will open [early next year]."],
        mod="START",
    ),
    *examples(MON, DATE, "2020", ["The law took effect at [the beginning of 2020]."], mod="START"),
    *examples(
        MON, DATE, "2020", ["The report will be published by [the end of the year]."], mod="END"
    ),
    *examples(MON, DATE, "2020-06", ["The debt is due at [the end of the month]."], mod="END"),
    *examples(MON, DATE, "2020-05", ["The ceasefire was agreed [early last month]."], mod="START"),
    *examples(MON, DATE, "2019-10", ["The protests began in [the middle of October]."], mod="MID"),
    *examples(MON, DATE, "199", ["The company was founded in [the early 1990s]."], mod="START"),
    *examples(MON, DATE, "198", ["The war raged through [the late 1980s]."], mod="END"),
    *examples(MON, DATE, "199", ["The mine was closed in [the mid-1990s]."], mod="MID"),
    *examples(MON, DATE, "2015", ["The dam was completed [around 2015]."], mod="APPROX"),
    *examples(
        MON,
        DURATION,
        "P2W",
        ["The talks lasted [about two weeks].", "The repairs took [around two weeks]."],
        mod="APPROX",
    ),
    *examples(MON, DURATION, "P1Y", ["The project was delayed by [about a year]."], mod="APPROX"),
    *examples(MON, DURATION, "P3M", ["The strike lasted [roughly three months]."], mod="APPROX"),
    *examples(
        MON,
        DURATION,
        "P1Y",
        ["The siege lasted [more than a year].", "Talks have stalled for [more than a year]."],
        mod="MORE_THAN",
    ),
    *examples(MON, DURATION, "P20Y", ["He ruled for [more than two decades]."], mod="MORE_THAN"),
    *examples(MON, DURATION, "P3Y", ["The trial lasted [over three years]."], mod="MORE_THAN"),
    *examples(
        MON,
        DURATION,
        "P1M",
        [
            "The truce lasted [less than a month].",
            "The vote comes [less than a month] after the election.",
        ],
        mod="LESS_THAN",
    ),
    *examples(
        MON, DURATION, "PT24H", ["The ship was searched in [less than 24 hours]."], mod="LESS_THAN"
    ),
    *examples(
        MON,
        DURATION,
        "P3Y",
        ["The plant will stay closed for [at least three years]."],
        mod="EQUAL_OR_MORE",
    ),
    *examples(
        MON, DURATION, "P30D", ["Travellers must wait [at least 30 days]."], mod="EQUAL_OR_MORE"
    ),
    *examples(
        MON,
        DURATION,
        "P2D",
        ["Suspects may be held for [no more than two days]."],
        mod="EQUAL_OR_LESS",
    ),
    *examples(
        MON, DURATION, "P6M", ["The permit is valid for [at most six months]."], mod="EQUAL_OR_LESS"
    ),
    *examples(
        MON,
        DURATION,
        "P5Y",
        ["Offenders face [up to five years] in prison."],
        mod="EQUAL_OR_LESS",
    ),
    *examples(TUE, DATE, "2024-02", ["The talks stalled in [late February]."], mod="END"),
    *examples(TUE, DATE, "2024-01", ["Prices rose in [early January]."], mod="START"),
    *examples(TUE, DATE, "2023", ["The plant closed in [late 2023]."], mod="END"),
]

RANGES = [
    *examples(MON, DATE, "2011", ["The mission ran from [2011] to 2013."]),
    *examples(MON, DATE, "2013", ["The mission ran from 2011 to [2013]."]),
    *examples(MON, DATE, "2015", ["Output rose between [2015] and 2018."]),
    *examples(MON, DATE, "2018", ["Output rose between 2015 and [2018]."]),
    *examples(MON, DATE, "2020-03", ["Exports collapsed between [March] and May."]),
    *examples(MON, DATE, "2020-05", ["Exports collapsed between March and [May]."]),
    *examples(MON, DATE, "2020-06-01", ["Voting ran from [June 1] to June 5."]),
    *examples(MON, DATE, "2020-06-05", ["Voting ran from June 1 to [June 5]."]),
    *examples(
        MON,
        DATE,
        "2011",
        [
            "Libya has been mired in turmoil since [2011].",
            "The country has been divided since [2011].",
            "Since [2011], thousands of people have fled.",
        ],
    ),
    *examples(MON, DATE, "2020-03", ["Schools have been closed since [March]."]),
    *examples(MON, DATE, "2019", ["Prices have risen since [last year]."]),
    *examples(MON, DATE, "199", ["The region has been unstable since [the 1990s]."]),
    *examples(MON, DATE, "2020-08", ["The ban will remain in place until [August]."]),
    *examples(MON, DATE, "2020-W26", ["The border stays closed until [next week]."]),
    *examples(MON, DATE, "2030", ["The country aims to end coal use by [2030]."]),
    *examples(MON, DATE, "2025", ["The sanctions will run through [2025]."]),
    *examples(TUE, DATE, "2024-06", ["The ban will stay in force until [June]."]),
    *examples(TUE, DATE, "2024-03-13", ["Schools will be closed from [Wednesday] to Friday."]),
    *examples(TUE, DATE, "2024-03-15", ["Schools will be closed from Wednesday to [Friday]."]),
]

PREVIOUS_DATE = [
    *examples(
        MON,
        DATE,
        "2014",
        ["The company was founded in 2011. [Three years later], it went public."],
    ),
    *examples(
        MON,
        DATE,
        "2019-06-02",
        ["The vote took place on June 3, 2019. Protests had begun [the day before]."],
    ),
    *examples(
        MON,
        DATE,
        "2019-W11",
        ["The ceasefire was signed on March 5, 2019. Fighting resumed [the following week]."],
    ),
    *examples(
        MON,
        DATE,
        "2018-05-05",
        [
            "The plant closed on May 4, 2018. [The next day], workers protested outside.",
            "The plant closed on May 4, 2018. Workers protested [the following day].",
        ],
    ),
    *examples(
        MON,
        DATE,
        "2018-05-06",
        ["The plant closed on May 4, 2018. [Two days later], the union filed a complaint."],
    ),
    *examples(
        MON,
        DATE,
        "2010",
        ["The law was passed in 2009. [The following year], it was challenged in court."],
    ),
    *examples(
        MON,
        DATE,
        "2015",
        ["Oil prices collapsed in 2014. [A year later], the company cut its dividend."],
    ),
    *examples(
        MON,
        DATE,
        "2017-10-01",
        ["The minister resigned on Oct. 2, 2017. [The previous day], he had met the president."],
    ),
    *examples(
        MON,
        DATE,
        "2016-06",
        ["The reactor was shut in April 2016. [Two months later], inspectors arrived."],
    ),
    *examples(
        MON,
        DATE,
        "2002",
        ["The treaty was signed in 1997. [Five years later], it was renegotiated."],
    ),
    *examples(
        MON,
        DATE,
        "2008-10",
        ["The bank collapsed in September 2008. [The following month], the state stepped in."],
    ),
    *examples(
        MON,
        DATE,
        "2018-02-04",
        ["The talks opened on Feb. 1, 2018. [Three days later], they collapsed."],
    ),
    *examples(
        MON,
        DATE,
        "2011",
        ["The election was held in 2012. [The year before], protests had swept the capital."],
    ),
    *examples(MON, DATE, "1996", ["The bridge opened in 1994. It was damaged [two years later]."]),
    *examples(
        MON,
        DATE,
        "1990",
        ["The dam was completed in 1970. [Twenty years later], it began to leak."],
    ),
    *examples(
        TUE,
        DATE,
        "2022-09",
        ["The company was listed in August 2022. [A month later], its shares had halved."],
    ),
]

NARRATIVE = [
    *examples(
        None,
        DATE,
        "1939-06",
        ["The war began in March 1939. In [June], the army crossed the river."],
    ),
    *examples(
        None,
        DATE,
        "1945-05-07",
        ["On May 5, 1945, the garrison surrendered. [Two days later], the war in Europe ended."],
    ),
    *examples(
        None, DATE, "1548", ["The king died in 1547. [The following year], his son was crowned."]
    ),
    *examples(
        None,
        DATE,
        "1920-05-12",
        ["The treaty was signed in April 1920. On [May 12], the troops withdrew."],
    ),
    *examples(None, DATE, "1895", ["The mill opened in 1885. [Ten years later] it closed."]),
    *examples(None, DATE, "1921-03-03", ["The expedition left port on [March 3, 1921]."]),
    *examples(None, DATE, "1066", ["The Normans invaded England in [1066]."]),
    *examples(None, DATE, "189", ["The town was founded in [the 1890s]."]),
    *examples(
        None,
        DATE,
        "1903",
        ["The railway reached the town in 1902. [The next year], a hotel opened."],
    ),
    *examples(
        None,
        DATE,
        "1920-07-05",
        ["She was born on July 4, 1920. [The following day], her father left."],
    ),
    *examples(None, DURATION, "P9D", ["The general strike began in 1926. It lasted [nine days]."]),
    *examples(
        None,
        DATE,
        "1828",
        ["The colony was founded in 1788. [Forty years later], a school opened."],
    ),
    *examples(
        None,
        DATE,
        "1931-08-20",
        ["The flood struck on Aug. 9, 1931. By [August 20], the water had receded."],
    ),
    *examples(None, DATE, "1916-07", ["The offensive began in June 1916. In [July], it stalled."]),
]

SECTIONS: dict[str, list[Case]] = {
    "absolute": ABSOLUTE,
    "dct-relative": DCT_RELATIVE,
    "weekday": WEEKDAYS,
    "month": MONTHS,
    "time": TIMES,
    "duration": DURATIONS,
    "set": SETS,
    "vague": VAGUE,
    "modifier": MODIFIERS,
    "range": RANGES,
    "previous-date": PREVIOUS_DATE,
    "narrative": NARRATIVE,
}

POSITIVE: list[Case] = [case for cases in SECTIONS.values() for case in cases]

NEGATIVE: list[Negative] = [
    *negatives(
        MON,
        [
            ("modal may", "Prices may rise further, analysts warned."),
            ("modal may", "The company may cut jobs, its chief executive said."),
            ("modal may", "Officials said they may appeal the ruling."),
            ("modal May at sentence start", "May the best team win, the coach said."),
            ("march as a verb", "Thousands plan to march on parliament to demand reforms."),
            ("March as a verb", "March with us, the organizers urged supporters."),
            ("march as a verb", "Veterans will march through the capital."),
            ("the Sunday Times", "The Sunday Times reported that the deal had collapsed."),
            ("Mars", "The rover landed on Mars after a long journey."),
            ("Mars", "Mars is the fourth planet from the sun."),
            ("1,200 troops", "The government deployed 1,200 troops to the border."),
            ("a 747", "The airline retired a 747 from its fleet."),
            ("page 3", "The story continued on page 3 of the newspaper."),
            ("score 2-1", "The home side won the match 2-1."),
            ("vote 3-2", "The committee approved the measure by a 3-2 vote."),
            ("phone number", "For information, call 555-0147."),
            ("phone number", "Readers can reach the newsroom at +44 20 7946 0958."),
            ("phone number", "The hotline number is (202) 555-0199."),
            ("Second Avenue", "The protest moved up Second Avenue toward the United Nations."),
            ("the Fourth Estate", "Journalists are often called the Fourth Estate."),
            ("Boeing 737", "The carrier ordered 30 Boeing 737 jets."),
            ("$2,011", "The fine was set at $2,011 per violation."),
            ("Theresa May", "Prime Minister Theresa May met the delegation."),
            ("Brian May", "Guitarist Brian May performed at the benefit concert."),
            ("April as a name", "Reporter April Ryan asked about the sanctions."),
            ("Jan as a name", "Jan Koum, a co-founder of the firm, declined to comment."),
            ("Daily Mail", "The Daily Mail published the leaked memo."),
            ("Weekly Standard", "The Weekly Standard ceased publication."),
            ("Financial Times", "The Financial Times first reported the merger."),
            ("Times Square", "Crowds gathered in Times Square."),
            ("The Sun", "The tabloid The Sun printed the photographs."),
            ("wed", "The couple wed in a small ceremony in Rome."),
            ("sat", "The minister sat in the front row."),
            ("F-16", "The air force sent four F-16 fighters to the region."),
            ("COVID-19", "The patient tested positive for COVID-19."),
            ("Interstate 95", "Traffic was halted on Interstate 95 near Baltimore."),
            ("Chapter 11", "The company filed for Chapter 11 bankruptcy protection."),
            ("room 1201", "The suspect stayed in room 1201 of the hotel."),
            ("1,999 complaints", "The ministry received 1,999 complaints."),
            ("percentage", "Unemployment rose to 4.5 percent."),
            ("magnitude", "The quake had a magnitude of 6.1."),
            ("2,020 delegates", "The proposal won support from 2,020 delegates."),
            ("a second attempt", "A second attempt to free the hostages failed."),
            ("minute as an adjective", "The auditors found a minute error in the accounts."),
            ("Doris Day", "Films starring Doris Day were screened at the festival."),
            ("10 Downing Street", "The envoy was received at 10 Downing Street."),
            ("1600 Pennsylvania Avenue", "The letter was sent to 1600 Pennsylvania Avenue."),
            ("Windows 10", "Windows 10 is installed on most office computers."),
            ("Flight 370", "Flight 370 vanished over the Indian Ocean."),
            ("101 points", "The team finished the season with 101 points."),
            ("ratio 3:1", "Applicants outnumbered places by a ratio of 3:1."),
            ("Airbus A320", "The Airbus A320 landed safely in Lyon."),
            ("9mm", "Officers seized a 9mm pistol and 200 rounds of ammunition."),
            ("7-Eleven", "Shares of 7-Eleven rose in Tokyo trading."),
            ("49ers", "The San Francisco 49ers signed the quarterback."),
            ("Formula One", "Formula One teams arrived at the circuit."),
            ("spring as a noun", "A spring in the valley supplies the village with water."),
            ("fall as a verb", "Stock prices fall when interest rates climb."),
            ("Summer Street", "A Summer Street resident called the police."),
            ("second reading", "The bill was sent to the Senate for a second reading."),
            ("Times of India", "The Times of India carried the interview."),
            ("1,500 works", "The museum holds 1,500 works by the artist."),
            ("Time magazine", "Readers of Time magazine chose the cover."),
            ("911", "Residents were told to dial 911."),
            ("$1,850", "Gold traded at $1,850 an ounce."),
            ("Mayday", "The coast guard received a Mayday call from the trawler."),
            ("20,000", "Attendance at the rally topped 20,000."),
            ("ages", "The victims were aged between 18 and 45."),
            ("Route 66", "The convoy drove along Route 66."),
            ("iPhone 12", "The iPhone 12 sold well in Asia."),
        ],
    ),
    *negatives(
        TUE,
        [
            ("modal may", "The central bank may raise rates again."),
            ("Resolution 2254", "Resolution 2254 calls for a political settlement in Syria."),
            ("score 3-0", "The visitors lost 3-0 in front of a home crowd."),
            ("march as a noun", "Police blocked the march near the parliament building."),
        ],
    ),
]
