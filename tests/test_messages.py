"""Messages from the layers under the interface: English where they arise, the user's
language on screen. Every template is a literal the translators get, every Russian
translation keeps its fields, and the window shows a refused file in Russian."""

from __future__ import annotations

import pickle
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ttx_desktop.errors import UserError
from ttx_desktop.formats.problems import DefinitionError, Problem
from ttx_desktop.messages import (
    JSON_PREFIX,
    Text,
    from_json_line,
    joined,
    json_line,
    message_of,
    msg,
    punctuated,
    reason_of,
)
from ttx_desktop.paths import resource

ROOT = Path(__file__).resolve().parents[1]
TS = Path(str(resource("translations", "ttx_desktop_ru.ts")))


def _fields(template: str) -> list[str]:
    """The replacement fields of a format string, with their conversion and spec."""
    return sorted(
        f"{name}!{conversion or ''}:{spec or ''}"
        for _text, name, spec, conversion in string.Formatter().parse(template)
        if name is not None
    )


def _all_templates() -> dict[str, Path]:
    from ttx_desktop.gui.build_translations import message_templates

    found: dict[str, Path] = {}
    for path in sorted((ROOT / "ttx_desktop").rglob("*.py")):
        if "gui" in path.parts:
            continue
        for template in message_templates(path):
            found.setdefault(template, path)
    return found


# --- the mechanism -------------------------------------------------------------------------


def test_a_message_is_its_english_text_and_remembers_how_it_was_made() -> None:
    inner = msg("{count:,} entries", count=12000)
    outer = msg("cannot merge {name!r}: {why}", name="b.ttxdb", why=inner)
    assert outer == "cannot merge 'b.ttxdb': 12,000 entries"
    assert isinstance(outer, str) and isinstance(outer, Text)
    assert outer.template == "cannot merge {name!r}: {why}"
    assert outer.values["why"] is inner
    copy = pickle.loads(pickle.dumps(outer))
    assert copy == outer and copy.template == outer.template and copy.values == outer.values


def test_an_error_keeps_its_message_translatable() -> None:
    detail = msg("is locked by {holder}", holder="laptop-2")
    error = UserError(detail, path="x.ttxdb")
    assert str(error) == "x.ttxdb: is locked by laptop-2"
    assert message_of(error) is detail
    assert message_of(ValueError(detail)) is detail
    assert message_of(ValueError("plain")) == "plain"
    assert not isinstance(message_of(ValueError("plain")), Text)


def test_problems_and_definition_errors_read_as_before() -> None:
    first = Problem("a.yaml", 3, "title", msg("is missing"))
    error = DefinitionError([first, Problem("a.yaml", 9, "", "plain words")])
    assert str(first) == "a.yaml:3: title: is missing"
    assert str(error) == "a.yaml:3: title: is missing (and 1 more problems)"
    assert isinstance(error.detail, Text)
    assert str(Problem("a.yaml", None, "", "plain {braces}")) == "a.yaml: plain {braces}"


values = st.recursive(
    st.text(max_size=20) | st.integers() | st.floats(allow_nan=False),
    lambda inner: st.builds(
        lambda name, value: msg("{" + "v" + "}", v=value) if name else msg("x"),
        st.booleans(),
        inner,
    ),
    max_leaves=6,
)


@given(template=st.sampled_from(["{a}", "{a} and {b}", "no fields"]), a=values, b=values)
def test_a_message_crosses_to_the_window_as_a_line_and_back(template: str, a: Any, b: Any) -> None:
    message = msg(template, a=a, b=b) if "{" in template else msg(template)
    line = json_line(message, "dir/ü.ttxdb")
    assert line is not None and "\n" not in line
    found = from_json_line(line)
    assert found is not None
    path, back = found
    assert path == "dir/ü.ttxdb" and back == message and back.template == message.template


@given(st.text(max_size=200))
def test_any_other_line_is_not_taken_for_a_message(line: str) -> None:
    assert from_json_line(line) is None or line.startswith(JSON_PREFIX)
    found = from_json_line(JSON_PREFIX + line)  # never raises, whatever follows the prefix
    assert found is None or isinstance(found[1], Text)
    assert json_line("plain text", None) is None


def test_joined_and_punctuated_messages_keep_their_parts_translatable() -> None:
    part = msg("is missing")
    listed = joined([part, "plain {braces}", msg("{n} more", n=2)], "; ")
    assert listed == "is missing; plain {braces}; 2 more"
    assert listed.values["first"].values["first"] is part  # nested, not flattened
    assert joined(["a", "b"], " {or} ") == "a {or} b"
    line = punctuated("{where}: {why}", where="a.yaml:3", why=listed)
    assert line == "a.yaml:3: is missing; plain {braces}; 2 more" and line.values["why"] is listed


def test_the_reason_of_an_error_is_its_own_words() -> None:
    assert reason_of(OSError(28, "No space left on device")) == "No space left on device"
    detail = msg("is locked by {holder}", holder="laptop-2")
    assert reason_of(UserError(detail)) is detail
    assert reason_of(OSError("no errno")) == "no errno"


# --- the translations ----------------------------------------------------------------------


def test_every_template_is_a_literal_and_found_for_the_translators() -> None:
    found = _all_templates()
    assert len(found) > 150  # storage, formats, services, exporters, room all say things
    for template in found:
        string.Formatter().parse(template)  # a template str.format can read
        _fields(template)


def test_every_template_has_a_russian_translation_with_the_same_fields() -> None:
    root = ET.parse(TS).getroot()
    translated: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Messages":
            continue
        for message in context.iter("message"):
            translated[message.findtext("source") or ""] = message.findtext("translation") or ""
    missing = [t for t in _all_templates() if not translated.get(t, "").strip()]
    assert missing == []
    for source, text in translated.items():
        assert _fields(text) == _fields(source), (source, text)


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    from ttx_desktop.gui import language

    assert language.install("ru")
    yield
    language.install("en")


def test_the_interface_shows_a_message_in_russian(russian: None) -> None:
    from ttx_desktop.gui.user_text import error_text, localized
    from ttx_desktop.storage.errors import StorageError
    from ttx_desktop.storage.exercise_file import ExerciseFile

    problem = Problem("a.yaml", 3, "title", msg("is missing"))
    english = "(and 1 more problems)"
    shown = localized(DefinitionError([problem, problem]).detail)
    assert shown.startswith("a.yaml:3: title: ") and english not in shown
    assert any("а" <= ch <= "я" for ch in shown)
    # A real refusal from storage, as the window's error dialog would word it.
    not_exercise = ROOT / "README.md"
    with pytest.raises(StorageError) as caught:
        ExerciseFile.open(not_exercise, readonly=True)
    text = error_text(caught.value)
    assert text.startswith(str(not_exercise)) and text != str(caught.value)
    assert any("а" <= ch <= "я" for ch in text)


def test_a_translation_that_does_not_fit_its_values_shows_the_english(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ttx_desktop.gui.user_text import localized

    class Broken(QTranslator):
        def translate(self, context: str, source: str, *_args: Any) -> str:
            return "{nonexistent}" if context == "Messages" else ""

    broken = Broken()
    QCoreApplication.installTranslator(broken)
    try:
        assert localized(msg("is held by {who}", who="x")) == "is held by x"
        assert localized("plain") == "plain"
    finally:
        QCoreApplication.removeTranslator(broken)
