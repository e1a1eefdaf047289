"""`ttx-desktop --smoke-test`: a temporary file, the sample, every view, one entry, quit 0.

It drives the whole program as app/ wires it, so it sits beside app/, above gui/."""

from __future__ import annotations

import shutil
import sys
import traceback

from PySide6.QtWidgets import QWidget

from ttx_desktop.app import Controller, make_application, temporary_folder, temporary_settings
from ttx_desktop.gui.main_window import MainWindow
from ttx_desktop.room.room_service import room_service_for
from ttx_desktop.storage.exercise_file import ExerciseFile


class _QuietDialogs:
    """Answers yes, picks no files, and remembers errors instead of blocking on a modal box."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        pass

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return True

    def ask_int(
        self, parent: QWidget | None, title: str, label: str, value: int, low: int, high: int
    ) -> int:
        return value

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "") -> str:
        return text

    def open_file(self, *args: object) -> None:
        return None

    def save_file(self, *args: object) -> None:
        return None

    def choose_folder(self, *args: object) -> None:
        return None


def run_smoke_test() -> int:
    """Runs the smoke test in this process's application; returns the exit code."""
    app = make_application(sys.argv[:1])
    folder = temporary_folder()
    try:
        dialogs = _QuietDialogs()
        settings = temporary_settings(folder)
        # The quiet dialogs have the real ones' methods the smoke test reaches, not all of them.
        window = MainWindow(dialogs, settings)  # type: ignore[arg-type]
        controller = Controller(window, dialogs, settings, folder)  # type: ignore[arg-type]
        window.show()
        if not controller.new_from_sample("en") or controller.session is None:
            print("smoke test failed: the sample did not open: " + "; ".join(dialogs.errors))
            return 1
        session = controller.session
        path = session.file.path
        for view in ("run", "log", "prepare", "run"):
            window.show_view(view)
            app.processEvents()
        session.clock.start(session.exercise.modules[0].id)
        first = session.timeline.injects()[0]
        if hasattr(session.timeline, "release"):
            session.timeline.release(first.id)
        controller.show_presenter()
        app.processEvents()
        if window.room_menu is not None:  # the room's panel, pages and server, on loopback only
            window.room_menu.show_panel()
            room_service_for(session).start("127.0.0.1", 0)
            app.processEvents()
        team = session.exercise.teams[0]
        entry = session.log.log("decision", "Smoke test entry", team_id=team.id, author="smoke")
        app.processEvents()
        controller.close_session()
        window.close()
        app.processEvents()
        with ExerciseFile.open(path, readonly=True) as check:
            found = check.log.get(entry.id)
            counts = check.exercise.counts()
        if found is None:
            print("smoke test failed: the logged entry is not in the file")
            return 1
        print(
            f"smoke test passed: {counts['injects']} injects, {counts['entries']} entries, "
            f"{counts['participants']} participants; every view opened"
        )
        return 0
    except Exception:  # the smoke test reports whatever broke, then fails
        traceback.print_exc(file=sys.stdout)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
