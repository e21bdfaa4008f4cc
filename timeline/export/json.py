"""JSON in and out: a timeline as a versioned, plain-data document that reads back exactly.

Unstructuring is ``attrs.asdict`` with one value hook (ISO strings for dates and datetimes, enum
values, references for shared objects); structuring is driven by the classes' own type hints,
so a field added to a value class is serialised without touching this module (a hand-written
field list would silently drop it, the way duckling's hand-written ``Eq`` ignores fields).

Objects that the timeline holds once but points to from several places are written once and
referred to by position: an event's anchor is ``{"time": 3}`` (``tl.expressions[3]``), a TLINK
end is ``{"event": 0}``, ``{"time": 3}`` or ``"DCT"``. An object that is not in those lists is
written inline as ``{"event_value": {...}}`` / ``{"time_value": {...}}``, so the round trip
``from_json(to_json(tl)) == tl`` holds for any timeline, not only for well-formed ones.
"""

from __future__ import annotations

import enum
import functools
import json
import types
import typing
from datetime import date, datetime
from typing import Any

import attrs

import timeline.events.model
import timeline.model
import timeline.ordering.model
from timeline.errors import ExportFormatError
from timeline.events.model import Event
from timeline.model import TimeExpression
from timeline.ordering.model import Timeline

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

SCHEMA_VERSION = 1
"""Bumped whenever a field changes meaning or a reading of an older document would be wrong."""

_MODEL_NAMES: dict[str, Any] = {
    name: value
    for module in (timeline.model, timeline.events.model, timeline.ordering.model)
    for name, value in vars(module).items()
    if isinstance(value, type)
}
"""Every class of the model modules: their annotations name each other under TYPE_CHECKING."""


# --- out -------------------------------------------------------------------------------------


def to_dict(tl: Timeline) -> dict[str, Any]:
    """The timeline as JSON-ready plain data (str, int, float, bool, None, list, dict)."""
    times = _positions(tl.expressions)
    events = _positions(tl.events)

    def hook(_inst: object, _field: object, value: Any) -> Any:
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, tuple):  # asdict keeps an empty tuple as it is; JSON has lists
            return list(value)
        if isinstance(value, enum.IntEnum):  # Grain: the name reads better than a number
            return value.name
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, TimeExpression):
            index = _lookup(times, value)
            if index is not None:
                return {"time": index}
            return {"time_value": attrs.asdict(value, value_serializer=hook)}
        if isinstance(value, Event):
            index = _lookup(events, value)
            if index is not None:
                return {"event": index}
            return {"event_value": attrs.asdict(value, value_serializer=hook)}
        return value

    # asdict runs the hook on attribute values, not on the items of the top-level tuples, so
    # ``events`` and ``expressions`` are written in full and only inner mentions become references.
    body = attrs.asdict(tl, value_serializer=hook)
    return {"schema_version": SCHEMA_VERSION, **body}


def to_json(tl: Timeline, *, indent: int | None = 2) -> str:
    """The timeline as a JSON document with a ``schema_version`` field (see :func:`to_dict`)."""
    try:
        return json.dumps(to_dict(tl), indent=indent, ensure_ascii=False, allow_nan=False)
    except ValueError as error:  # NaN or infinite durations have no JSON form
        raise ExportFormatError(f"the timeline cannot be written as JSON: {error}") from None


def _positions(items: tuple[Any, ...]) -> dict[Any, int]:
    found: dict[Any, int] = {}
    for index, item in enumerate(items):
        try:
            found.setdefault(item, index)
        except TypeError:  # an unhashable value (a list field): it is simply written inline
            continue
    return found


def _lookup(table: dict[Any, int], value: object) -> int | None:
    try:
        return table.get(value)
    except TypeError:
        return None


# --- in --------------------------------------------------------------------------------------


def from_json(s: str) -> Timeline:
    """Read a timeline written by :func:`to_json`.

    Raises:
        ExportFormatError: ``s`` is not JSON, not a timeline document, of another schema
            version, or has a field of the wrong form (the message names the field).
    """
    if not isinstance(s, str | bytes | bytearray):
        raise ExportFormatError(f"from_json needs a JSON string, not {type(s).__name__}")
    try:
        data = json.loads(s)
    except ValueError as error:
        raise ExportFormatError(f"not valid JSON: {error}") from None
    return from_dict(data)


def from_dict(data: object) -> Timeline:
    """Read a timeline from the plain data of :func:`to_dict` (see :func:`from_json`)."""
    if not isinstance(data, dict):
        raise ExportFormatError("a timeline document is a JSON object, got " + _kind(data))
    if "schema_version" not in data:
        raise ExportFormatError("not a timeline document: it has no 'schema_version' field")
    version = data["schema_version"]
    if version != SCHEMA_VERSION:
        raise ExportFormatError(
            f"schema version {version!r} is not supported; this library reads version "
            f"{SCHEMA_VERSION}"
        )
    body = {key: value for key, value in data.items() if key != "schema_version"}
    reader = _Reader()
    # Expressions first, then events (their anchors refer to expressions), then the rest (TLINK
    # ends refer to both): the reader resolves references against what it has already read.
    if "expressions" in body:
        reader.times = reader.read(body["expressions"], tuple[TimeExpression, ...], "expressions")
        reader.done["expressions"] = reader.times
    if "events" in body:
        reader.events = reader.read(body["events"], tuple[Event, ...], "events")
        reader.done["events"] = reader.events
    result: Timeline = reader.read(body, Timeline, "")
    return result


