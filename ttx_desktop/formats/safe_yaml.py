"""YAML read safely into plain values that remember their line.

Only plain YAML is accepted. The file size and the nesting depth are capped; anchors, aliases
and tags (`!!python/object`, `!custom`, even `!!str`) are refused where the parser meets them,
before anything is built, so there is no "billion laughs" and no object construction. The
values are built from the parser's events without recursion, scalars typed by YAML's own
rules only (text, numbers, booleans, null, dates). Every value comes back as a Located, so a
problem found later can still be reported at its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    Event,
    MappingStartEvent,
    NodeEvent,
    ScalarEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode

from ttx_desktop.formats.problems import DefinitionError, Problem
from ttx_desktop.messages import msg

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 32

# libyaml parses about thirty times faster than the pure-Python parser; both give the same
# events, and the pure one stands in where PyYAML was built without libyaml.
LOADER: type[Any] = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader

_TYPED_TAGS = {
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_SURROGATE = re.compile("[\ud800-\udfff]")
_FOLDED_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


@dataclass(frozen=True)
class Located:
    """A value from the file and the line it stands on (1-based)."""

    value: Any  # str, int, float, bool, None, date, datetime, list[Located], dict[str, Located]
    line: int
    key_line: int = 0  # for a mapping value: the line of its key
    raw: str | None = None  # for a scalar: its text as written, before YAML typed it

    @property
    def where(self) -> int:
        return self.key_line or self.line


class _Refusal(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class _Open:
    """A list or mapping whose end the parser has not reached yet."""

    line: int
    items: list[Located] | dict[str, Located]
    key: str | None = None  # in a mapping: the key waiting for its value
    key_line: int = 0
    seen: set[str] = field(default_factory=set)


def read_yaml(data: bytes, filename: str) -> Located | None:
    """Parses ``data`` into Located values; raises DefinitionError naming file and line."""

    def fail(line: int | None, message: str) -> DefinitionError:
        return DefinitionError([Problem(filename, line, "", message)])

    if len(data) > MAX_BYTES:
        message = msg(
            "is too large ({size:,} bytes; at most {limit:,})", size=len(data), limit=MAX_BYTES
        )
        raise fail(None, message)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        message = msg("is not valid UTF-8 (byte {byte}); save the file as UTF-8", byte=exc.start)
        raise fail(line, message) from exc
    # libyaml reads UTF-8 bytes (and reports byte offsets); the pure parser reads text.
    source: str | bytes = text.encode() if LOADER is not yaml.SafeLoader else text
    loader = None
    try:
        loader = LOADER(source)
        return _document(loader)
    except _Refusal as exc:
        raise fail(exc.line, exc.message) from exc
    except yaml.reader.ReaderError as exc:
        message = msg(
            "holds a character YAML does not allow (U+{code:04X}); remove it",
            code=exc.character,
        )
        raise fail(_line_at(source, exc.position), message) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = mark.line + 1 if mark is not None else None
        # the parser's own words, in English: a translation keeps them as they are
        reason = str(exc.problem or exc.context)
        raise fail(at, msg("is not valid YAML: {reason}", reason=reason)) from exc
    except yaml.YAMLError as exc:
        raise fail(None, msg("is not valid YAML: {reason}", reason=str(exc))) from exc
    except ValueError as exc:  # the pure parser's chr() on an escape such as "\U00110000"
        raise fail(None, msg("is not valid YAML: {reason}", reason=str(exc))) from exc
    finally:
        if loader is not None:
            loader.dispose()


def _line_at(source: str | bytes, position: int) -> int:
    if isinstance(source, bytes):
        return source[:position].count(b"\n") + 1
    return source[:position].count("\n") + 1


def _line(event: Event) -> int | None:
    return event.start_mark.line + 1 if event.start_mark is not None else None


def _document(loader: Any) -> Located | None:
    """The one document of the stream, or None for an empty stream."""
    loader.get_event()  # the stream's start
    if loader.check_event(StreamEndEvent):
        return None
    loader.get_event()  # the document's start
    root = _compose(loader)
    loader.get_event()  # the document's end
    if not loader.check_event(StreamEndEvent):
        line = _line(loader.peek_event())
        message = msg("holds more than one YAML document; keep one, without '---' lines")
        raise _Refusal(line, message)
    return root


def _compose(loader: Any) -> Located:
    """The next node, built from events with a stack of open lists and mappings."""
    stack: list[_Open] = []
    while True:
        event = loader.get_event()
        line = _line(event) or 0
        _refuse_extras(event, line)
        done: Located
        if isinstance(event, SequenceStartEvent | MappingStartEvent):
            if stack and isinstance(stack[-1].items, dict) and stack[-1].key is None:
                raise _Refusal(line, msg("keys must be plain names, not lists or mappings"))
            if len(stack) >= MAX_DEPTH:
                raise _Refusal(
                    line, msg("is nested more than {depth} levels deep", depth=MAX_DEPTH)
                )
            items: list[Located] | dict[str, Located] = (
                [] if isinstance(event, SequenceStartEvent) else {}
            )
            stack.append(_Open(line, items))
            continue
        if isinstance(event, ScalarEvent):
            if _SURROGATE.search(event.value):  # only the pure parser lets "\ud800" through
                message = msg("holds an escape for half a character (\\ud800 to \\udfff)")
                raise _Refusal(line, message)
            if stack and isinstance(stack[-1].items, dict) and stack[-1].key is None:
                _take_key(stack[-1], event, line)
                continue
            done = _scalar(event, line)
        else:  # the end of a list or mapping
            closed = stack.pop()
            done = Located(closed.items, closed.line)
        if not stack:
            return done
        _attach(stack[-1], done)


def _refuse_extras(event: Event, line: int) -> None:
    if isinstance(event, AliasEvent):
        raise _Refusal(line, msg("aliases (*name) are not allowed; write the value out"))
    if isinstance(event, NodeEvent) and event.anchor is not None:
        raise _Refusal(line, msg("anchors (&name) are not allowed"))
    if isinstance(event, ScalarEvent | CollectionStartEvent) and event.tag is not None:
        message = msg("tags such as {tag!r} are not allowed; write plain values", tag=event.tag)
        raise _Refusal(line, message)


def _take_key(parent: _Open, event: ScalarEvent, line: int) -> None:
    key = str(event.value)
    if key == "<<" and event.implicit[0]:
        raise _Refusal(line, msg("merge keys '<<' are not allowed; write the keys out"))
    if key in parent.seen:
        raise _Refusal(line, msg("the key {key!r} appears twice in one mapping", key=key))
    parent.seen.add(key)
    parent.key, parent.key_line = key, line


def _attach(parent: _Open, value: Located) -> None:
    if isinstance(parent.items, list):
        parent.items.append(value)
        return
    assert parent.key is not None
    parent.items[parent.key] = Located(value.value, value.line, parent.key_line, value.raw)
    parent.key = None


def _scalar(event: ScalarEvent, line: int) -> Located:
    """A scalar typed as YAML would type it; one YAML cannot type (2026-02-30) stays text."""
    text = str(event.value)
    tag = _RESOLVER.resolve(ScalarNode, text, event.implicit)  # type: ignore[no-untyped-call]
    value: Any = text
    if event.style in (">", "", None) and "\n" in text:
        # Folding joined the lines of each paragraph; a line break left in the value stands
        # for a blank line in the file: a new paragraph, which the rest of the program writes
        # as a blank line.
        value = _FOLDED_BREAK.sub("\n\n", text)
    if tag in _TYPED_TAGS:
        try:
            value = _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, ScalarNode(tag, text))
        except Exception:  # any failure to type a scalar leaves it as text
            value = text
    return Located(value, line, raw=text)
