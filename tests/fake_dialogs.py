"""A stand-in for gui.dialogs.Dialogs: records what was shown and answers as told."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any


class FakeDialogs:
    """Answers dialogs from queues set by the test; records every message shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.confirm_answers: list[bool] = []
        self.int_answers: list[int | None] = []
        self.text_answers: list[str | None] = []
        self.path_answers: list[Path | None] = []
        self.choice_answers: list[int | None] = []
        self.new_exercise_answers: list[tuple[str, date, date] | None] = []
        self.folder_starts: list[Path | None] = []  # where each folder chooser started
        self.suggested: list[str] = []  # what each save dialog offered

    def info(self, parent: Any, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def ask_new_exercise(self, parent: Any) -> tuple[str, date, date] | None:
        self.shown.append(("ask_new_exercise", "", ""))
        return self.new_exercise_answers.pop(0) if self.new_exercise_answers else None

    def error(self, parent: Any, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def confirm(self, parent: Any, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def ask_int(
        self, parent: Any, title: str, label: str, value: int, low: int, high: int
    ) -> int | None:
        self.shown.append(("ask_int", title, label))
        return self.int_answers.pop(0) if self.int_answers else value

    def ask_text(self, parent: Any, title: str, label: str, text: str = "") -> str | None:
        self.shown.append(("ask_text", title, label))
        return self.text_answers.pop(0) if self.text_answers else text

    def ask_lines(self, parent: Any, title: str, label: str, text: str = "") -> str | None:
        self.shown.append(("ask_lines", title, label))
        return self.text_answers.pop(0) if self.text_answers else text

    def choose(self, parent: Any, title: str, label: str, items: list[str]) -> int | None:
        self.shown.append(("choose", title, label))
        return self.choice_answers.pop(0) if self.choice_answers else (0 if items else None)

    def _path(self, kind: str, title: str) -> Path | None:
        self.shown.append((kind, title, ""))
        return self.path_answers.pop(0) if self.path_answers else None

    def open_file(self, parent: Any, title: str, filters: str) -> Path | None:
        return self._path("open_file", title)

    def save_file(self, parent: Any, title: str, filters: str, suggested: str = "") -> Path | None:
        self.suggested.append(suggested)
        return self._path("save_file", title)

    def choose_folder(self, parent: Any, title: str, *, start: Path | None = None) -> Path | None:
        self.folder_starts.append(start)
        return self._path("choose_folder", title)

    def errors(self) -> list[str]:
        return [text for kind, _, text in self.shown if kind == "error"]