def _kind(value: object) -> str:
    names: dict[type, str] = {list: "a list", str: "a string"}
    return names.get(type(value), repr(value)[:40])


_WRAPPERS: dict[type, str] = {TimeExpression: "time", Event: "event"}
"""The classes written by reference, and the key of their reference (``{"time": 3}``)."""


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls, localns=_MODEL_NAMES)
    except NameError as error:  # a model field of a type this module was never told about
        raise ExportFormatError(f"cannot read {cls.__name__} fields: {error}") from None


class _Reader:
    """Type-directed reading of plain data into the value classes, with reference resolution."""

    def __init__(self) -> None:
        self.times: tuple[TimeExpression, ...] = ()
        self.events: tuple[Event, ...] = ()
        self.done: dict[str, Any] = {}  # path -> value already read (not read twice)

    def read(self, data: Any, hint: Any, path: str) -> Any:
        origin = typing.get_origin(hint)
        if origin in (typing.Union, types.UnionType):
            return self._union(data, typing.get_args(hint), path)
        if origin is tuple:
            if not isinstance(data, list):
                raise _error(path, "a list", data)
            item = typing.get_args(hint)[0]
            return tuple(self.read(x, item, f"{path}[{i}]") for i, x in enumerate(data))
        if hint is object:  # a TLINK end
            return self._endpoint(data, path)
        if hint in (datetime, date):
            return _instant(data, path)
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return _member(hint, data, path)
        if isinstance(hint, type) and attrs.has(hint):
            return self._instance(hint, data, path)
        return _scalar(hint, data, path)

    def _union(self, data: Any, options: tuple[Any, ...], path: str) -> Any:
        if data is None and type(None) in options:
            return None
        problems = []
        for option in (o for o in options if o is not type(None)):
            try:
                return self.read(data, option, path)
            except ExportFormatError as error:
                problems.append(str(error))
        raise ExportFormatError("; ".join(problems) or f"{path or 'document'}: unexpected null")

    def _instance(self, cls: type, data: Any, path: str) -> Any:
        wrapper = _WRAPPERS.get(cls)
        if wrapper is not None and isinstance(data, dict) and len(data) == 1:
            ((key, value),) = data.items()
            if key == wrapper:  # a reference: {"time": 3}
                return _pick(self.times if cls is TimeExpression else self.events, value, path)
            if key == wrapper + "_value":  # written inline: {"time_value": {...}}
                data = value
        if not isinstance(data, dict):
            raise _error(path, f"a {cls.__name__} object", data)
        hints = _hints(cls)
        known = {field.name: field for field in attrs.fields(cls) if field.init}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ExportFormatError(f"{path or 'document'}: unknown field(s) {unknown}")
        arguments = {}
        for name, field in known.items():
            where = f"{path}.{name}" if path else name
            if where in self.done:
                arguments[field.alias] = self.done[where]
            elif name in data:
                arguments[field.alias] = self.read(data[name], hints[name], where)
            elif field.default is attrs.NOTHING:
                raise ExportFormatError(f"{where}: missing")
        try:
            return cls(**arguments)
        except (TypeError, ValueError) as error:
            raise ExportFormatError(f"{path or 'document'}: {error}") from None

    def _endpoint(self, data: Any, path: str) -> object:
        if data == "DCT":
            return "DCT"
        if isinstance(data, dict) and len(data) == 1:
            key = next(iter(data)).removesuffix("_value")
            for cls, wrapper in _WRAPPERS.items():
                if key == wrapper:
                    return self.read(data, cls, path)
        raise _error(path, '"DCT", {"event": i} or {"time": i}', data)


def _pick(items: tuple[Any, ...], index: Any, path: str) -> Any:
    if type(index) is not int or not 0 <= index < len(items):
        raise ExportFormatError(f"{path}: {index!r} does not refer to one of {len(items)} items")
    return items[index]


def _instant(data: Any, path: str) -> date:
    # the string's own shape decides: a datetime always has a "T", a date never does
    if not isinstance(data, str):
        raise _error(path, "an ISO date or datetime string", data)
    try:
        return datetime.fromisoformat(data) if "T" in data else date.fromisoformat(data)
    except ValueError:
        raise _error(path, "an ISO date or datetime string", data) from None


def _member(cls: type[enum.Enum], data: Any, path: str) -> enum.Enum:
    by_name = issubclass(cls, enum.IntEnum)  # written by name, see to_dict
    for member in cls:
        written = member.name if by_name else member.value
        if type(written) is type(data) and written == data:
            return member
    allowed = [member.name if by_name else member.value for member in cls]
    raise _error(path, f"one of {allowed}", data)


def _scalar(hint: Any, data: Any, path: str) -> Any:
    if hint is float and type(data) in (int, float):
        return data
    if hint in (str, int, bool) and type(data) is hint:
        return data
    if hint is typing.Any:
        return data
    raise _error(path, getattr(hint, "__name__", str(hint)), data)


def _error(path: str, expected: str, got: Any) -> ExportFormatError:
    shown = repr(got) if len(repr(got)) < 60 else repr(got)[:57] + "..."
    return ExportFormatError(f"{path or 'document'}: expected {expected}, got {shown}")
