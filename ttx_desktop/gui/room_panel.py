"""The room panel: open the room on an address, show who may join and how, print the sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QPixmap,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ttx_desktop.errors import UserError
from ttx_desktop.gui.dialogs import Dialogs
from ttx_desktop.gui.user_text import error_text
from ttx_desktop.qr import qr_png
from ttx_desktop.room.addresses import Address, default_address, laptop_addresses
from ttx_desktop.room.join_sheet import join_sheet_html
from ttx_desktop.room.room_service import DEFAULT_PORT, RoomService, room_service_for
from ttx_desktop.room.tokens import RoomRole
from ttx_desktop.services.changes import OpChanges
from ttx_desktop.services.session import Session

QR_PIXELS = 200
MIN_QR_PIXELS = 120  # the codes shrink to this in a narrow dock before the panel scrolls


class _RoleBox(QGroupBox):
    """The QR code, link and buttons of one role."""

    def __init__(self, title: str, role: RoomRole, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.role = role
        self.setObjectName(f"role_{role.value}")
        self.qr = QLabel()
        self._qr_pixels = QR_PIXELS
        self._url = ""
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A read-only field rather than a label: a link has no place to wrap, and three
        # links side by side must not make the dock wider than the window.
        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.url.setReadOnly(True)
        self.url.setMinimumWidth(QR_PIXELS)
        self.rotate_button = QPushButton(self.tr("New link"))
        self.rotate_button.setToolTip(self.tr("Make a new link; the old one stops working at once"))
        self.revoke_button = QPushButton(self.tr("Close link"))
        self.revoke_button.setToolTip(self.tr("Stop this link working until a new one is made"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.rotate_button)
        buttons.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.url)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def set_qr_size(self, pixels: int) -> None:
        """Draws the code at ``pixels`` a side (the panel fits the codes to its width)."""
        if pixels != self._qr_pixels:
            self._qr_pixels = pixels
            self.qr.setFixedSize(pixels, pixels)
            self.show_link(self._url, self.rotate_button.isEnabled())

    def show_link(self, url: str, running: bool) -> None:
        self._url = url
        self.url.setText(url or (self.tr("Link closed") if running else ""))
        self.url.setCursorPosition(0)
        self.url.setToolTip(url)
        if url:
            pixmap = QPixmap()
            pixmap.loadFromData(qr_png(url, box_size=6, border=2))
            self.qr.setPixmap(
                pixmap.scaled(
                    self._qr_pixels,
                    self._qr_pixels,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,  # crisp modules
                )
            )
        else:
            self.qr.clear()
        self.rotate_button.setEnabled(running)
        self.revoke_button.setEnabled(running and bool(url))


class RoomPanel(QWidget):
    """Opens and closes the room and shows its join links; the Room menu's actions call it.

    It lives in the main window beside the note-taking panel, whose Alt+letter keys must keep
    working, so its buttons carry no mnemonics of their own.

    Signals: none; the room's state is announced by RoomService.
    """

    def __init__(
        self,
        session: Session,
        dialogs: Dialogs,
        *,
        service: RoomService | None = None,
        addresses: list[Address] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomPanel")
        self.setWindowTitle(self.tr("The room"))
        self._session = session
        self._dialogs = dialogs
        self._room = service or room_service_for(session)
        self._build(addresses if addresses is not None else laptop_addresses())
        session.changed.connect(self._on_session_changed)
        self._room.devices_changed.connect(self._refresh)
        self._refresh()

    def _on_session_changed(self, changes: OpChanges) -> None:
        if changes.room or changes.feedback:
            self._refresh()

    def _build(self, addresses: list[Address]) -> None:
        self.address = QComboBox()
        self.address.setObjectName("address")
        for item in addresses:
            self.address.addItem(f"{item.ip}  ({item.interface})", item.ip)
        chosen = self.address.findData(default_address(addresses))
        self.address.setCurrentIndex(max(chosen, 0))
        self.address.setToolTip(self.tr("The network phones reach the laptop on"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.boxes = {
            RoomRole.NOTE_TAKER: _RoleBox(self.tr("Note-takers"), RoomRole.NOTE_TAKER),
            RoomRole.PARTICIPANT: _RoleBox(self.tr("Participants"), RoomRole.PARTICIPANT),
            RoomRole.RAPPORTEUR: _RoleBox(self.tr("Table rapporteurs"), RoomRole.RAPPORTEUR),
        }
        for box in self.boxes.values():
            box.rotate_button.clicked.connect(lambda _c=False, r=box.role: self.rotate(r))
            box.revoke_button.clicked.connect(lambda _c=False, r=box.role: self.revoke(r))
        self.print_button = QPushButton(self.tr("Print join sheet…"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button = QPushButton(self.tr("Save join sheet as PDF…"))
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)

        where = QHBoxLayout()
        for text, field, stretch in (
            (self.tr("Address:"), self.address, 1),
            (self.tr("Port:"), self.port, 0),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            where.addWidget(label)
            where.addWidget(field, stretch)
        where.addWidget(self.start_button)
        self.state.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        roles = QHBoxLayout()
        for box in self.boxes.values():
            roles.addWidget(box, 1)
        sheet = QHBoxLayout()
        sheet.addStretch(1)
        sheet.addWidget(self.pdf_button)
        sheet.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addWidget(self.state)
        layout.addWidget(self.feedback)
        layout.addLayout(roles, 1)
        layout.addLayout(sheet)

    # ---------------------------------------------------------------- showing

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two codes side by side fit the dock's width, down to MIN_QR_PIXELS each."""
        super().resizeEvent(event)
        room = (event.size().width() - 80) // 2  # margins and the boxes' frames
        pixels = max(MIN_QR_PIXELS, min(QR_PIXELS, room))
        for box in self.boxes.values():
            box.set_qr_size(pixels)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 2 * MIN_QR_PIXELS + 90), hint.height())

    def _refresh(self) -> None:
        room = self._room
        running = room.running
        self.start_button.setText(self.tr("Stop the room") if running else self.tr("Open the room"))
        self.address.setEnabled(not running)
        self.port.setEnabled(not running)
        if running:
            self.state.setText(
                self.tr("Open at {0} — devices connected: {1}").format(
                    room.base_url, room.device_count()
                )
            )
        else:
            self.state.setText(
                self.tr("Closed. Phones can join once the room is open on an address they reach.")
            )
        forms, phones = room.feedback_tally()
        self.feedback.setText(
            self.tr("Feedback forms: {0}, from {1} phones").format(forms, phones) if forms else ""
        )
        self.feedback.setHidden(not forms)
        for role, box in self.boxes.items():
            box.show_link(room.join_url(role), running)
        self.print_button.setEnabled(running)
        self.pdf_button.setEnabled(running)

    # ------------------------------------------------------------------ slots

    def _on_start_button_clicked(self) -> None:
        if self._room.running:
            self._room.stop()
        else:
            self.open_room()

    def open_room(self) -> bool:
        """Opens the room on the chosen address and port; tells the user if it cannot."""
        try:
            self._room.start(str(self.address.currentData()), self.port.value())
        except UserError as exc:
            self._dialogs.error(self, self.tr("Cannot open the room"), error_text(exc))
            return False
        return True

    def rotate(self, role: RoomRole) -> None:
        """A new link for ``role``; the old one and sheets printed with it stop working."""
        if self._room.running:
            self._room.rotate(role)

    def revoke(self, role: RoomRole) -> None:
        """Closes ``role``'s link, once the user agrees."""
        question = self.tr("Close this link? Phones that use it stop at once.")
        if self._room.running and self._dialogs.confirm(self, self.tr("Close link"), question):
            self._room.revoke(role)

    def join_sheet(self) -> QTextDocument:
        """The join sheet of the open links, as a document to print or save."""
        links = [(r.value, url) for r in RoomRole if (url := self._room.join_url(r))]
        document = QTextDocument(self)
        document.setHtml(join_sheet_html(self._session.exercise.details, links))
        return document

    def save_join_sheet(self, path: Path) -> None:
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setResolution(150)
        self.join_sheet().print_(writer)

    def save_join_sheet_as(self) -> None:
        """Asks where, then saves the join sheet there as a PDF."""
        path = self._dialogs.save_file(
            self, self.tr("Save join sheet"), self.tr("PDF (*.pdf)"), "join-sheet.pdf"
        )
        if path is not None:
            self.save_join_sheet(path if path.suffix else path.with_suffix(".pdf"))

    def print_join_sheet(self) -> None:
        """Asks for a printer, then prints the join sheet on it."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.join_sheet().print_(printer)

    def _on_pdf_button_clicked(self) -> None:
        self.save_join_sheet_as()

    def _on_print_button_clicked(self) -> None:
        self.print_join_sheet()
