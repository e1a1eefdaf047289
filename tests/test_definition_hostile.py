"""Hostile and broken definitions: our own DefinitionError, never another exception, no writes.

Time is bounded by construction rather than measured: the file size is capped before
parsing, nesting is refused at 32 levels while the parser's events are read (no recursion),
and nothing is expanded (aliases are refused where they appear).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ttx_desktop.domain.model import FEEDBACK_RATINGS, Exercise
from ttx_desktop.formats import definition_reader, definition_records, safe_yaml
from ttx_desktop.formats.definition import (
    DefinitionError,
    dump_definition,
    load_definition,
    parse_definition,
)
from ttx_desktop.storage.exercise_file import ExerciseFile

HEAD = "format: ttx-exercise/1\nexercise:\n  title: T\n"


@pytest.fixture(params=["libyaml", "pure"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs a test with libyaml and again with the pure-Python parser it falls back to."""
    if request.param == "pure":
        monkeypatch.setattr(safe_yaml, "LOADER", yaml.SafeLoader)
    return str(request.param)


def refused(data: bytes, folder: Path) -> list[tuple[int | None, str]]:
    """The problems of ``data`` loaded from a file in ``folder``; checks nothing was written."""
    path = folder / "hostile.yaml"
    path.write_bytes(data)
    before = sorted(folder.rglob("*"))
    with pytest.raises(DefinitionError) as caught:
        load_definition(path)
    assert sorted(folder.rglob("*")) == before
    assert caught.value.problems
    assert all(p.file == str(path) for p in caught.value.problems)
    return [
        (p.line, f"{p.field}: {p.message}" if p.field else p.message) for p in caught.value.problems
    ]


BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""
NOT_A_MAPPING = "should be a mapping with format:, exercise:, teams:, injects: ..."
EMPTY = "is empty; a definition starts with 'format: ttx-exercise/1'"
DEEP = "is nested more than 32 levels deep"
PY = "tag:yaml.org,2002:python/"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (BILLION_LAUGHS, 1, "anchors (&name) are not allowed"),
        (HEAD + "teams: *a\n", 4, "aliases (*name) are not allowed; write the value out"),
        (HEAD + "injects: !!python/object/apply:os.system ['touch x']\n", 4,
         f"tags such as '{PY}object/apply:os.system' are not allowed; write plain values"),
        (HEAD + "teams: !!python/name:os.system\n", 4,
         f"tags such as '{PY}name:os.system' are not allowed; write plain values"),
        (HEAD + "teams: !custom x\n", 4,
         "tags such as '!custom' are not allowed; write plain values"),
        (HEAD + "  venue: !!str 12\n", 4,
         "tags such as 'tag:yaml.org,2002:str' are not allowed; write plain values"),
        (HEAD + "  <<: {venue: Hall}\n", 4, "merge keys '<<' are not allowed; write the keys out"),
        (HEAD + "base: &b {venue: Hall}\n", 4, "anchors (&name) are not allowed"),
        (HEAD + "  title: again\n", 4, "the key 'title' appears twice in one mapping"),
        (HEAD + "? [a, b]\n: c\n", 4, "keys must be plain names, not lists or mappings"),
        ("a: " + "[" * 10_000 + "]" * 10_000, 1, DEEP),
        ("a: " + "[" * 10_000, 1, DEEP),
        ("a: " + "{b: " * 10_000 + "}" * 10_000, 1, DEEP),
        ("".join(f"{'  ' * n}k{n}:\n" for n in range(100)), 33, DEEP),
        (HEAD + "---\nformat: x\n", 4,
         "holds more than one YAML document; keep one, without '---' lines"),
        ("[]", 1, NOT_A_MAPPING),
        ("- format: ttx-exercise/1\n", 1, NOT_A_MAPPING),
        ("just words", 1, NOT_A_MAPPING),
        ("", None, EMPTY),
        ("# only a comment\n", None, EMPTY),
        ("---\n", None, EMPTY),
        ("null\n", None, EMPTY),
    ],
    ids=[
        "billion-laughs", "alias", "python-object-apply", "python-name", "custom-tag", "str-tag",
        "merge-key", "anchor", "duplicate-key", "complex-key", "deep-list", "deep-unclosed",
        "deep-flow-mapping", "deep-block-mapping", "two-documents", "top-level-list",
        "top-level-list-of-mappings", "top-level-scalar", "empty-file", "only-a-comment",
        "empty-document", "null-document",
    ],
)  # fmt: skip
def test_hostile_yaml_is_refused(
    loader: str, tmp_path: Path, text: str, line: int | None, message: str
) -> None:
    assert refused(text.encode(), tmp_path) == [(line, message)]


