"""One open exercise and the services that work on it, wired once and handed to the windows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ttx_desktop.domain import clock as domain_clock
from ttx_desktop.domain.clock import Reading
from ttx_desktop.domain.model import Exercise
from ttx_desktop.services.authoring_service import AuthoringService
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.clock_service import ClockService
from ttx_desktop.services.countdown_service import CountdownService
from ttx_desktop.services.log_service import LogService
from ttx_desktop.services.policy_service import PolicyService
from ttx_desktop.services.timeline_service import TimelineService
from ttx_desktop.storage.exercise_file import ExerciseFile

if TYPE_CHECKING:
    from ttx_desktop.storage.drafts import DraftStore


class RoomHost(Protocol):
    """What the session needs of the room for phones it may host (room/room_service.py,
    which depends on the session, never the other way round)."""

    @property
    def running(self) -> bool: ...

    def device_count(self) -> int: ...

    def stop(self) -> None: ...


class Session(QObject):
    """The services of one open exercise file.

    Panels take the session and use its services; nothing reaches for a global object.

    Every write of every service, and of the other writers (the room's server, a merge), is
    announced once here as an ``OpChanges`` (services/changes.py) saying what it changed; the
    services are brought in step first, so a panel hearing it reads the new state.

    Signals:
        changed(OpChanges): something was written; the flags say what.
        closed: the file was closed; panels should let go of the session.
    """

    changed = Signal(object)
    closed = Signal()
    room_url = ""  # the participants' join link while the room is open (set by the room)
    drafts: DraftStore | None = None  # where the note being typed is kept (set by the app)

    def __init__(
        self,
        file: ExerciseFile,
        *,
        read_clocks: Callable[[], Reading] = domain_clock.read_clocks,
        author: str = "",
    ) -> None:
        super().__init__()
        self.file = file
        self.author = author
        self.undo_stack = QUndoStack(self)
        self.authoring = AuthoringService(file)
        self.clock = ClockService(file.clock, read_clocks, author=author)
        self.countdown = CountdownService(lambda: read_clocks().mono)
        self.log = LogService(
            file.log, self.authoring.exercise, self.clock.stamp, guard=file.check_present
        )
        # The exercise authoring has just read (immutable): the file is read once on opening.
        self.timeline = TimelineService(file, self.clock, exercise=self.authoring.exercise)
        self.policy = PolicyService(file, self.authoring, author=author)
        self._room: RoomHost | None = None
        # The service that wrote the exercise has just read it again: the others take that
        # reading (one read per write), then the panels hear of it.
        self.authoring.changed.connect(self._on_authoring_changed)
        self.timeline.changed.connect(self._on_timeline_changed)
        for service in (self.clock, self.countdown, self.log, self.policy):
            service.changed.connect(self.changed)

    @property
    def room(self) -> RoomHost | None:
        """The room for phones, once made (room.room_service.room_service_for makes it)."""
        return self._room

    def attach_room(self, room: RoomHost) -> None:
        """Keeps the room made for this session, to be told whether it runs and to close it."""
        self._room = room

    @property
    def room_open(self) -> bool:
        return self._room is not None and self._room.running

    @property
    def exercise(self) -> Exercise:
        """The exercise as authored now (details, teams, modules, injects...; no log)."""
        return self.authoring.exercise

    @property
    def readonly(self) -> bool:
        return self.file.readonly

    def announce(self, changes: OpChanges) -> None:
        """Says what another writer (the room's server, a merge) committed through a
        connection of its own: the exercise is read again if it changed, then the panels
        are told, as if the change had been made here."""
        if changes.exercise:
            self._adopt(self.file.exercise.load(with_log=False))
        self.changed.emit(changes)

    def _adopt(self, exercise: Exercise) -> None:
        self.authoring.adopt(exercise)
        self.timeline.adopt(exercise)
        self.log.set_exercise(exercise)

    def _on_authoring_changed(self, changes: OpChanges) -> None:
        self._adopt(self.authoring.exercise)
        self.changed.emit(changes)

    def _on_timeline_changed(self, changes: OpChanges) -> None:
        self._adopt(self.timeline.exercise())
        self.changed.emit(changes)

    def close(self) -> None:
        if self._room is not None:
            self._room.stop()  # phones are turned away before the file closes
        self.closed.emit()
        self.undo_stack.clear()
        self.file.close()
