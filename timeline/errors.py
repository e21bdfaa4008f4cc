"""The library's own error hierarchy.

Every problem a caller can cause (a wrong type, an impossible date, binary text, a document too
large to process) is raised as a subclass of :class:`TimelineError`, with a message that names the
problem, so callers can catch one base class instead of whatever a dependency happened to raise.
"""

from __future__ import annotations

__all__ = [
    "DCTError",
    "ExportFormatError",
    "InputTextError",
    "PipelineNotInstalledError",
    "TimeMLFormatError",
    "TimelineError",
]


class TimelineError(Exception):
    """Base class of every error the library raises on purpose."""


class InputTextError(TimelineError, TypeError):
    """The text is not a ``str``, looks binary, or is larger than the library will process.

    It also subclasses :class:`TypeError` because passing ``bytes`` or ``None`` is a type error,
    and callers who already catch ``TypeError`` should keep working.
    """


class DCTError(TimelineError, ValueError):
    """The document creation time (DCT) is of a wrong type, unparseable or impossible."""


class PipelineNotInstalledError(TimelineError, ImportError):
    """No English spaCy pipeline is installed; the message says which package to install."""


class TimeMLFormatError(TimelineError, ValueError):
    """A TimeML document could not be read (no TEXT, no DCT, malformed XML)."""


class ExportFormatError(TimelineError, ValueError):
    """A serialised timeline could not be read back (malformed JSON, wrong schema version)."""
