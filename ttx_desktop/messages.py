"""Messages for people: written in English where they arise, shown in the user's language.

The layers under the interface (domain, storage, formats, services, exporters, the room) know
nothing of Qt. A message they give a person is made with ``msg(TEMPLATE, name=value, ...)``:
the result is an ordinary English string, so the command line, logs and tests see plain text,
and it also remembers its template and values. The interface looks the template up in its
translations (context "Messages") and fills in the same values (gui/user_text.py), so a
Russian facilitator reads a refused file or a bad spreadsheet cell in Russian.

Templates are literal strings with ``str.format`` fields named by keyword; `./dev
translations` collects them for the translators (gui/build_translations.py), and a test
checks that every template is a literal and every translation keeps the template's fields.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any


class Text(str):
    """An English message that remembers how it was made (``template`` and ``values``)."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Text:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickled whole, e.g. across a process pool
        return (Text, (self.template, self.values))


def msg(template: str, /, **values: Any) -> Text:
    """The English message ``template.format(**values)``, remembering both for translation."""
    return Text(template, values)


def punctuated(template: str, /, **values: Any) -> Text:
    """Like ``msg``, for a template of fields and punctuation only ("{where}: {why}"): it
    holds nothing for a translator, so it is not collected; the Texts in it are translated."""
    return Text(template, values)


def joined(parts: Sequence[str], separator: str = ", ") -> Text:
    """``parts`` joined by ``separator``; each part that is a Text stays translatable."""
    glue = separator.replace("{", "{{").replace("}", "}}")
    found = parts[0] if isinstance(parts[0], Text) else Text(parts[0], {})
    for part in parts[1:]:
        found = Text("{first}" + glue + "{then}", {"first": found, "then": part})
    return found


def clipped(text: str, width: int = 40) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis, to quote in a
    message what a person wrote."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def reason_of(error: BaseException) -> str:
    """Why ``error`` happened, for a message: an OS error's own words ("No space left on
    device"), else the message it was raised with (a Text stays one)."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return message_of(error)


def _encoded(value: Any) -> Any:
    if isinstance(value, Text):
        return {"t": value.template, "v": {k: _encoded(v) for k, v in value.values.items()}}
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        return value
    return str(value)


def _decoded(value: Any) -> Any:
    if isinstance(value, dict):
        template, values = value["t"], value["v"]
        if not isinstance(template, str) or not isinstance(values, dict):
            raise TypeError("not a message")
        return Text(template, {str(k): _decoded(v) for k, v in values.items()})
    if isinstance(value, int | float | str) and not isinstance(value, bool):
        return value
    raise TypeError("not a message value")


# A headless run of this program started by the window (gui/background.py) reports its error
# as one more line on stderr, so the window can show it translated: the environment variable
# asks for it, the prefix marks the line.
AS_JSON = "TTX_DESKTOP_MESSAGES_AS_JSON"
JSON_PREFIX = "ttx-desktop-message: "


def json_line(detail: str, path: str | None) -> str | None:
    """The stderr line for an error whose message is ``detail`` (about ``path``), or None when
    ``detail`` is a plain string (nothing to translate)."""
    if not isinstance(detail, Text):
        return None
    body = json.dumps({"path": path, "detail": _encoded(detail)}, ensure_ascii=False)
    return JSON_PREFIX + body


def from_json_line(line: str) -> tuple[str | None, Text] | None:
    """The path and message a ``json_line`` holds, or None for any other line."""
    if not line.startswith(JSON_PREFIX):
        return None
    try:
        found = json.loads(line[len(JSON_PREFIX) :])
        path, detail = found.get("path"), _decoded(found["detail"])
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None
    if not isinstance(detail, Text) or not (path is None or isinstance(path, str)):
        return None
    return path, detail


def message_of(error: BaseException) -> str:
    """The message ``error`` was raised with, still a Text when it was made with ``msg`` (a
    plain ``str(error)`` would lose what the interface needs to translate it)."""
    if error.args and isinstance(error.args[0], Text) and len(error.args) == 1:
        return error.args[0]
    detail = getattr(error, "detail", None)
    if isinstance(detail, Text):
        return detail
    return str(error)
