"""`export all` side by side: the same files as one by one, errors told as one by one, and
LibreOffice's layout shared out so that every document is laid out once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.export_helpers import DATA, run_cli
from ttx_desktop.exporters import office
from ttx_desktop.formats.definition import load_definition
from ttx_desktop.services import export_pack
from ttx_desktop.storage.exercise_file import ExerciseFile


@pytest.fixture
def exercise_file(tmp_path: Path) -> Path:
    path = tmp_path / "mini.ttxdb"
    ExerciseFile.create(path, load_definition(DATA / "mini.yaml")).close()
    return path


def test_export_all_writes_what_each_export_writes(tmp_path: Path, exercise_file: Path) -> None:
    everything = run_cli("export", "all", exercise_file, "-o", tmp_path / "pack")
    assert everything.returncode == 0, everything.stderr
    one = run_cli("export", "yaml", exercise_file, "-o", tmp_path / "one.yaml")
    assert one.returncode == 0, one.stderr
    pack = tmp_path / "pack" / "mini-exercise.yaml"
    assert pack.read_bytes() == (tmp_path / "one.yaml").read_bytes()
    written = sorted(p.name for p in (tmp_path / "pack").iterdir())
    assert len(written) == len(everything.stdout.splitlines())


def test_a_document_that_fails_in_its_process_is_told_and_nothing_is_written(
    tmp_path: Path, exercise_file: Path
) -> None:
    template = tmp_path / "letterhead.docx"
    template.write_bytes(b"not a Word document")
    result = run_cli(
        "export", "all", exercise_file, "-o", tmp_path / "pack", "--template", template
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(template) in result.stderr
    assert list((tmp_path / "pack").iterdir()) == []


def test_a_file_that_is_not_an_exercise_is_refused_before_any_process(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.ttxdb"
    foreign.write_text("shopping list")
    result = run_cli("export", "all", foreign, "-o", tmp_path / "pack")
    assert result.returncode == 1
    assert str(foreign) in result.stderr and "Traceback" not in result.stderr


def test_layout_is_shared_out_and_each_document_laid_out_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(export_pack.os, "cpu_count", lambda: 2)
    made = {"big": b"x" * 900, "mid": b"x" * 500, "small": b"x" * 400, "tiny": b"x"}
    calls: list[tuple[list[str], int]] = []

    def finish(part: dict[str, bytes], documents: list[str], slot: int) -> dict[str, bytes]:
        calls.append((documents, slot))
        for kind in documents:
            part[kind] = b"laid " + kind.encode()
        return dict.fromkeys(documents, b"pdf")

    pdfs = export_pack.lay_out_all(finish, made, list(made))
    assert sorted(kind for documents, _ in calls for kind in documents) == sorted(made)
    assert sorted(slot for _, slot in calls) == [0, 1]
    assert [documents for documents, _ in calls if "big" in documents] == [["big", "tiny"]]
    assert made == {kind: b"laid " + kind.encode() for kind in made}
    assert list(pdfs) == list(made)


def test_each_run_at_once_has_a_profile_of_its_own() -> None:
    assert len({office.default_profile(slot) for slot in range(3)}) == 3
    assert office.default_profile() == office.default_profile(0)


def test_a_run_already_going_takes_its_core_and_its_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_pack.os, "cpu_count", lambda: 2)
    made = {"aar": b"x" * 900, "cards": b"x" * 500}
    calls: list[tuple[list[str], int]] = []

    def finish(part: dict[str, bytes], documents: list[str], slot: int) -> dict[str, bytes]:
        calls.append((documents, slot))
        return {}

    assert export_pack.lay_out_all(finish, made, list(made), busy=1) == {}
    assert calls == [(["aar", "cards"], 1)]
    assert export_pack.lay_out_all(finish, made, [], busy=1) == {}
