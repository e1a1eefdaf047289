"""YAML read safely into plain values that remember their line.

Only plain YAML is accepted: anchors and aliases are refused before anything is expanded (no
"billion laughs"), tags other than YAML's own scalars are refused (no `!!python/object`), the
file size and the nesting depth are capped. Every value comes back as a Located, so a problem
found later can still be reported at its line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ttx_desktop.formats.problems import DefinitionError, Problem

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 32

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"


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
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _Loader(yaml.SafeLoader):
    """A SafeLoader whose composer refuses anchors and aliases as soon as it meets them."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Refusal(event.start_mark.line + 1, "aliases (*name) are not allowed")
        if isinstance(event, NodeEvent) and event.anchor is not None:
            raise _Refusal(event.start_mark.line + 1, "anchors (&name) are not allowed")
        return super().compose_node(parent, index)  # type: ignore[no-any-return]


def read_yaml(data: bytes, filename: str) -> Located | None:
    """Parses ``data`` into Located values; raises DefinitionError naming file and line."""

    def fail(line: int | None, message: str) -> DefinitionError:
        return DefinitionError([Problem(filename, line, "", message)])

    if len(data) > MAX_BYTES:
        raise fail(None, f"is too large ({len(data):,} bytes; at most {MAX_BYTES:,})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise fail(line, f"is not valid UTF-8 (byte {exc.start}); save the file as UTF-8") from exc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _convert(loader, node, 0)
    except _Refusal as exc:
        raise fail(exc.line, exc.message) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise fail(line, f"is not valid YAML: {exc.problem or exc.context}") from exc
    except yaml.YAMLError as exc:
        raise fail(None, f"is not valid YAML: {exc}") from exc
    except RecursionError as exc:
        raise fail(None, "is nested too deeply") from exc
    finally:
        loader.dispose()


def _convert(loader: _Loader, node: Node, depth: int) -> Located:
    line = node.start_mark.line + 1
    if depth > MAX_DEPTH:
        raise _Refusal(line, f"is nested more than {MAX_DEPTH} levels deep")
    if isinstance(node, ScalarNode):
        if node.tag not in _SCALAR_TAGS:
            raise _Refusal(line, f"the tag {node.tag!r} is not allowed; write plain values")
        try:
            value = loader.construct_object(node, deep=True)
        except (ValueError, OverflowError) as exc:
            raise _Refusal(line, f"{node.value!r} cannot be read ({exc})") from exc
        return Located(value, line, raw=str(node.value))
    if isinstance(node, SequenceNode):
        if node.tag != _SEQ_TAG:
            raise _Refusal(line, f"the tag {node.tag!r} is not allowed")
        return Located([_convert(loader, item, depth + 1) for item in node.value], line)
    if isinstance(node, MappingNode):
        if node.tag != _MAP_TAG:
            raise _Refusal(line, f"the tag {node.tag!r} is not allowed")
        out: dict[str, Located] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                raise _Refusal(
                    key_line, "keys must be plain names (merge keys '<<' are not allowed)"
                )
            key = str(key_node.value)
            if key in out:
                raise _Refusal(key_line, f"the key {key!r} appears twice in one mapping")
            value = _convert(loader, value_node, depth + 1)
            out[key] = Located(value.value, value.line, key_line, value.raw)
        return Located(out, line)
    raise _Refusal(line, "unexpected YAML node")