def test_broken_yaml_is_refused_at_its_line(loader: str, tmp_path: Path) -> None:
    [(line, message)] = refused((HEAD + "teams: [a,\n").encode(), tmp_path)
    assert line == 5 and message.startswith("is not valid YAML: ")


def test_nothing_outside_is_touched_by_python_tags(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    text = HEAD + f"injects: !!python/object/apply:os.system ['touch {target}']\n"
    refused(text.encode(), tmp_path)
    assert not target.exists()


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    big = b"format: ttx-exercise/1\nexercise: {title: '" + b"x" * safe_yaml.MAX_BYTES + b"'}\n"
    assert refused(big, tmp_path) == [(None, f"is too large (over {safe_yaml.MAX_BYTES:,} bytes)")]
    with pytest.raises(DefinitionError, match="is too large"):
        parse_definition(big, "big.yaml")


NOT_ALLOWED = "holds a character YAML does not allow (U+{:04X}); remove it"


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (HEAD.encode() + b"  venue: caf\xe9\n", 4,
         "is not valid UTF-8 (byte 56); save the file as UTF-8"),
        (b"\xff\xfe" + HEAD.encode("utf-16-le"), 1,
         "is not valid UTF-8 (byte 0); save the file as UTF-8"),
        (HEAD.encode() + b"  venue: \x00\n", 4, NOT_ALLOWED.format(0)),
        (b"\x00" * 10, 1, NOT_ALLOWED.format(0)),
        (HEAD.encode() + b"  ven\x00ue: x\n", 4, NOT_ALLOWED.format(0)),
        (HEAD.encode() + b"  venue: \x07bell\n", 4, NOT_ALLOWED.format(7)),
        (HEAD.encode() + b'  venue: "\\ud800"\n', 4, "is not valid YAML"),
        (HEAD.encode() + b'  venue: "\\U00110000"\n', 4, "is not valid YAML"),
    ],
    ids=["latin-1", "utf-16", "nul-value", "nul-only", "nul-key", "bell", "escape-surrogate",
         "escape-beyond-unicode"],
)  # fmt: skip
def test_bytes_that_are_not_text_are_refused(
    loader: str, tmp_path: Path, data: bytes, line: int, message: str
) -> None:
    [(found_line, found)] = refused(data, tmp_path)
    if message == "is not valid YAML" and loader == "pure":
        # The pure parser reads these escapes itself; we refuse what it makes of them.
        assert found.startswith(("is not valid YAML", "holds an escape for half a character"))
    else:
        assert (found_line, found[: len(message)]) == (line, message)


def test_utf8_with_a_byte_order_mark_is_accepted_with_the_same_lines(loader: str) -> None:
    ex = parse_definition(b"\xef\xbb\xbf" + HEAD.encode() + "  venue: Душанбе\n".encode(), "x")
    assert ex.details.venue == "Душанбе"
    with pytest.raises(DefinitionError) as caught:
        parse_definition(b"\xef\xbb\xbf" + HEAD.encode() + b"  venu: x\n", "x")
    assert [p.line for p in caught.value.problems] == [4]


