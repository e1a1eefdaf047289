"""The room as a use-case: open it on an address, close it, rotate or revoke join links.

The server writes through a connection of its own in its own threads, so the window never
waits for a phone; what it stores reaches the console through queued signals, after the
commit.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ttx_desktop.domain.model import FeedbackResponse, LogEntry
from ttx_desktop.errors import UserError
from ttx_desktop.messages import msg
from ttx_desktop.room.limits import Limits
from ttx_desktop.room.server import RoomRefused, RoomServer
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.changes import ENTRIES, FEEDBACK, ROOM
from ttx_desktop.services.room_desk import RoomDesk
from ttx_desktop.services.session import Session
from ttx_desktop.storage.room_repo import RoomRepo
from ttx_desktop.storage.room_store import RoomStore

DEVICE_POLL_MS = 2000
# Entries from phones are shown in slices of at most this long, the event loop running between
# slices: fifty phones posting at once then never hold the window still for long.
ANNOUNCE_SLICE_S = 0.008
DEFAULT_PORT = 8765


class RoomService(QObject):
    """Opens and closes the room for the session's exercise file.

    While open, ``session.room_url`` holds the participants' join link, which the presenter
    window shows as a QR code.

    Signals:
        devices_changed(int): how many devices called in the last minute.

    What the room changes, and what the phones write, reaches the panels as the session's
    one ``changed`` signal, on this thread: the room opened, closed or its links changed
    (``room``), a feedback form (``feedback``); an entry through the session's LogService,
    a rapporteur's draft and a ballot through its PolicyService.
    """

    devices_changed = Signal(int)
    # Emitted in the server's threads; queued to this object's (the UI) thread.
    _entries_stored = Signal()  # some arrived: one wake-up for many, not a signal each
    _feedback_stored = Signal(object)
    _draft_stored = Signal()
    _ballot_stored = Signal(str)

    def __init__(self, session: Session, *, limits: Limits | None = None) -> None:
        super().__init__(session)  # lives as long as the session
        self._session = session
        self._limits = limits
        self._server: RoomServer | None = None
        self._devices = 0
        self._timer = QTimer(self)
        self._timer.setInterval(DEVICE_POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        queued = Qt.ConnectionType.QueuedConnection
        self._entries_stored.connect(self._on_entries_stored, queued)
        # Stored by the server's threads, not yet shown in the window; under the lock.
        self._arrivals: deque[LogEntry] = deque()
        self._arrivals_lock = threading.Lock()
        self._wake_pending = False
        self._announcer = QTimer(self)
        self._announcer.setSingleShot(True)
        self._announcer.setInterval(0)
        self._announcer.timeout.connect(self._on_announcer_timeout)
        self._feedback_stored.connect(self._on_feedback_stored, queued)
        self._draft_stored.connect(self._on_draft_stored, queued)
        self._ballot_stored.connect(self._on_ballot_stored, queued)
        session.closed.connect(self.stop)
        session.room_url = ""

    # ------------------------------------------------------------------ reading

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def address(self) -> str:
        return self._server.address if self._server else ""

    @property
    def port(self) -> int:
        return self._server.port if self._server else 0

    @property
    def base_url(self) -> str:
        return self._server.base_url if self._server else ""

    def join_url(self, role: RoomRole) -> str:
        """The link for ``role``; '' while the room is closed or the role's link revoked."""
        return self._server.join_url(role) if self._server else ""

    def device_count(self) -> int:
        """Devices that called in the last minute, counted now (the signal lags a poll)."""
        return self._server.device_count() if self._server else 0

    def feedback_tally(self) -> tuple[int, int]:
        """How many feedback forms the exercise holds, and from how many phones (each phone
        keeps one form, which it may edit)."""
        return RoomRepo(self._session.file.db).feedback_tally()

    # ----------------------------------------------------------------- changing

    def start(self, address: str, port: int = DEFAULT_PORT) -> None:
        """Opens the room on ``address`` and ``port``; raises RoomRefused if it cannot."""
        if self._session.readonly:
            raise RoomRefused(
                msg("the exercise is open read-only; open it for writing to host a room")
            )
        self.stop()
        try:  # the room writes through connections of its own: not before the file is checked
            self._session.file.await_checks()
        except UserError as exc:
            raise RoomRefused(exc.detail, path=exc.path) from exc
        desk = RoomDesk(RoomStore(self._session.file.path, read_clocks=self._session.clock.now))
        server = RoomServer(
            desk,
            limits=self._limits,
            on_entry=self._entry_from_server,
            on_feedback=self._feedback_stored.emit,
            on_recommendation=lambda _stored: self._draft_stored.emit(),
            on_ballot=self._ballot_stored.emit,
        )
        try:
            server.start(address, port)
        except BaseException:
            desk.close()
            raise
        self._server = server
        self._timer.start()
        self._changed()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.stop()
        server.desk.close()
        self._timer.stop()
        self._devices = 0
        self.devices_changed.emit(0)
        self._changed()

    def rotate(self, role: RoomRole) -> str:
        """Gives ``role`` a new link; the old one stops working at once. Returns the new link."""
        self._require().tokens.rotate(role)
        self._changed()
        return self.join_url(role)

    def revoke(self, role: RoomRole) -> None:
        """Closes ``role``'s link until it is rotated."""
        self._require().tokens.revoke(role)
        self._changed()

    def _require(self) -> RoomServer:
        if self._server is None:
            raise UserError(msg("the room is closed; open it first"))
        return self._server

    def _changed(self) -> None:
        self._session.room_url = self.join_url(RoomRole.PARTICIPANT)
        self._session.announce(ROOM)

    # -------------------------------------------------------------------- slots

    def _entry_from_server(self, entry: LogEntry) -> None:
        """In a server thread, after the commit: queue it for the window, waking the window
        only if it is not already due to look (each queued signal costs the window a turn
        at the interpreter, which fifty busy phone connections make dear)."""
        with self._arrivals_lock:
            self._arrivals.append(entry)
            wake, self._wake_pending = not self._wake_pending, True
        if wake:
            self._entries_stored.emit()

    def _on_entries_stored(self) -> None:
        if not self._announcer.isActive():
            self._announcer.start()

    def _on_announcer_timeout(self) -> None:
        started = time.perf_counter()
        shown = 0
        while time.perf_counter() - started < ANNOUNCE_SLICE_S:
            with self._arrivals_lock:
                if not self._arrivals:
                    self._wake_pending = False  # the next arrival wakes the window again
                    break
                entry = self._arrivals.popleft()
            self._session.log.announce(entry)
            shown += 1
        else:
            self._announcer.start()  # the rest after the event loop's turn
        if shown:
            self._session.announce(ENTRIES)  # one change for the slice's entries

    def _on_feedback_stored(self, _form: FeedbackResponse) -> None:
        self._session.announce(FEEDBACK)

    def _on_draft_stored(self) -> None:
        self._session.policy.draft_arrived()

    def _on_ballot_stored(self, vote_id: str) -> None:
        self._session.policy.ballot_arrived(vote_id)

    def _on_timer_timeout(self) -> None:
        count = self._server.device_count() if self._server else 0
        if count != self._devices:
            self._devices = count
            self.devices_changed.emit(count)


def room_service_for(session: Session) -> RoomService:
    """The session's room service, made on first use: its server loads only then."""
    if isinstance(session.room, RoomService):
        return session.room
    room = RoomService(session)
    session.attach_room(room)
    return room
