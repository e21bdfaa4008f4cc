"""The temporal resolver: find English time expressions and anchor them to the article date.

Stages (each a module of pure functions over frozen values): ``recognize`` runs the grammar
(``grammar_en``: dated, relative and span rules) near its anchor words and keeps the longest
matches as underspecified values (``underspecified``); ``refine`` attaches modifiers; ``resolve``
turns each value into a TIMEX3 value and a real interval using the DCT, the sentence's lexical
tense (``tense``) or the previous date mentioned; ``calendar`` does all calendar arithmetic.
``pipeline.find_time_expressions`` is the entry point behind :func:`timeline.find_times`.
"""
