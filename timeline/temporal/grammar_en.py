"""The English grammar: every rule, in priority order (earlier wins a tie of equal length)."""

from __future__ import annotations

from timeline.temporal.grammar_dates import DATE_RULES
from timeline.temporal.grammar_relative import RELATIVE_RULES
from timeline.temporal.grammar_spans import SPAN_RULES
from timeline.temporal.rules import Rule

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = DATE_RULES + RELATIVE_RULES + SPAN_RULES