WRONG_TYPES = """\
format: [ttx-exercise/1]
exercise:
  title: [a, list]
  dates: {start: 5, end: [2026-01-01]}
  ground_rules: {a: mapping}
  report_final: maybe
objectives: {code: O1}
teams:
  - just a string
  - {code: {a: b}, name: N, colour: [1]}
modules:
  - {number: [1], title: M, start: {at: 9}, duration: ten, day: true}
injects:
  - {number: 1, module: 1, time: [9, 30], title: I, to: {a: b}, released_at: 5, status: [x]}
  - {number: 2, module: 1, time: T+0:00, title: {a: b}, expected_actions: [[nested]], pinned: 5}
log:
  - {time: [x], kind: {a: b}, text: ok, deleted: 1, clock: [1], inject: one}
recommendations: 12
feedback:
  - {submitted_at: 2026-01-01, ratings: [1, 2], corrective: [[x]], strengths: [~]}
"""


def test_wrong_types_everywhere_are_each_reported(loader: str, tmp_path: Path) -> None:
    assert refused(WRONG_TYPES.encode(), tmp_path) == [
        (1, "format: should be 'ttx-exercise/1', not a list"),
        (3, "exercise.title: should be text, not a list or mapping"),
        (4, "exercise.dates.start: '5' is not a date (write YYYY-MM-DD)"),
        (4, "exercise.dates.end: a list is not a date (write YYYY-MM-DD)"),
        (5, "exercise.ground_rules: should be a list of texts"),
        (6, "exercise.report_final: should be true or false"),
        (7, "objectives: should be a list (each item starting with '- ')"),
        (9, "teams[1]: should be a mapping of key: value lines"),
        (10, "teams[2].code: should be text, not a list or mapping"),
        (10, "teams[2].colour: should be text, not a list or mapping"),
        (12, "modules[1].number: a list is not a whole number"),
        (12, "modules[1].start: a mapping is not a time of day (write HH:MM)"),
        (12, "modules[1].day: 'true' is not a whole number"),
        (12, "modules[1].duration: 'ten' is not a whole number"),
        (14, "injects[1].module: unknown module 1 (modules: none are defined)"),
        (14, "injects[1].status: a list is not one of: pending, released, skipped"),
        (14, "injects[1].released_at: '5' is not a timestamp (write 2026-08-21T09:47:12Z)"),
        (14, "injects[1].time: should be a time, not a list or mapping (write HH:MM or T+H:MM)"),
        (14, "injects[1].to: should be a list of texts"),
        (15, "injects[2].module: unknown module 1 (modules: none are defined)"),
        (15, "injects[2].title: should be text, not a list or mapping"),
        (15, "injects[2].pinned: '5' is not a time of day (write HH:MM)"),
        (15, "injects[2].expected_actions[1]: should be a line of text"),
        (17, "log[1].time: a list is not a timestamp (write 2026-08-21T09:47:12Z)"),
        (17, "log[1].kind: a mapping is not one of: decision, action, question, observation, "
         "strength, area-for-improvement, note"),
        (17, "log[1].inject: 'one' is not a whole number"),
        (17, "log[1].clock: a list is not a clock offset (write T+H:MM:SS)"),
        (17, "log[1].deleted: should be true or false"),
        (18, "recommendations: should be a list (each item starting with '- ')"),
        (20, "feedback[1].strengths[1]: should be a line of text"),
        (20, "feedback[1].corrective[1]: should be a mapping of key: value lines"),
        (20, "feedback[1].ratings: should be a mapping of key: value lines"),
    ]  # fmt: skip


# --- property tests -----------------------------------------------------------------------

HOSTILE = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def exercise_or_our_error(data: bytes) -> Exercise | None:
    """The exercise ``data`` defines, or None when it raised DefinitionError (and only that)."""
    try:
        return parse_definition(data, "fuzz.yaml")
    except DefinitionError as exc:
        assert exc.problems and all(str(p).startswith("fuzz.yaml") for p in exc.problems)
        return None


@HOSTILE
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    exercise_or_our_error(data)


