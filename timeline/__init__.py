"""timeline: turn a news article and its publication date into an ordered timeline of events.

>>> import timeline
>>> [t.value for t in timeline.find_times("Talks were postponed on Sunday.", dct="2020-06-15")]
['2020-06-14']
"""

from timeline._api import extract, find_events, find_times
from timeline.errors import (
    DCTError,
    ExportFormatError,
    InputTextError,
    PipelineNotInstalledError,
    TimelineError,
    TimeMLFormatError,
)
from timeline.events.model import (
    Aspect,
    Event,
    EventClass,
    Factuality,
    Participant,
    Polarity,
    Role,
    Tense,
)
from timeline.export.html import to_html
from timeline.export.json import from_json, to_json
from timeline.export.timeml_doc import to_timeml
from timeline.model import (
    Anchor,
    Certainty,
    Duration,
    Grain,
    Mod,
    TimeExpression,
    TimeSpan,
    TimexType,
)
from timeline.ordering.model import EventTime, LinkKind, Order, Timeline, TimeRelation, TLink

__all__ = [
    "Anchor",
    "Aspect",
    "Certainty",
    "DCTError",
    "Duration",
    "Event",
    "EventClass",
    "EventTime",
    "ExportFormatError",
    "Factuality",
    "Grain",
    "InputTextError",
    "LinkKind",
    "Mod",
    "Order",
    "Participant",
    "PipelineNotInstalledError",
    "Polarity",
    "Role",
    "TLink",
    "Tense",
    "TimeExpression",
    "TimeMLFormatError",
    "TimeRelation",
    "TimeSpan",
    "Timeline",
    "TimelineError",
    "TimexType",
    "extract",
    "find_events",
    "find_times",
    "from_json",
    "to_html",
    "to_json",
    "to_timeml",
]
