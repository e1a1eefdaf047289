"""The words an inject's delivery method and status are shown with, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ttx_desktop.domain.model import DeliveryMethod, InjectStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("InjectColumns", text)


def method_labels() -> dict[DeliveryMethod, str]:
    return {
        DeliveryMethod.VERBAL: _tr("Verbal"),
        DeliveryMethod.HANDOUT: _tr("Handout"),
        DeliveryMethod.PROJECTOR: _tr("Projector"),
        DeliveryMethod.EMAIL: _tr("E-mail"),
        DeliveryMethod.SOCIAL: _tr("Social post"),
        DeliveryMethod.PHONE: _tr("Phone"),
        DeliveryMethod.VIDEO: _tr("Video"),
        DeliveryMethod.OTHER: _tr("Other"),
    }


def status_labels() -> dict[InjectStatus, str]:
    return {
        InjectStatus.PENDING: _tr("Pending"),
        InjectStatus.RELEASED: _tr("Released"),
        InjectStatus.SKIPPED: _tr("Skipped"),
    }