FRAGMENTS = (
    "format", "ttx-exercise/1", "exercise", "title", "teams", "injects", "modules", "log",
    "code", "name", "number", "module", "time", "to", "dates", "start", "end", "feedback",
    "ratings", "corrective", "objectives", "participants", "recommendations", "id",
    ": ", ":", "- ", "-", "\n", "\n  ", "\n    ", "  ", " ", "\t", "[", "]", "{", "}", ", ",
    "&a ", "*a", "&a", "!!python/name:os.system ", "!!python/object/apply:os.system ",
    "!!str ", "!t ", "<<: ", "---\n", "...\n", "|\n", "|-\n", ">\n", "? ", "# c", '"', "'",
    '"\\x00"', '"\\ud800"', '"\\U00110000"', "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "\x00",
    "\ufeff", "\x85", "\u2028", "\r\n", "09:30", "10:30", "T+0:15", "T-1:00", "2026-08-21",
    "2026-02-30", "2026-08-21T09:47:12Z", "1", "0", "-1", "010", "1e999", "0x", "yes", "~",
    "null", "all", "LEA", "Ҳ", "😀", "=", "@", "`",
)  # fmt: skip


@HOSTILE
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join))
def test_yaml_ish_text_from_fragments(text: str) -> None:
    exercise_or_our_error(text.encode("utf-8", "surrogatepass"))


# Plain YAML of the format's own shape, with values of every type: deep into the reader.
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 5), st.floats(allow_nan=False),
    st.sampled_from(["A", "B", "LEA", "all", "09:30", "10:00", "T+0:15", "T-0:05", "25:00",
                     "2026-08-21", "#4C72B0", "red", "released", "note", "high", "P", "en", ""]),
    st.text(max_size=8), st.dates(), st.datetimes(),
)  # fmt: skip
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _records(keys: set[str]) -> st.SearchStrategy[list[dict[str, Any]]]:
    return st.lists(st.dictionaries(st.sampled_from(sorted(keys)), _VALUES, max_size=8), max_size=3)


_SECTIONS: dict[str, st.SearchStrategy[Any]] = {
    "format": st.just("ttx-exercise/1") | _SCALARS,
    "exercise": st.dictionaries(st.sampled_from(sorted(definition_reader.EXERCISE_KEYS)), _VALUES)
    | _VALUES,
    "objectives": _records(definition_reader.OBJECTIVE_KEYS),
    "teams": _records(definition_reader.TEAM_KEYS),
    "participants": _records(definition_reader.PARTICIPANT_KEYS),
    "modules": _records(definition_reader.MODULE_KEYS),
    "injects": _records(definition_reader.INJECT_KEYS),
    "log": _records(definition_records.LOG_KEYS),
    "recommendations": _records(definition_records.RECOMMENDATION_KEYS),
    "feedback": st.lists(
        st.dictionaries(
            st.sampled_from(sorted(definition_records.FEEDBACK_KEYS)),
            _VALUES | st.dictionaries(st.sampled_from(FEEDBACK_RATINGS), _SCALARS),
        ),
        max_size=2,
    ),
}  # fmt: skip


@st.composite
def documents(draw: Any) -> str:
    chosen = draw(st.lists(st.sampled_from(sorted(_SECTIONS)), unique=True))
    doc = {key: draw(_SECTIONS[key]) for key in ["format", "exercise", *chosen]}
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


@HOSTILE
@given(documents())
def test_documents_of_the_right_shape_with_random_values(text: str) -> None:
    """Whatever is accepted can also be written back out, read again, and stored."""
    ex = exercise_or_our_error(text.encode())
    if ex is not None:
        assert parse_definition(dump_definition(ex).encode(), "again.yaml") == ex


@settings(HOSTILE, max_examples=40)
@given(documents())
def test_what_is_accepted_can_be_stored(text: str) -> None:
    ex = exercise_or_our_error(text.encode())
    if ex is not None:
        with tempfile.TemporaryDirectory() as folder:
            ExerciseFile.create(Path(folder) / "x.ttxdb", ex).close()


@pytest.mark.slow
@settings(HOSTILE, max_examples=5000)
@given(st.one_of(documents(), st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join)))
def test_hostile_many(text: str) -> None:
    ex = exercise_or_our_error(text.encode("utf-8", "surrogatepass"))
    if ex is not None:
        assert parse_definition(dump_definition(ex).encode(), "again.yaml") == ex
