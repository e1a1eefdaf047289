"""The export service: the command line and the window ask for an export the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ttx_desktop import cli
from ttx_desktop.errors import UserError
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.services.export_kinds import ALL, EXPORTS, ExportRequest
from ttx_desktop.services.export_service import export
from ttx_desktop.storage.exercise_file import ExerciseFile

names = st.text(alphabet="abcxyz -_é", min_size=1, max_size=12)
# Paths as the window passes them: absolute (the file is named by position, not option).
HOME = Path("/exercises")
requests = st.builds(
    ExportRequest,
    kind=st.sampled_from([*EXPORTS, ALL]),
    file=names.map(lambda n: HOME / f"{n}.ttxdb"),
    output=names.map(lambda n: HOME / f"{n}.docx"),
    force=st.booleans(),
    template=st.none() | names.map(lambda n: Path(f"{n}.dotx")),  # relative, maybe "-x"
    paper=st.sampled_from([None, "a4", "letter"]),
    cards_per_page=st.sampled_from([1, 2]),
    room_url=st.none() | st.just("http://192.168.1.20:8765/p/abc"),
    pdf=st.booleans(),
)


@given(requests)
def test_the_window_s_request_reaches_the_service_unchanged(request: ExportRequest) -> None:
    """The window runs ``ttx-desktop`` with ``request.argv()``: the command it parses is the
    very request the window made."""
    args = cli.build_parser().parse_args(request.argv())
    assert cli.export_request(args) == request


def test_the_service_writes_and_says_what_it_wrote(mini_path: Path, tmp_path: Path) -> None:
    said: list[str] = []
    warned: list[str] = []
    target = tmp_path / "exercise.yaml"
    export(ExportRequest("yaml", mini_path, target), say=said.append, warn=warned.append)
    with ExerciseFile.open(mini_path, readonly=True) as xf:
        assert load_definition(target).title == xf.exercise.load().title
    assert said == [f"{target}: written from {mini_path}"]
    assert warned == []


def test_the_service_refuses_to_write_over_its_source(mini_path: Path) -> None:
    with pytest.raises(UserError, match="would be written over its own source"):
        export(ExportRequest("yaml", mini_path, mini_path), say=print, warn=print)
