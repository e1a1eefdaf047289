"""Shared by the export tests: played exercises, and reading Word documents back."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from bench.simulate_run import simulate
from ttx_desktop.domain.model import Exercise, LogEntry
from ttx_desktop.exporters import facts
from ttx_desktop.formats.definition import dump_definition, load_definition

DATA = Path(__file__).parent / "data"
TAJIK = "Ҳ Ҷ Қ Ғ Ӯ ӣ"


def played(folder: Path, *, russian: bool = False) -> Exercise:
    """tests/data/mini.yaml played by bench/simulate_run.py (in Russian if asked)."""
    source = DATA / "mini.yaml"
    if russian:
        source = folder / "mini.ru.yaml"
        source.write_text(dump_definition(russian_mini()), encoding="utf-8")
    return simulate(source, folder / ("mini.ru.ttxdb" if russian else "mini.ttxdb"))


def russian_mini() -> Exercise:
    """The mini exercise with its language, title, caveat, teams and objectives in Russian."""
    exercise = load_definition(DATA / "mini.yaml")
    details = replace(
        exercise.details,
        language="ru",
        title=f"Учение «Паводок в Ривертоне» ({TAJIK})",
        caveat="ТОЛЬКО ДЛЯ УЧЕБНЫХ ЦЕЛЕЙ",
        venue="Зал заседаний районного совета",
        sponsor="Совет района Ривертон",
    )
    names = {"CIV": "Гражданская защита", "MED": "Служба здравоохранения", "PRESS": "СМИ"}
    teams = tuple(replace(t, name=names[t.code]) for t in exercise.teams)
    objectives = (
        replace(exercise.objectives[0], title="Своевременно оповестить население"),
        replace(exercise.objectives[1], title="Скоординировать эвакуацию"),
    )
    return replace(exercise, details=details, teams=teams, objectives=objectives)


def reopen(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def blocks(doc: Document) -> Iterator[Paragraph | Table]:
    """The body's paragraphs and tables in document order."""
    yield from doc.iter_inner_content()


def heading_texts(doc: Document, level: int) -> list[str]:
    name = f"Heading {level}"
    return [p.text for p in doc.paragraphs if p.style is not None and p.style.name == name]


def table_text(table: Table) -> str:
    return "\n".join(cell.text for row in table.rows for cell in row.cells)


def all_text(doc: Document) -> str:
    parts: list[str] = []
    for block in blocks(doc):
        parts.append(block.text if isinstance(block, Paragraph) else table_text(block))
    return "\n".join(parts)


def section_after(doc: Document, heading: str, *, level: int) -> str:
    """The text from the heading that reads ``heading`` up to the next heading of ``level``
    or above."""
    out: list[str] = []
    inside = False
    for block in blocks(doc):
        if isinstance(block, Paragraph):
            style = block.style.name if block.style is not None else ""
            if style.startswith("Heading "):
                if inside and int(style.split()[-1]) <= level:
                    break
                if block.text == heading:
                    inside = True
                    continue
            if inside:
                out.append(block.text)
        elif inside:
            out.append(table_text(block))
    assert inside, f"no heading {heading!r}"
    return "\n".join(out)


def repeats_header(table: Table) -> bool:
    tr_pr = table.rows[0]._tr.trPr
    return tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None


def header_text(doc: Document) -> str:
    section = doc.sections[0]
    return "\n".join(p.text for p in section.header.paragraphs)


def footer_xml(doc: Document) -> str:
    return str(doc.sections[0].footer._element.xml)


def live(exercise: Exercise) -> list[LogEntry]:
    return facts.live_entries(exercise)


SAMPLES = Path(__file__).parent.parent / "sample_exercises"


def sample(*, russian: bool = False) -> Exercise:
    """The bundled counter-terrorism sample, in English or Russian (as authored, not played)."""
    suffix = ".ru.yaml" if russian else ".yaml"
    return load_definition(SAMPLES / f"countering-terrorist-use-of-internet{suffix}")


def styled(doc: Document, style: str) -> list[str]:
    """The text of every body paragraph in ``style``."""
    return [p.text for p in doc.paragraphs if p.style is not None and p.style.name == style]


def run_cli(*args: object) -> subprocess.CompletedProcess[str]:
    """``ttx-desktop ARGS`` in a process of its own, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "ttx_desktop", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=180, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
